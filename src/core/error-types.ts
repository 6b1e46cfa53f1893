// The error's types, with no runtime code: `kyc-webhooks/types` re-exports them, and the runtime
// class in errors.ts implements the interface.

// The one name core takes from above it, as a type only (erased from every build): the union of the
// registry's kinds, so a kind added there is a kind errors can name.
import type { KycCallbackKind } from '../kinds.js';

export type { KycCallbackKind };

/**
 * The kind an error names: a callback kind, or `'unknown'` on an error of `parseKycWebhook` for a
 * body whose kind it could not tell (every error of a kind's own parser names that kind).
 */
export type KycWebhookErrorKind = KycCallbackKind | 'unknown';

/**
 * Why a body was rejected.
 *
 * - `malformed_body`: the body is not decodable at all (wrong input type, invalid UTF-8, a malformed
 *   percent escape, a repeated form field, invalid JSON inside a field).
 * - `invalid_payload`: the body decodes, but a field is missing or has the wrong type or format.
 * - `unknown_variant`: the discriminant (e.g. `verificationStatus`) holds a value this version does not
 *   know; the value is on {@link KycWebhookError.variant}.
 * - `body_too_large`: the body is longer than `maxBytes`.
 * - `too_many_fields`: the form body has more fields than `maxFields`.
 * - `nesting_too_deep`: a JSON value nests deeper than `maxDepth`.
 * - `too_many_items`: a JSON array holds more items than `maxItems`.
 * - `invalid_options`: not the body's fault: an option is invalid (a limit that is not a
 *   non-negative integer or `Infinity`, a getter that throws).
 * - `internal_error`: not the body's fault: the library failed (a bug, or zod overflowing the
 *   stack); the body may be valid. Answer it as a server error, not as a bad request.
 * - `unknown_kind`: from `parseKycWebhook` only: the body is no callback kind this version knows
 *   (its shape and headers match none, or more than one); the error's `kind` is `'unknown'`.
 * - `invalid_signature`: from `verifyAndParse*` only: the signature check failed (its issue says
 *   whether the header was missing, malformed or did not match), so the body was not parsed.
 */
export type KycWebhookErrorCode =
  | 'malformed_body'
  | 'invalid_payload'
  | 'unknown_variant'
  | 'body_too_large'
  | 'too_many_fields'
  | 'nesting_too_deep'
  | 'too_many_items'
  | 'invalid_options'
  | 'internal_error'
  | 'unknown_kind'
  | 'invalid_signature';

/**
 * What an issue reports: one of zod's issue codes, or one of the library's own. Like zod's, the set
 * grows in minor versions, so end a `switch` over it with a `default`.
 */
export type KycWebhookIssueCode =
  // zod's (`custom` only from a schema a caller composed with ours)
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'unrecognized_keys'
  | 'too_big'
  | 'too_small'
  | 'not_multiple_of'
  | 'custom'
  // the library's own
  | 'invalid_utf8'
  | 'invalid_percent_encoding'
  | 'invalid_string'
  | 'duplicate_key'
  | 'invalid_json'
  | 'unsupported_body_type'
  | 'invalid_field_type'
  | 'unreadable_body'
  | 'unknown_variant'
  | 'body_too_large'
  | 'too_many_fields'
  | 'nesting_too_deep'
  | 'too_many_items'
  | 'number_out_of_range'
  | 'invalid_option'
  | 'internal_error'
  | 'more_issues'
  | 'unknown_kind'
  // from verifyAndParse* and the HTTP handlers only
  | 'missing_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  // from the HTTP handlers only: a Jumio request from an address not in Jumio's list
  | 'address_not_allowed'
  // from serialize* only
  | 'not_json_data'
  | 'unreadable_callback'
  | 'not_round_trip';

/**
 * One problem found in a body: where it is, what kind it is, and a message that names expected
 * types and formats but never a received value.
 */
export interface KycWebhookIssue {
  /** Field names (schema keys only, never keys taken from the body) and array indices. */
  readonly path: readonly (string | number)[];
  /** A stable, machine-readable code, e.g. `invalid_type`, `duplicate_key`, `invalid_json`. */
  readonly code: KycWebhookIssueCode;
  /** A human-readable message that never contains a value from the body. */
  readonly message: string;
}

/** What {@link KycWebhookError.toJSON} returns: plain, value-free JSON data. */
export interface KycWebhookErrorJSON {
  readonly name: 'KycWebhookError';
  readonly code: KycWebhookErrorCode;
  readonly kind: KycWebhookErrorKind;
  readonly message: string;
  readonly issues: readonly KycWebhookIssue[];
}

/**
 * The only error the library throws or returns: a code, the callback kind, and issues with paths and
 * value-free messages, so it is safe to log. `instanceof KycWebhookError` (the class exported by
 * `kyc-webhooks`) holds for every one, across the ESM and CJS builds and copies of the package.
 */
export interface KycWebhookError extends Error {
  readonly name: 'KycWebhookError';
  /** Why the body was rejected. */
  readonly code: KycWebhookErrorCode;
  /** Which callback kind was being parsed (`'unknown'`: `parseKycWebhook` could not tell). */
  readonly kind: KycWebhookErrorKind;
  /** Every problem found, each with a path and a value-free message. */
  readonly issues: readonly KycWebhookIssue[];
  /**
   * With `unknown_variant`: the discriminant value the body carried. It is the one value from the
   * body an error holds, and appears in no rendering of the error, so log it on purpose.
   */
  readonly variant: string | undefined;
  /** @returns the error as plain, value-free JSON data */
  toJSON(): KycWebhookErrorJSON;
}
