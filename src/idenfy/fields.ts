import * as z from '../core/zod.js';
import { refuse } from '../core/fields.js';

// Field builders for iDenfy's JSON that the shared ones in core/fields.ts do not cover.

const integerText = /^-?(?:0|[1-9]\d*)$/;
const expectedInteger = 'Expected an integer (a JSON number or a string of digits)';

/**
 * An integer the provider may send as a JSON number or as a numeric string (`1554726960` or
 * `"1554726960"`). It is always written back as a JSON number. (One codec rather than a union of
 * the two spellings: a union tries each in turn, and costs several times as much.)
 *
 * @returns a codec from the wire value to a safe integer
 */
export function integer() {
  return z.codec(z.unknown(), z.int({ error: 'Expected a safe integer' }), {
    decode: (value, payload) => {
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && integerText.test(value)) return Number(value) + 0; // + 0 turns -0 into 0
      return refuse(payload, value, expectedInteger, 'invalid_type');
    },
    encode: (value) => value,
  });
}

/**
 * An object the provider leaves open (`additionalProperties: {}` and no properties): any JSON
 * object, kept as it came, in strict mode too. Its values are not checked, so no key from the body
 * can reach an error. (A loose object rather than `z.record`, which adds about 5 KB to a bundle.)
 *
 * @returns a schema of `{ [key: string]: unknown }`
 */
export function anyObject() {
  return z.looseObject({});
}

/**
 * An object whose keys are data (file names, step names) rather than fields: the documented keys
 * are typed, and every other key's value must match `value`. A wrong value is reported at the map's
 * own path, never at a path holding a key from the body. New keys are new data, not drift, so the
 * map stays open in strict mode too.
 *
 * @param known - the documented keys
 * @param value - what every other key's value must be (a schema that does not transform)
 * @param expected - what every value must be, for the error message (e.g. `a URL or null`)
 * @returns an object schema typed as the known keys plus an index signature of `value`
 */
export function openMap<S extends z.core.$ZodShape, V>(known: S, value: z.core.$ZodType<V>, expected: string) {
  const knownKeys: ReadonlySet<string> = new Set(Object.keys(known));
  return z
    .looseObject(known)
    .catchall(z.custom<V>())
    .check((payload) => {
      for (const [key, item] of Object.entries(payload.value)) {
        if (knownKeys.has(key) || z.safeParse(value, item).success) continue;
        payload.issues.push({
          code: 'custom',
          input: payload.value,
          message: `Expected every value to be ${expected}`,
          params: { code: 'invalid_type' },
        });
        return;
      }
    });
}
