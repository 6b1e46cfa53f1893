import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { rejectionOf } from './support/errors.js';
import { parsers } from './support/parsers.js';

// The round trip of every kind of the registry, with the kind's arbitrary from kyc-webhooks/testing:
// a kind added there is covered here with no test of its own.

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
      const strict = safeParse(serialize(callback), true);
      expect(strict.success || strict.error.issues.every(parser.newValueFailure)).toBe(true);
    });
  }

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
