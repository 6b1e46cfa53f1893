import type { KycWebhookErrorCode, KycWebhookIssue, KycWebhookIssueCode } from './errors.js';

const made = new WeakSet<object>();

/**
 * Thrown by the body decoders and encoders and caught by the parse runner, which turns it into a
 * `KycWebhookError` for the provider at hand. It never escapes the library.
 */
export class WireFailure {
  /**
   * @param code - the error code the failure maps to
   * @param issue - the first (usually the only) issue
   * @param issues - every issue, when there are several
   */
  constructor(
    readonly code: KycWebhookErrorCode,
    readonly issue: KycWebhookIssue,
    readonly issues: readonly KycWebhookIssue[] = [issue],
  ) {
    made.add(this);
  }
}

/**
 * Tells a failure the library threw from anything else, without `instanceof`: that reads the
 * prototype of whatever was thrown, which throws again for a revoked `Proxy`.
 *
 * @param thrown - anything that was thrown
 * @returns whether it is a {@link WireFailure} the library made
 */
export function isWireFailure(thrown: unknown): thrown is WireFailure {
  return typeof thrown === 'object' && thrown !== null && made.has(thrown);
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
