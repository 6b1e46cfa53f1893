import { copyJson, type JsonValue } from './json.js';
import type { ResolvedOptions } from './options.js';
import { wireFailure } from './wire-failure.js';

// What `serialize*` and the parse runner need to know about decoded values: JSON data only.

/**
 * Copies a callback handed to `serialize*` as JSON data, reading each property once.
 *
 * @param callback - the callback
 * @param options - the limits the written body must fit
 * @returns the copy
 * @throws WireFailure with `invalid_payload` for a value JSON cannot hold (a `Date`, a `Map`, `NaN`,
 *   a function, `toJSON`, `undefined` in an array, an object held twice, an own `__proto__` key), or
 *   `body_too_large` for one that breaks a limit
 */
export function callbackData(callback: unknown, options: ResolvedOptions): JsonValue {
  const copied = copyJson(callback, options, 'callback');
  if (copied.ok) return copied.value;
  if (copied.refusal === 'invalid_json') {
    throw wireFailure('invalid_payload', 'not_json_data', 'The callback holds a value that is not JSON data');
  }
  throw wireFailure('body_too_large', copied.refusal, 'The body would break a limit');
}

/**
 * Counts the values of a decoded body (JSON text inside a form field by its brackets and commas,
 * an upper bound), stopping as soon as there are more than `budget` values of any type.
 *
 * @param wire - what a body decoded to
 * @param budget - the most values allowed
 * @returns whether it holds at most `budget` values
 */
export function holdsAtMost(wire: unknown, budget: number): boolean {
  let count = 0;
  const pending: unknown[] = [wire];
  while (pending.length > 0) {
    const node = pending.pop();
    if (++count > budget) return false;
    if (typeof node === 'string') {
      if (node[0] === '{' || node[0] === '[') count += node.split(/[,[{]/).length;
    } else if (typeof node === 'object' && node !== null) {
      for (const child of Object.values(node)) pending.push(child);
    }
  }
  return true;
}

/**
 * @param left - JSON data
 * @param right - JSON data
 * @returns whether they are deep-equal: the same keys in any order, numbers compared with `Object.is`
 */
export function sameJson(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null || Array.isArray(left) !== Array.isArray(right)) return false;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameJson((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}
