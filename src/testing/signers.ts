// Signers: what iDenfy, Shufti and Onfido would send as the signature of a body, for end-to-end handler tests.
import type { RawBody } from '../core/body.js';
import { bodyBytes, keyBytes, ownBytes, subtleCrypto, toHex } from '../core/signature.js';
import { sha256, type ShuftiSignatureScheme } from '../shufti/signature.js';

/**
 * The `Idenfy-Signature` header iDenfy would send with a body: the lowercase hex HMAC-SHA256 of its
 * bytes under the key.
 *
 * @param body - the raw body (a `string` is signed as its UTF-8)
 * @param key - the signing key
 * @returns a promise of the header's value
 * @throws TypeError, synchronously, when the body is not a string or bytes, or the key is empty or of the wrong type
 *
 * @example
 * ```ts
 * const body = buildIdenfyBody('APPROVED');
 * const response = await POST(new Request(url, { method: 'POST', body, headers: { 'Idenfy-Signature': await signIdenfyBody(body, KEY) } }));
 * ```
 */
export function signIdenfyBody(body: RawBody, key: string | Uint8Array): Promise<string> {
  const bytes = ownBytes(bodyBytes(body));
  const [secret] = keyBytes(key);
  const subtle = subtleCrypto();
  return subtle
    .importKey('raw', ownBytes(secret as Uint8Array), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    .then((imported) => subtle.sign('HMAC', imported, bytes))
    .then((signature) => toHex(new Uint8Array(signature)));
}

/** Options of {@link signShuftiBody}. */
export interface SignShuftiBodyOptions {
  /**
   * The formula: `hashed-secret` (the current documentation's, under the `Signature` header) or
   * `plain-secret` (API v1.3's, under `sp_signature`).
   * @defaultValue 'hashed-secret'
   */
  readonly scheme?: ShuftiSignatureScheme;
}

/**
 * The signature Shufti Pro would send with a body: the lowercase hex SHA-256 of the body followed by
 * the hex SHA-256 of the secret key (the current formula), or by the secret key itself (v1.3).
 *
 * @param body - the raw body (a `string` is signed as its UTF-8)
 * @param secretKey - the secret key
 * @param options - the formula; the current one by default
 * @returns a promise of the header's value (send it as `Signature`, or `sp_signature` for v1.3)
 * @throws TypeError, synchronously, when the body is not a string or bytes, the key is empty or of
 *   the wrong type, or the scheme is unknown
 */
export function signShuftiBody(body: RawBody, secretKey: string | Uint8Array, options?: SignShuftiBodyOptions): Promise<string> {
  const bytes = bodyBytes(body);
  const [secret] = keyBytes(secretKey) as [Uint8Array];
  const scheme = options?.scheme ?? 'hashed-secret';
  if (scheme !== 'hashed-secret' && scheme !== 'plain-secret') throw new TypeError('The scheme must be "hashed-secret" or "plain-secret"');
  const subtle = subtleCrypto();
  const suffix = scheme === 'plain-secret' ? Promise.resolve(secret) : sha256(subtle, secret).then((hash) => new TextEncoder().encode(toHex(hash)));
  return suffix.then((tail) => sha256(subtle, bytes, tail)).then(toHex);
}

/** Options of {@link signOnfidoBody}. */
export interface SignOnfidoBodyOptions {
  /**
   * The HMAC's hash: `SHA-256` (the `X-SHA2-Signature` header) or `SHA-1` (the legacy `X-Signature`).
   * @defaultValue 'SHA-256'
   */
  readonly algorithm?: 'SHA-256' | 'SHA-1';
}

/**
 * The signature Onfido would send with a body: the lowercase hex HMAC-SHA256 of its bytes keyed
 * with the webhook's token (or, for the legacy header, HMAC-SHA1).
 *
 * @param body - the raw body (a `string` is signed as its UTF-8)
 * @param token - the webhook's token
 * @param options - the hash; SHA-256 by default
 * @returns a promise of the header's value (send it as `X-SHA2-Signature`, or `X-Signature` for SHA-1)
 * @throws TypeError, synchronously, when the body is not a string or bytes, the token is empty or
 *   of the wrong type, or the algorithm is unknown
 *
 * @example
 * ```ts
 * const body = buildOnfidoBody('check.completed');
 * const response = await POST(new Request(url, { method: 'POST', body, headers: { 'X-SHA2-Signature': await signOnfidoBody(body, TOKEN) } }));
 * ```
 */
export function signOnfidoBody(body: RawBody, token: string | Uint8Array, options?: SignOnfidoBodyOptions): Promise<string> {
  const bytes = ownBytes(bodyBytes(body));
  const [secret] = keyBytes(token) as [Uint8Array];
  const hash = options?.algorithm ?? 'SHA-256';
  if (hash !== 'SHA-256' && hash !== 'SHA-1') throw new TypeError('The algorithm must be "SHA-256" or "SHA-1"');
  const subtle = subtleCrypto() as unknown as {
    importKey(format: 'raw', key: Uint8Array<ArrayBuffer>, algorithm: { name: 'HMAC'; hash: 'SHA-256' | 'SHA-1' }, extractable: false, usages: ['sign']): Promise<object>;
    sign(algorithm: 'HMAC', key: object, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  };
  return subtle
    .importKey('raw', ownBytes(secret), { name: 'HMAC', hash }, false, ['sign'])
    .then((imported) => subtle.sign('HMAC', imported, bytes))
    .then((signature) => toHex(new Uint8Array(signature)));
}
