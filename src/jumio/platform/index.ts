import type { JsonBody } from '../../core/json-body.js';
import type { ParseOptions } from '../../core/options.js';
import type { ParseResult } from '../../core/result.js';
import { schemaOf } from '../../core/define.js';
import type * as z from '../../core/zod.js';
import { jumioPlatformDefinition } from './schema.js';
import type { JumioPlatformCallback } from './types.js';

export { jumioDataCenters, jumioPlatformStatuses } from './enumerations.js';
export { jumioRetrievalUrls, type JumioRetrievalReference, type JumioRetrievalUrlOptions } from './urls.js';

/**
 * The Jumio Platform callback schema (zod 4, and so a Standard Schema): from the parsed JSON body to
 * a {@link JumioPlatformCallback}. Prefer {@link parseJumioPlatform}, which also decodes the raw body,
 * reports an unknown status as `unknown_variant` and turns failures into value-free
 * {@link KycWebhookError}s. Built on first use, with the default options.
 */
export const jumioPlatformSchema: z.ZodType<JumioPlatformCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(jumioPlatformDefinition);

/**
 * Parses a Jumio Platform (KYX) callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback; `workflowExecution.status` narrows it
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseJumioPlatform(await request.text());
 * if (callback.workflowExecution.status === 'PROCESSED') await queueRetrieval(callback.workflowExecution.id);
 * ```
 */
export function parseJumioPlatform(body: JsonBody, options?: ParseOptions | null): JumioPlatformCallback {
  return jumioPlatformDefinition.parse(body, options);
}

/**
 * Parses a Jumio Platform (KYX) callback body without throwing.
 *
 * @param body - the raw body, or the object `JSON.parse` made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws
 */
export function safeParseJumioPlatform(body: JsonBody, options?: ParseOptions | null): ParseResult<JumioPlatformCallback> {
  return jumioPlatformDefinition.safeParse(body, options);
}

/**
 * Writes a Jumio Platform callback back as a JSON body, unknown fields as they came. Parsing the
 * result gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body; see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type
 *   or would not read back equal; with `body_too_large` when the body would break a limit of `options`
 */
export function serializeJumioPlatform(callback: JumioPlatformCallback, options?: ParseOptions | null): string {
  return jumioPlatformDefinition.serialize(callback, options);
}
