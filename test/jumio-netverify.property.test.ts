import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { jumioNetverifyStatuses, parseJumioNetverify, safeParseJumioNetverify, serializeJumioNetverify } from '../src/index.js';
import { arbitraryJumioNetverify } from '../src/testing/index.js';

describe('round trips of generated Netverify callbacks', () => {
  test.prop([arbitraryJumioNetverify()])('parse(serialize(x)) deep-equals x', (callback) => {
    expect(parseJumioNetverify(serializeJumioNetverify(callback))).toEqual(callback);
  });

  test.prop([arbitraryJumioNetverify({ unknownFields: true })])('unknown fields survive the round trip too', (callback) => {
    expect(parseJumioNetverify(serializeJumioNetverify(callback))).toEqual(callback);
  });

  test.prop([arbitraryJumioNetverify({ unknownFields: true })])('the output is plain JSON data', (callback) => {
    const parsed = parseJumioNetverify(serializeJumioNetverify(callback));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  test.prop([arbitraryJumioNetverify({ unknownFields: true })])('serializing is stable: serialize(parse(serialize(x))) equals serialize(x)', (callback) => {
    const body = serializeJumioNetverify(callback);
    expect(serializeJumioNetverify(parseJumioNetverify(body))).toBe(body);
  });

  for (const status of jumioNetverifyStatuses) {
    // As the README's Testing section shows it.
    test.prop([arbitraryJumioNetverify({ status, newValues: false })], { numRuns: 50 })(`${status}: generated callbacks with documented values only parse in strict mode`, (callback) => {
      expect(callback.verificationStatus).toBe(status);
      expect(parseJumioNetverify(serializeJumioNetverify(callback), { strict: true })).toEqual(callback);
    });

    test.prop([arbitraryJumioNetverify({ status })], { numRuns: 50 })(`${status}: generated callbacks have that status and fail strict mode only on new values`, (callback) => {
      expect(callback.verificationStatus).toBe(status);
      const strict = safeParseJumioNetverify(serializeJumioNetverify(callback), { strict: true });
      const hasNewValues = !strict.success && strict.error.issues.every((issue) => issue.code === 'invalid_value');
      expect(strict.success || hasNewValues).toBe(true);
    });
  }

  test.prop([arbitraryJumioNetverify(), fc.nat()])('a body with a field dropped or a value swapped never throws from safeParse', (callback, seed) => {
    const fields = [...new URLSearchParams(serializeJumioNetverify(callback))];
    const index = seed % fields.length;
    const dropped = fields.filter((_, position) => position !== index);
    const swapped = fields.map(([name, value], position) => [name, position === index ? '{"x":' : value] as [string, string]);
    for (const mutated of [dropped, swapped]) {
      const result = safeParseJumioNetverify(new URLSearchParams(mutated));
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  });
});
