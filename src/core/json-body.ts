import { isRawBody, readBodyText, type RawBody } from './body.js';
import { checkParsed, copyJson, isJsonContainer, parseJson, parseJsonChecked, parseUnchecked, type JsonRefusal } from './json.js';
import { wireFailure } from './wire-failure.js';
import { jsonValueAt, type DecodedBody, type Wire } from './wire.js';

/** What a JSON callback may be handed over as: the raw body, or the value `JSON.parse` made of it. */
export type JsonBody = RawBody | Readonly<Record<string, unknown>>;

/** Limits that apply while reading a JSON body. */
export interface JsonLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxFields: number;
  readonly maxItems: number;
}

/**
 * Reads a JSON callback body: a raw body is decoded (strict UTF-8, size cap) and parsed within the
 * depth, keys-per-object and items-per-array caps; an already-parsed object (a plain object, from
 * any realm) is checked against the same caps and copied, so the result shares nothing with it.
 *
 * @param body - the raw body, or an object parsed from it
 * @param limits - the byte, depth, keys-per-object and items-per-array caps
 * @returns the parsed value (its shape is for the schema to check)
 * @throws WireFailure with `malformed_body`, `body_too_large`, `nesting_too_deep`, `too_many_fields`
 *   or `too_many_items`
 */
export function readJsonBody(body: unknown, limits: JsonLimits): unknown {
  if (isRawBody(body)) {
    const parsed = parseJson(readBodyText(body, limits.maxBytes), limits);
    if (parsed.ok) return parsed.value;
    throw refused(parsed.refusal, limits);
  }
  if (isJsonContainer(body) && !Array.isArray(body)) {
    const copied = copyJson(body, limits);
    if (copied.ok) return copied.value;
    throw refused(copied.refusal, limits);
  }
  throw wireFailure('malformed_body', 'unsupported_body_type', 'Expected a string, Uint8Array, ArrayBuffer or a parsed JSON object');
}

/**
 * Reads a raw JSON body halfway, for the validation plan: decoded and parsed by `JSON.parse`, with
 * the depth, keys, items, repeated-key and number checks of {@link readJsonBody} left to the plan,
 * which makes them as it walks the value; `finish` makes them itself, for a value the plan could
 * not vouch for, and returns what {@link readJsonBody} would have.
 *
 * @param body - the body
 * @param limits - the caps
 * @returns the half-read body, or `undefined` for a body handed over already parsed
 * @throws WireFailure as {@link readJsonBody} does, for a body that cannot be decoded as text
 */
export function decodeJsonBody(body: unknown, limits: JsonLimits): DecodedBody | undefined {
  if (!isRawBody(body)) return undefined;
  const text = readBodyText(body, limits.maxBytes);
  const parsed = parseUnchecked(text);
  return {
    value: parsed?.value,
    keyBound: parsed === undefined ? -1 : parsed.keyBound,
    finish: () => {
      const checked = parsed === undefined ? parseJsonChecked(text, limits) : checkParsed(text, parsed.value, parsed.keyBound, limits);
      if (checked.ok) return checked.value;
      throw refused(checked.refusal, limits);
    },
  };
}

/**
 * Writes what a JSON schema encoded back as a body.
 *
 * @param value - the encoded value
 * @returns the JSON text
 * @throws WireFailure with `invalid_payload` when the value holds something JSON cannot represent
 *   (a BigInt, a cycle)
 */
export function writeJsonBody(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    throw wireFailure('invalid_payload', 'invalid_type', 'The callback holds a value JSON cannot represent (a BigInt or a cycle)');
  }
}

function refused(refusal: JsonRefusal, limits: JsonLimits) {
  switch (refusal) {
    case 'invalid_json':
      return wireFailure('malformed_body', 'invalid_json', 'The body is not a JSON document');
    case 'duplicate_key':
      return wireFailure('malformed_body', 'duplicate_key', 'A JSON object in the body repeats a key');
    case 'number_out_of_range':
      return wireFailure('malformed_body', 'number_out_of_range', 'A JSON number in the body is too large for a double');
    case 'nesting_too_deep':
      return wireFailure('nesting_too_deep', 'nesting_too_deep', `The JSON body nests deeper than maxDepth (${limits.maxDepth})`);
    case 'too_many_fields':
      return wireFailure('too_many_fields', 'too_many_fields', `A JSON object has more than maxFields (${limits.maxFields}) keys`);
    case 'too_many_items':
      return wireFailure('too_many_items', 'too_many_items', `A JSON array has more than maxItems (${limits.maxItems}) items`);
  }
}

/**
 * The JSON wire: one JSON document, read and checked against every shape limit before the schema
 * runs, so its schemas depend only on `strict`.
 */
export const jsonWire: Wire<JsonBody> = {
  name: 'json',
  read: (body, options) => readJsonBody(body, options),
  decode: (body, options) => decodeJsonBody(body, options),
  write: writeJsonBody,
  reads: ['strict'],
  valueAt: (wire, path) => jsonValueAt(wire, path),
};
