import * as z from '../core/zod.js';

// Field builders for iDenfy's JSON that the shared ones in core/fields.ts do not cover.

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
