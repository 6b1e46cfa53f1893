import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { checkShape, parseJson, scanShape } from '../src/core/json.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const limits = { maxDepth: 8, maxFields: 4 };
const objectWith = (keys: number) => `{${Array.from({ length: keys }, (_, index) => `"k${index}":${index}`).join(',')}}`;

describe('parseJson', () => {
  test('parses JSON', () => {
    expect(parseJson('{"a":[1,{"b":null}]}', limits)).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  test('invalid JSON is refused as invalid_json', () => {
    for (const text of ['', '{', '{"a":1,}', "{'a':1}", 'NaN', '{"a":1} x']) {
      expect(parseJson(text, limits)).toEqual({ ok: false, refusal: 'invalid_json' });
    }
  });

  test('the depth cap: at the limit parses, one past is nesting_too_deep', () => {
    expect(parseJson(nested(8), limits).ok).toBe(true);
    expect(parseJson(nested(9), limits)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
    expect(parseJson(`{"a":${nested(7)}}`, limits).ok).toBe(true);
    expect(parseJson(`{"a":{"b":${nested(7)}}}`, limits)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
  });

  test('the keys-per-object cap: at the limit parses, one past is too_many_fields, at any depth', () => {
    expect(parseJson(objectWith(4), limits).ok).toBe(true);
    expect(parseJson(objectWith(5), limits)).toEqual({ ok: false, refusal: 'too_many_fields' });
    expect(parseJson(`[${objectWith(4)},${objectWith(4)}]`, limits).ok).toBe(true);
    expect(parseJson(`{"a":{"b":${objectWith(5)}}}`, limits)).toEqual({ ok: false, refusal: 'too_many_fields' });
    expect(parseJson(`[${Array.from({ length: 50 }, () => 1).join(',')}]`, limits).ok).toBe(true);
  });

  test('brackets, colons and escaped quotes inside strings do not count', () => {
    const tricky = `{"a":"[[[[[[[[[[{{{{:::::","b\\"[[[[[[[[[":"\\\\","c":"\\\\\\"]]]]]{{{{{{{{{{"}`;
    expect(parseJson(tricky, limits)).toEqual({ ok: true, value: JSON.parse(tricky) });
  });

  test('nesting far past any stack is refused before parsing, not a crash', () => {
    expect(parseJson(nested(200_000), { maxDepth: 32, maxFields: 256 })).toEqual({ ok: false, refusal: 'nesting_too_deep' });
  });

  test('a repeated key is duplicate_key, at any depth; keys in strings and equal keys in different objects are not', () => {
    for (const text of ['{"a":1,"a":2}', '{"a":{"b":1,"b":1}}', '[{"a":1},{"x":{"c":1,"c":2}}]', '{"__proto__":1,"__proto__":2}', '{"a":1,"b":2,"a":3}']) {
      expect(parseJson(text, { maxDepth: 8, maxFields: 8 }), text).toEqual({ ok: false, refusal: 'duplicate_key' });
    }
    for (const text of ['{"a":1,"b":{"a":1}}', '[{"a":1},{"a":2}]', JSON.stringify({ 'a:b': 'c:d', '\\': ':', 'q"{': '[', nested: { 'a:b': 1 } }), '{}', '[]', '"a:b"']) {
      expect(parseJson(text, { maxDepth: 8, maxFields: 8 }).ok, text).toBe(true);
    }
  });

  property.prop([fc.jsonValue({ maxDepth: 4 })])('no value JSON.stringify writes is refused as duplicate_key', (value) => {
    expect(parseJson(JSON.stringify(value), { maxDepth: 64, maxFields: 1000 }).ok).toBe(true);
  });

  test('__proto__ stays an own key and reaches no prototype', () => {
    const parsed = parseJson('{"__proto__":{"polluted":true}}', limits);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  property.prop([fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })])(
    'the text scan refuses exactly the values a walk of the parsed value refuses',
    (value, maxDepth, maxFields) => {
      const tight = { maxDepth, maxFields };
      const text = JSON.stringify(value);
      expect(typeof scanShape(text, tight) === 'string').toBe(checkShape(JSON.parse(text), tight) !== undefined);
    },
  );
});

/**
 * What parseJson must answer, written the slow, obvious way: scan the whole text for the limits,
 * parse it (-0 as 0), and refuse a repeated key when the text names more keys than the value has.
 */
function reference(text: string, tight: { maxDepth: number; maxFields: number }) {
  const shape = scanShape(text, tight);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, item: unknown) => (Object.is(item, -0) ? 0 : item));
  } catch {
    return { ok: false, refusal: 'invalid_json' };
  }
  const countKeys = (node: unknown): number =>
    typeof node !== 'object' || node === null
      ? 0
      : Object.entries(node).reduce((sum, [, child]) => sum + countKeys(child), Array.isArray(node) ? 0 : Object.keys(node).length);
  return countKeys(value) === shape.keys ? { ok: true, value } : { ok: false, refusal: 'duplicate_key' };
}

// JSON-like text with keys that repeat, colons and quotes inside strings, spaces around colons,
// -0 in its spellings, and now and then a syntax error.
const space = fc.constantFrom('', ' ', '\n  ');
const key = fc.constantFrom('a', 'b', '__proto__', 'a:b', 'q\\":', ' ').map((name) => JSON.stringify(name));
const scalar = fc.oneof(
  fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('-0', '-0.0', '-0e3', '0', '"-0"', '":"', '"\\":'),
);
const { text: jsonLikeText } = fc.letrec<{ text: string; array: string; object: string }>((tie) => ({
  text: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('text'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(key, space, space, tie('text')), { maxLength: 5 })
    .map((members) => `{${members.map(([name, before, after, value]) => `${name}${before}:${after}${value}`).join(',')}}`),
}));
const maybeBroken = fc.oneof(
  { weight: 4, arbitrary: jsonLikeText },
  jsonLikeText.chain((text) => fc.nat({ max: text.length }).map((cut) => text.slice(0, cut))),
);

describe('parseJson against its specification', () => {
  property.prop([maybeBroken, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(
    'refuses exactly the texts the obvious implementation refuses, for the same reason, and parses the rest alike',
    (text, maxDepth, maxFields) => {
      const tight = { maxDepth, maxFields };
      expect(parseJson(text, tight)).toEqual(reference(text, tight));
      // Past 16 KiB the text is scanned before it is parsed: the answer must not change.
      const long = `${text}${' '.repeat(17_000)}`;
      expect(parseJson(long, tight)).toEqual(reference(long, tight));
    },
  );

  test('-0 becomes 0 at the top, in arrays and in objects, on both paths', () => {
    const holdsNegativeZero = (node: unknown): boolean =>
      Object.is(node, -0) || (typeof node === 'object' && node !== null && Object.values(node).some(holdsNegativeZero));
    for (const text of ['-0', '[-0,{"a":-0.0}]', `{"a":[1,-0e1]}${' '.repeat(17_000)}`]) {
      expect(holdsNegativeZero(JSON.parse(text))).toBe(true);
      const parsed = parseJson(text, limits);
      expect(parsed.ok).toBe(true);
      expect(holdsNegativeZero(parsed.ok && parsed.value)).toBe(false);
    }
  });
});

describe('checkShape', () => {
  test('checks depth and keys of an already-parsed value', () => {
    expect(checkShape('text', limits)).toBeUndefined();
    expect(checkShape(JSON.parse(nested(8)), limits)).toBeUndefined();
    expect(checkShape(JSON.parse(nested(9)), limits)).toBe('nesting_too_deep');
    expect(checkShape(JSON.parse(objectWith(5)), limits)).toBe('too_many_fields');
    expect(checkShape({}, { maxDepth: 0, maxFields: 4 })).toBe('nesting_too_deep');
  });
});
