/**
 * The callback kinds the library parses; every error names the one it came from.
 */
export type KycProvider = 'jumio-netverify' | 'jumio-doc-verification' | 'idenfy' | 'shufti';

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
 *   non-negative integer or `Infinity`, a getter that throws), or the `compile` option threw.
 * - `internal_error`: not the body's fault: the library failed (a bug, or zod overflowing the
 *   stack); the body may be valid. Answer it as a server error, not as a bad request.
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
  | 'internal_error';

/**
 * One problem found in a body: where it is, what kind it is, and a message that names expected
 * types and formats but never a received value.
 */
export interface KycWebhookIssue {
  /** Field names (schema keys only, never keys taken from the body) and array indices. */
  readonly path: readonly (string | number)[];
  /** A stable, machine-readable code, e.g. `invalid_type`, `duplicate_key`, `invalid_json`. */
  readonly code: string;
  /** A human-readable message that never contains a value from the body. */
  readonly message: string;
}

const brand = Symbol.for('kyc-webhooks.KycWebhookError');

/**
 * The only error the library throws. It carries a code, the provider, and issues with paths and
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
export class KycWebhookError extends Error {
  override readonly name = 'KycWebhookError';
  /** Why the body was rejected. */
  readonly code: KycWebhookErrorCode;
  /** Which callback kind was being parsed. */
  readonly provider: KycProvider;
  /** Every problem found, each with a path and a value-free message. */
  readonly issues: readonly KycWebhookIssue[];
  readonly #variant: string | undefined;

  /**
   * @param code - why the body was rejected
   * @param provider - the callback kind being parsed
   * @param issues - the problems found; their messages must not contain values from the body
   * @param variant - with `unknown_variant`, the discriminant value received
   */
  constructor(
    code: KycWebhookErrorCode,
    provider: KycProvider,
    issues: readonly KycWebhookIssue[],
    variant?: string,
  ) {
    super(formatMessage(provider, issues));
    this.code = code;
    this.provider = provider;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: [...issue.path] })));
    Object.defineProperty(this, brand, { value: true });
    this.#variant = variant;
  }

  /**
   * With `unknown_variant`: the discriminant value the body carried. It is the one value from the
   * body an error holds; it is kept in a private field and appears in no rendering of the error
   * (not even `util.inspect` with `showHidden`), so log it on purpose.
   */
  get variant(): string | undefined {
    return this.#variant;
  }

  /**
   * @returns the error as plain, value-free JSON data: name, code, provider, message and issues
   */
  toJSON(): {
    name: string;
    code: KycWebhookErrorCode;
    provider: KycProvider;
    message: string;
    issues: readonly KycWebhookIssue[];
  } {
    return { name: this.name, code: this.code, provider: this.provider, message: this.message, issues: this.issues };
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && brand in value;
  }
}

const shownIssues = 3;

function formatMessage(provider: KycProvider, issues: readonly KycWebhookIssue[]): string {
  // A final `more_issues` issue, which says how many were left out, is counted but never shown.
  const shown = issues.filter((issue) => issue.code !== 'more_issues').slice(0, shownIssues).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length} more)` : '';
  return `Invalid ${provider} callback: ${shown.join('; ')}${more}`;
}
