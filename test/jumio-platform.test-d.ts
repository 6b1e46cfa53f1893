import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  jumioRetrievalUrls,
  parseJumioPlatform,
  parseJumioRetrieval,
  parseJumioRetrievalStatus,
  safeParseJumioPlatform,
  type JumioPlatformCallback,
  type JumioPlatformCallbackMap,
  type JumioPlatformStatus,
  type JumioRetrievalResponse,
  type JumioRetrievalStatusResponse,
} from '../src/index.js';
import type * as Types from '../src/types.js';
import type { buildJumioPlatformSchema } from '../src/jumio/platform/schema.js';
import type { buildJumioRetrievalSchema } from '../src/jumio/retrieval/schema.js';
import type { buildJumioRetrievalStatusSchema } from '../src/jumio/retrieval-status/schema.js';
import type { WithoutIndexSignatures } from './types/exact.js';

type CallbackOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildJumioPlatformSchema>>>;
type RetrievalOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildJumioRetrievalSchema>>>;
type StatusOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildJumioRetrievalStatusSchema>>>;
type Variant<S extends JumioPlatformStatus> = Extract<CallbackOutput, { workflowExecution: { status: S } }>;

describe('the schemas are pinned to the hand-written interfaces', () => {
  test('the callback and each of its variants', () => {
    expectTypeOf<CallbackOutput>().toEqualTypeOf<WithoutIndexSignatures<JumioPlatformCallback>>();
    expectTypeOf<Variant<'PROCESSED'>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioPlatformProcessed>>();
    expectTypeOf<Variant<'SESSION_EXPIRED'>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioPlatformSessionExpired>>();
    expectTypeOf<Variant<'TOKEN_EXPIRED'>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioPlatformTokenExpired>>();
    expectTypeOf<Variant<'ACQUISITION_STARTED'>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioPlatformAcquisitionStarted>>();
    expectTypeOf<Variant<'ACQUIRED'>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioPlatformAcquired>>();
    expectTypeOf<keyof JumioPlatformCallbackMap>().toEqualTypeOf<JumioPlatformStatus>();
  });

  test('the details and status responses, and their parts', () => {
    expectTypeOf<RetrievalOutput>().toEqualTypeOf<WithoutIndexSignatures<JumioRetrievalResponse>>();
    expectTypeOf<RetrievalOutput['capabilities']>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioCapabilities>>();
    expectTypeOf<NonNullable<RetrievalOutput['decision']>>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioRetrievalDecision>>();
    expectTypeOf<RetrievalOutput['credentials'][number]>().toEqualTypeOf<WithoutIndexSignatures<Types.JumioCredential>>();
    expectTypeOf<StatusOutput>().toEqualTypeOf<WithoutIndexSignatures<JumioRetrievalStatusResponse>>();
  });

  test('the parse functions return the declared types', () => {
    expectTypeOf(parseJumioPlatform).returns.toEqualTypeOf<JumioPlatformCallback>();
    expectTypeOf(safeParseJumioPlatform).returns.toEqualTypeOf<Types.ParseResult<JumioPlatformCallback>>();
    expectTypeOf(parseJumioRetrieval).returns.toEqualTypeOf<JumioRetrievalResponse>();
    expectTypeOf(parseJumioRetrievalStatus).returns.toEqualTypeOf<JumioRetrievalStatusResponse>();
    expectTypeOf(jumioRetrievalUrls).returns.toEqualTypeOf<Types.JumioRetrievalUrls | undefined>();
  });
});

describe('narrowing on workflowExecution.status', () => {
  test('the status narrows the workflow execution', () => {
    const callback = {} as JumioPlatformCallback;
    const execution = callback.workflowExecution;
    if (execution.status === 'PROCESSED') expectTypeOf(execution).toEqualTypeOf<Types.JumioPlatformWorkflowExecution<'PROCESSED'>>();
    expectTypeOf(callback.userReference).toEqualTypeOf<string | undefined>();
    expectTypeOf(callback.workflowExecution.definitionKey).toEqualTypeOf<string>();
  });

  test('a switch over every status is exhaustive, and one status missing does not compile', () => {
    const describe = (status: JumioPlatformStatus): string => {
      switch (status) {
        case 'PROCESSED':
        case 'ACQUISITION_STARTED':
        case 'ACQUIRED':
          return 'pending';
        case 'SESSION_EXPIRED':
        case 'TOKEN_EXPIRED':
          return 'expired';
        default: {
          const unreachable: never = status;
          return unreachable;
        }
      }
    };
    expectTypeOf(describe).returns.toBeString();
    const missing = (status: JumioPlatformStatus): string => {
      switch (status) {
        case 'PROCESSED':
        case 'SESSION_EXPIRED':
        case 'TOKEN_EXPIRED':
        case 'ACQUISITION_STARTED':
          return 'known';
        default: {
          // @ts-expect-error: ACQUIRED is not handled, so the status is not never here
          const unreachable: never = status;
          return unreachable;
        }
      }
    };
    expectTypeOf(missing).returns.toBeString();
  });

  test('wrong access fails', () => {
    const callback = {} as JumioPlatformCallback;
    // @ts-expect-error: the callback carries no decision: it is fetched from the Retrieval API
    void callback.decision;
    const details = {} as JumioRetrievalResponse;
    // @ts-expect-error: the decision may be absent (Jumio's 2023 guide has none)
    void details.decision.type;
    // @ts-expect-error: a decision type is one of the four Jumio documents
    const type: Types.JumioDecisionType = 'APPROVED';
    void type;
    expectTypeOf(details.capabilities.extraction?.[0]?.data?.currentAge).toEqualTypeOf<string | number | undefined>();
  });
});
