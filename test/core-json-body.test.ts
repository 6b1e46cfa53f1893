import { describe, expect, test } from 'vitest';
import { readJsonBody, writeJsonBody } from '../src/core/json-body.js';
import { failureOf } from './support/wire-failure.js';

const limits = { maxBytes: 64, maxDepth: 3, maxFields: 4 };

describe('readJsonBody', () => {
  test('parses a string, bytes or an ArrayBuffer, and takes a parsed object as it is', () => {
    const text = '{"a":[1,{"b":null}]}';
    const bytes = new TextEncoder().encode(text);
    for (const body of [text, bytes, bytes.buffer]) expect(readJsonBody(body, limits)).toEqual({ a: [1, { b: null }] });
    const parsed = { a: 1 };
    expect(readJsonBody(parsed, limits)).toBe(parsed);
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

  test.each([[null], [42], [[1, 2]], [undefined]])('%o is unsupported_body_type', (body) => {
    expect(failureOf(() => readJsonBody(body, limits)).issue.code).toBe('unsupported_body_type');
  });

  test('writeJsonBody writes JSON', () => {
    expect(writeJsonBody({ a: [1, 'é'] })).toBe('{"a":[1,"é"]}');
  });
});
