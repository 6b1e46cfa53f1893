// Shufti Pro's `Signature` / `sp_signature`: a plain SHA-256 (not an HMAC) of the raw body followed by
// the secret key (v1.3) or by the hex SHA-256 of the secret key (current), checked with Web Crypto.
import type { RawBody } from '../core/body.js';
import type { ParseResult } from '../core/result.js';
import {
  bodyBytes,
  concatBytes,
  equalBytes,
  keyBytes,
  parseHexSignature,
  readHeader,
  subtleCrypto,
  toHex,
  type Subtle,
  type SignatureMatch,
  type SignatureResult,
  type SignatureSource,
  type SigningKeys,
} from '../core/signature.js';
import { safeVerifyThenParse, verifyThenParse, type SignedKind, type VerifyAndParseOptions } from '../core/verified-parse.js';
import { shuftiDefinition } from './schema.js';
import type { ShuftiCallback } from './types.js';

/**
 * Which of Shufti's documented formulas a signature follows: `hashed-secret` (current documentation:
 * `SHA-256(raw body + hex SHA-256(secret key))`) or `plain-secret` (API v1.3, October 2018, and the
 * Travel Rule page: `SHA-256(raw body + secret key)`).
 */
export type ShuftiSignatureScheme = 'hashed-secret' | 'plain-secret';

/** A Shufti signature that matched: which key, which header and which formula. */
export interface ShuftiSignatureMatch extends SignatureMatch {
  /** The header that held it; `undefined` when the value itself was passed. */
  readonly header: 'Signature' | 'sp_signature' | undefined;
  /** The formula it follows, so you can see which scheme your account is on. */
  readonly scheme: ShuftiSignatureScheme;
}

const headers = ['Signature', 'sp_signature'] as const;
const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Checks Shufti Pro's signature header: `Signature`, then `sp_signature`. Shufti's documents give
 * two formulas and say nothing of which account gets which, so both are accepted under either
 * header, and the result says which matched. It is a plain SHA-256, not an HMAC: the digest is
 * compared with the header in constant time (Web Crypto, so it runs on every runtime).
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer`, or a `string`
 *   (checked as its UTF-8). Never a parsed or re-serialized body.
 * @param signature - the header's value, or the request's headers (a Web `Headers` or Node's
 *   `req.headers`), looked up case-insensitively
 * @param secretKey - the secret key from Shufti's back office, or a list of keys while you rotate them
 * @returns a promise of `{ valid: true, keyIndex, header, scheme }` or `{ valid: false, reason }`
 *   (`missing`, `malformed`: not 64 hex digits, nothing hashed; `mismatch`). It never rejects.
 * @throws TypeError, synchronously, when the body is not a string or bytes (a parsed object), or a
 *   key is empty or not a `string` or `Uint8Array`
 *
 * @example
 * ```ts
 * const check = await verifyShuftiSignature(await request.arrayBuffer(), request.headers, SHUFTI_SECRET);
 * if (check.valid) logger.info({ scheme: check.scheme }, 'Shufti signature scheme');
 * ```
 */
export function verifyShuftiSignature(body: RawBody, signature: SignatureSource, secretKey: SigningKeys): Promise<SignatureResult<ShuftiSignatureMatch>> {
  const bytes = bodyBytes(body);
  const keys = keyBytes(secretKey);
  const subtle = subtleCrypto();
  const direct = typeof signature === 'string' || typeof signature !== 'object' || signature === null;
  const present = direct
    ? [{ header: undefined, value: readHeader(signature, 'Signature') }]
    : headers.map((header) => ({ header, value: readHeader(signature, header) }));
  const candidates: { header: ShuftiSignatureMatch['header']; expected: Uint8Array }[] = [];
  for (const { header, value } of present) {
    if (!value.present) continue;
    const expected = parseHexSignature(value.value);
    if (expected !== undefined) candidates.push({ header, expected });
    else candidates.push({ header, expected: new Uint8Array(0) });
  }
  if (candidates.length === 0) return Promise.resolve({ valid: false, reason: 'missing' });
  const wellFormed = candidates.filter(({ expected }) => expected.byteLength === 32);
  if (wellFormed.length === 0) return Promise.resolve({ valid: false, reason: 'malformed' });
  return check(subtle, bytes, keys, wellFormed);
}

async function check(
  subtle: Subtle,
  body: Uint8Array,
  keys: Uint8Array[],
  candidates: { header: ShuftiSignatureMatch['header']; expected: Uint8Array }[],
): Promise<SignatureResult<ShuftiSignatureMatch>> {
  for (const [keyIndex, key] of keys.entries()) {
    const hashedSecret = encoder.encode(toHex(await sha256(subtle, key)));
    const digests: [ShuftiSignatureScheme, Uint8Array][] = [
      ['hashed-secret', await sha256(subtle, body, hashedSecret)],
      ['plain-secret', await sha256(subtle, body, key)],
    ];
    for (const { header, expected } of candidates) {
      for (const [scheme, digest] of digests) {
        if (equalBytes(digest, expected)) return { valid: true, keyIndex, header, scheme };
      }
    }
  }
  return { valid: false, reason: 'mismatch' };
}

/**
 * @param subtle - Web Crypto
 * @param parts - the bytes to hash, in order
 * @returns the SHA-256 of their concatenation
 */
export async function sha256(subtle: Subtle, ...parts: Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-256', concatBytes(...parts)));
}

const signedShufti: SignedKind<ShuftiCallback> = {
  kind: 'shufti',
  headerNames: 'Signature or sp_signature',
  verify: verifyShuftiSignature,
  safeParse: (body, options) => shuftiDefinition.safeParse(body, options),
};

/**
 * Checks Shufti's signature (see {@link verifyShuftiSignature}), then parses the same bytes (see
 * `parseShufti`). A failed check is the error `invalid_signature`, and the body is not parsed.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the secret key, or a list while you rotate), and every parse option
 * @returns a promise of the callback; it rejects only with a {@link KycWebhookError}
 *   (`invalid_signature`, or any parse error)
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the key is invalid
 *
 * @example
 * ```ts
 * const callback = await verifyAndParseShufti(await request.arrayBuffer(), request.headers, { key: SHUFTI_SECRET });
 * ```
 */
export function verifyAndParseShufti(body: RawBody, signature: SignatureSource, options: VerifyAndParseOptions): Promise<ShuftiCallback> {
  return verifyThenParse(signedShufti, body, signature, options);
}

/**
 * As {@link verifyAndParseShufti}, but resolves to `{ success: true, data }` or
 * `{ success: false, error }` and never rejects, for any body and any header.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the secret key, or a list while you rotate), and every parse option
 * @returns a promise of the parse result; a failed check is the error `invalid_signature`, whose
 *   issue code is `missing_signature`, `malformed_signature` or `signature_mismatch`
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the key is invalid
 */
export function safeVerifyAndParseShufti(body: RawBody, signature: SignatureSource, options: VerifyAndParseOptions): Promise<ParseResult<ShuftiCallback>> {
  return safeVerifyThenParse(signedShufti, body, signature, options);
}
