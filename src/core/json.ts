/** A value `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Why a JSON text was refused. */
export type JsonRefusal = 'invalid_json' | 'duplicate_key' | 'number_out_of_range' | 'nesting_too_deep' | 'too_many_fields' | 'too_many_items';

/** Limits on the shape of a JSON value. */
export interface JsonShapeLimits {
  /** The deepest nesting of arrays and objects accepted (a flat object is depth 1). */
  readonly maxDepth: number;
  /** The most keys accepted in any one object. */
  readonly maxFields: number;
  /** The most items accepted in any one array. */
  readonly maxItems: number;
}

/**
 * Parses JSON text whose shape is within the limits and whose objects repeat no key. No decoded
 * value can then overflow the stack when stringified. A repeated key, which `JSON.parse` would
 * resolve silently (last one wins), is refused: two readers of the same signed bytes must not see
 * different values. A number too large for a double (`1e309`, which `JSON.parse` makes `Infinity`)
 * is refused too: the value would not be JSON data. An own `__proto__` key is dropped, as zod drops
 * it from the objects it parses, so no value handed on can set a prototype through `Object.assign`.
 *
 * A short text is parsed first and its value measured: a parse is cheap at that size whatever the
 * text holds, and {@link namedKeyBound} then confirms with one native search that no key was
 * repeated. A long text, or one whose keys that search cannot confirm, is scanned exactly
 * ({@link scanShape}), so a hostile body costs one linear scan rather than a parse. Both ways
 * refuse the same texts, for the same reason.
 *
 * @param text - the JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the value, or why it was refused
 */
export function parseJson(text: string, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const parsed = parseUnchecked(text);
  return parsed === undefined ? parseJsonChecked(text, limits) : checkParsed(text, parsed.value, parsed.keyBound, limits);
}

/**
 * The first half of {@link parseJson} for a text short enough to be parsed before it is checked:
 * its value as `JSON.parse` made it, nothing checked yet, and the bound on the keys it names. The
 * validation plan checks the rest while it walks the value (`src/core/plan.ts`); when it cannot
 * vouch for the value, {@link checkParsed} finishes what `parseJson` would have done.
 *
 * @param text - JSON text
 * @returns the value and the key bound, or `undefined` for a long text or one `JSON.parse` refuses
 */
export function parseUnchecked(text: string): { value: JsonValue; keyBound: number } | undefined {
  if (text.length > parseFirstLength) return undefined;
  const value = parseText(text);
  return value === unparsable ? undefined : { value, keyBound: namedKeyBound(text) };
}

/** {@link parseJson} for a text {@link parseUnchecked} did not parse. */
export function parseJsonChecked(text: string, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  if (text.length > parseFirstLength) return scanThenParse(text, limits);
  return { ok: false, refusal: scanRefusal(text, limits) ?? 'invalid_json' };
}

/**
 * The second half of {@link parseJson}: checks what {@link parseUnchecked} returned.
 *
 * @param text - the JSON text
 * @param value - its value, as {@link parseUnchecked} returned it (unchanged since)
 * @param keyBound - the bound {@link parseUnchecked} returned
 * @param limits - the caps
 * @returns the value (-0 made 0, own `__proto__` keys dropped), or why it was refused
 */
export function checkParsed(text: string, value: JsonValue, keyBound: number, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const measured = measure(value, limits);
  if (measured !== undefined && measured.keys === keyBound) return accepted(value, measured);
  // A limit broken, or more keys named than the value holds: the exact scan says which refusal.
  const shape = scanShape(text, limits);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  return shape.keys === measured?.keys ? accepted(value, measured) : { ok: false, refusal: 'duplicate_key' };
}

function accepted(value: JsonValue, measured: Measured): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  return measured.finite ? { ok: true, value } : { ok: false, refusal: 'number_out_of_range' };
}

// Up to 16 KiB, JSON.parse takes at most about 1.5 ms on the deepest text that fits (measured on
// the reference machine); real callbacks are a few KiB. Longer texts are scanned before parsing.
const parseFirstLength = 16_384;

function scanThenParse(text: string, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const shape = scanShape(text, limits);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  const value = parseText(text);
  if (value === unparsable) return { ok: false, refusal: 'invalid_json' };
  // The text names `shape.keys` keys; fewer in the parsed value means an object repeated one.
  const measured = measure(value, limits);
  return measured?.keys === shape.keys ? accepted(value, measured) : { ok: false, refusal: 'duplicate_key' };
}

const unparsable = Symbol('unparsable');

function parseText(text: string): JsonValue | typeof unparsable {
  try {
    const value = JSON.parse(text) as JsonValue;
    return value === 0 ? 0 : value; // -0 becomes 0 here; within objects and arrays, measure() does it
    // (A top-level number out of range stays Infinity and is refused by measure().)
  } catch {
    return unparsable;
  }
}

/** @returns the limit the text breaks, if any */
function scanRefusal(text: string, limits: JsonShapeLimits): JsonRefusal | undefined {
  const shape = scanShape(text, limits);
  return typeof shape === 'string' ? shape : undefined;
}

/** An array or an object, indexed alike. */
type Container = Record<string | number, JsonValue>;

/** What {@link measure} found in a value within the limits. */
interface Measured {
  /** How many keys its objects have in all (own `__proto__` keys included, then dropped). */
  readonly keys: number;
  /** Whether every number is finite. */
  readonly finite: boolean;
}

/**
 * Walks a parsed value: counts the keys of its objects, checks the depth, keys-per-object and
 * items-per-array caps, turns each -0 into 0 (JSON can spell -0, which `JSON.stringify` writes back
 * as 0; parsed as 0 from the start, every value survives a JSON round trip), notes numbers out of
 * range, and drops own `__proto__` keys.
 *
 * @param value - a value `JSON.parse` returned
 * @param limits - the caps
 * @returns what it found, or undefined when it breaks a limit
 */
function measure(value: JsonValue, limits: JsonShapeLimits): Measured | undefined {
  if (typeof value !== 'object' || value === null) return { keys: 0, finite: typeof value !== 'number' || Number.isFinite(value) };
  let keys = 0;
  let finite = true;
  const nodes = [value as Container];
  const depths: number[] = [1];
  const visit = (parent: Container, key: string | number, depth: number) => {
    const child = parent[key] as JsonValue;
    if (typeof child === 'object' && child !== null) {
      nodes.push(child as Container);
      depths.push(depth + 1);
    } else if (typeof child === 'number') {
      if (child === 0 && Object.is(child, -0)) parent[key] = 0;
      else if (!Number.isFinite(child)) finite = false;
    }
  };
  while (nodes.length > 0) {
    const node = nodes.pop() as Container;
    const depth = depths.pop() as number;
    if (depth > limits.maxDepth) return undefined;
    if (Array.isArray(node)) {
      if (node.length > limits.maxItems) return undefined;
      for (let at = 0; at < node.length; at++) visit(node, at, depth);
    } else {
      const names = Object.keys(node);
      if (names.length > limits.maxFields) return undefined;
      keys += names.length;
      for (const name of names) visit(node, name, depth);
      if (Object.hasOwn(node, '__proto__')) delete node['__proto__'];
    }
  }
  return { keys, finite };
}

/**
 * An upper bound on the keys JSON text names, found with native searches: every key is a string
 * followed by a colon, so counting the colons that follow a closing quote counts every key (and
 * the rare `":` inside a string too). When the bound equals the keys of the parsed value, no key
 * can have been repeated.
 *
 * @param text - JSON text
 * @returns at least as many as the keys the text names
 */
function namedKeyBound(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    let before = at - 1;
    while (before > 0 && isJsonSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === 0x22) count++;
  }
  return count;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Checks the nesting, the keys per object and the items per array of JSON text without parsing it,
 * and counts its keys.
 * For text that is not JSON the answer does not matter: `JSON.parse` rejects it next.
 *
 * @param text - JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the limit the text breaks, or how many keys its objects have in all
 */
export function scanShape(text: string, limits: JsonShapeLimits): JsonRefusal | { keys: number } {
  // perObject[depth] counts the keys of the object open at that depth; for an array it is -1 less
  // the items seen so far.
  const perObject = new Int32Array(Math.min(limits.maxDepth, text.length) + 2);
  let depth = 0;
  let keys = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      // Skip the string: a backslash escapes the character after it. (Inline: most strings are
      // short, and a call per string costs more than the loop.)
      for (at++; at < text.length; at++) {
        const inside = text.charCodeAt(at);
        if (inside === 0x5c) at++;
        else if (inside === 0x22) break;
      }
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > limits.maxDepth) return 'nesting_too_deep';
      perObject[depth] = code === 0x7b ? 0 : startArray(text, at);
      if (perObject[depth] === -2 && limits.maxItems === 0) return 'too_many_items';
    } else if (code === 0x7d || code === 0x5d) depth--;
    else if (code === 0x3a && depth > 0) {
      keys++;
      if (++(perObject[depth] as number) > limits.maxFields) return 'too_many_fields';
    } else if (code === 0x2c && (perObject[depth] as number) < 0) {
      if (-1 - --(perObject[depth] as number) > limits.maxItems) return 'too_many_items';
    }
  }
  return { keys };
}

/** @returns the counter of an array opened at `at`: -1 when it is empty, -2 when it holds an item */
function startArray(text: string, at: number): number {
  let next = at + 1;
  while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
  return text.charCodeAt(next) === 0x5d ? -1 : -2;
}

/**
 * The same limits, checked on a value that is already parsed (a body handed over as an object),
 * which must also be JSON data: what `JSON.parse` can return, and nothing else. The value is
 * copied as it is checked, so the result shares nothing with the caller's objects: each property
 * is read once (a getter runs once, and its value is kept), -0 becomes 0 and own `__proto__` keys
 * are dropped, as for a parsed text. Objects may come from another realm (a `vm` context).
 *
 * A callback handed to `serialize*` is copied the same way (`as: 'callback'`), but keeps -0 (which
 * does not read back, so its round trip check refuses it), refuses an own `__proto__` key, and
 * drops keys whose value is `undefined`, as `JSON.stringify` does.
 *
 * @param value - a parsed JSON value
 * @param limits - the caps
 * @param as - what the value is: a body, or a callback to serialize
 * @returns the copy, or the limit the value breaks, or `invalid_json` for a value JSON cannot hold
 */
export function copyJson(
  value: unknown,
  limits: JsonShapeLimits,
  as: 'body' | 'callback' = 'body',
): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const body = as === 'body';
  // JSON.parse never makes an object twice, so a shared or cyclic reference is refused.
  const seen = new Set<object>();
  if (!isJsonContainer(value)) return isJsonScalar(value) ? { ok: true, value: (value === 0 && body ? 0 : value) as JsonValue } : { ok: false, refusal: 'invalid_json' };
  const root: Container = Array.isArray(value) ? ([] as unknown as Container) : {};
  const pending: [source: object, copy: Container, depth: number][] = [[value, root, 1]];
  while (pending.length > 0) {
    const [source, copy, depth] = pending.pop() as [object, Container, number];
    if (depth > limits.maxDepth) return { ok: false, refusal: 'nesting_too_deep' };
    let names: (string | number)[];
    if (Array.isArray(source)) {
      if (source.length > limits.maxItems) return { ok: false, refusal: 'too_many_items' };
      names = Array.from({ length: source.length }, (_, at) => at);
    } else {
      names = Object.keys(source);
      if (names.length > limits.maxFields) return { ok: false, refusal: 'too_many_fields' };
    }
    for (const name of names) {
      // Parsing drops an own `__proto__` key, so a callback holding one would not read back.
      if (name === '__proto__') {
        if (body) continue;
        return { ok: false, refusal: 'invalid_json' };
      }
      const child: unknown = (source as Record<string | number, unknown>)[name];
      let item: JsonValue;
      if (isJsonContainer(child)) {
        if (seen.has(child)) return { ok: false, refusal: 'invalid_json' };
        seen.add(child);
        item = (Array.isArray(child) ? [] : {}) as JsonValue;
        pending.push([child, item as Container, depth + 1]);
      } else if (isJsonScalar(child)) item = (child === 0 && body ? 0 : child) as JsonValue;
      else if (child === undefined && !body && typeof name === 'string') continue;
      else return { ok: false, refusal: 'invalid_json' };
      copy[name] = item;
    }
  }
  return { ok: true, value: root as JsonValue };
}

function isJsonScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * @param value - any value
 * @returns whether it is an array or a plain object (null prototype, or a realm's `Object.prototype`,
 *   which is the one prototype whose own prototype is null)
 */
export function isJsonContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || (Object.getPrototypeOf(prototype) === null && isObjectTag(value));
}

function isObjectTag(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Object]';
}
