import { isRawBody, readBodyText, type RawBody } from './body.js';
import { exceedsDepth, parseJson } from './json.js';
import { wireFailure } from './wire-failure.js';

/** What a JSON callback may be handed over as: the raw body, or the value `JSON.parse` made of it. */
export type JsonBody = RawBody | Readonly<Record<string, unknown>>;

/** Limits that apply while reading a JSON body. */
export interface JsonLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
}

/**
 * Reads a JSON callback body: a raw body is decoded (strict UTF-8, size cap) and parsed with the
 * depth cap; an already-parsed object is only checked for depth.
 *
 * @param body - the raw body, or an object parsed from it
 * @param limits - the byte and depth caps
 * @returns the parsed value (its shape is for the schema to check)
 * @throws WireFailure with `malformed_body`, `body_too_large` or `nesting_too_deep`
 */
export function readJsonBody(body: unknown, limits: JsonLimits): unknown {
  if (isRawBody(body)) {
    const parsed = parseJson(readBodyText(body, limits.maxBytes), limits.maxDepth);
    if (parsed.ok) return parsed.value;
    throw parsed.refusal === 'invalid_json'
      ? wireFailure('malformed_body', 'invalid_json', 'The body is not a JSON document')
      : tooDeep(limits.maxDepth);
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    if (exceedsDepth(body, limits.maxDepth)) throw tooDeep(limits.maxDepth);
    return body;
  }
  throw wireFailure('malformed_body', 'unsupported_body_type', 'Expected a string, Uint8Array, ArrayBuffer or a parsed JSON object');
}

/**
 * Writes what a JSON schema encoded back as a body.
 *
 * @param value - the encoded value
 * @returns the JSON text
 */
export function writeJsonBody(value: unknown): string {
  return JSON.stringify(value);
}

function tooDeep(maxDepth: number) {
  return wireFailure('nesting_too_deep', 'nesting_too_deep', `The JSON body nests deeper than maxDepth (${maxDepth})`);
}
