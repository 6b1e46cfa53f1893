import type { KycWebhookErrorCode, KycWebhookIssue, KycWebhookIssueCode } from './errors.js';

/**
 * Thrown by the body decoders and encoders and caught by the parse runner, which turns it into a
 * `KycWebhookError` for the provider at hand. It never escapes the library.
 */
export class WireFailure {
  constructor(
    readonly code: KycWebhookErrorCode,
    readonly issue: KycWebhookIssue,
  ) {}
}

/**
 * @param code - the error code the failure maps to
 * @param issueCode - the issue's machine-readable code
 * @param message - a value-free message
 * @returns a failure with an issue at the root path
 */
export function wireFailure(code: KycWebhookErrorCode, issueCode: KycWebhookIssueCode, message: string): WireFailure {
  return new WireFailure(code, { path: [], code: issueCode, message });
}
