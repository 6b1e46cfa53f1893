import type { JsonBody } from '../../core/json-body.js';
import type { ParseOptions } from '../../core/options.js';
import type { ParseResult } from '../../core/result.js';
import { schemaOf } from '../../core/define.js';
import type * as z from '../../core/zod.js';
import { jumioRetrievalDefinition } from './schema.js';
import type { JumioRetrievalResponse } from './types.js';

export { jumioDecisionTypes, jumioWorkflowStatuses } from './enumerations.js';

/**
 * The workflow execution details schema (zod 4, and so a Standard Schema): from the parsed JSON body
 * to a {@link JumioRetrievalResponse}. Prefer {@link parseJumioRetrieval}. Built on first use, with
 * the default options.
 */
export const jumioRetrievalSchema: z.ZodType<JumioRetrievalResponse, Record<string, unknown>> = /* @__PURE__ */ schemaOf(jumioRetrievalDefinition);

/**
 * Parses a Jumio Platform workflow execution details response (the Retrieval API's answer, not a webhook).
 *
 * @param body - the response body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the response
 * @throws {@link KycWebhookError} when the body does not parse (an unknown `decision.type` is
 *   `unknown_variant`); never anything else
 *
 * @example
 * ```ts
 * const details = parseJumioRetrieval(await response.text());
 * if (details.decision?.type === 'PASSED') await approve(details.workflow.id);
 * ```
 */
export function parseJumioRetrieval(body: JsonBody, options?: ParseOptions | null): JumioRetrievalResponse {
  return jumioRetrievalDefinition.parse(body, options);
}

/**
 * Parses a Jumio Platform workflow execution details response without throwing.
 *
 * @param body - the response body, or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws
 */
export function safeParseJumioRetrieval(body: JsonBody, options?: ParseOptions | null): ParseResult<JumioRetrievalResponse> {
  return jumioRetrievalDefinition.safeParse(body, options);
}

/**
 * Writes a details response back as JSON, unknown fields as they came (for tests, queues and stores).
 *
 * @param response - a parsed (possibly edited) response
 * @param options - the limits and strictness of the parse that will read the body; see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the response does not match its type
 *   or would not read back equal; with `body_too_large` when the body would break a limit of `options`
 */
export function serializeJumioRetrieval(response: JumioRetrievalResponse, options?: ParseOptions | null): string {
  return jumioRetrievalDefinition.serialize(response, options);
}
