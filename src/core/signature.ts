// What every provider's signature check shares: the raw bytes, the keys, the header lookup, the hex
// parse and the constant-time compare. Web Crypto only (globalThis.crypto.subtle), so it runs on every runtime.
import type { RawBody } from './body.js';

/**
 * Where the signature comes from: the header's value itself (`string`, or `null`/`undefined` when
 * the request had none), a Web `Headers`, or a Node header record (`IncomingHttpHeaders`, what
 * Express's `req.headers` is). Header names are looked up case-insensitively; a header sent twice
 * (an array) is `malformed`.
 */
export type SignatureSource =
  | string
  | null
  | undefined
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A signing key: a `string` (used as its UTF-8 bytes, exactly: it is not trimmed) or bytes, or a
 * list of them while you rotate keys (the result says which one matched).
 */
export type SigningKeys = string | Uint8Array | readonly (string | Uint8Array)[];

/** Why a signature check failed: no header, a header that is not 64 hex digits, or a wrong signature. */
export type SignatureFailureReason = 'missing' | 'malformed' | 'mismatch';

/** A failed signature check. */
export interface SignatureFailure {
  readonly valid: false;
  /**
   * `missing`: no signature header (the provider has no key configured for this webhook, or the
   * request is not from it); `malformed`: the header is not 64 hex digits (or was sent twice), so
   * nothing was hashed; `mismatch`: the signature is not the body's under any of the keys.
   */
  readonly reason: SignatureFailureReason;
}

/** What every successful check says. */
export interface SignatureMatch {
  readonly valid: true;
  /** Which key matched: its index in the list passed, `0` for a single key. */
  readonly keyIndex: number;
}

/** A signature check's result: `{ valid: true, … }` or `{ valid: false, reason }`. */
export type SignatureResult<Match extends SignatureMatch = SignatureMatch> = Match | SignatureFailure;

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * @param body - the raw body
 * @returns its bytes (a string as its UTF-8)
 * @throws TypeError for anything else (a parsed object, most often), saying how to keep the raw bytes
 */
export function bodyBytes(body: RawBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (isUint8Array(body)) return body;
  if (isArrayBuffer(body)) return new Uint8Array(body);
  throw new TypeError(
    `A signature is computed over the exact raw bytes of the body, but the body given is ${describe(body)} (a parsed body?), not a string, Uint8Array or ArrayBuffer. ` +
      'Keep the raw body: in Express use express.raw({ type: "*/*" }) on this route instead of express.json(); ' +
      'in a fetch handler use await request.arrayBuffer() (or request.text()) and pass the same bytes to the parser.',
  );
}

/**
 * @param keys - what the caller passed as the key
 * @returns each key's bytes, in order
 * @throws TypeError when a key is empty or not a `string` or `Uint8Array`, or the list is empty
 */
export function keyBytes(keys: SigningKeys): Uint8Array[] {
  const list = Array.isArray(keys) ? (keys as readonly unknown[]) : [keys];
  if (list.length === 0) throw new TypeError('The key list is empty: pass at least one signing key');
  return list.map((key, index) => {
    const where = Array.isArray(keys) ? `The key at index ${index}` : 'The key';
    if (typeof key === 'string') {
      if (key === '') throw new TypeError(`${where} is an empty string: is the secret's environment variable set?`);
      return encoder.encode(key);
    }
    if (isUint8Array(key)) {
      if (key.byteLength === 0) throw new TypeError(`${where} is empty`);
      return key;
    }
    throw new TypeError(`${where} is ${describe(key)}; expected a non-empty string or Uint8Array`);
  });
}

/**
 * @param keys - what the caller passed as the key
 * @returns whether a string key starts or ends with whitespace (a secret pasted with a newline)
 */
export function keyHasEdgeWhitespace(keys: SigningKeys): boolean {
  const list: readonly unknown[] = Array.isArray(keys) ? keys : [keys];
  return list.some((key) => typeof key === 'string' && key.trim() !== key);
}

/** The part of Web Crypto's `SubtleCrypto` used here, declared so no DOM or Node types are needed. */
export interface Subtle {
  importKey(format: 'raw', key: Uint8Array<ArrayBuffer>, algorithm: { name: 'HMAC'; hash: 'SHA-256' }, extractable: false, usages: ['sign' | 'verify']): Promise<object>;
  sign(algorithm: 'HMAC', key: object, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  verify(algorithm: 'HMAC', key: object, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean>;
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/**
 * @returns Web Crypto's `subtle`
 * @throws TypeError when the runtime has none (Node before 20 without a global `crypto`)
 */
export function subtleCrypto(): Subtle {
  const subtle = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (subtle === undefined) throw new TypeError('Web Crypto (globalThis.crypto.subtle) is not available in this runtime');
  return subtle;
}

/** A header's value: absent, one string, or something a single header never is (an array, a number). */
export type HeaderValue = { readonly present: false } | { readonly present: true; readonly value: string | undefined };

/**
 * Reads one header, case-insensitively. Never throws: a source that throws or holds something other
 * than a string gives `value: undefined` (so `malformed`).
 *
 * @param source - a header value, a Web `Headers` or a header record
 * @param name - the header's name
 * @returns whether it is present, and its value when it is a single string
 */
export function readHeader(source: unknown, name: string): HeaderValue {
  try {
    if (source === undefined || source === null) return { present: false };
    if (typeof source !== 'object' && typeof source !== 'function') return { present: true, value: typeof source === 'string' ? source : undefined };
    const get = (source as { get?: unknown }).get;
    if (typeof get === 'function') return single(get.call(source, name));
    const record = source as Record<string, unknown>;
    const lower = name.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(record, lower)) return single(record[lower]);
    const found = Object.keys(record).find((key) => key.toLowerCase() === lower);
    return found === undefined ? { present: false } : single(record[found]);
  } catch {
    return { present: true, value: undefined };
  }
}

function single(value: unknown): HeaderValue {
  if (value === undefined || value === null) return { present: false };
  return { present: true, value: typeof value === 'string' ? value : undefined };
}

const hexDigits = /^[0-9a-fA-F]{64}$/;

/**
 * @param value - a header's value
 * @returns the 32 bytes it spells, or `undefined` unless it is exactly 64 hex digits
 */
export function parseHexSignature(value: string | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (value === undefined || value.length !== 64 || !hexDigits.test(value)) return undefined;
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 32; index++) bytes[index] = Number.parseInt(value.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/**
 * @param bytes - any bytes
 * @returns them as lowercase hex
 */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Compares two byte strings in time that depends only on their lengths.
 *
 * @param a - one
 * @param b - the other
 * @returns whether they are equal; `false` when their lengths differ
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let index = 0; index < a.byteLength; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

/**
 * @param parts - byte strings
 * @returns them joined
 */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}

/**
 * @param bytes - any bytes, possibly a view of a larger or shared buffer
 * @returns a copy Web Crypto accepts under every TypeScript lib
 */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(bytes);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `of type ${typeof value}`;
}

function isUint8Array(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}
