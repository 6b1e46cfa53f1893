// iDenfy's `Idenfy-Signature`: the hex HMAC-SHA256 of the raw body, checked with Web Crypto.
import type { RawBody } from '../core/body.js';
import type { ParseResult } from '../core/result.js';
import { bodyBytes, keyBytes, ownBytes, parseHexSignature, readHeader, subtleCrypto, type SignatureResult, type Subtle, type SignatureSource, type SigningKeys } from '../core/signature.js';
import { safeVerifyThenParse, verifyThenParse, type SignedKind, type VerifyAndParseOptions } from '../core/verified-parse.js';
import { idenfyDefinition } from './schema.js';
import type { IdenfyCallback } from './types.js';

/** The header iDenfy signs with. */
const header = 'Idenfy-Signature';

/**
 * Checks iDenfy's `Idenfy-Signature` header: the lowercase hex HMAC-SHA256 of the raw body, keyed
 * with the signing key set for the webhook in iDenfy's dashboard (older accounts: the API secret).
 * Uses Web Crypto (`crypto.subtle.verify('HMAC', …)`, constant-time), so it runs on every runtime.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer`, or a `string`
 *   (checked as its UTF-8). Never a parsed or re-serialized body.
 * @param signature - the header's value, or the request's headers (a Web `Headers` or Node's
 *   `req.headers`), where `Idenfy-Signature` is looked up case-insensitively
 * @param key - the signing key, or a list of keys while you rotate them
 * @returns a promise of `{ valid: true, keyIndex }` or `{ valid: false, reason }` (`missing`,
 *   `malformed`: not 64 hex digits, nothing hashed; `mismatch`). It never rejects.
 * @throws TypeError, synchronously, when the body is not a string or bytes (a parsed object), or a
 *   key is empty or not a `string` or `Uint8Array`
 *
 * @example
 * ```ts
 * const raw = await request.arrayBuffer();
 * const check = await verifyIdenfySignature(raw, request.headers, IDENFY_SIGNING_KEY);
 * if (!check.valid) return new Response(null, { status: 401 });
 * ```
 */
export function verifyIdenfySignature(body: RawBody, signature: SignatureSource, key: SigningKeys): Promise<SignatureResult> {
  const bytes = bodyBytes(body);
  const keys = keyBytes(key);
  const subtle = subtleCrypto();
  const value = readHeader(signature, header);
  if (!value.present) return Promise.resolve({ valid: false, reason: 'missing' });
  const expected = parseHexSignature(value.value);
  if (expected === undefined) return Promise.resolve({ valid: false, reason: 'malformed' });
  return check(subtle, ownBytes(bytes), keys, expected);
}

async function check(subtle: Subtle, data: Uint8Array<ArrayBuffer>, keys: Uint8Array[], expected: Uint8Array<ArrayBuffer>): Promise<SignatureResult> {
  for (const [keyIndex, key] of keys.entries()) {
    const imported = await subtle.importKey('raw', ownBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    if (await subtle.verify('HMAC', imported, expected, data)) return { valid: true, keyIndex };
  }
  return { valid: false, reason: 'mismatch' };
}

const signedIdenfy: SignedKind<IdenfyCallback> = {
  kind: 'idenfy',
  headerNames: header,
  verify: verifyIdenfySignature,
  safeParse: (body, options) => idenfyDefinition.safeParse(body, options),
};

/**
 * Checks the `Idenfy-Signature` header (see {@link verifyIdenfySignature}), then parses the same
 * bytes (see `parseIdenfy`). A failed check is the error `invalid_signature`, and the body is not parsed.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the signing key, or a list while you rotate), and every parse option
 * @returns a promise of the callback; it rejects only with a {@link KycWebhookError}
 *   (`invalid_signature`, or any parse error)
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the key is invalid
 *
 * @example
 * ```ts
 * const callback = await verifyAndParseIdenfy(await request.arrayBuffer(), request.headers, { key: IDENFY_SIGNING_KEY });
 * ```
 */
export function verifyAndParseIdenfy(body: RawBody, signature: SignatureSource, options: VerifyAndParseOptions): Promise<IdenfyCallback> {
  return verifyThenParse(signedIdenfy, body, signature, options);
}

/**
 * As {@link verifyAndParseIdenfy}, but resolves to `{ success: true, data }` or
 * `{ success: false, error }` and never rejects, for any body and any header.
 *
 * @param body - the raw body exactly as received: `Uint8Array`, `ArrayBuffer` or `string`
 * @param signature - the header's value, or the request's headers
 * @param options - `key` (the signing key, or a list while you rotate), and every parse option
 * @returns a promise of the parse result; a failed check is the error `invalid_signature`, whose
 *   issue code is `missing_signature`, `malformed_signature` or `signature_mismatch`
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the key is invalid
 */
export function safeVerifyAndParseIdenfy(body: RawBody, signature: SignatureSource, options: VerifyAndParseOptions): Promise<ParseResult<IdenfyCallback>> {
  return safeVerifyThenParse(signedIdenfy, body, signature, options);
}
