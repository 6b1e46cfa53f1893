import * as z from '../core/zod.js';
import { openEnum, type SchemaSettings } from '../core/fields.js';
import type { OpenEnum } from '../core/open-enum.js';
import { checkResults } from './enumerations.js';

// Codecs for the accidents of Shufti's PHP-encoded JSON.

/**
 * A free-text field where `""` means "no value". `""` and `null` decode to `null`, so a `string` in the
 * output is always a real value; `null` encodes back to the spelling Shufti uses for the field.
 *
 * @param emptyAs - how `null` is written back: `''` for fields Shufti fills with `""`, `null` for
 *   fields it sends as JSON `null`
 * @returns a codec from `string | null` to `string | null`
 */
export function emptyAsNull(emptyAs: '' | null) {
  return z.codec(z.nullable(z.string()), z.nullable(z.string()), {
    decode: (wire) => (wire === '' ? null : wire),
    encode: (value) => value ?? emptyAs,
  });
}

/**
 * The `error` of an event that is not an error: `""` (or `null`) on the wire, `null` here, `""` again
 * when written back.
 *
 * @returns a codec from `"" | null` to `null`
 */
export function noError() {
  return z.codec(z.literal(['', null]), z.null(), {
    decode: () => null,
    encode: () => '' as const,
  });
}

/** @returns the schema of one check result, kept as it came */
export function checkResult() {
  return z.literal(checkResults);
}

/**
 * A service's result in `verification_result`: a bare check result, or an object of them.
 *
 * @param checks - the schema of the service's per-check object
 * @returns the union, with one value-free message when neither shape fits
 */
export function serviceResult<T extends z.ZodType>(checks: T) {
  return z.union([checkResult(), checks], {
    error: 'Expected 1, 0, null, "" or an object of such check results',
  });
}

/**
 * An object PHP's `json_encode` writes as `[]` when it is empty: `[]` decodes to `{}`, and the object
 * is written back as an object. Any other array is still an error.
 *
 * @param schema - the object's schema
 * @returns a codec from the wire value to the object
 */
export function phpObject<T extends z.ZodType>(schema: T) {
  return z.codec(z.unknown(), schema, {
    decode: (value) => (Array.isArray(value) && value.length === 0 ? {} : value) as z.input<T>,
    encode: (value) => value,
  });
}

/**
 * A list of document types where Shufti sends `[""]` for "no choice made": empty strings are dropped,
 * so the list holds only real types. Issues point at the wire's indices.
 *
 * @param values - the documented types
 * @param settings - with `strict`, only the documented types (and `""`) are accepted
 * @returns a codec from the wire array to an array of types
 */
export function chosenTypes<const T extends readonly [string, ...string[]]>(values: T, settings: SchemaSettings) {
  const wireItem = settings.strict ? z.enum(['', ...values]) : z.string();
  return z.codec(z.array(wireItem), z.array(openEnum(values, settings)), {
    decode: (types) => types.filter((type) => type !== '') as OpenEnum<T[number]>[],
    encode: (types) => types,
  });
}
