import * as z from './zod.js';
import { parseJson, type JsonRefusal } from './json.js';
import type { OpenEnum } from './open-enum.js';
import type { KycWebhookIssueCode } from './errors.js';

/** What a schema may be built for: the `strict` option and the caps on JSON inside fields. */
export interface SchemaSettings {
  readonly strict: boolean;
  readonly maxDepth: number;
  readonly maxFields: number;
  readonly maxItems: number;
}

/**
 * An optional field: it may be absent, and an absent field stays absent in the output (typed as
 * zod's `exactOptional`, so `field?: T` and never `undefined`). It runs as zod's `optional`,
 * which returns at once on a missing value, where `exactOptional` runs the inner schema on it and
 * then discards the failure; with dozens of absent fields in a body, that was a quarter to a
 * third of zod's time.
 * The two differ only for a key that is present with the value `undefined`, which no body holds:
 * form values are strings, JSON has no `undefined`, and a parsed object handed over with one is
 * refused before any schema runs.
 *
 * @param inner - the field's schema
 * @returns the optional field's schema
 */
export function optional<T extends z.core.SomeType>(inner: T): z.ZodMiniExactOptional<T> {
  return z.optional(inner) as unknown as z.ZodMiniExactOptional<T>;
}

/**
 * @param values - the documented values
 * @param settings - with `strict`, only the documented values are accepted
 * @returns a string schema typed as the documented values plus any string
 */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  settings: SchemaSettings,
): z.core.$ZodType<OpenEnum<T[number]>, string> {
  return (settings.strict ? z.enum(values) : z.string()) as z.core.$ZodType<OpenEnum<T[number]>, string>;
}

/**
 * @param shape - the known fields
 * @param settings - with `strict`, unknown fields are rejected; otherwise they are kept as they came
 * @returns an object schema (typed as the lenient one: the output carries the same known fields)
 */
export function objectOf<S extends z.core.$ZodLooseShape>(shape: S, settings: SchemaSettings): z.ZodObject<S, z.core.$loose> {
  return (settings.strict ? z.strictObject(shape) : z.looseObject(shape)) as z.ZodObject<S, z.core.$loose>;
}

/**
 * The builders whose schema depends on the settings, bound to one settings value, so a kind's
 * schema builder names each once: `const { object, values, json } = fieldsFor(settings)`.
 *
 * @param settings - the settings the schema is built for
 * @returns `object` ({@link objectOf}), `values` ({@link openEnum}) and `json` ({@link jsonText})
 */
export function fieldsFor(settings: SchemaSettings) {
  return {
    object: <S extends z.core.$ZodLooseShape>(shape: S) => objectOf(shape, settings),
    values: <const T extends readonly [string, ...string[]]>(known: T) => openEnum(known, settings),
    json: <T extends z.core.$ZodType>(schema: T) => jsonText(schema, settings),
  };
}

/** A string format the provider promises, checked with a pattern and named in the message. */
export interface StringFormat {
  readonly pattern: RegExp;
  readonly message: string;
}

/** `YYYY-MM-DD`, a calendar date with no time zone. */
export const isoDate: StringFormat = {
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  message: 'Expected a date in the format YYYY-MM-DD',
};

/** An ISO 8601 timestamp; milliseconds and the zone designator are optional. */
export const isoTimestamp: StringFormat = {
  pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?$/,
  message: 'Expected an ISO 8601 timestamp (YYYY-MM-DDThh:mm:ss.SSSZ)',
};

/**
 * @param format - the format the provider promises
 * @returns a string schema checking that format
 */
export function formatted(format: StringFormat) {
  return z.string().check(z.regex(format.pattern, { error: format.message }));
}

/**
 * A text field where a placeholder (and the empty string) means "no value": they decode to `null`,
 * and `null` encodes back to the placeholder.
 *
 * @param placeholder - the provider's "no value" spelling, e.g. `N/A`
 * @param format - a format real values must have, if the provider promises one
 * @returns a codec from the wire string to `string | null`
 */
export function placeholderText(placeholder: string, format?: StringFormat) {
  const value = format ? formatted(format) : z.string();
  return z.codec(z.string(), z.nullable(value), {
    decode: (wire) => (wire === placeholder || wire === '' ? null : wire),
    encode: (text) => text ?? placeholder,
  });
}

/**
 * A boolean the provider spells as text (`TRUE`, `true`, `"true"`) or as a JSON boolean; any case
 * is accepted, and it encodes back to the documented spelling.
 *
 * @param spelling - how `true` and `false` are written back
 * @returns a codec from the wire value to `boolean`
 */
export function textBoolean(spelling: { readonly true: string; readonly false: string }) {
  const message = `Expected ${spelling.true} or ${spelling.false} (any case) or a JSON boolean`;
  return z.codec(z.unknown(), z.boolean(), {
    decode: (value, payload) => {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && booleanText.test(value)) return value.length === 4;
      return refuse(payload, value, message, 'invalid_value');
    },
    encode: (flag) => (flag ? spelling.true : spelling.false),
  });
}

const booleanText = /^(?:true|false)$/i;

const decimal = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const integerText = /^-?(?:0|[1-9]\d*)$/;

/**
 * A number the provider may send as a JSON number or as a numeric string (`1554726960` or
 * `"1554726960"`). (One codec rather than a union of the two spellings: a union tries each in
 * turn, and costs several times as much.)
 *
 * @param encodeAs - whether it is written back as a string (form fields) or a JSON number
 * @param kind - `integer` accepts only integers (a JSON number or a string of digits)
 * @returns a codec from the wire value to a finite `number` (a safe integer for `integer`)
 */
export function numeric(encodeAs: 'string' | 'number', kind: 'number' | 'integer' = 'number') {
  const integer = kind === 'integer';
  const [pattern, expected] = integer
    ? [integerText, 'Expected an integer (a JSON number or a string of digits)']
    : [decimal, 'Expected a number'];
  // The safe-integer check is the codec's own rather than `z.int()`, which would add zod's number
  // formats to every bundle that uses `numeric`.
  return z.codec(z.unknown(), z.number({ error: 'Expected a finite number' }), {
    decode: (wire, payload) => {
      const accepted = typeof wire === 'number' ? !integer || Number.isInteger(wire) : typeof wire === 'string' && pattern.test(wire);
      if (!accepted) return refuse(payload, wire, expected, 'invalid_type');
      const number = typeof wire === 'number' ? wire : Number(wire) + 0; // + 0 turns -0 into 0
      if (integer && !Number.isSafeInteger(number)) return refuse(payload, wire, 'Expected a safe integer', number > 0 ? 'too_big' : 'too_small');
      return number;
    },
    encode: (number) => (encodeAs === 'string' ? String(number) : number),
  });
}

/**
 * Reports a value a codec cannot decode, with a static, value-free message.
 *
 * @param payload - the codec's parse payload
 * @param input - the value refused (zod drops it when it finalizes the issue)
 * @param message - the message
 * @param code - the issue code reported to users
 * @returns `z.NEVER`, to return from the codec
 */
export function refuse(payload: z.core.ParsePayload, input: unknown, message: string, code: KycWebhookIssueCode): never {
  payload.issues.push({ code: 'custom', input, message, params: { code } });
  return z.NEVER;
}

/**
 * A JSON document carried as a string (a JSON-in-form field): parsed within the depth and
 * keys-per-object caps, then validated by `schema`; encoded back with `JSON.stringify`.
 *
 * @param schema - the schema of the parsed value
 * @param settings - the caps
 * @returns a codec from the JSON text to the schema's output
 */
export function jsonText<T extends z.core.$ZodType>(schema: T, settings: SchemaSettings) {
  return z.codec(z.string(), schema, {
    decode: (text, payload) => {
      const parsed = parseJson(text, settings);
      if (parsed.ok) return parsed.value as z.input<T>;
      return refuse(payload, text, refusalMessages[parsed.refusal](settings), parsed.refusal);
    },
    encode: (value) => JSON.stringify(value),
  });
}

const refusalMessages: Record<JsonRefusal, (settings: SchemaSettings) => string> = {
  invalid_json: () => 'Expected a JSON document',
  duplicate_key: () => 'A JSON object repeats a key',
  number_out_of_range: () => 'A JSON number is too large for a double',
  nesting_too_deep: ({ maxDepth }) => `The JSON document nests deeper than maxDepth (${maxDepth})`,
  too_many_fields: ({ maxFields }) => `A JSON object has more than maxFields (${maxFields}) keys`,
  too_many_items: ({ maxItems }) => `A JSON array has more than maxItems (${maxItems}) items`,
};

/**
 * A list the provider sends as an array, or as the bare item when there is only one: the output is
 * always an array, and it encodes back as an array. A missing value stays missing (it is not the
 * bare item `undefined`), so the array schema reports it as missing.
 *
 * @param item - the schema of one item
 * @returns a codec from the wire value to an array of items
 */
export function oneOrMany<T extends z.core.$ZodType>(item: T) {
  return z.codec(z.unknown(), z.array(item), {
    decode: (value) => (Array.isArray(value) || value === undefined ? value : [value]) as z.input<T>[],
    encode: (items) => items,
  });
}
