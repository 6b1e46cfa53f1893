import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseJumioDocVerification, safeParseJumioDocVerification, serializeJumioDocVerification } from '../src/index.js';
import { arbitraryJumioDocVerification } from '../src/testing/index.js';

describe('round trips of generated Document Verification callbacks', () => {
  test.prop([arbitraryJumioDocVerification()])('parse(serialize(x)) deep-equals x', (callback) => {
    expect(parseJumioDocVerification(serializeJumioDocVerification(callback))).toEqual(callback);
  });

  test.prop([arbitraryJumioDocVerification({ unknownFields: true })])('unknown fields survive the round trip too', (callback) => {
    expect(parseJumioDocVerification(serializeJumioDocVerification(callback))).toEqual(callback);
  });

  test.prop([arbitraryJumioDocVerification({ unknownFields: true })])('the output is plain JSON data', (callback) => {
    const parsed = parseJumioDocVerification(serializeJumioDocVerification(callback));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  test.prop([arbitraryJumioDocVerification({ unknownFields: true })])('serializing is stable', (callback) => {
    const body = serializeJumioDocVerification(callback);
    expect(serializeJumioDocVerification(parseJumioDocVerification(body))).toBe(body);
  });

  test.prop([arbitraryJumioDocVerification({ status: ['EXTRACTED', 'FAILED'] })])('generated statuses are the ones asked for', (callback) => {
    const kind = callback.transaction.status === 'FAILED' ? 'FAILED' : callback.document?.status;
    expect(['EXTRACTED', 'FAILED']).toContain(kind);
    expect(safeParseJumioDocVerification(serializeJumioDocVerification(callback)).success).toBe(true);
  });

  test.prop([arbitraryJumioDocVerification({ newValues: false })])('generated callbacks with documented values only parse in strict mode', (callback) => {
    const strict = safeParseJumioDocVerification(serializeJumioDocVerification(callback), { strict: true });
    expect(strict.success || strict.error.issues).toBe(true);
  });

  test.prop([arbitraryJumioDocVerification()])('generated callbacks fail strict mode only on new values', (callback) => {
    const strict = safeParseJumioDocVerification(serializeJumioDocVerification(callback), { strict: true });
    expect(strict.success || strict.error.issues.every((issue) => issue.code === 'invalid_value')).toBe(true);
  });
});
