import { fc } from '@fast-check/vitest';
import type { ParserUnderTest } from './parsers.js';

// Arbitraries of hostile bodies for every parser: garbage, and valid bodies broken in every way
// the hostile-input suite names.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Keys that must never reach a prototype. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** A string that appears in no fixture, planted in bodies to prove it never reaches an error. */
export const canary = 'CANARYq7Zx';

/** Form fields of a form body, as decoded pairs (the fixtures are valid, so this never throws). */
function formPairs(text: string): [string, string][] {
  return [...new URLSearchParams(text)];
}

function formText(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

/** A value of the wrong type for whatever field it replaces. */
const wrongValue = fc.constantFrom('', '{', '{}', '[]', '[1,2]', 'null', '42', 'true', 'N/A', '{"a":{"b":{"c":[]}}}', '\u0000', '%', '\uFEFF');

/** A JSON value of the wrong type for whatever key it replaces. */
const wrongJson = fc.constantFrom<unknown>(null, 0, -1, 1e308, '', 'x', true, [], {}, [[[]]], { a: null }, '2026-13-45');

/** Mutations of a form body, each a function of the decoded pairs and a seed. */
const formMutations: fc.Arbitrary<(pairs: [string, string][], seed: number) => [string, string][]>[] = [
  fc.constant((pairs, seed) => pairs.filter((_, at) => at !== seed % pairs.length)),
  fc.constant((pairs, seed) => [...pairs, pairs[seed % pairs.length] as [string, string]]),
  fc.constant((pairs, seed) => pairs.map(([name, value], at) => [at === seed % pairs.length ? `${name}X` : name, value])),
  fc.constant((pairs, seed) => pairs.map(([name, value], at) => [name, at === seed % pairs.length ? name.toUpperCase() : value])),
  wrongValue.map((wrong) => (pairs, seed) => pairs.map(([name, value], at) => [name, at === seed % pairs.length ? wrong : value])),
  fc.constantFrom(...prototypeKeys).map((key) => (pairs) => [[key, '{"polluted":true}'], ...pairs]),
  fc.constant((pairs, seed) =>
    pairs.map(([name, value], at) => [name, at === seed % pairs.length && value.startsWith('{') ? value.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},') : value]),
  ),
  fc.constant((pairs, seed) => pairs.map(([name, value], at) => [name, at === seed % pairs.length ? `${'['.repeat(5000)}${']'.repeat(5000)}` : value])),
];

/** Mutations of a JSON body's parsed value. */
const jsonMutations: fc.Arbitrary<(value: Record<string, unknown>, seed: number) => unknown>[] = [
  fc.constant((value, seed) => mutateAt(value, seed, (object, key) => delete object[key])),
  fc.constant((value, seed) =>
    mutateAt(value, seed, (object, key) => {
      object[`${key}X`] = object[key];
      delete object[key];
    }),
  ),
  wrongJson.map((wrong) => (value, seed) => mutateAt(value, seed, (object, key) => (object[key] = wrong))),
  fc.constant((value) => ({ ...value, extra: Array.from({ length: 2000 }, (_, at) => ({ [`k${at}`]: at })) })),
];

/** Deep nesting is added to JSON bodies as text: a 5000-deep value would overflow JSON.stringify itself. */
const deepJsonText = (text: string) => text.replace(/^\s*\{/, `{"nested":${'['.repeat(5000)}${']'.repeat(5000)},`);

/** Applies `change` to one object key somewhere in `value` (chosen by `seed`); returns `value`. */
function mutateAt(value: Record<string, unknown>, seed: number, change: (object: Record<string, unknown>, key: string) => void): unknown {
  const places: [Record<string, unknown>, string][] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (!Array.isArray(node)) places.push([node as Record<string, unknown>, key]);
      visit(child);
    }
  };
  visit(value);
  const place = places[seed % Math.max(1, places.length)];
  if (place) change(...place);
  return value;
}

/** Text-level damage that applies to any body. */
const textDamage: fc.Arbitrary<(text: string, seed: number) => string | Uint8Array>[] = [
  fc.constant((text, seed) => text.slice(0, seed % (text.length + 1))),
  fc.constant((text, seed) => {
    const bytes = encoder.encode(text);
    const at = seed % Math.max(1, bytes.length);
    if (bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ (1 << seed % 8);
    return bytes;
  }),
  fc.constantFrom(new Uint8Array([0xff]), new Uint8Array([0xc3]), new Uint8Array([0xed, 0xa0, 0x80])).map((bad) => (text, seed) => {
    const bytes = encoder.encode(text);
    const at = seed % (bytes.length + 1);
    return new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);
  }),
  fc.constantFrom('%', '%G1', '%C3', '%ED%A0%80').map((escape) => (text, seed) => {
    const at = seed % (text.length + 1);
    return `${text.slice(0, at)}${escape}${text.slice(at)}`;
  }),
  fc.constant((text) => `\uFEFF${text}`),
  fc.constant((text) => `${text}&huge=${'A'.repeat(300_000)}`),
  fc.constant((text) => `${text}${'&k'.repeat(400)}`),
];

/**
 * @param parser - the parser the bodies are for
 * @param others - every parser, whose fixtures serve as "a body of another provider"
 * @returns an arbitrary of hostile bodies for the parser
 */
export function hostileBody(parser: ParserUnderTest, others: readonly ParserUnderTest[]): fc.Arbitrary<string | Uint8Array> {
  const fixture = fc.constantFrom(...parser.fixtures.map((entry) => decoder.decode(entry.bytes)));
  const seed = fc.nat();
  const structural =
    parser.format === 'form'
      ? fc.tuple(fixture, fc.oneof(...formMutations), seed).map(([text, mutate, at]) => formText(mutate(formPairs(text), at)))
      : fc.oneof(
          fc.tuple(fixture, fc.oneof(...jsonMutations), seed).map(([text, mutate, at]) => JSON.stringify(mutate(JSON.parse(text) as Record<string, unknown>, at))),
          fixture.map(deepJsonText),
          fixture.map((text) => text.replace(/^\s*\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')),
          fixture.map((text) => text.replace(/^\s*\{\s*("(?:[^"\\]|\\.)*")\s*:/, '{$1:null,$1:')),
        );
  const damaged = fc.tuple(fixture, fc.oneof(...textDamage), seed).map(([text, damage, at]) => damage(text, at));
  const foreign = fc.constantFrom(...others.filter((other) => other !== parser).flatMap((other) => other.fixtures.map((entry) => entry.bytes)));
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    structural,
    damaged,
    ...(others.length > 1 ? [foreign] : []),
  );
}

/**
 * The keys whose values decide the variant: a canary there makes every body `unknown_variant`,
 * so the canaries go everywhere else, where they reach the other error paths.
 */
const discriminants = new Set(['verificationStatus', 'status', 'overall', 'event', 'action']);

/**
 * Plants the canary in every value but the discriminants and as an extra field name, keeping the
 * body decodable.
 *
 * @param parser - the parser the body is for
 * @param text - a valid body
 * @param seed - chooses which values also lose their original content
 * @returns the body with canaries everywhere
 */
export function withCanaries(parser: ParserUnderTest, text: string, seed: number): string {
  if (parser.format === 'form') {
    const pairs = formPairs(text).map(([name, value], at): [string, string] => {
      if (discriminants.has(name)) return [name, value];
      if (value.startsWith('{') || value.startsWith('[')) return [name, plantInJson(JSON.parse(value), seed + at)];
      return [name, (seed + at) % 3 === 0 ? canary : `${value}${canary}`];
    });
    return formText([...pairs, [canary, canary]]);
  }
  return plantInJson(JSON.parse(text), seed);
}

function plantInJson(value: unknown, seed: number): string {
  let counter = seed;
  const plant = (node: unknown, key?: string): unknown => {
    counter++;
    if (key !== undefined && discriminants.has(key) && typeof node === 'string') return node;
    if (typeof node === 'string') return counter % 3 === 0 ? canary : `${node}${canary}`;
    if (typeof node === 'number' || typeof node === 'boolean') return counter % 4 === 0 ? canary : node;
    if (Array.isArray(node)) return node.map((item) => plant(item));
    if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node).map(([name, child]) => [name, plant(child, name)]);
      return Object.fromEntries([...entries, [canary, canary]]);
    }
    return node;
  };
  return JSON.stringify(plant(value));
}

/**
 * @param value - a parse result's data
 * @returns a description of the first thing that is not plain JSON data, or undefined
 */
export function notPlainJson(value: unknown, path = '$'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is not finite`;
  if (Array.isArray(value)) {
    for (const [at, item] of value.entries()) {
      const found = notPlainJson(item, `${path}[${at}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return `${path} has a foreign prototype`;
    for (const key of Object.keys(value)) {
      const found = notPlainJson((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path} is a ${typeof value}`;
}

// Bodies as documents: a JSON body's value, or a form's fields with their JSON parsed, so the
// properties below can reach every list, map and level of nesting, in JSON fields too.

/** A body's content, with JSON fields parsed. */
export type BodyDocument = Record<string, unknown>;

/** A place in a document: a path to an object or an array. */
export interface Place {
  readonly path: readonly (string | number)[];
  readonly array: boolean;
}

/**
 * @param parser - the parser the body is for
 * @param text - a valid body
 * @returns its document
 */
export function toDocument(parser: ParserUnderTest, text: string): BodyDocument {
  if (parser.format === 'json') return JSON.parse(text) as BodyDocument;
  const document: BodyDocument = {};
  for (const [name, value] of formPairs(text)) document[name] = parser.jsonFields.includes(name) ? (JSON.parse(value) as unknown) : value;
  return document;
}

/**
 * @param parser - the parser the body is for
 * @param document - a document
 * @returns the body, as the provider would write it
 */
export function fromDocument(parser: ParserUnderTest, document: BodyDocument): string {
  if (parser.format === 'json') return JSON.stringify(document);
  return formText(Object.entries(document).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
}

/** @returns every object and array in a document (JSON fields' content included), the root first */
export function placesIn(document: unknown): Place[] {
  const found: Place[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node !== 'object' || node === null) return;
    found.push({ path, array: Array.isArray(node) });
    for (const [key, child] of Object.entries(node)) visit(child, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  visit(document, []);
  return found;
}

/** @returns the node at `path` */
export function nodeAt(document: unknown, path: readonly (string | number)[]): Record<string | number, unknown> {
  return path.reduce<unknown>((parent, key) => (parent as Record<string | number, unknown>)[key], document) as Record<string | number, unknown>;
}

/** A fixture's document and one of its places, chosen by the seed; `array` picks lists or objects. */
export function fixturePlace(parser: ParserUnderTest, array: boolean): fc.Arbitrary<{ document: BodyDocument; place: Place }> {
  return fc.constantFrom(...placeCandidates(parser, array)).map(({ text, place }) => ({ document: toDocument(parser, text), place }));
}

/** @returns whether a kind's fixtures have a place of the sort (the Jumio Platform callback has no list) */
export function hasPlaces(parser: ParserUnderTest, array: boolean): boolean {
  return placeCandidates(parser, array).length > 0;
}

function placeCandidates(parser: ParserUnderTest, array: boolean): { text: string; place: Place }[] {
  return parser.fixtures.flatMap((fixture) => {
    const document = toDocument(parser, decoder.decode(fixture.bytes));
    // A form's root is its fields, not JSON: only places inside JSON fields count there.
    return placesIn(document)
      .filter((place) => place.array === array && (parser.format === 'json' || place.path.length > 0))
      .map((place) => ({ text: decoder.decode(fixture.bytes), place }));
  });
}

/** Items a list can be filled with, each wrong somewhere for most lists. */
export const hostileItem = fc.constantFrom<unknown>({}, 'x', 0, null, [], [[]], { a: [{}] });

/**
 * Values that are not JSON data, planted in an object body or a callback: each must be refused
 * (never passed on, never thrown raw).
 */
export function notJsonData(): fc.Arbitrary<{ name: string; make: () => unknown }> {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  return fc.constantFrom(
    { name: 'a revoked proxy', make: revoked },
    { name: 'a throwing getter', make: () => Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error(canary); } }) },
    { name: 'a getter throwing a revoked proxy', make: () => Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw revoked(); } }) },
    { name: 'a throwing prototype lookup', make: () => new Proxy({}, { getPrototypeOf: () => { throw new Error(canary); } }) },
    { name: 'an object on a throwing prototype', make: () => Object.create(new Proxy({}, { getPrototypeOf: () => { throw revoked(); } }) as object) as unknown },
    { name: 'a Date', make: () => new Date(0) },
    { name: 'a Map', make: () => new Map([['a', 1]]) },
    { name: 'NaN', make: () => Number.NaN },
    { name: 'Infinity', make: () => Infinity },
    { name: 'undefined in a list', make: () => [1, undefined] },
    { name: 'a hole in a list', make: () => [1, , 2] },
    { name: 'a function', make: () => () => canary },
    { name: 'a toJSON', make: () => ({ toJSON: () => canary }) },
    { name: 'a boxed string', make: () => new String(canary) },
    { name: 'a BigInt', make: () => 10n },
    { name: 'a symbol', make: () => Symbol(canary) },
    { name: 'a cycle', make: () => { const cycle: Record<string, unknown> = {}; cycle['self'] = cycle; return cycle; } },
  );
}

/**
 * @param value - a parse result's data, or any value
 * @returns every object and array in it
 */
export function objectsIn(value: unknown): Set<object> {
  const found = new Set<object>();
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null || found.has(node)) continue;
    found.add(node);
    pending.push(...Object.values(node));
  }
  return found;
}

/**
 * @param left - JSON data
 * @param right - JSON data
 * @returns whether they are deep-equal, numbers compared with `Object.is` (so -0 is not 0)
 */
export function sameData(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameData((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}
