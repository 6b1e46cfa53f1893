import fc from 'fast-check';
import { defaultLimits } from '../../src/core/options.js';
import type { KycCallbackKind } from '../../src/index.js';
import type * as Kit from './plan-kit.js';
import { fromDocument, toDocument, type BodyDocument } from './hostile.js';
import type { ParserUnderTest } from './parsers.js';

// The validation plan against zod: the same verdict on every body, the same output when both
// accept, and a rejected value left exactly as the reader made it (zod parses it next). Shared by
// `test/plan.differential.test.ts` (1,000 runs per kind and zod) and `bench/plan-soak.mjs`
// (100,000). Bodies are fixtures changed by fast-check: values replaced by ones taken from the
// kind's fixtures (so many stay valid) or by the boundary values of the library's refinements and
// codecs, keys deleted, known and unknown keys added, list items added and removed, and own
// `__proto__` keys.

/** The source's registry and plan builder, built against one zod. */
export type PlanKit = typeof Kit;

/**
 * How one comparison ended; for a JSON body, also whether the plan vouched for the value straight
 * from `JSON.parse` (`decoded`: what a valid body's parse takes; `undefined` on the form wire).
 */
export type Comparison =
  | { readonly outcome: 'unread' | 'accepted' | 'rejected'; readonly decoded?: boolean | undefined }
  | { readonly outcome: 'disagreed'; readonly why: string };

const plans = new WeakMap<PlanKit, Map<string, { schema: unknown; plan: ReturnType<PlanKit['buildPlan']> }>>();

/** @returns the schema of a kind for `strict`, and its plan, built once per kit */
export function plannedSchema(kit: PlanKit, kind: KycCallbackKind, strict: boolean) {
  let forKit = plans.get(kit);
  if (forKit === undefined) plans.set(kit, (forKit = new Map()));
  const key = `${kind}:${strict}`;
  let entry = forKit.get(key);
  if (entry === undefined) {
    const schema = kit.callbackKinds[kind].build({ strict, ...defaultLimits });
    entry = { schema, plan: kit.buildPlan(schema as never) };
    forKit.set(key, entry);
  }
  return entry as { schema: { _zod: { run: (payload: unknown, context: unknown) => { value: unknown; issues: unknown[] } } }; plan: ReturnType<PlanKit['buildPlan']> };
}

/**
 * Reads the body twice (the plan changes its copy in place), runs the plan on one and zod on the
 * other, and compares.
 */
export function compare(kit: PlanKit, kind: KycCallbackKind, text: string, strict: boolean): Comparison {
  const { schema, plan } = plannedSchema(kit, kind, strict);
  const settings = { strict, ...defaultLimits };
  const read = kit.callbackKinds[kind].wire.read as (body: unknown, options: typeof settings) => unknown;
  let ours: unknown;
  let theirs: unknown;
  try {
    ours = read(text, settings);
    theirs = read(text, settings);
  } catch {
    // The reader refused it: no schema runs, and the plan must not have vouched for it decoded.
    const decoded = compareDecoded(kit, kind, text, strict, undefined);
    return typeof decoded === 'string' ? { outcome: 'disagreed', why: decoded } : { outcome: 'unread', decoded };
  }
  const decoded = compareDecoded(kit, kind, text, strict, ours);
  if (typeof decoded === 'string') return { outcome: 'disagreed', why: decoded };
  const before = exactly(ours);
  const planned = plan.run(ours);
  const zod = schema._zod.run({ value: theirs, issues: [] }, { async: false });
  const zodAccepted = zod.issues.length === 0;
  if (planned.ok !== zodAccepted) return { outcome: 'disagreed', why: `the plan ${planned.ok ? 'accepted' : 'rejected'}, zod ${zodAccepted ? 'accepted' : 'rejected'}` };
  if (!planned.ok) {
    const after = exactly(ours);
    if (after !== before) return { outcome: 'disagreed', why: `a rejected value was changed:\n${before}\n${after}` };
    return decoded === true ? { outcome: 'disagreed', why: 'the plan vouched for a decoded value it rejects once read' } : { outcome: 'rejected', decoded };
  }
  const [left, right] = [exactly(planned.value, true), exactly(zod.value, true)];
  if (left !== right) return { outcome: 'disagreed', why: `outputs differ:\nplan ${left}\nzod  ${right}` };
  return { outcome: 'accepted', decoded };
}

/**
 * The plan on what `JSON.parse` made of a JSON body, making the reader's checks itself: when it
 * accepts, the reader must accept the body and the plan, run on what the reader returned, must give
 * the same output, key order included. (When it rejects, the body is read in full: always safe.)
 *
 * @param read - what the reader returned for the body, or `undefined` when it refused it
 * @returns whether it accepted (`undefined` for a body it does not take), or the disagreement
 */
function compareDecoded(kit: PlanKit, kind: KycCallbackKind, text: string, strict: boolean, read: unknown): boolean | string | undefined {
  if (kit.callbackKinds[kind].wire.name !== 'json') return undefined;
  const parsed = kit.parseUnchecked(text);
  if (parsed === undefined) return undefined;
  const { plan } = plannedSchema(kit, kind, strict);
  const fromDecoded = plan.runDecoded(parsed.value, parsed.keyBound, defaultLimits);
  if (!fromDecoded.ok) {
    // Not to be planned again: then the plan must reject the value read in full too.
    if (fromDecoded.readInFull !== true && read !== undefined && plan.run(structuredClone(read)).ok) return 'the plan said a decoded value was rejected as it stands, but accepts it read in full';
    return false;
  }
  if (read === undefined) return 'the plan vouched for a decoded value the reader refuses';
  // The reader's value is planned on a copy: the caller plans the value itself next.
  const fromRead = plan.run(structuredClone(read));
  if (!fromRead.ok) return 'the plan vouched for a decoded value it rejects once read';
  const [left, right] = [exactly(fromDecoded.value), exactly(fromRead.value)];
  return left === right ? true : `outputs differ:\ndecoded ${left}\nread    ${right}`;
}

/**
 * @param value - a decoded or parsed value
 * @param sorted - whether to list object keys sorted (outputs: key order is compared apart)
 * @returns a text that tells apart everything `toStrictEqual` does, and -0, prototypes and key order
 */
export function exactly(value: unknown, sorted = false): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return value === undefined ? 'undefined' : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => exactly(item, sorted)).join(',')}]`;
  const prototype: unknown = Object.getPrototypeOf(value);
  const tag = prototype === Object.prototype ? '' : prototype === null ? 'null-prototype' : String((value as object).constructor?.name);
  const keys = Reflect.ownKeys(value).map(String);
  if (sorted) keys.sort();
  return `${tag}{${keys.map((key) => `${JSON.stringify(key)}:${exactly((value as Record<string, unknown>)[key], sorted)}`).join(',')}}`;
}

/** The boundary values of the library's refinements and codecs, and a value of each JSON type. */
const edgeValues: readonly unknown[] = [
  null, true, false, 0, 1, -1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, '', ' ', 'x', 'N/A', 'n/a', 'NA', 'null', 'undefined',
  'TRUE', 'true', 'True', 'FALSE', 'false', 'YES', 'yes', 'NO', '0', '1', '-1', '1.5', '01', '1e3', '2026-01-31', '2026-02-30',
  '2026-13-45', '2026-01-31T23:59:59Z', '2026-01-31T23:59:59.000Z', '2026-01-31 23:59:59', '1717171717', 'PT1S', 'US', 'USA',
  'XX', 'DE', '{}', '[]', '{"a":1}', '[1]', [], {}, [null], ['x'], [{}], { a: null },
];

/** A kind's fixtures as documents, with the values and key names found in them. */
interface Corpus {
  readonly documents: readonly string[];
  readonly values: readonly unknown[];
  readonly keys: readonly string[];
}

function corpusOf(parser: ParserUnderTest): Corpus {
  const decoder = new TextDecoder();
  const documents = parser.fixtures.map((fixture) => decoder.decode(fixture.bytes));
  const values: unknown[] = [];
  const keys = new Set<string>();
  const collect = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return values.push(node);
    if (!Array.isArray(node)) for (const key of Object.keys(node)) keys.add(key);
    for (const child of Object.values(node)) collect(child);
    // Small subtrees too: a whole valid object in another place.
    if (JSON.stringify(node).length < 400) values.push(node);
  };
  for (const text of documents) collect(toDocument(parser, text));
  return { documents, values, keys: [...keys] };
}

/** One change to a document: its kind and the seeds that pick the place, key and value. */
type Change = readonly [kind: number, place: number, key: number, value: number];

const changeKinds = 11;

/**
 * @param parser - a kind
 * @returns bodies of the kind: a fixture with up to three changes, and whether to parse strictly
 */
export function mutatedBodies(parser: ParserUnderTest): fc.Arbitrary<{ text: string; strict: boolean }> {
  const corpus = corpusOf(parser);
  const change = fc.tuple(fc.nat(changeKinds - 1), fc.nat(), fc.nat(), fc.nat());
  return fc
    .record({ fixture: fc.nat(corpus.documents.length - 1), changes: fc.array(change, { maxLength: 3 }), strict: fc.boolean() })
    .map(({ fixture, changes, strict }) => ({ text: changed(parser, corpus, corpus.documents[fixture] as string, changes), strict }));
}

function changed(parser: ParserUnderTest, corpus: Corpus, text: string, changes: readonly Change[]): string {
  const document = toDocument(parser, text);
  for (const [kind, place, key, value] of changes) if (kind < documentChanges) apply(document, corpus, kind, place, key, value);
  let body = fromDocument(parser, document);
  // What only JSON text can hold, for the reader's checks the plan makes on a decoded value.
  if (parser.format === 'json') for (const [kind, place] of changes) if (kind >= documentChanges) body = textChange(body, kind, place);
  return body;
}

const documentChanges = 7;

function textChange(text: string, kind: number, seed: number): string {
  const nth = (pattern: RegExp, replace: (match: string, ...groups: string[]) => string) => {
    const matches = [...text.matchAll(pattern)];
    const match = matches[seed % Math.max(1, matches.length)];
    return match?.index === undefined ? text : text.slice(0, match.index) + replace(match[0], ...(match.slice(1) as string[])) + text.slice(match.index + match[0].length);
  };
  switch (kind) {
    case 7: // a repeated key
      return nth(/"((?:[^"\\]|\\.)*)":/g, (match, name) => `"${name}":0,${match}`);
    case 8: // -0, which the reader makes 0
      return nth(/:(-?\d+)(?=[,}\]])/g, () => ':-0');
    case 9: // a number out of range
      return nth(/:(-?\d+)(?=[,}\]])/g, () => ':1e400');
    default: // nesting deeper than the default cap, or just within it
      return text.replace(/^\s*\{/, `{"nested":${'['.repeat(28 + (seed % 8))}${']'.repeat(28 + (seed % 8))},`);
  }
}

function apply(document: BodyDocument, corpus: Corpus, kind: number, placeSeed: number, keySeed: number, valueSeed: number): void {
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) visit(child);
  };
  visit(document);
  const pool = valueSeed % 2 === 0 ? corpus.values : edgeValues;
  const value = structuredClone(pool[Math.floor(valueSeed / 2) % pool.length]);
  const arrays = containers.filter((node): node is unknown[] => Array.isArray(node));
  const objects = containers.filter((node): node is Record<string, unknown> => !Array.isArray(node));
  const object = objects[placeSeed % objects.length] as Record<string, unknown>;
  const names = Object.keys(object);
  const name = names[keySeed % Math.max(1, names.length)];
  switch (kind) {
    case 0: // replace a value
    case 1: {
      const node = containers[placeSeed % containers.length] as Record<string, unknown>;
      const keys = Object.keys(node);
      if (keys.length > 0) node[keys[keySeed % keys.length] as string] = value;
      return;
    }
    case 2: // delete a key
      if (name !== undefined) delete object[name];
      return;
    case 3: // add a key the kind knows (somewhere), or one it does not
      object[keySeed % 3 === 0 ? `unknown${keySeed % 7}` : (corpus.keys[keySeed % corpus.keys.length] as string)] = value;
      return;
    case 4: {
      // add a list item: a copy of one already there, or the value
      const array = arrays[placeSeed % Math.max(1, arrays.length)];
      if (array !== undefined) array.splice(keySeed % (array.length + 1), 0, array.length > 0 && valueSeed % 3 !== 0 ? structuredClone(array[keySeed % array.length]) : value);
      return;
    }
    case 5: {
      // remove a list item
      const array = arrays[placeSeed % Math.max(1, arrays.length)];
      if (array !== undefined && array.length > 0) array.splice(keySeed % array.length, 1);
      return;
    }
    default:
      // an own `__proto__` key, as JSON text and form fields can carry one
      Object.defineProperty(object, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  }
}
