// `kyc-webhooks/onfido`: the Onfido (Entrust Identity Verification) webhook parser, its schema and types.
import type { JsonBody } from '../core/json-body.js';
import type { ParseOptions } from '../core/options.js';
import type { ParseResult } from '../core/result.js';
import { schemaOf } from '../core/define.js';
import type * as z from '../core/zod.js';
import { onfidoDefinition } from './schema.js';
import type { OnfidoCallback } from './types.js';

export { onfidoActions } from './enumerations.js';
export { safeVerifyAndParseOnfido, verifyAndParseOnfido, verifyOnfidoSignature } from './signature.js';
export type { OnfidoSignatureMatch, VerifyAndParseOnfidoOptions, VerifyOnfidoSignatureOptions } from './signature.js';
export type * from './types.js';
export * from '../core/public.js';
export type { JsonBody } from '../core/json-body.js';

/**
 * The Onfido schema (zod 4, and so a Standard Schema): from the parsed JSON body to a
 * {@link OnfidoCallback}; `z.encode` runs it backwards. Use it where a framework validates for you
 * (tRPC, Hono); elsewhere prefer {@link parseOnfido}, which also decodes the raw body, reports an
 * unknown `payload.action` as `unknown_variant` and turns failures into value-free {@link KycWebhookError}s.
 * Built on first use, with the default options.
 */
export const onfidoSchema: z.ZodType<OnfidoCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(onfidoDefinition);

// Parse and serialize

/**
 * Parses an Onfido webhook event body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it (keep the raw body anyway: the signature is computed over its bytes)
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the event, typed by its `payload.action`
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const { payload } = parseOnfido(await request.text());
 * if (payload.action === 'check.completed') {
 *   await fetchCheckResult(payload.object.id);
 * }
 * ```
 */
export function parseOnfido(body: JsonBody, options?: ParseOptions | null): OnfidoCallback {
  return onfidoDefinition.parse(body, options);
}

/**
 * Parses an Onfido webhook event body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseOnfido(rawBody);
 * if (!result.success) return reply.status(result.error.code === 'unknown_variant' ? 200 : 400).send();
 * ```
 */
export function safeParseOnfido(body: JsonBody, options?: ParseOptions | null): ParseResult<OnfidoCallback> {
  return onfidoDefinition.safeParse(body, options);
}

/**
 * Writes an Onfido event back as a JSON body, unknown fields as they came. Parsing the result
 * gives an equal event; the bytes differ from what Onfido sent, so never check a signature against it.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeOnfido(callback: OnfidoCallback, options?: ParseOptions | null): string {
  return onfidoDefinition.serialize(callback, options);
}
