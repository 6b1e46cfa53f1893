// Verify, then parse the same bytes: the one runner every signed provider's verifyAndParse* uses.
import type { RawBody } from './body.js';
import type { KycCallbackKind, KycWebhookIssueCode } from './error-types.js';
import { KycWebhookError } from './errors.js';
import type { ParseOptions } from './options.js';
import type { ParseResult } from './result.js';
import { keyHasEdgeWhitespace, type SignatureFailureReason, type SignatureResult, type SignatureSource, type SigningKeys } from './signature.js';

/** Options of every `verifyAndParse*` function: the signing key, and every {@link ParseOptions}. */
export interface VerifyAndParseOptions extends ParseOptions {
  /** The signing key, or a list of keys while you rotate them (see {@link SigningKeys}). */
  readonly key: SigningKeys;
}

/** What a runner needs of a provider: its kind, its header names, its check and its safe parser. */
export interface SignedKind<T> {
  readonly kind: KycCallbackKind;
  readonly headerNames: string;
  readonly verify: (body: RawBody, signature: SignatureSource, key: SigningKeys) => Promise<SignatureResult<{ valid: true; keyIndex: number }>>;
  readonly safeParse: (body: RawBody, options?: ParseOptions | null) => ParseResult<T>;
}

/** The issue code of each reason a signature check fails. */
export const signatureIssueCodes: Readonly<Record<SignatureFailureReason, KycWebhookIssueCode>> = {
  missing: 'missing_signature',
  malformed: 'malformed_signature',
  mismatch: 'signature_mismatch',
};

/**
 * Verifies the signature, then parses the same bytes. A failed check is `invalid_signature` and
 * the body is not parsed.
 *
 * @param signed - the provider
 * @param body - the raw body
 * @param signature - the header value or the request's headers
 * @param options - the key and the parse options
 * @returns a promise of the parse result; it never rejects
 * @throws TypeError, synchronously, when the body is not raw bytes or a string, or the options or key are invalid
 */
export function safeVerifyThenParse<T>(
  signed: SignedKind<T>,
  body: RawBody,
  signature: SignatureSource,
  options: VerifyAndParseOptions,
): Promise<ParseResult<T>> {
  if (typeof options !== 'object' || options === null) throw new TypeError('The options are required: pass { key } (and any parse options)');
  let key: SigningKeys;
  try {
    key = options.key;
  } catch {
    throw new TypeError('Reading options.key threw');
  }
  const verifying = signed.verify(body, signature, key);
  return verifying.then(
    (result): ParseResult<T> => (result.valid ? signed.safeParse(body, options) : { success: false, error: signatureError(signed, result.reason, key) }),
    () => ({ success: false, error: new KycWebhookError('internal_error', signed.kind, [{ path: [], code: 'internal_error', message: 'The signature check failed unexpectedly' }]) }),
  );
}

/**
 * As {@link safeVerifyThenParse}, but resolves to the callback and rejects with the error.
 *
 * @param signed - the provider
 * @param body - the raw body
 * @param signature - the header value or the request's headers
 * @param options - the key and the parse options
 * @returns a promise of the callback; it rejects only with a {@link KycWebhookError}
 * @throws TypeError, synchronously, as {@link safeVerifyThenParse}
 */
export function verifyThenParse<T>(signed: SignedKind<T>, body: RawBody, signature: SignatureSource, options: VerifyAndParseOptions): Promise<T> {
  return safeVerifyThenParse(signed, body, signature, options).then((result) => {
    if (result.success) return result.data;
    throw result.error;
  });
}

function signatureError<T>(signed: SignedKind<T>, reason: SignatureFailureReason, key: SigningKeys): KycWebhookError {
  const message =
    reason === 'missing'
      ? `The request has no signature header (${signed.headerNames})`
      : reason === 'malformed'
        ? 'The signature header is not 64 hexadecimal digits, or was sent more than once'
        : `The signature does not match the body under the key: verify the exact raw bytes received (not a parsed or re-serialized body) with the right key${
            keyHasEdgeWhitespace(key) ? ' (the key starts or ends with whitespace: a secret pasted with a trailing newline?)' : ''
          }`;
  return new KycWebhookError('invalid_signature', signed.kind, [{ path: [], code: signatureIssueCodes[reason], message }]);
}
