/** A value `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Why a JSON text was refused. */
export type JsonRefusal = 'invalid_json' | 'nesting_too_deep';

/**
 * Parses JSON text and refuses values nested deeper than `maxDepth`, so that no decoded value can
 * overflow the stack when it is stringified again. Keys such as `__proto__` stay ordinary own keys.
 *
 * @param text - the JSON text
 * @param maxDepth - the deepest nesting of arrays and objects accepted (a flat object is depth 1)
 * @returns the value, or why it was refused
 */
export function parseJson(
  text: string,
  maxDepth: number,
): { ok: true; value: JsonValue } | { ok: false; refusal: JsonRefusal } {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    return { ok: false, refusal: 'invalid_json' };
  }
  const deep = mayExceedDepth(text, maxDepth) && exceedsDepth(value, maxDepth);
  return deep ? { ok: false, refusal: 'nesting_too_deep' } : { ok: true, value };
}

/**
 * A cheap bound: nesting deeper than `maxDepth` needs more than `maxDepth` opening brackets.
 *
 * @param text - JSON text
 * @param maxDepth - the deepest nesting accepted
 * @returns false when the text cannot nest deeper than `maxDepth`
 */
function mayExceedDepth(text: string, maxDepth: number): boolean {
  let openings = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if (++openings > maxDepth) return true;
    }
  }
  return false;
}

/**
 * @param value - a parsed JSON value
 * @param maxDepth - the deepest nesting accepted
 * @returns whether arrays and objects nest deeper than `maxDepth`
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const pending: object[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const node = pending.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
