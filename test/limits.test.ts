import { describe, expect, test } from 'vitest';
import { defaultLimits } from '../src/index.js';
import type { Fixture } from './support/fixtures.js';
import { parsers, type ParserUnderTest } from './support/parsers.js';

// Every limit, for every parser, on every fixture: a body exactly at the limit parses, and one unit
// past it fails with the limit's own code. The fixture's own measures are computed here, apart from
// the library.

interface Measures {
  readonly bytes: number;
  /** Form fields, or the most keys in any JSON object, whichever is larger. */
  readonly fields: number;
  /** The deepest JSON nesting (0 when the body holds no JSON). */
  readonly depth: number;
  /** The most items in any one JSON array. */
  readonly items: number;
}

function jsonMeasures(value: unknown, depth = 1): { fields: number; depth: number; items: number } {
  if (typeof value !== 'object' || value === null) return { fields: 0, depth: 0, items: 0 };
  const children = Object.values(value);
  let fields = Array.isArray(value) ? 0 : children.length;
  let items = Array.isArray(value) ? children.length : 0;
  let deepest = depth;
  for (const child of children) {
    const inner = jsonMeasures(child, depth + 1);
    fields = Math.max(fields, inner.fields);
    items = Math.max(items, inner.items);
    deepest = Math.max(deepest, inner.depth);
  }
  return { fields, depth: deepest, items };
}

function measure(parser: ParserUnderTest, fixture: Fixture): Measures {
  const text = new TextDecoder().decode(fixture.bytes);
  if (parser.format === 'json') return { bytes: fixture.bytes.length, ...jsonMeasures(JSON.parse(text)) };
  const pairs = [...new URLSearchParams(text)];
  const nested = pairs
    .filter(([, value]) => value.startsWith('{') || value.startsWith('['))
    .map(([, value]) => jsonMeasures(JSON.parse(value)));
  return {
    bytes: fixture.bytes.length,
    fields: Math.max(pairs.length, ...nested.map((inner) => inner.fields)),
    depth: Math.max(0, ...nested.map((inner) => inner.depth)),
    items: Math.max(0, ...nested.map((inner) => inner.items)),
  };
}

describe.each(parsers)('$name', (parser) => {
  test.each(parser.fixtures)('$name: each limit holds exactly at the body and fails one past it', (fixture) => {
    const measures = measure(parser, fixture);
    const codeWith = (options: object) => {
      const result = parser.safeParse(fixture.bytes as never, options);
      return result.success ? 'parsed' : result.error.code;
    };
    expect(codeWith({ maxBytes: measures.bytes })).toBe('parsed');
    expect(codeWith({ maxBytes: measures.bytes - 1 })).toBe('body_too_large');
    expect(codeWith({ maxFields: measures.fields })).toBe('parsed');
    expect(codeWith({ maxFields: measures.fields - 1 })).toBe('too_many_fields');
    if (measures.depth > 0) {
      expect(codeWith({ maxDepth: measures.depth })).toBe('parsed');
      expect(codeWith({ maxDepth: measures.depth - 1 })).toBe('nesting_too_deep');
    }
    expect(codeWith({ maxItems: measures.items })).toBe('parsed');
    if (measures.items > 0) expect(codeWith({ maxItems: measures.items - 1 })).toBe('too_many_items');
  });

  test('every fixture fits the default limits with room to spare', () => {
    for (const fixture of parser.fixtures) {
      const measures = measure(parser, fixture);
      expect(measures.bytes).toBeLessThan(defaultLimits.maxBytes / 4);
      expect(measures.fields).toBeLessThan(defaultLimits.maxFields / 2);
      expect(measures.depth).toBeLessThan(defaultLimits.maxDepth / 2);
      expect(measures.items).toBeLessThan(defaultLimits.maxItems / 10);
    }
  });
});
