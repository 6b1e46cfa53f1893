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

/** The most issues an error lists. */
export const maxIssues = 100;
/** The most characters of JSON the listed issues take, so that `JSON.stringify(error)` stays under 16 KB. */
const maxIssueCharacters = 12_000;

/**
 * Turns the raw issues of a failed run into the error's code and its issues: at most
 * {@link maxIssues} of them, finalized (only those listed are), and when some are left out, a last
 * issue with the code `more_issues` that says how many, or that the check stopped early.
 *
 * @param raw - the raw issues of the run
 * @param complete - whether the run checked everything (or stopped at the first problem)
 * @param finalize - turns a raw issue into a value-free one
 * @returns our issues (custom codes unwrapped) and the error code they add up to
 */
export function reportIssues(
  raw: readonly z.core.$ZodRawIssue[],
  complete: boolean,
  finalize: (issue: z.core.$ZodRawIssue) => z.core.$ZodIssue,
): { code: KycWebhookErrorCode; issues: KycWebhookIssue[] } {
  let code: KycWebhookErrorCode = 'invalid_payload';
  for (const issue of raw) {
    const issueCode = codeOf(issue);
    if (issueCode === 'nesting_too_deep' || issueCode === 'too_many_fields' || issueCode === 'too_many_items') code = issueCode;
    else if ((issueCode === 'invalid_json' || issueCode === 'duplicate_key' || issueCode === 'number_out_of_range') && code === 'invalid_payload') {
      code = 'malformed_body';
    }
  }
  const issues: KycWebhookIssue[] = [];
  let characters = 0;
  for (const issue of raw) {
    if (issues.length === maxIssues) break;
    const finalized = finalize(issue);
    const path = finalized.path.filter((key): key is string | number => typeof key !== 'symbol');
    const ours: KycWebhookIssue = { path, code: codeOf(finalized), message: finalized.message };
    characters += JSON.stringify(ours).length + 1;
    if (characters > maxIssueCharacters) break;
    issues.push(ours);
  }
  const left = raw.length - issues.length;
  if (left > 0 || !complete) {
    const message = complete
      ? `${left} more issue(s) not listed`
      : 'Checked up to the first problem only (a large body, or serialize): there may be more';
    issues.push({ path: [], code: 'more_issues', message });
  }
  return { code, issues };
}

function codeOf(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): KycWebhookIssueCode {
  // A custom issue's code is one `refuse` set, which takes only issue codes.
  const custom = issue.code === 'custom' ? issue.params?.['code'] : undefined;
  return typeof custom === 'string' ? (custom as KycWebhookIssueCode) : (issue.code ?? 'custom');
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
