/** A value `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Why a JSON text was refused. */
export type JsonRefusal = 'invalid_json' | 'duplicate_key' | 'nesting_too_deep' | 'too_many_fields';

/** Limits on the shape of a JSON value. */
export interface JsonShapeLimits {
  /** The deepest nesting of arrays and objects accepted (a flat object is depth 1). */
  readonly maxDepth: number;
  /** The most keys accepted in any one object. */
  readonly maxFields: number;
}

/**
 * Parses JSON text whose shape is within the limits and whose objects repeat no key. No decoded
 * value can then overflow the stack when stringified. A repeated key, which `JSON.parse` would
 * resolve silently (last one wins), is refused: two readers of the same signed bytes must not see
 * different values. Keys such as `__proto__` stay ordinary own keys.
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
  if (text.length > parseFirstLength) return scanThenParse(text, limits);
  const value = parseText(text);
  if (value === unparsable) return { ok: false, refusal: scanRefusal(text, limits) ?? 'invalid_json' };
  const keys = measure(value, limits);
  if (keys !== undefined && keys === namedKeyBound(text)) return { ok: true, value };
  // A limit broken, or more keys named than the value holds: the exact scan says which refusal.
  const shape = scanShape(text, limits);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  return shape.keys === keys ? { ok: true, value } : { ok: false, refusal: 'duplicate_key' };
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
  return measure(value, limits) === shape.keys ? { ok: true, value } : { ok: false, refusal: 'duplicate_key' };
}

const unparsable = Symbol('unparsable');

function parseText(text: string): JsonValue | typeof unparsable {
  try {
    const value = JSON.parse(text) as JsonValue;
    return value === 0 ? 0 : value; // -0 becomes 0 here; within objects and arrays, measure() does it
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

/**
 * Walks a parsed value: counts the keys of its objects, checks the depth and keys-per-object
 * caps, and turns each -0 into 0. (JSON can spell -0, which `JSON.stringify` writes back as 0;
 * parsed as 0 from the start, every value survives a JSON round trip.)
 *
 * @param value - a value `JSON.parse` returned
 * @param limits - depth and keys-per-object caps
 * @returns how many keys its objects have in all, or undefined when it breaks a limit
 */
function measure(value: JsonValue, limits: JsonShapeLimits): number | undefined {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  const nodes = [value as Container];
  const depths: number[] = [1];
  const visit = (parent: Container, key: string | number, depth: number) => {
    const child = parent[key] as JsonValue;
    if (typeof child === 'object' && child !== null) {
      nodes.push(child as Container);
      depths.push(depth + 1);
    } else if (child === 0 && Object.is(child, -0)) parent[key] = 0;
  };
  while (nodes.length > 0) {
    const node = nodes.pop() as Container;
    const depth = depths.pop() as number;
    if (depth > limits.maxDepth) return undefined;
    if (Array.isArray(node)) {
      for (let at = 0; at < node.length; at++) visit(node, at, depth);
    } else {
      const names = Object.keys(node);
      if (names.length > limits.maxFields) return undefined;
      keys += names.length;
      for (const name of names) visit(node, name, depth);
    }
  }
  return keys;
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
 * Checks the nesting and the keys per object of JSON text without parsing it, and counts its keys.
 * For text that is not JSON the answer does not matter: `JSON.parse` rejects it next.
 *
 * @param text - JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the limit the text breaks, or how many keys its objects have in all
 */
export function scanShape(text: string, limits: JsonShapeLimits): JsonRefusal | { keys: number } {
  // perObject[depth] counts the keys of the object open at that depth (-1 for an array).
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
      perObject[depth] = code === 0x7b ? 0 : -1;
    } else if (code === 0x7d || code === 0x5d) depth--;
    else if (code === 0x3a && depth > 0) {
      keys++;
      if (++(perObject[depth] as number) > limits.maxFields) return 'too_many_fields';
    }
  }
  return { keys };
}

/**
 * The same limits, checked on a value that is already parsed (a body handed over as an object),
 * which must also be JSON data: what `JSON.parse` can return, and nothing else.
 *
 * @param value - a parsed JSON value
 * @param limits - depth and keys-per-object caps
 * @returns the limit the value breaks, `invalid_json` for a value JSON cannot hold, or undefined
 */
export function checkShape(value: unknown, limits: JsonShapeLimits): JsonRefusal | undefined {
  if (!isJsonScalar(value) && !isJsonContainer(value)) return 'invalid_json';
  if (typeof value !== 'object' || value === null) return undefined;
  const pending: object[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const node = pending.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limits.maxDepth) return 'nesting_too_deep';
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node) && children.length > limits.maxFields) return 'too_many_fields';
    for (const child of children) {
      if (isJsonContainer(child)) {
        pending.push(child);
        depths.push(depth + 1);
      } else if (!isJsonScalar(child)) return 'invalid_json';
    }
  }
  return undefined;
}

function isJsonScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isJsonContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
