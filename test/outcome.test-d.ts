import { expectTypeOf, test } from 'vitest';
import {
  kycOutcome,
  parseKycWebhook,
  redactKycWebhook,
  safeParseKycWebhook,
  type IdenfyCallback,
  type JumioNetverifyCallback,
  type KycCallbackKind,
  type KycCallbackMap,
  type KycOutcome,
  type KycWebhook,
  type ParseResult,
} from '../src/index.js';
import type * as Types from '../src/types.js';

test('a detected webhook is a union over every kind of the registry, narrowed by kind', () => {
  expectTypeOf<KycWebhook['kind']>().toEqualTypeOf<KycCallbackKind>();
  expectTypeOf(parseKycWebhook).returns.toEqualTypeOf<KycWebhook>();
  expectTypeOf(safeParseKycWebhook).returns.toEqualTypeOf<ParseResult<KycWebhook>>();
  const webhook = parseKycWebhook('');
  if (webhook.kind === 'idenfy') expectTypeOf(webhook.callback).toEqualTypeOf<IdenfyCallback>();
  if (webhook.kind === 'jumio-netverify') expectTypeOf(webhook.callback).toEqualTypeOf<JumioNetverifyCallback>();
  // @ts-expect-error: `scanRef` is iDenfy's only, so not readable before narrowing on kind
  void webhook.callback.scanRef;
  switch (webhook.kind) {
    case 'jumio-netverify':
    case 'jumio-doc-verification':
    case 'jumio-platform':
    case 'jumio-retrieval':
    case 'jumio-retrieval-status':
    case 'idenfy':
    case 'shufti':
    case 'onfido':
      break;
    default:
      expectTypeOf(webhook).toBeNever();
  }
});

test('kycOutcome takes a webhook or a callback with its kind, and nothing else', () => {
  expectTypeOf(kycOutcome).parameter(0).toEqualTypeOf<KycWebhook>();
  expectTypeOf(kycOutcome).returns.toEqualTypeOf<KycOutcome>();
  const callback = {} as KycCallbackMap['shufti'];
  kycOutcome({ kind: 'shufti', callback });
  // @ts-expect-error: a Shufti callback is not an iDenfy one
  kycOutcome({ kind: 'idenfy', callback });
  expectTypeOf<KycOutcome['status']>().toEqualTypeOf<'approved' | 'rejected' | 'review' | 'pending' | 'expired' | 'cancelled' | 'error'>();
  expectTypeOf<KycOutcome['provider']>().toEqualTypeOf<'jumio' | 'idenfy' | 'shufti' | 'onfido'>();
});

test('the types entry declares the same types', () => {
  expectTypeOf<Types.KycOutcome>().toEqualTypeOf<KycOutcome>();
  expectTypeOf<Types.KycWebhook>().toEqualTypeOf<KycWebhook>();
  expectTypeOf<Types.KycWebhookError['kind']>().toEqualTypeOf<KycCallbackKind | 'unknown'>();
});

test('a redacted webhook keeps the shape, and says that text and numbers may be the marker', () => {
  const redacted = redactKycWebhook(parseKycWebhook(''));
  expectTypeOf(redacted.kind).toEqualTypeOf<KycCallbackKind>();
  if (redacted.kind === 'idenfy') {
    expectTypeOf(redacted.callback.data.docFirstName).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(redacted.callback.startTime).toEqualTypeOf<number | '[redacted]' | undefined>();
    expectTypeOf(redacted.callback.final).toEqualTypeOf<boolean | undefined>();
  }
});
