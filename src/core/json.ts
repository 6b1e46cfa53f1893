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
 * Parses JSON text whose shape is within the limits and whose objects repeat no key. The limits
 * are checked on the text, before `JSON.parse` runs, so a hostile body costs one linear scan rather
 * than a parse; no decoded value can then overflow the stack when stringified. A repeated key,
 * which `JSON.parse` would resolve silently (last one wins), is refused: two readers of the same
 * signed bytes must not see different values. Keys such as `__proto__` stay ordinary own keys.
 *
 * @param text - the JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the value, or why it was refused
 */
export function parseJson(text: string, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const shape = scanShape(text, limits);
  if (typeof shape === 'string') return { ok: false, refusal: shape };
  let value: JsonValue;
  try {
    value = JSON.parse(text, negativeZero.test(text) ? withoutNegativeZero : undefined) as JsonValue;
  } catch {
    return { ok: false, refusal: 'invalid_json' };
  }
  // The text names `shape.keys` keys; fewer in the parsed value means an object repeated one.
  return countKeys(value) === shape.keys ? { ok: true, value } : { ok: false, refusal: 'duplicate_key' };
}

// JSON can spell -0 (`-0`, `-0.0`, `-0e1`), which JSON.stringify writes back as 0; parsed as 0 from
// the start, every value survives a JSON round trip. The reviver is slow, so it runs only when the
// text holds such a number in value position (or, rarely, something like one inside a string).
const negativeZero = /[:,[]\s*-0(?:\.0+)?(?:[eE][+-]?\d+)?\s*[,}\]]/;
const withoutNegativeZero = (_key: string, value: unknown) => (Object.is(value, -0) ? 0 : value);

/**
 * Checks the nesting and the keys per object of JSON text without parsing it, and counts its keys.
 * For text that is not JSON the answer does not matter: `JSON.parse` rejects it next.
 *
 * @param text - JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the limit the text breaks, or how many keys its objects have in all
 */
export function scanShape(text: string, limits: JsonShapeLimits): JsonRefusal | { keys: number } {
  // A text with no colon at all has no keys; one with few brackets and colons cannot break a limit,
  // but its keys must still be counted, which takes the scan below.
  if (!text.includes(':')) return exceedsCount(text, ['{', '['], limits.maxDepth) ? scanLimits(text, limits) : { keys: 0 };
  return scanLimits(text, limits);
}

function scanLimits(text: string, limits: JsonShapeLimits): JsonRefusal | { keys: number } {
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

/** @returns how many keys the objects in a parsed JSON value have in all */
function countKeys(value: JsonValue): number {
  let keys = 0;
  const pending: JsonValue[] = [value];
  while (pending.length > 0) {
    const node = pending.pop() as JsonValue;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (let at = 0; at < node.length; at++) pending.push(node[at] as JsonValue);
    } else {
      const names = Object.keys(node);
      keys += names.length;
      for (let at = 0; at < names.length; at++) pending.push(node[names[at] as string] as JsonValue);
    }
  }
  return keys;
}

/** @returns whether the characters occur more than `limit` times in all (strings included) */
function exceedsCount(text: string, characters: readonly string[], limit: number): boolean {
  let count = 0;
  for (const character of characters) {
    for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
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
