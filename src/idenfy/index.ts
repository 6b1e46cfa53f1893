// `kyc-webhooks/idenfy`: the iDenfy parser, its schema and types.
import type { JsonBody } from '../core/json-body.js';
import type { ParseOptions } from '../core/options.js';
import type { ParseResult } from '../core/result.js';
import { schemaOf } from '../core/define.js';
import type * as z from '../core/zod.js';
import { idenfyDefinition } from './schema.js';
import type { IdenfyCallback } from './types.js';

export { idenfyOverallStatuses } from './enumerations.js';
export { safeVerifyAndParseIdenfy, verifyAndParseIdenfy, verifyIdenfySignature } from './signature.js';
export type * from './types.js';
export * from '../core/public.js';
export type { JsonBody } from '../core/json-body.js';

/**
 * The iDenfy identification result schema (zod 4, and so a Standard Schema): from the JSON body, as
 * `JSON.parse` returns it, to an {@link IdenfyCallback}; `z.encode` runs it backwards. Use it where a
 * framework validates for you (tRPC, Hono); elsewhere prefer {@link parseIdenfy}, which also reads
 * the raw body, reports a new `status.overall` as `unknown_variant` and turns failures into
 * value-free {@link KycWebhookError}s. Built on first use, with the default options.
 */
export const idenfySchema: z.ZodType<IdenfyCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(idenfyDefinition);

// Parse and serialize

/**
 * Parses an iDenfy identification result callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it (what `express.json()` produces)
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback, typed by its `status.overall`
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseIdenfy(await request.text());
 * if (callback.status.overall === 'APPROVED' && callback.final !== false) {
 *   await approve(callback.scanRef, callback.data.docFirstName);
 * }
 * ```
 */
export function parseIdenfy(body: JsonBody, options?: ParseOptions | null): IdenfyCallback {
  return idenfyDefinition.parse(body, options);
}

/**
 * Parses an iDenfy identification result callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it (what `express.json()` produces)
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseIdenfy(rawBody);
 * if (!result.success) return reply.status(result.error.code === 'unknown_variant' ? 200 : 400).send();
 * ```
 */
export function safeParseIdenfy(body: JsonBody, options?: ParseOptions | null): ParseResult<IdenfyCallback> {
  return idenfyDefinition.safeParse(body, options);
}

/**
 * Writes an iDenfy callback back as a JSON body: every field where it came (`aml` and `AML` as
 * they were, `manualAddress` in `data` or at the top level), `startTime`/`finishTime` as numbers,
 * unknown fields as they came. Parsing the result with the same options gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeIdenfy(callback: IdenfyCallback, options?: ParseOptions | null): string {
  return idenfyDefinition.serialize(callback, options);
}
