import { describe, expectTypeOf, test } from 'vitest';
import { createFetchHandler, type KycCallbackContext, type KycFetchHandler } from '../src/http/fetch.js';
import { createNodeHandler, type KycNodeHandler, type NodeRequest } from '../src/http/node.js';
import type { IdenfyCallback, JumioNetverifyCallback, ShuftiCallback } from '../src/index.js';

describe('the handlers', () => {
  test('onCallback receives the callback of the kind named, with its context', () => {
    const handler = createFetchHandler({
      kind: 'idenfy',
      key: 'k',
      onCallback: (callback, context) => {
        expectTypeOf(callback).toEqualTypeOf<IdenfyCallback>();
        expectTypeOf(context).toEqualTypeOf<KycCallbackContext<'idenfy'>>();
        expectTypeOf(context.key).toEqualTypeOf<string>();
      },
    });
    expectTypeOf(handler).toEqualTypeOf<KycFetchHandler>();
    createNodeHandler({
      kind: 'shufti',
      key: ['new', 'old'],
      onCallback: (callback) => {
        expectTypeOf(callback).toEqualTypeOf<ShuftiCallback>();
        if (callback.event === 'verification.declined') expectTypeOf(callback.declined_reason).toEqualTypeOf<string | null | undefined>();
      },
    });
    const jumio: KycNodeHandler = createNodeHandler({
      kind: 'jumio-netverify',
      onCallback: (callback) => expectTypeOf(callback).toEqualTypeOf<JumioNetverifyCallback>(),
      callbackAddresses: {
        dataCenters: ['eu'],
        peerAddress: (request) => {
          expectTypeOf(request).toEqualTypeOf<NodeRequest>();
          return undefined;
        },
      },
    });
    expectTypeOf(jumio).parameter(0).toEqualTypeOf<NodeRequest>();
  });

  test('a signed kind needs its key; only Jumio takes address and URL checks', () => {
    // @ts-expect-error: iDenfy callbacks are signed, so the key is required
    createFetchHandler({ kind: 'idenfy', onCallback: () => undefined });
    // @ts-expect-error: Jumio signs nothing, so there is no key to give
    createFetchHandler({ kind: 'jumio-netverify', key: 'k', onCallback: () => undefined });
    // @ts-expect-error: a retrieval response is fetched by you, never delivered to a webhook
    createFetchHandler({ kind: 'jumio-retrieval', onCallback: () => undefined });
    createFetchHandler({ kind: 'jumio-platform', onCallback: (callback) => expectTypeOf(callback.workflowExecution.id).toEqualTypeOf<string>() });
    // @ts-expect-error: the address list is Jumio's
    createFetchHandler({ kind: 'shufti', key: 'k', onCallback: () => undefined, callbackAddresses: { peerAddress: () => undefined } });
    createFetchHandler({
      kind: 'idenfy',
      key: 'k',
      // @ts-expect-error: an iDenfy callback has no Shufti `event`
      onCallback: (callback) => callback.event,
    });
  });
});
