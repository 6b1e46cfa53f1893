import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { decodeFormBody, encodeFormBody, readFormBody } from '../src/core/form.js';
import { WireFailure } from '../src/core/wire-failure.js';
import { failureOf } from './support/wire-failure.js';
import { isDocumentedCode } from './support/rejections.js';

const limits = { maxBytes: 1024, maxFields: 8 };

describe('decodeFormBody', () => {
  test('decodes names and values, + as a space, percent escapes as UTF-8', () => {
    const fields = decodeFormBody('idFirstName=KAL+UWE&stateCode=US%2DOH&city=M%C3%BCnchen&plus=%2B&raw=caf\u00e9', 8);
    expect({ ...fields }).toEqual({ idFirstName: 'KAL UWE', stateCode: 'US-OH', city: 'München', plus: '+', raw: 'café' });
  });

  test('a name without = has an empty value, and empty segments are skipped', () => {
    expect({ ...decodeFormBody('&a&&b=&c=1&', 8) }).toEqual({ a: '', b: '', c: '1' });
  });

  test('only the first = splits name from value', () => {
    expect({ ...decodeFormBody('a=b=c', 8) }).toEqual({ a: 'b=c' });
  });

  test('the record has no prototype, and prototype names are ordinary fields', () => {
    const fields = decodeFormBody('__proto__=x&constructor=y&prototype=z', 8);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(Object.keys(fields)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(fields['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  test.each([
    ['a=%', 'invalid_percent_encoding'],
    ['a=%4', 'invalid_percent_encoding'],
    ['a=%ZZ', 'invalid_percent_encoding'],
    ['a%G1=b', 'invalid_percent_encoding'],
    ['a=%C3', 'invalid_utf8'],
    ['a=%C0%AF', 'invalid_utf8'],
    ['a=%ED%A0%80', 'invalid_utf8'],
    ['a=%FF', 'invalid_utf8'],
  ])('%s is malformed_body with issue %s', (body, issue) => {
    const failure = failureOf(() => decodeFormBody(body, 8));
    expect(failure.code).toBe('malformed_body');
    expect(failure.issue.code).toBe(issue);
  });

  test('a repeated name is an error, never "last one wins"', () => {
    const failure = failureOf(() => decodeFormBody('verificationStatus=DENIED_FRAUD&verificationStatus=APPROVED_VERIFIED', 8));
    expect(failure.code).toBe('malformed_body');
    expect(failure.issue.code).toBe('duplicate_key');
    expect(failureOf(() => decodeFormBody('a=1&a%3D=2&a=3', 8)).issue.code).toBe('duplicate_key');
  });

  test('the field cap: at the limit decodes, one past is too_many_fields', () => {
    const body = (count: number) => Array.from({ length: count }, (_, index) => `f${index}=v`).join('&');
    expect(Object.keys(decodeFormBody(body(8), 8))).toHaveLength(8);
    expect(failureOf(() => decodeFormBody(body(9), 8)).code).toBe('too_many_fields');
  });

  test('an = in a later field never splits an earlier field without one', () => {
    expect({ ...decodeFormBody('a&b&c=1&d&e=2=3', 8) }).toEqual({ a: '', b: '', c: '1', d: '', e: '2=3' });
  });
});

describe('readFormBody', () => {
  const expected = { a: '1', b: 'two words' };

  test('accepts a string, bytes, an ArrayBuffer, URLSearchParams and a record', () => {
    const text = 'a=1&b=two+words';
    const bytes = new TextEncoder().encode(text);
    for (const body of [text, bytes, bytes.buffer, new URLSearchParams(text), { a: '1', b: 'two words' }]) {
      expect({ ...readFormBody(body, limits) }).toEqual(expected);
    }
  });

  test('drops a field named __proto__ from every kind of body, after counting and checking it like any other', () => {
    const text = '__proto__=x&a=1&b=two+words';
    const record = Object.defineProperty({ a: '1', b: 'two words' }, '__proto__', { value: 'x', enumerable: true });
    for (const body of [text, new TextEncoder().encode(text), new URLSearchParams(text), record]) {
      const fields = readFormBody(body, limits);
      expect(Object.keys(fields)).toEqual(['a', 'b']);
      expect(Object.getPrototypeOf(fields)).toBeNull();
    }
    expect(failureOf(() => readFormBody('__proto__=x&__proto__=y', limits)).issue.code).toBe('duplicate_key');
    expect(failureOf(() => readFormBody('__proto__=x&a=1', { ...limits, maxFields: 1 })).issue.code).toBe('too_many_fields');
  });

  test('a record from express.urlencoded with a repeated field (an array) is duplicate_key', () => {
    expect(failureOf(() => readFormBody({ a: ['1', '2'] }, limits)).issue.code).toBe('duplicate_key');
  });

  test('a record with a non-string value is malformed_body', () => {
    expect(failureOf(() => readFormBody({ a: { nested: '1' } }, limits)).issue.code).toBe('invalid_field_type');
  });

  test('URLSearchParams with a repeated field is duplicate_key, and its fields are capped', () => {
    expect(failureOf(() => readFormBody(new URLSearchParams('a=1&a=2'), limits)).issue.code).toBe('duplicate_key');
    expect(failureOf(() => readFormBody(new URLSearchParams('a&b&c&d&e&f&g&h&i'), limits)).code).toBe('too_many_fields');
  });

  test('a record is capped by field count too', () => {
    const record = Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`f${index}`, 'v']));
    expect(failureOf(() => readFormBody(record, limits)).code).toBe('too_many_fields');
  });

  test.each([[null], [undefined], [42], [true], [['a=1']], [new Uint16Array(2)], [new DataView(new ArrayBuffer(2))], [new String('a=1')], [new Date(0)], [new Map([['a', '1']])]])(
    'rejects %o as unsupported_body_type',
    (body) => {
      const failure = failureOf(() => readFormBody(body, limits));
      expect(failure.code).toBe('malformed_body');
      expect(failure.issue.code).toBe('unsupported_body_type');
    },
  );
});

describe('encodeFormBody', () => {
  test('escapes only what a form parser needs: % & + (and = in a name); spaces as +; UTF-8 as it is', () => {
    expect(encodeFormBody({ 'a b=': 'c&d=e+f/é%{"x":1}' })).toBe('a+b%3D=c%26d=e%2Bf/é%25{"x":1}');
    // What the WHATWG parser reads from it is what was written.
    expect([...new URLSearchParams(encodeFormBody({ 'a b=': 'c&d=e+f/é%{"x":1}' }))]).toEqual([['a b=', 'c&d=e+f/é%{"x":1}']]);
  });

  test('a value that is not a string, or a lone surrogate, is invalid_payload', () => {
    expect(failureOf(() => encodeFormBody({ a: 1 })).issue.code).toBe('invalid_type');
    expect(failureOf(() => encodeFormBody({ a: '\uD800' })).issue.code).toBe('invalid_string');
  });

  property.prop([fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), { maxKeys: 8 })])(
    'decode(encode(fields)) equals the fields',
    (fields) => {
      const decoded = decodeFormBody(encodeFormBody(fields), 16);
      expect({ ...decoded }).toEqual({ ...fields });
    },
  );

  property.prop([fc.string({ unit: 'binary', maxLength: 40 })])('decoding never throws anything but a WireFailure', (text) => {
    try {
      decodeFormBody(text, 16);
    } catch (failure) {
      expect(failure).toBeInstanceOf(WireFailure);
      expect(isDocumentedCode((failure as WireFailure).code), (failure as WireFailure).code).toBe(true);
      expect((failure as WireFailure).issues.length).toBeGreaterThan(0);
    }
  });
});
