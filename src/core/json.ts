/** A value `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Why a JSON text was refused. */
export type JsonRefusal = 'invalid_json' | 'nesting_too_deep' | 'too_many_fields';

/** Limits on the shape of a JSON value. */
export interface JsonShapeLimits {
  /** The deepest nesting of arrays and objects accepted (a flat object is depth 1). */
  readonly maxDepth: number;
  /** The most keys accepted in any one object. */
  readonly maxFields: number;
}

/**
 * Parses JSON text whose shape is within the limits. The limits are checked on the text, before
 * `JSON.parse` runs, so a hostile body costs one linear scan rather than a parse; no decoded value
 * can then overflow the stack when stringified. Keys such as `__proto__` stay ordinary own keys.
 *
 * @param text - the JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the value, or why it was refused
 */
export function parseJson(text: string, limits: JsonShapeLimits): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  const refusal = scanShape(text, limits);
  if (refusal !== undefined) return { ok: false, refusal };
  try {
    const reviver = negativeZero.test(text) ? withoutNegativeZero : undefined;
    return { ok: true, value: JSON.parse(text, reviver) as JsonValue };
  } catch {
    return { ok: false, refusal: 'invalid_json' };
  }
}

// JSON can spell -0 (`-0`, `-0.0`, `-0e1`), which JSON.stringify writes back as 0; parsed as 0 from
// the start, every value survives a JSON round trip. The reviver is slow, so it runs only when the
// text holds such a number in value position (or, rarely, something like one inside a string).
const negativeZero = /[:,[]\s*-0(?:\.0+)?(?:[eE][+-]?\d+)?\s*[,}\]]/;
const withoutNegativeZero = (_key: string, value: unknown) => (Object.is(value, -0) ? 0 : value);

/**
 * Checks the nesting and the keys per object of JSON text without parsing it. For text that is
 * not JSON the answer does not matter: `JSON.parse` rejects it next.
 *
 * @param text - JSON text
 * @param limits - depth and keys-per-object caps
 * @returns the limit the text breaks, or undefined
 */
export function scanShape(text: string, limits: JsonShapeLimits): JsonRefusal | undefined {
  // Most bodies hold fewer colons than maxFields and fewer brackets than maxDepth in all: then no
  // object can have too many keys and nothing can nest too deep, and native counting proves it.
  if (!exceedsCount(text, [':'], limits.maxFields) && !exceedsCount(text, ['{', '['], limits.maxDepth)) return undefined;
  // keys[depth] counts the keys of the object open at that depth (-1 for an array).
  const keys = new Int32Array(Math.min(limits.maxDepth, text.length) + 2);
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) at = closingQuote(text, at);
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > limits.maxDepth) return 'nesting_too_deep';
      keys[depth] = code === 0x7b ? 0 : -1;
    } else if (code === 0x7d || code === 0x5d) depth--;
    else if (code === 0x3a && depth > 0) {
      if (++(keys[depth] as number) > limits.maxFields) return 'too_many_fields';
    }
  }
  return undefined;
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

/** @returns the index of the quote that closes the string opening at `start` (or the end of the text) */
function closingQuote(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
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
