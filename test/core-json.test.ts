import { describe, expect, test } from 'vitest';
import { exceedsDepth, parseJson } from '../src/core/json.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseJson', () => {
  test('parses JSON', () => {
    expect(parseJson('{"a":[1,{"b":null}]}', 8)).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  test('invalid JSON is refused as invalid_json', () => {
    for (const text of ['', '{', '{"a":1,}', "{'a':1}", 'NaN', '{"a":1} x']) {
      expect(parseJson(text, 8)).toEqual({ ok: false, refusal: 'invalid_json' });
    }
  });

  test('the depth cap: at the limit parses, one past is nesting_too_deep', () => {
    expect(parseJson(nested(8), 8).ok).toBe(true);
    expect(parseJson(nested(9), 8)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
    expect(parseJson(`{"a":${nested(7)}}`, 8).ok).toBe(true);
    expect(parseJson(`{"a":{"b":${nested(7)}}}`, 8)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
  });

  test('nesting far past any stack is refused, not a crash', () => {
    expect(parseJson(nested(200_000), 32)).toEqual({ ok: false, refusal: 'nesting_too_deep' });
  });

  test('scalars have no depth', () => {
    expect(exceedsDepth('text', 0)).toBe(false);
    expect(exceedsDepth({}, 0)).toBe(true);
  });

  test('__proto__ stays an own key and reaches no prototype', () => {
    const parsed = parseJson('{"__proto__":{"polluted":true}}', 8);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
