import { describe, expect, test } from 'vitest';
import { defineCallback, type CallbackKindDefinition } from '../src/core/define.js';
import { formWire, type FormBody } from '../src/core/form.js';
import { jsonWire, type JsonBody } from '../src/core/json-body.js';
import * as z from '../src/core/zod.js';

// `defineCallback` on its own, with small kinds of its own: where it looks for an unknown
// discriminant value on each wire, and in which order. (Each real kind's own tests cover its paths.)

type Nested = { outer: { tag: 'a' | 'b' } };
const nested: CallbackKindDefinition<'idenfy', 'test', Nested, JsonBody> = defineCallback({
  kind: 'idenfy',
  provider: 'test',
  webhook: true,
  wire: jsonWire,
  discriminants: [{ path: ['outer', 'tag'], values: ['a', 'b'] }],
  build: () => z.looseObject({ outer: z.looseObject({ tag: z.enum(['a', 'b']) }) }) as unknown as z.ZodType<Nested>,
});

type InFields = { first: { status: 'ok' }; second: { status: 'done' } };
const inFields: CallbackKindDefinition<'jumio-doc-verification', 'test', InFields, FormBody> = defineCallback({
  kind: 'jumio-doc-verification',
  provider: 'test',
  webhook: false,
  wire: formWire,
  discriminants: [
    { path: ['first', 'status'], values: ['ok'] },
    { path: ['second', 'status'], values: ['done'] },
  ],
  build: (settings) =>
    z.looseObject({
      first: z.codec(z.string(), z.looseObject({ status: z.literal('ok') }), { decode: (text) => JSON.parse(text), encode: (value) => JSON.stringify(value) }),
      second: z.codec(z.string(), z.looseObject({ status: z.literal('done') }), { decode: (text) => JSON.parse(text), encode: (value) => JSON.stringify(value) }),
    }).check(() => void settings) as unknown as z.ZodType<InFields>,
});

const form = (fields: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(fields).map(([name, value]): [string, string] => [name, JSON.stringify(value)])).toString();

describe('defineCallback', () => {
  test('carries its spec, and parses and serializes through the runner', () => {
    expect(nested).toMatchObject({ kind: 'idenfy', provider: 'test', webhook: true, wire: jsonWire });
    const body = '{"outer":{"tag":"b"},"extra":1}';
    expect(nested.parse(body)).toEqual({ outer: { tag: 'b' }, extra: 1 });
    expect(nested.parse(nested.serialize(nested.parse(body)))).toEqual(nested.parse(body));
    expect(nested.schema.parse({ outer: { tag: 'a' } })).toEqual({ outer: { tag: 'a' } });
  });

  test('a nested JSON discriminant this version does not know is unknown_variant, at its path', () => {
    const result = nested.safeParse('{"outer":{"tag":"c"}}');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toMatchObject({ code: 'unknown_variant', kind: 'idenfy', variant: 'c' });
    expect(result.error.issues).toEqual([{ path: ['outer', 'tag'], code: 'unknown_variant', message: 'Not a outer.tag this version knows (known: a, b)' }]);
  });

  test.each([
    ['an empty value', '{"outer":{"tag":""}}'],
    ['a value that is not a string', '{"outer":{"tag":7}}'],
    ['a path through an array', '{"outer":[{"tag":"c"}]}'],
    ['a missing value', '{"outer":{}}'],
    ['a missing container', '{}'],
  ])('%s is not an unknown variant, but a plain invalid_payload', (_, body) => {
    const result = nested.safeParse(body);
    expect(result.success ? undefined : result.error.code).toBe('invalid_payload');
  });

  test('a known discriminant with another field wrong stays invalid_payload', () => {
    const result = inFields.safeParse(form({ first: { status: 'ok' }, second: { status: 'done' }, x: 1 }), { strict: true });
    expect(result.success).toBe(true);
    const wrong = inFields.safeParse(`${form({ first: { status: 'ok' } })}&second=7`);
    expect(wrong.success ? undefined : wrong.error.code).toBe('invalid_payload');
  });

  test('on the form wire, the path after the first key is read inside the field\'s JSON, in the order given', () => {
    const both = inFields.safeParse(form({ first: { status: 'new' }, second: { status: 'newer' } }));
    expect(both.success ? undefined : [both.error.code, both.error.variant, both.error.issues[0]?.path]).toEqual(['unknown_variant', 'new', ['first', 'status']]);
    const second = inFields.safeParse(form({ first: { status: 'ok' }, second: { status: 'newer' } }));
    expect(second.success ? undefined : [second.error.code, second.error.variant, second.error.issues[0]?.path]).toEqual(['unknown_variant', 'newer', ['second', 'status']]);
  });

  test('a field whose JSON breaks a limit leads nowhere: the failure is not unknown_variant', () => {
    const deep = `first=${encodeURIComponent('{"status":"new","x":[[[[1]]]]}')}&second=${encodeURIComponent('{"status":"done"}')}`;
    const result = inFields.safeParse(deep, { maxDepth: 2 });
    expect(result.success ? undefined : result.error.code).toBe('invalid_payload');
  });
});
