import type * as z from 'zod';
import type { KycWebhookErrorCode, KycWebhookIssue, KycWebhookIssueCode } from './errors.js';

/**
 * The error map every parse runs with: each message names expected types, formats or documented
 * values, and never a received value or a key taken from the body.
 *
 * @param issue - the raw issue zod raised
 * @returns a value-free message
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Missing (expected ${issue.expected})` : `Expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `Expected ${listValues(issue.values)}`;
    case 'invalid_union':
      return issue.note === 'No matching discriminator' && Array.isArray(issue['options'])
        ? `Expected ${listValues(issue['options'] as unknown[])}`
        : 'Matches none of the accepted shapes';
    case 'unrecognized_keys':
      return `Holds ${issue.keys.length} field(s) this version does not know (strict mode)`;
    case 'invalid_format':
      return `Expected the ${issue.format} format`;
    case 'too_big':
      return `Expected at most ${String(issue.maximum)}`;
    case 'too_small':
      return `Expected at least ${String(issue.minimum)}`;
    default:
      return 'Invalid value';
  }
}

/**
 * Whether a raw issue is about a value the body left out: a required field that is absent (zod runs
 * the field's schema on `undefined`), or an absent discriminant (zod reports it on the object).
 *
 * @param issue - a raw issue of a failed run
 * @returns true when the value at the issue's path is absent
 */
export function isMissing(issue: z.core.$ZodRawIssue): boolean {
  if (issue.input === undefined) return true;
  if (issue.code !== 'invalid_union' || issue.note !== 'No matching discriminator') return false;
  const input = issue.input as Record<string, unknown> | null;
  return typeof input === 'object' && input !== null && input[issue['discriminator'] as string] === undefined;
}

/**
 * Rewrites the issue of an absent value the way zod reports every other absent field, whatever the
 * field's schema (an enumeration, a union, a codec): code `invalid_type`, message `Missing (expected …)`.
 *
 * @param issue - the finalized issue of an absent value
 * @returns the same issue, as a missing field
 */
export function asMissing(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  const { message } = issue;
  if (message.startsWith('Missing')) return issue;
  const expected = message.startsWith('Expected ') ? ` (expected ${message.slice('Expected '.length)})` : '';
  return { code: 'custom', path: issue.path, message: `Missing${expected}`, params: { code: 'invalid_type' } };
}

/**
 * @param issues - the finalized issues of a failed parse
 * @returns our issues (custom codes unwrapped) and the error code they add up to
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): {
  code: KycWebhookErrorCode;
  issues: KycWebhookIssue[];
} {
  let code: KycWebhookErrorCode = 'invalid_payload';
  const ours = issues.map((issue): KycWebhookIssue => {
    // A custom issue's code is one `refuse` set, which takes only issue codes.
    const issueCode = issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as KycWebhookIssueCode) : issue.code;
    if (issueCode === 'nesting_too_deep' || issueCode === 'too_many_fields') code = issueCode;
    else if ((issueCode === 'invalid_json' || issueCode === 'duplicate_key') && code === 'invalid_payload') code = 'malformed_body';
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { path, code: issueCode, message: issue.message };
  });
  return { code, issues: ours };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((value) => JSON.stringify(value)).join(', ');
  const more = values.length > 12 ? `, … (${values.length} in all)` : '';
  return values.length === 1 ? shown : `one of ${shown}${more}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
