import { hasLoneSurrogate, isRawBody, readBodyText, type RawBody } from './body.js';
import { isJsonContainer, parseJson } from './json.js';
import { jsonValueAt, type Wire } from './wire.js';
import { wireFailure } from './wire-failure.js';

/**
 * Form fields by name: own data properties of an object with no prototype, so no name (not even
 * `__proto__`) can reach a prototype.
 */
export type FormFields = Record<string, string>;

/**
 * What a form-encoded callback may be handed over as: the raw body, the `URLSearchParams` a fetch
 * server gives, or the record `express.urlencoded()` produces.
 */
export type FormBody = RawBody | URLSearchParams | Readonly<Record<string, string>>;

/** Limits that apply while decoding a form body. */
export interface FormLimits {
  readonly maxBytes: number;
  readonly maxFields: number;
}

/**
 * Decodes any {@link FormBody} into form fields.
 *
 * @param body - the body in any accepted form (a record must be a plain object, from any realm)
 * @param limits - the byte and field caps
 * @returns the fields, on a null-prototype object (never the caller's record)
 * @throws WireFailure for a malformed, oversized or over-long body, or a body of an unsupported type
 */
export function readFormBody(body: unknown, limits: FormLimits): FormFields {
  if (isRawBody(body)) return withoutProtoField(decodeFormBody(readBodyText(body, limits.maxBytes), limits.maxFields));
  if (body instanceof URLSearchParams) return withoutProtoField(fieldsFromEntries(body, limits.maxFields));
  if (isJsonContainer(body) && !Array.isArray(body)) return withoutProtoField(fieldsFromRecord(body as Record<string, unknown>, limits.maxFields));
  throw wireFailure(
    'malformed_body',
    'unsupported_body_type',
    'Expected a string, Uint8Array, ArrayBuffer, URLSearchParams or a record of strings',
  );
}

/**
 * Drops a field named `__proto__` (counted against `maxFields`, and refused when repeated, like any
 * other), as the JSON reader drops an own `__proto__` key: zod's objects drop it too, except that a
 * strict object of zod 4.6 reports it as an unknown key where 4.4's does not, and a body's verdict
 * must not depend on the zod installed.
 */
function withoutProtoField(fields: FormFields): FormFields {
  if (Object.hasOwn(fields, '__proto__')) delete fields['__proto__'];
  return fields;
}

/**
 * Decodes an `application/x-www-form-urlencoded` body strictly: `+` is a space, a `%` must start a
 * valid escape, escapes must form valid UTF-8, and a field name may appear only once.
 *
 * @param text - the body's text
 * @param maxFields - the most fields accepted
 * @returns the fields, on a null-prototype object
 * @throws WireFailure with `malformed_body` or `too_many_fields`
 */
export function decodeFormBody(text: string, maxFields: number): FormFields {
  const fields: FormFields = {};
  let count = 0;
  let start = 0;
  let nextEquals = -1;
  while (start < text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start) {
      if (++count > maxFields) throw tooManyFields(maxFields);
      if (nextEquals < start) {
        nextEquals = text.indexOf('=', start);
        if (nextEquals === -1) nextEquals = text.length;
      }
      const nameEnd = nextEquals < end ? nextEquals : end;
      const name = decodeComponent(text.slice(start, nameEnd));
      const value = nameEnd < end ? decodeComponent(text.slice(nameEnd + 1, end)) : '';
      addField(fields, name, value);
    }
    start = end + 1;
  }
  return withoutPrototype(fields);
}

/**
 * Encodes fields as an `application/x-www-form-urlencoded` body with as few escapes as its parsers
 * need: a space is `+`; `%`, `&` and `+` (and `=` in a name) are percent-encoded; everything else,
 * non-ASCII text included, is written as it is, in UTF-8. Every form parser (the WHATWG one, which
 * `URLSearchParams` and Node's `querystring` follow, and ours) reads such a body back the same, and
 * the body is never larger than one a parser accepted: escaping everything, as `encodeURIComponent`
 * does, triples the size of non-ASCII text and of JSON held in a field.
 *
 * @param fields - field names and their values, which must all be strings
 * @returns the body
 * @throws WireFailure with `invalid_payload` for a value that is not a string or a string with no
 *   UTF-8 encoding (a lone surrogate)
 */
export function encodeFormBody(fields: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (typeof value !== 'string') {
      throw wireFailure('invalid_payload', 'invalid_type', 'Every form field value must be a string');
    }
    parts.push(`${encodeComponent(name, nameEscapes)}=${encodeComponent(value, valueEscapes)}`);
  }
  return parts.join('&');
}

function fieldsFromEntries(entries: URLSearchParams, maxFields: number): FormFields {
  const fields: FormFields = {};
  let count = 0;
  for (const [name, value] of entries) {
    if (++count > maxFields) throw tooManyFields(maxFields);
    addField(fields, name, value);
  }
  return withoutPrototype(fields);
}

function fieldsFromRecord(record: Record<string, unknown>, maxFields: number): FormFields {
  const names = Object.keys(record);
  if (names.length > maxFields) throw tooManyFields(maxFields);
  const fields: FormFields = {};
  for (const name of names) {
    const value = record[name];
    if (Array.isArray(value)) throw duplicateField();
    if (typeof value !== 'string') {
      throw wireFailure('malformed_body', 'invalid_field_type', 'Every form field value must be a string');
    }
    if (hasLoneSurrogate(name) || hasLoneSurrogate(value)) {
      throw wireFailure('malformed_body', 'invalid_utf8', 'A form field holds a lone UTF-16 surrogate');
    }
    addField(fields, name, value);
  }
  return withoutPrototype(fields);
}

// Fields are collected on a plain object and lose their prototype at the end: V8 keeps such an
// object in fast mode, where `Object.create(null)` starts in dictionary mode, and zod reads a
// fast-mode object about 25% faster.
function addField(fields: FormFields, name: string, value: string): void {
  if (Object.hasOwn(fields, name)) throw duplicateField();
  if (name === '__proto__') Object.defineProperty(fields, name, { value, writable: true, enumerable: true, configurable: true });
  else fields[name] = value;
}

function withoutPrototype(fields: FormFields): FormFields {
  return Object.setPrototypeOf(fields, null) as FormFields;
}

const percentEscape = /%(?![0-9A-Fa-f]{2})/;

function decodeComponent(raw: string): string {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw percentEscape.test(spaced)
      ? wireFailure('malformed_body', 'invalid_percent_encoding', 'A form field holds a malformed percent escape')
      : wireFailure('malformed_body', 'invalid_utf8', 'A form field\'s percent escapes are not valid UTF-8');
  }
}

const nameEscapes = /[%&+=]/g;
const valueEscapes = /[%&+]/g;
const escapes: Readonly<Record<string, string>> = { '%': '%25', '&': '%26', '+': '%2B', '=': '%3D' };

function encodeComponent(text: string, escaped: RegExp): string {
  if (hasLoneSurrogate(text)) {
    throw wireFailure('invalid_payload', 'invalid_string', 'A field holds a lone UTF-16 surrogate, which has no UTF-8 encoding');
  }
  return text.replace(escaped, (character) => escapes[character] as string).replaceAll(' ', '+');
}

function duplicateField() {
  return wireFailure('malformed_body', 'duplicate_key', 'A form field name appears more than once');
}

function tooManyFields(maxFields: number) {
  return wireFailure('too_many_fields', 'too_many_fields', `The form has more than maxFields (${maxFields}) fields`);
}

/**
 * The form wire: fields decoded from the body, each a string; a path's first key names a field, and
 * any further keys are read inside that field's JSON text, parsed within the same limits the schema
 * parses it with (so a text the schema refuses leads nowhere, and its refusal is what is reported).
 * Schemas are built per JSON caps, since fields hold JSON the schema parses.
 */
export const formWire: Wire<FormBody> = {
  name: 'form',
  read: (body, options) => readFormBody(body, options),
  write: (wire) => encodeFormBody(wire as Record<string, unknown>),
  reads: ['strict', 'maxDepth', 'maxFields', 'maxItems'],
  valueAt: (wire, [field, ...inside], options) => {
    const text = jsonValueAt(wire, field === undefined ? [] : [field]);
    if (inside.length === 0 || typeof text !== 'string') return inside.length === 0 ? text : undefined;
    const parsed = parseJson(text, options);
    return parsed.ok ? jsonValueAt(parsed.value, inside) : undefined;
  },
};
