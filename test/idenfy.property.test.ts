import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { idenfyOverallStatuses, parseIdenfy, safeParseIdenfy, serializeIdenfy, type KycWebhookIssue } from '../src/idenfy/index.js';
import { arbitraryIdenfy } from '../src/testing/idenfy.js';

describe('round trips of generated iDenfy callbacks', () => {
  test.prop([arbitraryIdenfy()])('parse(serialize(x)) deep-equals x', (callback) => {
    expect(parseIdenfy(serializeIdenfy(callback))).toEqual(callback);
  });

  test.prop([arbitraryIdenfy({ unknownFields: true })])('unknown fields survive the round trip too', (callback) => {
    expect(parseIdenfy(serializeIdenfy(callback))).toEqual(callback);
  });

  test.prop([arbitraryIdenfy({ unknownFields: true })])('the output is plain JSON data', (callback) => {
    const parsed = parseIdenfy(serializeIdenfy(callback));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  test.prop([arbitraryIdenfy({ unknownFields: true })])('serializing is stable: serialize(parse(serialize(x))) equals serialize(x)', (callback) => {
    const body = serializeIdenfy(callback);
    expect(serializeIdenfy(parseIdenfy(body))).toBe(body);
  });

  test.prop([arbitraryIdenfy({ unknownFields: true })])('a body handed over already parsed gives the same callback', (callback) => {
    const body = serializeIdenfy(callback);
    expect(parseIdenfy(JSON.parse(body) as Record<string, unknown>)).toEqual(parseIdenfy(body));
  });

  // A new enumeration value fails strict mode as `invalid_value`; inside a union (`aml`, `lid`, an AML
  // hit) it fails the union as a whole, and inside `additionalSteps` the open map's check.
  // A body of more than `fullCheckValues` values stops at its first problem and ends with the
  // documented `more_issues` note, which is no failure of its own.
  const newValueFailure = (issue: KycWebhookIssue, index: number, issues: readonly KycWebhookIssue[]) =>
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_union' ||
    (issue.code === 'invalid_type' && issue.path.join('.') === 'additionalSteps') ||
    (issue.code === 'more_issues' && index > 0 && index === issues.length - 1);

  for (const overall of idenfyOverallStatuses) {
    test.prop([arbitraryIdenfy({ overall, newValues: false })], { numRuns: 30 })(`${overall}: generated callbacks with documented values only parse in strict mode`, (callback) => {
      expect(callback.status.overall).toBe(overall);
      const strict = safeParseIdenfy(serializeIdenfy(callback), { strict: true });
      expect(strict.success || strict.error.issues).toBe(true);
    });

    test.prop([arbitraryIdenfy({ overall })], { numRuns: 30 })(`${overall}: generated callbacks have that status and fail strict mode only on new values`, (callback) => {
      expect(callback.status.overall).toBe(overall);
      const strict = safeParseIdenfy(serializeIdenfy(callback), { strict: true });
      expect(strict.success || strict.error.issues.every(newValueFailure)).toBe(true);
    });
  }

  test.prop([arbitraryIdenfy(), fc.nat(), fc.constantFrom<unknown>(null, 7, 'x', [], {}, true)])(
    'a body with a top-level field dropped or replaced never throws from safeParse, and names the field when it fails',
    (callback, seed, replacement) => {
      const fields = Object.entries(JSON.parse(serializeIdenfy(callback)) as Record<string, unknown>);
      const index = seed % fields.length;
      const [name] = fields[index] ?? [];
      const dropped = Object.fromEntries(fields.filter((_, position) => position !== index));
      const replaced = Object.fromEntries(fields.map(([key, value], position) => [key, position === index ? replacement : value]));
      for (const mutated of [dropped, replaced]) {
        const result = safeParseIdenfy(JSON.stringify(mutated));
        if (!result.success && result.error.code !== 'unknown_variant') {
          expect(result.error.issues.length).toBeGreaterThan(0);
          expect(result.error.issues.some((issue) => issue.path[0] === name || issue.path.length === 0)).toBe(true);
        }
      }
    },
  );
});
