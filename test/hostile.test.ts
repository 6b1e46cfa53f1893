import { runInNewContext } from 'node:vm';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  defaultLimits,
  KycWebhookError,
  parseJumioNetverify,
  safeParseIdenfy,
  safeParseJumioDocVerification,
  serializeJumioNetverify,
} from '../src/index.js';
import { buildJumioNetverifyBody } from '../src/testing/index.js';
import {
  canary,
  fixturePlace,
  fromDocument,
  hasPlaces,
  hostileBody,
  hostileItem,
  nodeAt,
  notJsonData,
  notPlainJson,
  objectsIn,
  placesIn,
  sameData,
  withCanaries,
  type BodyDocument,
  type Place,
} from './support/hostile.js';
import { rejectionOf } from './support/errors.js';
import { parsers } from './support/parsers.js';
import { renderings } from './support/renderings.js';
import type { ParseResult } from '../src/index.js';
import { defineCallback } from '../src/core/define.js';
import type { SchemaSettings } from '../src/core/fields.js';
import { callbackKinds, type KycCallbackKind } from '../src/kinds.js';

// Every parser against hostile input: it answers with data or a KycWebhookError, never a crash,
// never a polluted prototype, never a leaked value.

const prototypeSnapshot = () =>
  Object.getOwnPropertyNames(Object.prototype)
    .map((name) => `${name}:${typeof Object.getOwnPropertyDescriptor(Object.prototype, name)?.value}`)
    .join(',');
const pristine = prototypeSnapshot();

describe.each(parsers)('$name against hostile bodies', (parser) => {
  test.prop([hostileBody(parser, parsers)], { numRuns: 300 })('safeParse never throws; a success is plain JSON data; no prototype changes', (body) => {
    const result = parser.safeParse(body as never);
    if (result.success) expect(notPlainJson(result.data)).toBeUndefined();
    else expect(rejectionOf(result)?.kind).toBe(parser.name);
    // A raw body has no getter or proxy to throw: unreadable_body here would be a library bug.
    if (!result.success) expect(result.error.issues[0]?.code).not.toBe('unreadable_body');
    expect(prototypeSnapshot()).toBe(pristine);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test.prop([hostileBody(parser, parsers)], { numRuns: 100 })('parse throws only KycWebhookError, exactly when safeParse fails, with its code', (body) => {
    const result = parser.safeParse(body as never);
    let parsed: unknown;
    let thrown: unknown;
    try {
      parsed = parser.parse(body as never);
    } catch (error) {
      thrown = error;
    }
    if (result.success) {
      expect(thrown).toBeUndefined();
      expect(parsed).toEqual(result.data);
    } else {
      expect(thrown).toBeInstanceOf(KycWebhookError);
      expect((thrown as KycWebhookError).code).toBe(result.error.code);
    }
  });

  test.prop([fc.constantFrom(...parser.fixtures), fc.nat(), fc.boolean()], { numRuns: 200 })(
    'no rendering of an error holds a canary planted anywhere in the body',
    (fixture, seed, strict) => {
      const body = withCanaries(parser, new TextDecoder().decode(fixture.bytes), seed);
      const result = parser.safeParse(body as never, { strict });
      if (result.success) return;
      for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
    },
  );

  test('the canary bodies reach the validation error path, not only unknown_variant', () => {
    // Self-contained: the codes of the canary bodies of every fixture, not what the property above saw.
    const reached = new Set<string>();
    for (const [at, fixture] of parser.fixtures.entries()) {
      for (const strict of [false, true]) {
        const result = parser.safeParse(withCanaries(parser, new TextDecoder().decode(fixture.bytes), at) as never, { strict });
        if (!result.success) reached.add(result.error.code);
      }
    }
    expect(reached).toContain('invalid_payload');
  });

  test.prop([fc.string({ unit: 'binary' }), fc.uint8Array()], { numRuns: 200 })('arbitrary strings and bytes', (text, bytes) => {
    for (const body of [text, bytes, bytes.buffer]) {
      const result = parser.safeParse(body as never);
      expect(result.success).toBe(false);
    }
  });
});

// A Jumio Platform callback is a status response plus `callbackSentAt` and `userReference`, which a
// lenient parse keeps as unknown fields: only strict mode can refuse it.
const extendedBy: { readonly [kind: string]: readonly string[] } = { 'jumio-retrieval-status': ['jumio-platform'] };

describe('bodies of another provider', () => {
  test.each(parsers)('$name rejects every other provider\'s fixtures', (parser) => {
    for (const other of parsers.filter((candidate) => candidate !== parser)) {
      const strict = extendedBy[parser.name]?.includes(other.name) ?? false;
      for (const fixture of other.fixtures) {
        const result = parser.safeParse(fixture.bytes as never, { strict });
        expect(result.success, `${parser.name} accepted ${other.name}/${fixture.name}`).toBe(false);
      }
    }
  });
});

// Round two: each class of hostile input the second attack found, as a property over every parser.

const errorBudget = 16 * 1024;

/** Every error stays small: at most 100 issues plus a `more_issues` note, and toJSON within 16 KB. */
function expectBounded(error: KycWebhookError): void {
  expect(error.issues.length).toBeLessThanOrEqual(101);
  expect(error.issues.slice(0, -1).some((issue) => issue.code === 'more_issues')).toBe(false);
  expect(new TextEncoder().encode(JSON.stringify(error.toJSON())).length).toBeLessThanOrEqual(errorBudget);
}

/** Replaces the node at `path` (never the root) with `value`. */
function replaceAt(document: BodyDocument, path: readonly (string | number)[], value: unknown): void {
  nodeAt(document, path.slice(0, -1))[path.at(-1) as string | number] = value;
}

// Kinds whose bodies hold no list (the Jumio Platform callback and status response) have none to fill.
describe.each(parsers.filter((parser) => hasPlaces(parser, true)))('$name: bounded work for every body', (parser) => {
  test.prop([fixturePlace(parser, true), hostileItem, fc.integer({ min: 0, max: defaultLimits.maxItems + 1 })], { numRuns: 60 })(
    'any list filled with bad items, up to one past maxItems: a small error, too_many_items past the cap',
    ({ document, place }, item, count) => {
      replaceAt(document, place.path, Array.from({ length: count }, () => structuredClone(item)));
      const result = parser.safeParse(fromDocument(parser, document) as never);
      if (count > defaultLimits.maxItems) expect(result).toMatchObject({ success: false, error: { code: 'too_many_items' } });
      if (!result.success) expectBounded(result.error);
    },
  );

  test.prop([fixturePlace(parser, true), hostileItem, fc.integer({ min: 1000, max: 20_000 })], { numRuns: 15 })(
    'with no list cap at all, an error still lists at most 100 issues and renders within 16 KB',
    ({ document, place }, item, count) => {
      replaceAt(document, place.path, Array.from({ length: count }, () => structuredClone(item)));
      const result = parser.safeParse(fromDocument(parser, document) as never, { maxItems: Infinity, maxBytes: Infinity });
      if (!result.success) {
        expectBounded(result.error);
        expect(result.error.code).not.toBe('internal_error');
      }
    },
  );

  test.prop([fixturePlace(parser, true), fc.integer({ min: 1, max: 40 })], { numRuns: 30 })(
    'a body whose longest list holds maxItems parses; with maxItems one less it is too_many_items',
    ({ document, place }, count) => {
      const list = nodeAt(document, place.path) as unknown as unknown[];
      if (list.length > 0) replaceAt(document, place.path, Array.from({ length: count }, () => structuredClone(list[0])));
      const longest = Math.max(...placesIn(document).filter((found) => found.array).map((found) => (nodeAt(document, found.path) as unknown as unknown[]).length));
      const body = fromDocument(parser, document);
      const at = parser.safeParse(body as never, { maxItems: longest });
      expect(at).toEqual(parser.safeParse(body as never, { maxItems: Infinity }));
      if (longest > 0) expect(parser.safeParse(body as never, { maxItems: longest - 1 })).toMatchObject({ error: { code: 'too_many_items' } });
    },
  );
});

describe('bounded work: regression cases', () => {
  test('the 128 KiB iDenfy list of {} (567,863 issues and a 62 MB toJSON before) is too_many_items', () => {
    const body = `{"amlCheck":{"amlCheck":[${Array.from({ length: 43_000 }, () => '{}').join(',')}]}}`;
    const result = safeParseIdenfy(body);
    expect(result).toMatchObject({ success: false, error: { code: 'too_many_items', issues: [{ code: 'too_many_items', path: [] }] } });
    const unbounded = safeParseIdenfy(body, { maxItems: Infinity });
    expect(unbounded.success).toBe(false);
    if (!unbounded.success) expectBounded(unbounded.error);
  });

  test('20,000 nested list items (a stack overflow inside zod before) give a bounded invalid_payload', () => {
    const hits = Array.from({ length: 20_000 }, () => '{}').join(',');
    const body = `{"amlCheck":{"amlCheck":[{"addresses":[${hits}]}]}}`;
    const result = safeParseIdenfy(body, { maxItems: Infinity });
    expect(result).toMatchObject({ success: false, error: { code: 'invalid_payload' } });
    if (!result.success) expectBounded(result.error);
  });

  test('a small invalid body is checked in full; its issues past 100 are counted, not listed', () => {
    const body = `{"amlCheck":{"amlCheck":[${Array.from({ length: 40 }, () => '{}').join(',')}]}}`;
    const result = safeParseIdenfy(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    expectBounded(result.error);
    expect(result.error.issues).toHaveLength(101);
    expect(result.error.issues[100]).toMatchObject({ code: 'more_issues', message: expect.stringMatching(/^\d+ more issue\(s\) not listed$/) });
    expect(result.error.message).toMatch(/\(\+98 more\)$/);
  });
});

const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe.each(parsers)('$name: safeParse never throws, parse throws only KycWebhookError', (parser) => {
  test.prop([fc.constantFrom(...parser.fixtures), notJsonData(), fc.nat(), fc.boolean()], { numRuns: 120 })(
    'an object body holding anything JSON.parse never makes, anywhere: malformed_body, never a raw throw',
    (fixture, planted, seed, asArgument) => {
      const text = new TextDecoder().decode(fixture.bytes);
      const record = parser.format === 'json' ? (JSON.parse(text) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(text));
      const keys = Object.keys(record);
      const body = asArgument ? planted.make() : { ...record, [keys[seed % keys.length] as string]: planted.make() };
      let result: ReturnType<typeof parser.safeParse> | undefined;
      expect(() => (result = parser.safeParse(body as never))).not.toThrow();
      expect(result?.success).toBe(false);
      if (result && !result.success) {
        expect(result.error.code).toBe('malformed_body');
        for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
      }
      try {
        parser.parse(body as never);
      } catch (error) {
        expect(error).toBeInstanceOf(KycWebhookError);
      }
    },
  );

  const hostileOptions = fc.constantFrom<{ name: string; make: () => unknown; code: string }>(
    { name: 'a getter that throws', make: () => Object.defineProperty({}, 'maxBytes', { get: () => { throw new Error(canary); } }), code: 'invalid_options' },
    { name: 'a getter that throws a revoked proxy', make: () => Object.defineProperty({}, 'strict', { get: () => { throw revokedProxy(); } }), code: 'invalid_options' },
    { name: 'a revoked proxy', make: revokedProxy, code: 'invalid_options' },
    { name: 'a negative limit', make: () => ({ maxItems: -1 }), code: 'invalid_options' },
  );

  test.prop([fc.constantFrom(...parser.fixtures), hostileOptions], { numRuns: 40 })('options that throw or are invalid: a truthful code, never a raw throw', (fixture, options) => {
    let result: ReturnType<typeof parser.safeParse> | undefined;
    expect(() => (result = parser.safeParse(fixture.bytes as never, options.make() as never))).not.toThrow();
    expect(result).toMatchObject({ success: false, error: { code: options.code } });
    if (result && !result.success) {
      expect(result.error.issues[0]?.code).not.toBe('unreadable_body');
      for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
    }
    expect(() => parser.parse(fixture.bytes as never, options.make() as never)).toThrow(KycWebhookError);
    expect(() => parser.serialize(parser.parse(fixture.bytes as never) as never, options.make() as never)).toThrow(KycWebhookError);
  });

  test('null options mean none', () => {
    for (const fixture of parser.fixtures) {
      expect(parser.safeParse(fixture.bytes as never, null as never)).toEqual(parser.safeParse(fixture.bytes as never));
    }
  });
});

describe.each(parsers)('$name: a fault of the library is internal_error, never a raw throw', (parser) => {
  const overflow = () => {
    throw new RangeError('Maximum call stack size exceeded');
  };
  const faulty = {
    'a schema that overflows the stack': withBuild(parser.name, () => ({ _zod: { run: overflow } })),
    'a schema builder that throws': withBuild(parser.name, overflow),
  };

  test.each(Object.entries(faulty))('%s', (_, kind) => {
    const fixture = parser.fixtures[0]?.bytes as Uint8Array;
    let result: ParseResult<unknown> | undefined;
    expect(() => (result = kind.safeParse(fixture as never))).not.toThrow();
    expect(result).toMatchObject({ success: false, error: { code: 'internal_error', issues: [{ code: 'internal_error' }] } });
    const callback = parser.parse(fixture as never);
    for (const call of [() => kind.parse(fixture as never), () => kind.serialize(callback as never)]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(KycWebhookError);
      expect(thrown).toMatchObject({ code: 'internal_error' });
    }
  });
});

describe.each(parsers)('$name: the output is JSON data that shares nothing with the input', (parser) => {
  const numbers = fc.constantFrom('1e309', '-1E309', '1e400', '-0', '-0.0e5', '1e-400', '123456789012345678901234567890');

  test.prop([fixturePlace(parser, false), numbers, fc.boolean()], { numRuns: 80 })(
    'a number anywhere, in a known field or an unknown one: plain data that survives JSON, or number_out_of_range',
    ({ document, place }, number, known) => {
      const target = nodeAt(document, place.path);
      const keys = Object.keys(target);
      const key = known && keys.length > 0 ? (keys[number.length % keys.length] as string) : 'xNumber';
      target[key] = '\u0000NUMBER';
      const body = fromDocument(parser, document).replace(parser.format === 'json' ? '"\\u0000NUMBER"' : encodeURIComponent('"\\u0000NUMBER"'), number);
      const result = parser.safeParse(body as never);
      if (result.success) {
        expect(notPlainJson(result.data)).toBeUndefined();
        expect(sameData(JSON.parse(JSON.stringify(result.data)), result.data)).toBe(true);
      } else if (result.error.issues.some((issue) => issue.code === 'number_out_of_range')) {
        expect(Number.isFinite(Number(number))).toBe(false);
        expect(result.error.code).toBe('malformed_body');
      }
    },
  );

  test.prop([fc.constantFrom(...parser.fixtures), fc.boolean()], { numRuns: 30 })(
    'an object body from another realm, with -0 and getters: parsed like its text, sharing no object with it',
    (fixture, foreignRealm) => {
      const text = new TextDecoder().decode(fixture.bytes);
      const record: Record<string, unknown> = parser.format === 'json'
        ? ((foreignRealm ? runInNewContext(`JSON.parse(${JSON.stringify(text)})`) : JSON.parse(text)) as Record<string, unknown>)
        : ((foreignRealm ? runInNewContext(`Object.fromEntries(new URLSearchParams(${JSON.stringify(text)}))`, { URLSearchParams }) : Object.fromEntries(new URLSearchParams(text))) as Record<string, unknown>);
      if (parser.format === 'json') {
        record['xZero'] = -0;
        let reads = 0;
        Object.defineProperty(record, 'xGetter', { enumerable: true, get: () => ({ reads: ++reads }) });
      }
      const result = parser.safeParse(record as never);
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(notPlainJson(result.data)).toBeUndefined();
      expect(sameData(JSON.parse(JSON.stringify(result.data)), result.data)).toBe(true);
      const shared = [...objectsIn(result.data)].filter((node) => objectsIn(record).has(node));
      expect(shared).toEqual([]);
      if (parser.format === 'json') expect((result.data as Record<string, unknown>)['xGetter']).toEqual({ reads: 1 });
    },
  );
});

describe.each(parsers)('$name: serialize keeps its contract', (parser) => {
  const planted = fc.oneof(
    notJsonData(),
    fc.constantFrom(
      { name: '-0', make: () => -0 },
      { name: 'a list of 1e9', make: () => Array.from({ length: 1000 }, () => 1e9) },
      { name: 'a long non-ASCII text', make: () => 'ő'.repeat(30_000) },
      { name: 'an own __proto__ key', make: () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown },
      { name: 'a deep value', make: () => JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as unknown },
    ),
  );

  test.prop([fc.constantFrom(...parser.fixtures), planted, fc.nat(), fc.constantFrom(undefined, { maxBytes: 20_000 }, { strict: true }, { maxItems: 10 })], { numRuns: 150 })(
    'a body that the matching parse reads back equal (Object.is on numbers), or a KycWebhookError',
    (fixture, value, seed, options) => {
      const callback = parser.parse(fixture.bytes as never) as Record<string, unknown>;
      const objects = placesIn(callback).filter((place) => !place.array);
      const target = nodeAt(callback, (objects[seed % objects.length] as Place).path);
      target[`x${seed % 7}`] = value.make();
      let body: string;
      try {
        body = parser.serialize(callback as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(KycWebhookError);
        expect(['invalid_payload', 'body_too_large']).toContain((error as KycWebhookError).code);
        for (const rendering of renderings(error as KycWebhookError)) expect(rendering).not.toContain(canary);
        return;
      }
      const again = parser.safeParse(body as never, options as never);
      expect(again.success).toBe(true);
      if (again.success) expect(sameData(again.data, callback)).toBe(true);
    },
  );

  test('every fixture parsed under the defaults is written back under the defaults, never larger', () => {
    for (const fixture of parser.fixtures) {
      const body = parser.serialize(parser.parse(fixture.bytes as never) as never);
      expect(new TextEncoder().encode(body).length, fixture.name).toBeLessThanOrEqual(fixture.bytes.length + 64);
    }
  });
});

describe('serialize writes form text as UTF-8, so a body that fits the defaults still fits written back', () => {
  test('Netverify names in non-Latin script near maxBytes', () => {
    const name = 'Ωμέγα'.repeat(8_000); // 80 KB of UTF-8; percent-encoded it would be 240 KB
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', { idFirstName: name });
    const callback = parseJumioNetverify(body);
    const written = serializeJumioNetverify(callback);
    expect(new TextEncoder().encode(written).length).toBeLessThanOrEqual(defaultLimits.maxBytes);
    expect(parseJumioNetverify(written)).toEqual(callback);
    expect(() => serializeJumioNetverify(callback, { maxBytes: 40_000 })).toThrow(expect.objectContaining({ code: 'body_too_large' }));
  });
});

/** JSON text of `value` with `key` of the object at `path` written twice, the decoy first or last. */
function withRepeatedKey(value: unknown, path: readonly (string | number)[], key: string, decoyFirst: boolean): string {
  const write = (node: unknown, at: readonly (string | number)[]): string => {
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    if (Array.isArray(node)) return `[${node.map((item, index) => write(item, [...at, index])).join(',')}]`;
    const members = Object.entries(node).map(([name, child]) => `${JSON.stringify(name)}:${write(child, [...at, name])}`);
    if (at.length === path.length && at.every((step, index) => step === path[index])) {
      const decoy = `${JSON.stringify(key)}:"NEW"`;
      if (decoyFirst) members.unshift(decoy);
      else members.push(decoy);
    }
    return `{${members.join(',')}}`;
  };
  return write(value, []);
}

describe.each(parsers)('$name: a repeated key is malformed_body wherever it is, in whatever order', (parser) => {
  test.prop([fixturePlace(parser, false), fc.nat(), fc.boolean()], { numRuns: 80 })('duplicate_key, never unknown_variant or last one wins', ({ document, place }, seed, decoyFirst) => {
    const target = nodeAt(document, place.path);
    const keys = Object.keys(target);
    const key = keys.length > 0 ? (keys[seed % keys.length] as string) : 'status';
    if (keys.length === 0) target[key] = 'UPLOADED';
    let body: string;
    if (parser.format === 'json') body = withRepeatedKey(document, place.path, key, decoyFirst);
    else {
      const [field, ...inside] = place.path as [string, ...(string | number)[]];
      const fields = Object.fromEntries(Object.entries(document).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
      fields[field] = withRepeatedKey(document[field], inside, key, decoyFirst);
      body = new URLSearchParams(fields).toString();
    }
    expect(parser.safeParse(body as never)).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'duplicate_key' }] } });
  });
});

describe('a repeated discriminant inside a Jumio JSON field: regression', () => {
  test.each([true, false])('document.status repeated (decoy first: %s) is malformed_body, not unknown_variant', (decoyFirst) => {
    const fields = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(parsers[1]?.fixtures.find((fixture) => fixture.name === 'UPLOADED.form')?.bytes)));
    const document = fields['document'] as string;
    fields['document'] = decoyFirst ? document.replace('{', '{"status":"NEW",') : document.replace(/\}$/, ',"status":"NEW"}');
    expect(safeParseJumioDocVerification(new URLSearchParams(fields).toString())).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'duplicate_key' }] } });
  });
});

describe.each(parsers)('$name: consistent edges', (parser) => {
  const wrappers = fc.constantFrom<{ name: string; wrap: (bytes: Uint8Array) => unknown }>(
    { name: 'a boxed string', wrap: (bytes) => new String(new TextDecoder().decode(bytes)) },
    { name: 'a Uint16Array', wrap: (bytes) => new Uint16Array(bytes) },
    { name: 'a DataView', wrap: (bytes) => new DataView(bytes.buffer.slice(0)) },
    { name: 'a Date', wrap: () => new Date(0) },
    { name: 'a Map', wrap: (bytes) => new Map([['body', new TextDecoder().decode(bytes)]]) },
    { name: 'a Set', wrap: () => new Set([1]) },
    { name: 'a class instance', wrap: () => new (class Body { a = 'b'; })() },
    { name: 'a function', wrap: () => () => 1 },
  );

  test.prop([fc.constantFrom(...parser.fixtures), wrappers])('a value that is not a supported body is unsupported_body_type', (fixture, wrapper) => {
    expect(parser.safeParse(wrapper.wrap(fixture.bytes) as never)).toMatchObject({
      success: false,
      error: { code: 'malformed_body', issues: [{ code: 'unsupported_body_type' }] },
    });
  });

  test.prop([fixturePlace(parser, false)], { numRuns: 60 })('an own __proto__ key is dropped wherever it is, in schema objects and open values alike', ({ document, place }) => {
    nodeAt(document, place.path)['__proto__ placeholder'] = { polluted: true };
    const body = fromDocument(parser, document).replace(parser.format === 'json' ? '"__proto__ placeholder"' : encodeURIComponent('"__proto__ placeholder"'), '"__proto__"');
    const result = parser.safeParse(body as never);
    if (!result.success) return;
    for (const node of objectsIn(result.data)) expect(Object.hasOwn(node, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('schemas are cached on what their builders read', () => {
  test.each(parsers)('$name: per-call limits a builder does not read never rebuild it; no cliff for 20 variants', (parser) => {
    const fixture = parser.fixtures[0]?.bytes as Uint8Array;
    let builds = 0;
    const counted = withBuild(parser.name, (settings) => (builds++, callbackKinds[parser.name].build(settings)));
    for (let maxBytes = 10_000; maxBytes < 10_100; maxBytes++) expect(counted.safeParse(fixture as never, { maxBytes }).success).toBe(true);
    expect(builds).toBe(1);
    // Jumio's schemas read maxDepth (for JSON in fields); iDenfy's and Shufti's do not.
    for (let round = 0; round < 3; round++) {
      for (let maxDepth = 12; maxDepth < 32; maxDepth++) counted.safeParse(fixture as never, { maxDepth });
    }
    expect(builds).toBe(parser.format === 'form' ? 1 + 20 : 1);
  });
});

/**
 * @returns the kind, defined anew as the library defines it (its own schema cache and runner) but
 *   with another schema builder: how a test sees the builds, or makes the library fault
 */
function withBuild(name: KycCallbackKind, build: (settings: SchemaSettings) => unknown) {
  return defineCallback({ ...callbackKinds[name], build: build as never }) as unknown as (typeof parsers)[number];
}
