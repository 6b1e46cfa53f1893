import { describe, expect, test } from 'vitest';
import { KycWebhookError, safeParseJumioNetverify, type KycWebhookErrorCode } from '../src/index.js';
import { buildJumioNetverifyBody } from '../src/testing/index.js';
import { documentedErrorCodes, errorCodes } from './support/rejections.js';
import { renderings } from './support/renderings.js';

describe('KycWebhookError', () => {
  const error = new KycWebhookError('invalid_payload', 'jumio-netverify', [
    { path: ['idAddress', 'city'], code: 'invalid_type', message: 'Expected string, received number' },
  ]);

  test('is an Error with a code, a kind and frozen issues', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(KycWebhookError);
    expect(error.name).toBe('KycWebhookError');
    expect(error.message).toBe('Invalid jumio-netverify callback: idAddress.city: Expected string, received number');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  test('toJSON is plain data', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'KycWebhookError',
      code: 'invalid_payload',
      kind: 'jumio-netverify',
      message: error.message,
      issues: [{ path: ['idAddress', 'city'], code: 'invalid_type', message: 'Expected string, received number' }],
    });
  });

  test('the message shows three issues and counts the rest', () => {
    const issues = Array.from({ length: 5 }, (_, index) => ({ path: [`f${index}`], code: 'invalid_type' as const, message: 'Expected string' }));
    expect(new KycWebhookError('invalid_payload', 'jumio-netverify', issues).message).toMatch(/f2: Expected string \(\+2 more\)$/);
  });

  test('instanceof is false for other errors and non-objects', () => {
    expect(new Error('x')).not.toBeInstanceOf(KycWebhookError);
    const others: unknown[] = [null, undefined, 'KycWebhookError', 42, { code: 'invalid_payload' }];
    for (const value of others) expect(value instanceof KycWebhookError).toBe(false);
  });
});

describe('no value from the body reaches any rendering of an error', () => {
  const canary = 'CANARY7f3a';
  const bodies: [KycWebhookErrorCode, string | Uint8Array, object?][] = [
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { idDob: `${canary}-dob`, idFirstName: canary, idFaceMatch: canary })],
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: `{"city":{"${canary}":"${canary}"}}` })],
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { identityVerification: `{"validity":"${canary}"}` })],
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { callBackType: canary, idScanStatus: canary })],
    ['invalid_payload', buildJumioNetverifyBody('DENIED_FRAUD', { rejectReason: `{"rejectReasonCode":7,"${canary}":1}` })],
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { [canary]: canary, idType: canary }), { strict: true }],
    ['invalid_payload', buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: `{"${canary}":"${canary}"}` }), { strict: true }],
    ['unknown_variant', buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus: canary, idFirstName: canary })],
    ['malformed_body', buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: `{"city":"${canary}"` })],
    ['malformed_body', `${buildJumioNetverifyBody('APPROVED_VERIFIED')}&${canary}=%ZZ${canary}`],
    ['malformed_body', `${buildJumioNetverifyBody('APPROVED_VERIFIED')}&idFirstName=${canary}`],
    ['malformed_body', new Uint8Array([...new TextEncoder().encode(`idFirstName=${canary}`), 0xc3])],
    ['nesting_too_deep', buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: `{"${canary}":${'['.repeat(40)}"${canary}"${']'.repeat(40)}}` })],
    ['body_too_large', `idFirstName=${canary}${'x'.repeat(300_000)}`],
    ['too_many_fields', Array.from({ length: 300 }, (_, index) => `${canary}${index}=${canary}`).join('&')],
  ];

  test.each(bodies)('%s', (code, body, options) => {
    const result = safeParseJumioNetverify(body, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe(code);
    for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
  });

  test('unknown_variant keeps the value where a handler can read it on purpose', () => {
    const result = safeParseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus: canary }));
    expect(!result.success && result.error.variant).toBe(canary);
  });
});

describe('the README documents every error code', () => {
  test('its error-code table lists exactly the codes of KycWebhookErrorCode, once each', () => {
    expect(documentedErrorCodes.length).toBeGreaterThan(0);
    expect(new Set(documentedErrorCodes).size).toBe(documentedErrorCodes.length);
    expect([...documentedErrorCodes].sort()).toEqual([...errorCodes].sort());
  });
});
