import { describe, expect, test } from 'vitest';
import { readJsonBody, writeJsonBody } from '../src/core/json-body.js';
import { failureOf } from './support/wire-failure.js';

const limits = { maxBytes: 64, maxDepth: 3, maxFields: 4, maxItems: 4 };

describe('readJsonBody', () => {
  test('parses a string, bytes or an ArrayBuffer, and copies a parsed object', () => {
    const text = '{"a":[1,{"b":null}]}';
    const bytes = new TextEncoder().encode(text);
    for (const body of [text, bytes, bytes.buffer]) expect(readJsonBody(body, limits)).toEqual({ a: [1, { b: null }] });
    const parsed = { a: [1, { b: -0 }] };
    const read = readJsonBody(parsed, limits) as typeof parsed;
    expect(read).toEqual({ a: [1, { b: 0 }] });
    expect(Object.is(read.a[1] && (read.a[1] as { b: number }).b, 0)).toBe(true);
    expect(read).not.toBe(parsed);
    expect(read.a).not.toBe(parsed.a);
  });

  test('too many items in one array is too_many_items, for text and parsed objects', () => {
    expect(readJsonBody('{"a":[1,2,3,4]}', limits)).toEqual({ a: [1, 2, 3, 4] });
    expect(failureOf(() => readJsonBody('{"a":[1,2,3,4,5]}', limits)).code).toBe('too_many_items');
    expect(failureOf(() => readJsonBody({ a: [1, 2, 3, 4, 5] }, limits)).code).toBe('too_many_items');
  });

  test('a number too large for a double is malformed_body, never Infinity', () => {
    expect(failureOf(() => readJsonBody('{"a":1e309}', limits)).issue.code).toBe('number_out_of_range');
    expect(failureOf(() => readJsonBody('{"a":[-1e400]}', limits)).code).toBe('malformed_body');
  });

  test('invalid JSON is malformed_body; too deep is nesting_too_deep, for text and parsed objects', () => {
    expect(failureOf(() => readJsonBody('{"a":', limits))).toMatchObject({ code: 'malformed_body', issue: { code: 'invalid_json' } });
    expect(readJsonBody('{"a":{"b":[]}}', limits)).toEqual({ a: { b: [] } });
    expect(failureOf(() => readJsonBody('{"a":{"b":[[]]}}', limits)).code).toBe('nesting_too_deep');
    expect(failureOf(() => readJsonBody({ a: { b: [[]] } }, limits)).code).toBe('nesting_too_deep');
  });

  test('too many keys in one object is too_many_fields, for text and parsed objects', () => {
    expect(failureOf(() => readJsonBody('{"a":1,"b":2,"c":3,"d":4,"e":5}', limits)).code).toBe('too_many_fields');
    expect(failureOf(() => readJsonBody({ a: 1, b: 2, c: 3, d: 4, e: 5 }, limits)).code).toBe('too_many_fields');
  });

  test('the size cap applies before parsing', () => {
    expect(failureOf(() => readJsonBody(`{"a":"${'x'.repeat(64)}"}`, limits)).code).toBe('body_too_large');
  });

  test.each([[null], [42], [[1, 2]], [undefined], [new String('{}')], [new Uint16Array(2)], [new DataView(new ArrayBuffer(2))], [new Date(0)], [new Map()]])('%o is unsupported_body_type', (body) => {
    expect(failureOf(() => readJsonBody(body, limits)).issue.code).toBe('unsupported_body_type');
  });

  test('writeJsonBody writes JSON', () => {
    expect(writeJsonBody({ a: [1, 'é'] })).toBe('{"a":[1,"é"]}');
  });
});
