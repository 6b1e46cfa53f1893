import type {
  KycWebhookErrorKind,
  KycWebhookErrorCode,
  KycWebhookErrorJSON,
  KycWebhookError as KycWebhookErrorFields,
  KycWebhookIssue,
} from './error-types.js';

export type { KycCallbackKind, KycWebhookErrorKind, KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookIssue, KycWebhookIssueCode } from './error-types.js';

const brand = Symbol.for('kyc-webhooks.KycWebhookError');

/** The discriminant value of each `unknown_variant` error, kept off the error object itself. */
const variants = new WeakMap<object, string>();

// util.inspect with `showHidden` lists, and with `getters` calls, the accessors of every prototype
// up to the first whose constructor has a built-in's name: the getter sits on such a prototype, so
// no rendering reaches it. (A `#private` field would show, and would make the class nominal.)
class VariantHolder extends Error {
  // A string, not the class's own name, so minifiers keep it.
  static override readonly name = 'Error';

  /**
   * With `unknown_variant`: the discriminant value the body carried. It is the one value from the
   * body an error holds; it appears in no rendering of the error (not even `util.inspect` with
   * `showHidden` and `getters`), so log it on purpose.
   */
  get variant(): string | undefined {
    return variants.get(this);
  }
}

/**
 * The only error the library throws. It carries a code, the callback kind, and issues with paths and
 * value-free messages, so it is safe to log: no rendering of it (`message`, `String()`,
 * `JSON.stringify`, `util.inspect`) contains a value from the body.
 *
 * `instanceof KycWebhookError` holds across the ESM and CJS builds and across copies of the package.
 *
 * @example
 * ```ts
 * try {
 *   parseJumioNetverify(body);
 * } catch (error) {
 *   if (error instanceof KycWebhookError && error.code === 'unknown_variant') {
 *     logger.warn({ status: error.variant }, 'new Jumio status'); // acknowledge, then look at it
 *   }
 * }
 * ```
 */
export class KycWebhookError extends VariantHolder implements KycWebhookErrorFields {
  override readonly name = 'KycWebhookError';
  /** Why the body was rejected. */
  readonly code: KycWebhookErrorCode;
  /** Which callback kind was being parsed (`'unknown'`: `parseKycWebhook` could not tell). */
  readonly kind: KycWebhookErrorKind;
  /** Every problem found, each with a path and a value-free message. */
  readonly issues: readonly KycWebhookIssue[];

  /**
   * @param code - why the body was rejected
   * @param kind - the callback kind being parsed, or `'unknown'` for a body of no known kind
   * @param issues - the problems found; their messages must not contain values from the body
   * @param variant - with `unknown_variant`, the discriminant value received
   */
  constructor(
    code: KycWebhookErrorCode,
    kind: KycWebhookErrorKind,
    issues: readonly KycWebhookIssue[],
    variant?: string,
  ) {
    super(formatMessage(kind, issues));
    this.code = code;
    this.kind = kind;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: [...issue.path] })));
    Object.defineProperty(this, brand, { value: true });
    if (variant !== undefined) variants.set(this, variant);
  }

  /**
   * @returns the error as plain, value-free JSON data: name, code, kind, message and issues
   */
  toJSON(): KycWebhookErrorJSON {
    return { name: this.name, code: this.code, kind: this.kind, message: this.message, issues: this.issues };
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && brand in value;
  }
}

const shownIssues = 3;

function formatMessage(kind: KycWebhookErrorKind, issues: readonly KycWebhookIssue[]): string {
  // A final `more_issues` issue, which says how many were left out, is counted but never shown.
  const shown = issues.filter((issue) => issue.code !== 'more_issues').slice(0, shownIssues).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length} more)` : '';
  return `Invalid ${kind} callback: ${shown.join('; ')}${more}`;
}
