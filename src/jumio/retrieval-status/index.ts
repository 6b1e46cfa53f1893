import type { JsonBody } from '../../core/json-body.js';
import type { ParseOptions } from '../../core/options.js';
import type { ParseResult } from '../../core/result.js';
import { schemaOf } from '../../core/define.js';
import type * as z from '../../core/zod.js';
import { jumioRetrievalStatusDefinition } from './schema.js';
import type { JumioRetrievalStatusResponse } from './types.js';

export { jumioRetrievalStatuses } from './enumerations.js';

/**
 * The workflow execution status schema (zod 4, and so a Standard Schema): from the parsed JSON body
 * to a {@link JumioRetrievalStatusResponse}. Prefer {@link parseJumioRetrievalStatus}. Built on
 * first use, with the default options.
 */
export const jumioRetrievalStatusSchema: z.ZodType<JumioRetrievalStatusResponse, Record<string, unknown>> = /* @__PURE__ */ schemaOf(jumioRetrievalStatusDefinition);

/**
 * Parses a Jumio Platform workflow execution status response (the Retrieval API's answer, not a webhook).
 *
 * @param body - the response body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the response
 * @throws {@link KycWebhookError} when the body does not parse (an unknown status is `unknown_variant`); never anything else
 *
 * @example
 * ```ts
 * const { workflowExecution } = parseJumioRetrievalStatus(await response.text());
 * ```
 */
export function parseJumioRetrievalStatus(body: JsonBody, options?: ParseOptions | null): JumioRetrievalStatusResponse {
  return jumioRetrievalStatusDefinition.parse(body, options);
}

/**
 * Parses a Jumio Platform workflow execution status response without throwing.
 *
 * @param body - the response body, or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws
 */
export function safeParseJumioRetrievalStatus(body: JsonBody, options?: ParseOptions | null): ParseResult<JumioRetrievalStatusResponse> {
  return jumioRetrievalStatusDefinition.safeParse(body, options);
}

/**
 * Writes a status response back as JSON, unknown fields as they came.
 *
 * @param response - a parsed (possibly edited) response
 * @param options - the limits and strictness of the parse that will read the body; see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the response does not match its type
 *   or would not read back equal; with `body_too_large` when the body would break a limit of `options`
 */
export function serializeJumioRetrievalStatus(response: JumioRetrievalStatusResponse, options?: ParseOptions | null): string {
  return jumioRetrievalStatusDefinition.serialize(response, options);
}
