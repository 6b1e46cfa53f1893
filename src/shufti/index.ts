// `kyc-webhooks/shufti`: the Shufti Pro parser, its schema and types.
import type { JsonBody } from '../core/json-body.js';
import type { ParseOptions } from '../core/options.js';
import type { ParseResult } from '../core/result.js';
import { schemaOf } from '../core/define.js';
import type * as z from '../core/zod.js';
import { shuftiDefinition } from './schema.js';
import type { ShuftiCallback } from './types.js';

export { shuftiEvents } from './enumerations.js';
export { safeVerifyAndParseShufti, verifyAndParseShufti, verifyShuftiSignature } from './signature.js';
export type { ShuftiSignatureMatch, ShuftiSignatureScheme } from './signature.js';
export type * from './types.js';
export * from '../core/public.js';
export type { JsonBody } from '../core/json-body.js';

/**
 * The Shufti schema (zod 4, and so a Standard Schema): from the parsed JSON body to a
 * {@link ShuftiCallback}; `z.encode` runs it backwards. Use it where a framework validates for you
 * (tRPC, Hono); elsewhere prefer {@link parseShufti}, which also decodes the raw body, reports an
 * unknown `event` as `unknown_variant` and turns failures into value-free {@link KycWebhookError}s.
 * Built on first use, with the default options.
 */
export const shuftiSchema: z.ZodType<ShuftiCallback, Record<string, unknown>> = /* @__PURE__ */ schemaOf(shuftiDefinition);

// Parse and serialize

/**
 * Parses a Shufti Pro callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it (keep the raw body anyway: the signature is computed over its bytes)
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback, typed by its `event`
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseShufti(await request.text());
 * if (callback.event === 'verification.declined') {
 *   await reject(callback.reference, callback.declined_codes ?? []);
 * }
 * ```
 */
export function parseShufti(body: JsonBody, options?: ParseOptions | null): ShuftiCallback {
  return shuftiDefinition.parse(body, options);
}

/**
 * Parses a Shufti Pro callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or the object `JSON.parse`
 *   made of it
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseShufti(rawBody);
 * if (!result.success) return reply.status(result.error.code === 'unknown_variant' ? 200 : 400).send();
 * ```
 */
export function safeParseShufti(body: JsonBody, options?: ParseOptions | null): ParseResult<ShuftiCallback> {
  return shuftiDefinition.safeParse(body, options);
}

/**
 * Writes a Shufti callback back as a JSON body: `null` as `""` or `null` (as Shufti spells each
 * field), `verification_data` and the other objects as objects, unknown fields as they came. Parsing
 * the result gives an equal callback; the bytes differ from what Shufti sent, so never check a
 * signature against it.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the JSON body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeShufti(callback: ShuftiCallback, options?: ParseOptions | null): string {
  return shuftiDefinition.serialize(callback, options);
}
