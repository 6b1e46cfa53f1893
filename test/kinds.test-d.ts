import { expectTypeOf, test } from 'vitest';
import type { KycCallbackKind, KycCallbackMap, KycWebhookError } from '../src/index.js';
import type * as Types from '../src/types.js';
import { callbackKinds } from '../src/kinds.js';

test('the registry holds exactly the kinds of KycCallbackMap, each parsing to its callback type', () => {
  expectTypeOf<keyof typeof callbackKinds>().toEqualTypeOf<KycCallbackKind>();
  expectTypeOf<KycCallbackKind>().toEqualTypeOf<'jumio-netverify' | 'jumio-doc-verification' | 'jumio-platform' | 'jumio-retrieval' | 'jumio-retrieval-status' | 'idenfy' | 'shufti' | 'onfido'>();
  expectTypeOf(callbackKinds.onfido.parse).returns.toEqualTypeOf<KycCallbackMap['onfido']>();
  expectTypeOf(callbackKinds.onfido.provider).toEqualTypeOf<'onfido'>();
  expectTypeOf(callbackKinds.idenfy.parse).returns.toEqualTypeOf<KycCallbackMap['idenfy']>();
  expectTypeOf(callbackKinds.shufti.serialize).parameter(0).toEqualTypeOf<KycCallbackMap['shufti']>();
  expectTypeOf(callbackKinds['jumio-netverify'].kind).toEqualTypeOf<'jumio-netverify'>();
  expectTypeOf(callbackKinds['jumio-doc-verification'].provider).toEqualTypeOf<'jumio'>();
});

test('errors name a kind of the registry (or unknown, from detection), and the types entry says the same', () => {
  expectTypeOf<KycWebhookError['kind']>().toEqualTypeOf<KycCallbackKind | 'unknown'>();
  expectTypeOf<Types.KycWebhookError['kind']>().toEqualTypeOf<Types.KycCallbackKind | 'unknown'>();
  expectTypeOf<Types.KycCallbackKind>().toEqualTypeOf<KycCallbackKind>();
  // The old name is gone, not aliased.
  // @ts-expect-error: `provider` was renamed `kind`
  expectTypeOf<KycWebhookError['provider']>().toBeString();
});

test('a table over the kinds that misses one does not compile', () => {
  const { shufti: _shufti, ...withoutShufti } = callbackKinds;
  // @ts-expect-error: a table typed over every kind must list shufti too
  const table: { readonly [K in KycCallbackKind]: unknown } = withoutShufti;
  expectTypeOf(table).not.toBeAny();
});
