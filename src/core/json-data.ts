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
 *   a function, `toJSON`, `undefined` in an array), or `body_too_large` for one that breaks a limit
 */
export function callbackData(callback: unknown, options: ResolvedOptions): JsonValue {
  // Every object or array takes at least two bytes of the body.
  const copied = copyJson(callback, options, 'callback', options.maxBytes / 2);
  if (copied.ok) return copied.value;
  if (copied.refusal === 'invalid_json') {
    throw wireFailure('invalid_payload', 'not_json_data', 'The callback holds a value that is not JSON data (a Date, Map, function, NaN or undefined in a list)');
  }
  throw wireFailure('body_too_large', copied.refusal, `The callback breaks a limit (${copied.refusal}) its body would have to fit`);
}

/**
 * Counts the values of a decoded body (JSON text inside a form field by its brackets and commas,
 * an upper bound), stopping as soon as there are more than `budget`.
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
      if (node.startsWith('{') || node.startsWith('[')) {
        for (let at = 0; at < node.length; at++) {
          const code = node.charCodeAt(at);
          if ((code === 0x2c || code === 0x7b || code === 0x5b) && ++count > budget) return false;
        }
      }
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
  const pending: [unknown, unknown][] = [[left, right]];
  while (pending.length > 0) {
    const [a, b] = pending.pop() as [unknown, unknown];
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return false;
      pending.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
