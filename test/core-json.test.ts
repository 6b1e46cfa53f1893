import { fc, test as property } from '@fast-check/vitest';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { copyJson, parseJson, scanShape } from '../src/core/json.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const limits = { maxDepth: 8, maxFields: 4, maxItems: 50 };
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
    expect(parseJson(nested(200_000), { maxDepth: 32, maxFields: 256, maxItems: 1000 })).toEqual({ ok: false, refusal: 'nesting_too_deep' });
  });

  test('a repeated key is duplicate_key, at any depth; keys in strings and equal keys in different objects are not', () => {
    for (const text of ['{"a":1,"a":2}', '{"a":{"b":1,"b":1}}', '[{"a":1},{"x":{"c":1,"c":2}}]', '{"__proto__":1,"__proto__":2}', '{"a":1,"b":2,"a":3}']) {
      expect(parseJson(text, { maxDepth: 8, maxFields: 8, maxItems: 8 }), text).toEqual({ ok: false, refusal: 'duplicate_key' });
    }
    for (const text of ['{"a":1,"b":{"a":1}}', '[{"a":1},{"a":2}]', JSON.stringify({ 'a:b': 'c:d', '\\': ':', 'q"{': '[', nested: { 'a:b': 1 } }), '{}', '[]', '"a:b"']) {
      expect(parseJson(text, { maxDepth: 8, maxFields: 8, maxItems: 8 }).ok, text).toBe(true);
    }
  });

  property.prop([fc.jsonValue({ maxDepth: 4 })])('no value JSON.stringify writes is refused as duplicate_key', (value) => {
    expect(parseJson(JSON.stringify(value), { maxDepth: 64, maxFields: 1000, maxItems: 1000 }).ok).toBe(true);
  });

  test('an own __proto__ key is dropped, at every level, and reaches no prototype', () => {
    const parsed = parseJson('{"__proto__":{"polluted":true},"a":[{"__proto__":1,"b":2}]}', limits);
    expect(parsed).toEqual({ ok: true, value: { a: [{ b: 2 }] } });
    if (!parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.value as object, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('items per array are capped, in the scan and in the walk', () => {
    const list = (items: number) => `[${Array.from({ length: items }, () => '{}').join(',')}]`;
    const tight = { maxDepth: 8, maxFields: 4, maxItems: 3 };
    expect(parseJson(`{"a":${list(3)}}`, tight).ok).toBe(true);
    expect(parseJson(`{"a":${list(4)}}`, tight)).toEqual({ ok: false, refusal: 'too_many_items' });
    expect(parseJson(`{"a":${list(4)}}${' '.repeat(17_000)}`, tight)).toEqual({ ok: false, refusal: 'too_many_items' });
    expect(parseJson('[ ]', { ...tight, maxItems: 0 }).ok).toBe(true);
    expect(parseJson('[ 1 ]', { ...tight, maxItems: 0 })).toEqual({ ok: false, refusal: 'too_many_items' });
  });

  test('a number too large for a double is refused, wherever it is', () => {
    for (const text of ['1e309', '[1,-1e400]', '{"a":{"b":1E999}}', `{"a":1e309}${' '.repeat(17_000)}`]) {
      expect(parseJson(text, limits), text).toEqual({ ok: false, refusal: 'number_out_of_range' });
    }
    expect(parseJson('[1e-400]', limits)).toEqual({ ok: true, value: [0] });
  });

  property.prop([fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })])(
    'the text scan refuses exactly the values a walk of the parsed value refuses',
    (value, maxDepth, maxFields, maxItems) => {
      const tight = { maxDepth, maxFields, maxItems };
      const text = JSON.stringify(value);
      expect(typeof scanShape(text, tight) === 'string').toBe(!copyJson(JSON.parse(text), tight).ok);
    },
  );
});

/**
 * What parseJson must answer, written the slow, obvious way: scan the whole text for the limits,
 * parse it (-0 as 0), and refuse a repeated key when the text names more keys than the value has.
 */
function reference(text: string, tight: { maxDepth: number; maxFields: number; maxItems: number }) {
  const shape = scanShape(text, tight);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, refusal: 'invalid_json' };
  }
  const countKeys = (node: unknown): number =>
    typeof node !== 'object' || node === null
      ? 0
      : Object.entries(node).reduce((sum, [, child]) => sum + countKeys(child), Array.isArray(node) ? 0 : Object.keys(node).length);
  if (countKeys(raw) !== shape.keys) return { ok: false, refusal: 'duplicate_key' };
  const infinite = (node: unknown): boolean =>
    typeof node === 'number' ? !Number.isFinite(node) : typeof node === 'object' && node !== null && Object.values(node).some(infinite);
  if (infinite(raw)) return { ok: false, refusal: 'number_out_of_range' };
  const value: unknown = JSON.parse(text, (key, item: unknown) => (key === '__proto__' ? undefined : Object.is(item, -0) ? 0 : item));
  return { ok: true, value };
}

// JSON-like text with keys that repeat, colons and quotes inside strings, spaces around colons,
// -0 in its spellings, and now and then a syntax error.
const space = fc.constantFrom('', ' ', '\n  ');
const key = fc.constantFrom('a', 'b', '__proto__', 'a:b', 'q\\":', ' ').map((name) => JSON.stringify(name));
const scalar = fc.oneof(
  fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('-0', '-0.0', '-0e3', '0', '"-0"', '":"', '"\\":', '1e309', '-1E400'),
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
  property.prop([maybeBroken, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(
    'refuses exactly the texts the obvious implementation refuses, for the same reason, and parses the rest alike',
    (text, maxDepth, maxFields, maxItems) => {
      const tight = { maxDepth, maxFields, maxItems };
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

describe('copyJson', () => {
  test('checks depth, keys and items of an already-parsed value', () => {
    expect(copyJson('text', limits)).toEqual({ ok: true, value: 'text' });
    expect(copyJson(JSON.parse(nested(8)), limits).ok).toBe(true);
    expect(copyJson(JSON.parse(nested(9)), limits)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
    expect(copyJson(JSON.parse(objectWith(5)), limits)).toEqual({ ok: false, refusal: 'too_many_fields' });
    expect(copyJson({}, { maxDepth: 0, maxFields: 4, maxItems: 4 })).toEqual({ ok: false, refusal: 'nesting_too_deep' });
    expect(copyJson([1, 2, 3], { ...limits, maxItems: 2 })).toEqual({ ok: false, refusal: 'too_many_items' });
  });

  test('copies: shares no object, reads each getter once, drops __proto__, turns -0 into 0', () => {
    let reads = 0;
    const inner = { b: -0 };
    const source = { a: [inner], get c() { return ++reads; } };
    Object.defineProperty(source, '__proto__', { value: { polluted: true }, enumerable: true });
    const copied = copyJson(source, limits);
    expect(copied).toEqual({ ok: true, value: { a: [{ b: 0 }], c: 1 } });
    expect(reads).toBe(1);
    if (!copied.ok) return;
    expect((copied.value as { a: unknown[] }).a[0]).not.toBe(inner);
    expect(Object.hasOwn(copied.value as object, '__proto__')).toBe(false);
  });

  test('takes plain objects from another realm, and refuses what JSON.parse never makes', () => {
    const foreign: unknown = runInNewContext('JSON.parse(\'{"a":[{"b":1}]}\')');
    expect(copyJson(foreign, limits)).toEqual({ ok: true, value: { a: [{ b: 1 }] } });
    for (const value of [new Date(0), new Map(), [1, , 2], { a: undefined }, { a: Number.NaN }, { a: 1e309 * 10 }, { a: () => 1 }, new (class Box {})()]) {
      expect(copyJson(value, limits)).toEqual({ ok: false, refusal: 'invalid_json' });
    }
  });
});
