import type { FormBody } from '../../core/form.js';
import type { ParseOptions } from '../../core/options.js';
import type { ParseResult } from '../../core/result.js';
import { schemaOf } from '../../core/define.js';
import type * as z from '../../core/zod.js';
import { jumioNetverifyDefinition } from './schema.js';
import type { JumioNetverifyCallback } from './types.js';

export {
  jumioFraudRejectReasons,
  jumioNetverifyStatuses,
  jumioNotReadableRejectReasons,
  jumioRejectReasonDetails,
} from './enumerations.js';

/**
 * The Netverify schema (zod 4, and so a Standard Schema): from the form fields, as a record of
 * strings, to a {@link JumioNetverifyCallback}; `z.encode` runs it backwards. Use it where a
 * framework validates for you (tRPC, Hono); elsewhere prefer {@link parseJumioNetverify}, which
 * also decodes the raw body and turns failures into value-free {@link KycWebhookError}s.
 * Built on first use, with the default options.
 */
export const jumioNetverifySchema: z.ZodType<JumioNetverifyCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(jumioNetverifyDefinition);

// Parse and serialize

/**
 * Parses a Jumio Netverify callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback, typed by its `verificationStatus`
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseJumioNetverify(await request.text());
 * if (callback.verificationStatus === 'APPROVED_VERIFIED') {
 *   await approve(callback.jumioIdScanReference, callback.identityVerification?.similarity);
 * }
 * ```
 */
export function parseJumioNetverify(body: FormBody, options?: ParseOptions | null): JumioNetverifyCallback {
  return jumioNetverifyDefinition.parse(body, options);
}

/**
 * Parses a Jumio Netverify callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseJumioNetverify(body);
 * if (!result.success) return reply.status(400).send({ code: result.error.code });
 * ```
 */
export function safeParseJumioNetverify(body: FormBody, options?: ParseOptions | null): ParseResult<JumioNetverifyCallback> {
  return jumioNetverifyDefinition.safeParse(body, options);
}

/**
 * Writes a Netverify callback back as a form body: JSON fields as JSON strings, `null` as `N/A`,
 * booleans as `TRUE`/`FALSE`, unknown fields as they came; non-ASCII text is written as UTF-8, not
 * percent-encoded. Parsing the result with the same options gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the `application/x-www-form-urlencoded` body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeJumioNetverify(callback: JumioNetverifyCallback, options?: ParseOptions | null): string {
  return jumioNetverifyDefinition.serialize(callback, options);
}
