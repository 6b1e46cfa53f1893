// A token in the callback URL you give Jumio, since Jumio signs nothing: an HMAC-SHA256 over the URL's
// path and query and an optional reference, with a key id for rotation. Web Crypto only.
import { keyBytes, ownBytes, parseHexSignature, subtleCrypto, toHex, type Subtle, type SignatureFailure } from '../core/signature.js';

/** The query parameter that carries the token. */
export const jumioCallbackTokenParameter = 'callback_token';
/** The query parameter that carries the key id, when one was given. */
export const jumioCallbackKeyIdParameter = 'callback_key_id';

/** Options of {@link signJumioCallbackUrl}. */
export interface SignJumioCallbackUrlOptions {
  /** The secret the token is made with (keep it out of the URL, your logs and Jumio's hands). */
  readonly key: string | Uint8Array;
  /** A name for the key, put in the URL so {@link verifyJumioCallbackUrl} can pick it while you rotate keys. */
  readonly keyId?: string;
  /**
   * Something the callback will carry that the token should be bound to (your
   * `customerInternalReference`, say), so a URL made for one transaction is no good for another.
   * It is not put in the URL; pass the same value when verifying.
   */
  readonly reference?: string;
}

/** Options of {@link verifyJumioCallbackUrl}. */
export interface VerifyJumioCallbackUrlOptions {
  /** The key, or every key still accepted by key id (`{ '2026-11': oldKey, '2026-12': newKey }`). */
  readonly key: string | Uint8Array | Readonly<Record<string, string | Uint8Array>>;
  /** The reference the URL was signed with, if any. */
  readonly reference?: string;
}

/** A valid callback URL token: the key id it was made with (`undefined` when none was given). */
export interface JumioCallbackUrlMatch {
  readonly valid: true;
  readonly keyId: string | undefined;
}

/** What {@link verifyJumioCallbackUrl} resolves to. */
export type JumioCallbackUrlResult = JumioCallbackUrlMatch | SignatureFailure;

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Adds a token to the callback URL you give Jumio (`callbackUrl`), so a callback can be told from a
 * forged request: Jumio signs nothing, and repeats the URL as given. The token is an HMAC-SHA256 over
 * the URL's path and query (not the scheme and host, which proxies rewrite), the key id and the
 * reference.
 *
 * @param url - the callback URL, absolute
 * @param options - the key, and optionally a key id and a reference
 * @returns a promise of the URL with `callback_token` (and `callback_key_id`) added
 * @throws TypeError, synchronously, when the URL cannot be parsed or the key is empty or of the wrong type
 *
 * @example
 * ```ts
 * const callbackUrl = await signJumioCallbackUrl('https://example.com/webhooks/jumio', { key: CALLBACK_SECRET, keyId: '2026-12', reference: userId });
 * ```
 */
export function signJumioCallbackUrl(url: string | URL, options: SignJumioCallbackUrlOptions): Promise<string> {
  const parsed = new URL(String(url));
  const [key] = keyBytes(options.key);
  const keyId = options.keyId;
  const reference = options.reference ?? '';
  if (keyId !== undefined && typeof keyId !== 'string') throw new TypeError('The keyId must be a string');
  if (typeof reference !== 'string') throw new TypeError('The reference must be a string');
  const subtle = subtleCrypto();
  parsed.searchParams.delete(jumioCallbackTokenParameter);
  parsed.searchParams.delete(jumioCallbackKeyIdParameter);
  if (keyId !== undefined) parsed.searchParams.set(jumioCallbackKeyIdParameter, keyId);
  return tokenOf(subtle, key as Uint8Array, parsed, reference).then((token) => {
    parsed.searchParams.set(jumioCallbackTokenParameter, toHex(token));
    return parsed.href;
  });
}

/**
 * Checks the token {@link signJumioCallbackUrl} put in a callback URL, in constant time
 * (`crypto.subtle.verify('HMAC', …)`).
 *
 * @param url - the URL the request was made to, absolute or as a path with its query (Express's `req.originalUrl`)
 * @param options - the key (or the keys by key id), and the reference if the URL was signed with one
 * @returns a promise of `{ valid: true, keyId }` or `{ valid: false, reason }`: `missing` (no token),
 *   `malformed` (not 64 hex digits, sent twice, or a URL that does not parse), `mismatch` (a wrong
 *   token, or a key id with no key). It never rejects.
 * @throws TypeError, synchronously, when a key is empty or of the wrong type
 *
 * @example
 * ```ts
 * const check = await verifyJumioCallbackUrl(req.originalUrl, { key: CALLBACK_SECRET });
 * if (!check.valid) return res.sendStatus(401);
 * ```
 */
export function verifyJumioCallbackUrl(url: unknown, options: VerifyJumioCallbackUrlOptions): Promise<JumioCallbackUrlResult> {
  const keys = keysById(options.key);
  const reference = options.reference ?? '';
  if (typeof reference !== 'string') throw new TypeError('The reference must be a string');
  const subtle = subtleCrypto();
  let parsed: URL;
  try {
    parsed = new URL(String(url), 'http://localhost');
  } catch {
    return Promise.resolve({ valid: false, reason: 'malformed' });
  }
  const tokens = parsed.searchParams.getAll(jumioCallbackTokenParameter);
  const keyIds = parsed.searchParams.getAll(jumioCallbackKeyIdParameter);
  if (tokens.length === 0) return Promise.resolve({ valid: false, reason: 'missing' });
  const expected = tokens.length === 1 && keyIds.length <= 1 ? parseHexSignature(tokens[0]) : undefined;
  if (expected === undefined) return Promise.resolve({ valid: false, reason: 'malformed' });
  const keyId = keyIds[0];
  const key = keys instanceof Map ? (keyId === undefined ? undefined : keys.get(keyId)) : keys;
  if (key === undefined) return Promise.resolve({ valid: false, reason: 'mismatch' });
  parsed.searchParams.delete(jumioCallbackTokenParameter);
  return subtle
    .importKey('raw', ownBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    .then((imported) => subtle.verify('HMAC', imported, ownBytes(expected), message(parsed, reference)))
    .then(
      (valid): JumioCallbackUrlResult => (valid ? { valid: true, keyId } : { valid: false, reason: 'mismatch' }),
      (): JumioCallbackUrlResult => ({ valid: false, reason: 'mismatch' }),
    );
}

function keysById(key: VerifyJumioCallbackUrlOptions['key']): Uint8Array | Map<string, Uint8Array> {
  if (typeof key === 'string' || ArrayBuffer.isView(key)) return keyBytes(key as string | Uint8Array)[0] as Uint8Array;
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new TypeError('The key must be a string, a Uint8Array, or a record of them by key id');
  const entries = Object.entries(key);
  if (entries.length === 0) throw new TypeError('The key record is empty: pass at least one key');
  return new Map(entries.map(([id, value]) => [id, keyBytes(value)[0] as Uint8Array]));
}

async function tokenOf(subtle: Subtle, key: Uint8Array, url: URL, reference: string): Promise<Uint8Array> {
  const imported = await subtle.importKey('raw', ownBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', imported, message(url, reference)));
}

/** What the token signs: a version, the path and query without the token, and the reference. */
function message(url: URL, reference: string): Uint8Array<ArrayBuffer> {
  return ownBytes(encoder.encode(`kyc-webhooks jumio callback v1\n${url.pathname}${url.search}\n${reference}`));
}
