// Onfido's `X-SHA2-Signature`: the hex HMAC-SHA256 of the raw body keyed with the webhook's token,
// checked with Web Crypto. The legacy `X-Signature` (HMAC-SHA1) is checked only when asked for.
import type { RawBody } from '../core/body.js';
import type { ParseResult } from '../core/result.js';
import {
  bodyBytes,
  keyBytes,
  ownBytes,
  parseHexSignature,
  readHeader,
  subtleCrypto,
  type SignatureMatch,
  type SignatureResult,
  type SignatureSource,
  type SigningKeys,
} from '../core/signature.js';
import { safeVerifyThenParse, verifyThenParse, type SignedKind, type VerifyAndParseOptions } from '../core/verified-parse.js';
import { onfidoDefinition } from './schema.js';
import type { OnfidoCallback } from './types.js';

/** The header Onfido signs with, and the one API v2 and earlier signed with. */
const header = 'X-SHA2-Signature';
const legacyHeader = 'X-Signature';

/** Options of {@link verifyOnfidoSignature}. */
export interface VerifyOnfidoSignatureOptions {
  /**
   * Also accept the legacy `X-Signature` header, the hex HMAC-SHA1 of the body, when
   * `X-SHA2-Signature` is absent. Off by default: SHA-1 is what API v2 and earlier sent, and
   * whether Onfido still sends it is not documented. When `X-SHA2-Signature` is present, it alone
   * decides, so a forged SHA-1 header can never stand in for a wrong SHA-256 one.
   * @defaultValue false
   */
  readonly acceptLegacySha1?: boolean;
}

/** An Onfido signature that matched: which token, and which header. */
export interface OnfidoSignatureMatch extends SignatureMatch {
  /** The header that held it; `undefined` when the value itself was passed. */
  readonly header: 'X-SHA2-Signature' | 'X-Signature' | undefined;
  /** The HMAC's hash: `SHA-256`, or `SHA-1` for the legacy header (only with `acceptLegacySha1`). */
  readonly algorithm: 'SHA-256' | 'SHA-1';
}

/** The part of Web Crypto used here: HMAC with SHA-256 or SHA-1. */
interface HmacSubtle {
  importKey(format: 'raw', key: Uint8Array<ArrayBuffer>, algorithm: { name: 'HMAC'; hash: 'SHA-256' | 'SHA-1' }, extractable: false, usages: ['verify']): Promise<object>;
  verify(algorithm: 'HMAC', key: object, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean>;
}

/**
 * Checks Onfido's `X-SHA2-Signature` header: the lowercase hex HMAC-SHA256 of the raw body, keyed
 * with the webhook's token (returned when you registered the webhook; each webhook has its own, so
 * an endpoint several webhooks deliver to, sandbox and live for one, passes every token). Uses Web
 * Crypto (`crypto.subtle.verify('HMAC', …)`, constant-time), so it runs on every runtime.
 *
 * @param body - the raw body exactly as received, trailing newline included: `Uint8Array`,
 *   `ArrayBuffer`, or a `string` (checked as its UTF-8). Never a parsed or re-serialized body
 *   (`JSON.stringify(req.body)` reorders and re-spaces it, and never matches).
 * @param signature - the header's value, or the request's headers (a Web `Headers` or Node's
 *   `req.headers`), where `X-SHA2-Signature` is looked up case-insensitively
 * @param token - the webhook's token, or a list of tokens (one per webhook that delivers here)
 * @param options - `acceptLegacySha1`, to accept the legacy `X-Signature` (HMAC-SHA1) when
 *   `X-SHA2-Signature` is absent
 * @returns a promise of `{ valid: true, keyIndex, header, algorithm }` or `{ valid: false, reason }`
 *   (`missing`, `malformed`: not 64 hex digits (40 for SHA-1), nothing hashed; `mismatch`). It never rejects.
 * @throws TypeError, synchronously, when the body is not a string or bytes (a parsed object), or a
 *   token is empty or not a `string` or `Uint8Array`
 *
 * @example
 * ```ts
 * const raw = await request.arrayBuffer();
 * const check = await verifyOnfidoSignature(raw, request.headers, [ONFIDO_LIVE_TOKEN, ONFIDO_SANDBOX_TOKEN]);
 * if (!check.valid) return new Response(null, { status: 401 });
 * ```
 */
export function verifyOnfidoSignature(
  body: RawBody,
  signature: SignatureSource,
  token: SigningKeys,
  options?: VerifyOnfidoSignatureOptions,
): Promise<SignatureResult<OnfidoSignatureMatch>> {
  const bytes = bodyBytes(body);
  const keys = keyBytes(token);
  const legacy = options?.acceptLegacySha1 === true;
  const subtle = subtleCrypto() as unknown as HmacSubtle;
  const direct = typeof signature === 'string' || typeof signature !== 'object' || signature === null;
  const value = readHeader(signature, header);
  if (value.present) {
    const expected = parseHexSignature(value.value);
    // A value passed directly may be a legacy SHA-1 signature, when the caller allows those.
    if (expected === undefined && direct && legacy) return checkLegacy(subtle, bytes, keys, value.value, undefined);
    if (expected === undefined) return Promise.resolve({ valid: false, reason: 'malformed' });
    return check(subtle, ownBytes(bytes), keys, expected, 'SHA-256', direct ? undefined : header);
  }
  if (!legacy || direct) return Promise.resolve({ valid: false, reason: 'missing' });
  const legacyValue = readHeader(signature, legacyHeader);
  if (!legacyValue.present) return Promise.resolve({ valid: false, reason: 'missing' });
  return checkLegacy(subtle, bytes, keys, legacyValue.value, legacyHeader);
}

function checkLegacy(
  subtle: HmacSubtle,
  bytes: Uint8Array,
  keys: Uint8Array[],
  value: string | undefined,
  from: OnfidoSignatureMatch['header'],
): Promise<SignatureResult<OnfidoSignatureMatch>> {
  const expected = parseSha1Hex(value);
  if (expected === undefined) return Promise.resolve({ valid: false, reason: 'malformed' });
  return check(subtle, ownBytes(bytes), keys, expected, 'SHA-1', from);
}

async function check(
  subtle: HmacSubtle,
  data: Uint8Array<ArrayBuffer>,
  keys: Uint8Array[],
  expected: Uint8Array<ArrayBuffer>,
  algorithm: OnfidoSignatureMatch['algorithm'],
  from: OnfidoSignatureMatch['header'],
): Promise<SignatureResult<OnfidoSignatureMatch>> {
  for (const [keyIndex, key] of keys.entries()) {
    const imported = await subtle.importKey('raw', ownBytes(key), { name: 'HMAC', hash: algorithm }, false, ['verify']);
    if (await subtle.verify('HMAC', imported, expected, data)) return { valid: true, keyIndex, header: from, algorithm };
  }
  return { valid: false, reason: 'mismatch' };
}

const sha1Hex = /^[0-9a-fA-F]{40}$/;

/**
 * @param value - a header's value
 * @returns the 20 bytes it spells, or `undefined` unless it is exactly 40 hex digits
 */
function parseSha1Hex(value: string | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (value === undefined || !sha1Hex.test(value)) return undefined;
  const bytes = new Uint8Array(20);
  for (let index = 0; index < 20; index++) bytes[index] = Number.parseInt(value.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/** Options of {@link verifyAndParseOnfido}: the token(s), the legacy opt-in, and every parse option. */
export interface VerifyAndParseOnfidoOptions extends VerifyAndParseOptions, VerifyOnfidoSignatureOptions {}

function signedOnfido(options: VerifyAndParseOnfidoOptions): SignedKind<OnfidoCallback> {
  let legacy = false;
  if (typeof options === 'object' && options !== null) {
    try {
      legacy = options.acceptLegacySha1 === true;
    } catch {
      throw new TypeError('Reading options.acceptLegacySha1 threw');
    }
  }
  return {
    kind: 'onfido',
    headerNames: legacy ? `${header} or ${legacyHeader}` : header,
    verify: (body, signature, key) => verifyOnfidoSignature(body, signature, key, { acceptLegacySha1: legacy }),
    safeParse: (body, parseOptions) => onfidoDefinition.safeParse(body, parseOptions),
  };
}

/**
 * Checks the `X-SHA2-Signature` header (see {@link verifyOnfidoSignature}), then parses the same
 * bytes (see `parseOnfido`). A failed check is the error `invalid_signature`, and the body is not
 * parsed; a body whose signature is right but which is not JSON is `malformed_body`.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the webhook's token, or a list of tokens), `acceptLegacySha1`, and every parse option
 * @returns a promise of the event; it rejects only with a {@link KycWebhookError}
 *   (`invalid_signature`, or any parse error)
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the token is invalid
 *
 * @example
 * ```ts
 * const event = await verifyAndParseOnfido(await request.arrayBuffer(), request.headers, { key: ONFIDO_WEBHOOK_TOKEN });
 * ```
 */
export function verifyAndParseOnfido(body: RawBody, signature: SignatureSource, options: VerifyAndParseOnfidoOptions): Promise<OnfidoCallback> {
  return verifyThenParse(signedOnfido(options), body, signature, options);
}

/**
 * As {@link verifyAndParseOnfido}, but resolves to `{ success: true, data }` or
 * `{ success: false, error }` and never rejects, for any body and any header.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the webhook's token, or a list of tokens), `acceptLegacySha1`, and every parse option
 * @returns a promise of the parse result; a failed check is the error `invalid_signature`, whose
 *   issue code is `missing_signature`, `malformed_signature` or `signature_mismatch`
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the token is invalid
 */
export function safeVerifyAndParseOnfido(body: RawBody, signature: SignatureSource, options: VerifyAndParseOnfidoOptions): Promise<ParseResult<OnfidoCallback>> {
  return safeVerifyThenParse(signedOnfido(options), body, signature, options);
}
