import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { rejectionOf } from './support/errors.js';
import { parsers } from './support/parsers.js';

// The round trip of every kind of the registry, with the kind's arbitrary from kyc-webhooks/testing:
// a kind added there is covered here with no test of its own.

const regressionCases = [
  {
    kind: 'jumio-retrieval',
    // A generated response of more than 500 values with a new credential category: its strict
    // parse stops at the first problem and ends the issues with `more_issues` (seed -1105010281).
    name: 'a large callback with a new value fails strict mode with more_issues after the new value',
    callback: JSON.parse(readFileSync(new URL('./regressions/strict-more-issues.jumio-retrieval.json', import.meta.url), 'utf8')) as unknown,
  },
];

describe.each(parsers)('$name: round trips of generated callbacks', (parser) => {
  const parse = (body: unknown, strict = false) => parser.parse(body as never, { strict });
  const safeParse = (body: unknown, strict = false) => parser.safeParse(body as never, { strict });
  const serialize = (callback: unknown) => parser.serialize(callback as never);

  test.prop([parser.arbitrary()])('parse(serialize(x)) deep-equals x', (callback) => {
    expect(parse(serialize(callback))).toEqual(callback);
  });

  test.prop([parser.arbitrary({ unknownFields: true })])('unknown fields survive the round trip too', (callback) => {
    expect(parse(serialize(callback))).toEqual(callback);
  });

  test.prop([parser.arbitrary({ unknownFields: true })])('the output is plain JSON data', (callback) => {
    const parsed = parse(serialize(callback));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  test.prop([parser.arbitrary({ unknownFields: true })])('serializing is stable: serialize(parse(serialize(x))) equals serialize(x)', (callback) => {
    const body = serialize(callback);
    expect(serialize(parse(body))).toBe(body);
  });

  test.prop([parser.arbitrary({ unknownFields: true })])('every accepted body type parses alike', (callback) => {
    const body = serialize(callback);
    const expected = parse(body);
    expect(parse(new TextEncoder().encode(body))).toEqual(expected);
    if (parser.format === 'form') expect(parse(new URLSearchParams(body))).toEqual(expected);
    else expect(parse(JSON.parse(body))).toEqual(expected);
  });

  for (const variant of parser.variants) {
    // As the README's Testing section shows it.
    test.prop([parser.arbitrary({ variant, newValues: false })], { numRuns: 50 })(`${variant}: generated callbacks with documented values only parse in strict mode`, (callback) => {
      expect(parser.variantOf(callback as never)).toBe(variant);
      expect(parse(serialize(callback), true)).toEqual(callback);
    });

    test.prop([parser.arbitrary({ variant })], { numRuns: 50 })(`${variant}: generated callbacks have that variant and fail strict mode only on new values`, (callback) => {
      expect(parser.variantOf(callback as never)).toBe(variant);
      expect(failsStrictOnlyOnNewValues(callback)).toBe(true);
    });
  }

  /**
   * Whether a strict parse of the callback's body succeeds or fails only on new enumeration values.
   * A body of more than 500 values is checked up to its first problem, so its issues end with
   * `more_issues`, which says nothing about the callback.
   */
  function failsStrictOnlyOnNewValues(callback: unknown): boolean {
    const strict = safeParse(serialize(callback), true);
    return strict.success || strict.error.issues.every((issue, index, issues) => issue.code === 'more_issues' || parser.newValueFailure(issue, index, issues));
  }

  // Counterexamples fast-check found, kept as regression cases.
  const regressions = regressionCases.filter(({ kind }) => kind === parser.name);
  test.skipIf(regressions.length === 0).each(regressions)('regression: $name', ({ callback }) => {
    expect(failsStrictOnlyOnNewValues(callback)).toBe(true);
  });

  // A top-level field dropped, or its value replaced by the wrong one: no throw, and a failure is a
  // documented KycWebhookError that names the field (or the body) unless the field was the discriminant.
  const replacement = parser.format === 'form' ? fc.constantFrom('{"x":', '', '[]', 'N/A') : fc.constantFrom<unknown>(null, 7, 'x', [], {}, true);
  test.prop([parser.arbitrary(), fc.nat(), replacement])('a body with a field dropped or a value swapped never throws from safeParse', (callback, seed, value) => {
    const fields: [string, unknown][] =
      parser.format === 'form' ? [...new URLSearchParams(serialize(callback))] : Object.entries(JSON.parse(serialize(callback)) as Record<string, unknown>);
    const index = seed % fields.length;
    const name = fields[index]?.[0];
    const dropped = fields.filter((_, position) => position !== index);
    const swapped = fields.map(([key, field], position): [string, unknown] => [key, position === index ? value : field]);
    for (const mutated of [dropped, swapped]) {
      const body = parser.format === 'form' ? new URLSearchParams(mutated as [string, string][]) : JSON.stringify(Object.fromEntries(mutated));
      const error = rejectionOf(safeParse(body));
      if (error !== undefined && error.code !== 'unknown_variant') {
        expect(error.kind).toBe(parser.name);
        expect(error.issues.some((issue) => issue.path[0] === name || issue.path.length === 0)).toBe(true);
      }
    }
  });
});
