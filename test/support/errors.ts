import { expect } from 'vitest';
import { KycWebhookError, type KycWebhookIssue, type ParseResult } from '../../src/index.js';
import { isDocumentedCode } from './rejections.js';

/**
 * Checks what every failed result must hold: a {@link KycWebhookError} with a code the README
 * documents, and at least one issue.
 *
 * @param result - a safe parse's result
 * @returns the error, or undefined on a success
 */
export function rejectionOf(result: ParseResult<unknown>): KycWebhookError | undefined {
  if (result.success) return undefined;
  expect(result.error).toBeInstanceOf(KycWebhookError);
  expect(isDocumentedCode(result.error.code), result.error.code).toBe(true);
  expect(result.error.issues.length).toBeGreaterThan(0);
  return result.error;
}

/**
 * @param safeParse - a safe parse function
 * @returns `errorOf(body, options)`: the error its result holds; throws when the body is accepted
 */
export function errorFinder<B, O>(safeParse: (body: B, options?: O) => ParseResult<unknown>): (body: B, options?: O) => KycWebhookError {
  return (body, options) => {
    const error = rejectionOf(safeParse(body, options));
    if (error === undefined) throw new Error('expected the body to be rejected');
    return error;
  };
}

/**
 * @param result - a safe parse's result that must be a failure
 * @returns its issues
 */
export function issuesOf(result: ParseResult<unknown>): readonly KycWebhookIssue[] {
  const error = rejectionOf(result);
  if (error === undefined) throw new Error('expected the body to be rejected');
  return error.issues;
}
