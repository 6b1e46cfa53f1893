import { test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { parseShufti, serializeShufti } from '../src/index.js';
import { arbitraryShufti } from '../src/testing/index.js';
import { hostileBody } from './support/hostile.js';
import { parsers } from './support/parsers.js';

// The `compile` option must change speed only: the same data for every body that parses, the same
// error for every body that does not.

const compiled = { compile: z.compile };

describe.each(parsers)('$name compiled with z.compile', (parser) => {
  test('parses every fixture to the same callback', () => {
    for (const fixture of parser.fixtures) {
      expect(parser.safeParse(fixture.bytes as never, compiled), fixture.name).toEqual(parser.safeParse(fixture.bytes as never));
    }
  });

  property.prop([hostileBody(parser, parsers)], { numRuns: 150 })('answers hostile bodies exactly as the runtime parser does', (body) => {
    const plain = parser.safeParse(body as never);
    const fast = parser.safeParse(body as never, compiled);
    expect(fast.success).toBe(plain.success);
    if (fast.success && plain.success) expect(fast.data).toEqual(plain.data);
    if (!fast.success && !plain.success) expect(fast.error.toJSON()).toEqual(plain.error.toJSON());
  });
});

property.prop([arbitraryShufti({ unknownFields: true })])('round trips hold with the compiled schema', (callback) => {
  expect(parseShufti(serializeShufti(callback), compiled)).toEqual(callback);
});

test('the compiled schema is built once per settings', () => {
  let calls = 0;
  const counting = <T extends z.core.$ZodType>(schema: T): T => {
    calls++;
    return schema;
  };
  const [parser] = parsers;
  const body = parser?.fixtures[0]?.bytes;
  if (parser === undefined || body === undefined) throw new Error('no parser to test');
  expect(parser.safeParse(body as never, { compile: counting }).success).toBe(true);
  expect(parser.safeParse(body as never, { compile: counting }).success).toBe(true);
  expect(calls).toBe(1);
});
