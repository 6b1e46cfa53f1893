import type { IncomingHttpHeaders } from 'node:http';
import { describe, expectTypeOf, test } from 'vitest';
import {
  isJumioCallbackAddress,
  safeVerifyAndParseIdenfy,
  safeVerifyAndParseShufti,
  verifyAndParseIdenfy,
  verifyAndParseShufti,
  verifyIdenfySignature,
  verifyJumioCallbackUrl,
  verifyShuftiSignature,
  type IdenfyCallback,
  type JumioCallbackUrlResult,
  type KycWebhookError,
  type ParseResult,
  type ShuftiCallback,
  type ShuftiSignatureScheme,
  type SignatureFailureReason,
  type SignatureResult,
} from '../src/index.js';
import type * as Types from '../src/types.js';
import { signIdenfyBody, signShuftiBody } from '../src/testing/index.js';

declare const request: Request;
declare const nodeHeaders: IncomingHttpHeaders;
declare const body: ArrayBuffer;

describe('signature results narrow on valid', () => {
  test('iDenfy: a match names the key; a failure names the reason', async () => {
    const result = await verifyIdenfySignature(body, request.headers, 'key');
    expectTypeOf(result).toEqualTypeOf<SignatureResult>();
    if (result.valid) {
      expectTypeOf(result.keyIndex).toEqualTypeOf<number>();
      // @ts-expect-error: a match has no reason
      void result.reason;
    } else {
      expectTypeOf(result.reason).toEqualTypeOf<SignatureFailureReason>();
      expectTypeOf(result.reason).toEqualTypeOf<'missing' | 'malformed' | 'mismatch'>();
      // @ts-expect-error: a failure names no key
      void result.keyIndex;
    }
  });

  test('Shufti: a match also says which header and which formula', async () => {
    const result = await verifyShuftiSignature(body, nodeHeaders, ['old', new Uint8Array([1])]);
    if (result.valid) {
      expectTypeOf(result.header).toEqualTypeOf<'Signature' | 'sp_signature' | undefined>();
      expectTypeOf(result.scheme).toEqualTypeOf<ShuftiSignatureScheme>();
      expectTypeOf(result.scheme).toEqualTypeOf<'hashed-secret' | 'plain-secret'>();
    } else {
      // @ts-expect-error: a failure says nothing of a formula
      void result.scheme;
    }
  });

  test('the Jumio URL token has the same shape', async () => {
    const result = await verifyJumioCallbackUrl(request.url, { key: { a: 'x' } });
    expectTypeOf(result).toEqualTypeOf<JumioCallbackUrlResult>();
    if (result.valid) expectTypeOf(result.keyId).toEqualTypeOf<string | undefined>();
    else expectTypeOf(result.reason).toEqualTypeOf<SignatureFailureReason>();
  });
});

describe('inputs', () => {
  test('the signature is a value, Web Headers or a Node header record; the body raw bytes or text', () => {
    expectTypeOf(verifyIdenfySignature).toBeCallableWith('{}', 'abc', 'key');
    expectTypeOf(verifyIdenfySignature).toBeCallableWith(new Uint8Array(), null, new Uint8Array([1]));
    expectTypeOf(verifyIdenfySignature).toBeCallableWith(body, undefined, ['a', 'b']);
    expectTypeOf(verifyShuftiSignature).toBeCallableWith(body, nodeHeaders, 'key');
    expectTypeOf(verifyShuftiSignature).toBeCallableWith(body, request.headers, 'key');
    // @ts-expect-error: a parsed body cannot be verified; the signature is over the raw bytes
    void verifyIdenfySignature({ scanRef: 'x' }, 'abc', 'key');
    // @ts-expect-error: a key is a string or bytes
    void verifyIdenfySignature('{}', 'abc', 42);
    // @ts-expect-error: the verify-and-parse options need the key
    void verifyAndParseIdenfy('{}', 'abc', { strict: true });
    // @ts-expect-error: the lists are 'current' and 'legacy' only
    void isJumioCallbackAddress('1.2.3.4', { lists: ['newest'] });
  });

  test('verify-then-parse resolves to the callback type or a ParseResult', () => {
    expectTypeOf(verifyAndParseIdenfy(body, request.headers, { key: 'k', strict: true })).toEqualTypeOf<Promise<IdenfyCallback>>();
    expectTypeOf(safeVerifyAndParseIdenfy(body, request.headers, { key: 'k' })).toEqualTypeOf<Promise<ParseResult<IdenfyCallback>>>();
    expectTypeOf(verifyAndParseShufti(body, nodeHeaders, { key: ['a', 'b'], maxBytes: 1000 })).toEqualTypeOf<Promise<ShuftiCallback>>();
    expectTypeOf(safeVerifyAndParseShufti(body, nodeHeaders, { key: 'k' })).toEqualTypeOf<Promise<ParseResult<ShuftiCallback>>>();
  });

  test('the error code and issue codes name signature failures', () => {
    expectTypeOf<'invalid_signature'>().toExtend<KycWebhookError['code']>();
    expectTypeOf<'missing_signature' | 'malformed_signature' | 'signature_mismatch'>().toExtend<Types.KycWebhookIssueCode>();
    expectTypeOf<Types.SignatureResult>().toEqualTypeOf<SignatureResult>();
  });

  test('signers resolve to the header value', () => {
    expectTypeOf(signIdenfyBody('{}', 'k')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(signShuftiBody('{}', 'k', { scheme: 'plain-secret' })).toEqualTypeOf<Promise<string>>();
    // @ts-expect-error: only the two documented formulas
    void signShuftiBody('{}', 'k', { scheme: 'hmac' });
  });
});
