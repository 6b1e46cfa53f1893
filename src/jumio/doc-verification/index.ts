import type { FormBody } from '../../core/form.js';
import type { ParseOptions } from '../../core/options.js';
import type { ParseResult } from '../../core/result.js';
import { schemaOf } from '../../core/define.js';
import type * as z from '../../core/zod.js';
import { jumioDocVerificationDefinition } from './schema.js';
import type { JumioDocVerificationCallback } from './types.js';

export { jumioDocumentStatuses } from './enumerations.js';

/**
 * The Document Verification schema (zod 4, and so a Standard Schema): from the form fields, as a
 * record of strings, to a {@link JumioDocVerificationCallback}; `z.encode` runs it backwards. Prefer
 * {@link parseJumioDocVerification}, which also decodes the raw body and turns failures into
 * value-free {@link KycWebhookError}s. Built on first use, with the default options.
 */
export const jumioDocVerificationSchema: z.ZodType<JumioDocVerificationCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(jumioDocVerificationDefinition);

// Parse and serialize

/**
 * Parses a Jumio Document Verification callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback; `document.status` narrows its document
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseJumioDocVerification(await request.text());
 * if (callback.document?.status === 'EXTRACTED') {
 *   await saveAddress(callback.scanReference, callback.document.extractedData.address);
 * }
 * ```
 */
export function parseJumioDocVerification(body: FormBody, options?: ParseOptions | null): JumioDocVerificationCallback {
  return jumioDocVerificationDefinition.parse(body, options);
}

/**
 * Parses a Jumio Document Verification callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseJumioDocVerification(body);
 * if (!result.success) return reply.status(400).send({ code: result.error.code });
 * ```
 */
export function safeParseJumioDocVerification(
  body: FormBody,
  options?: ParseOptions | null,
): ParseResult<JumioDocVerificationCallback> {
  return jumioDocVerificationDefinition.safeParse(body, options);
}

/**
 * Writes a Document Verification callback back as a form body: `transaction` and `document` as JSON
 * strings, `signatureAvailable` as `"true"`/`"false"`, unknown fields as they came. Parsing the
 * result gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the `application/x-www-form-urlencoded` body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeJumioDocVerification(callback: JumioDocVerificationCallback, options?: ParseOptions | null): string {
  return jumioDocVerificationDefinition.serialize(callback, options);
}
