import * as z from '../core/zod.js';
import { readJsonBody, writeJsonBody, type JsonBody } from '../core/json-body.js';
import { defaultLimits, type ParseOptions } from '../core/options.js';
import {
  memoizeSchema,
  parseCallback,
  safeParseCallback,
  serializeCallback,
  type CallbackFormat,
} from '../core/parse.js';
import type { ParseResult } from '../core/result.js';
import { buildShuftiSchema, shuftiEvents } from './schema.js';
import type { ShuftiCallback } from './types.js';

export { buildShuftiSchema, shuftiEvents } from './schema.js';

const knownEvents: ReadonlySet<string> = /* @__PURE__ */ new Set(shuftiEvents);

const schemaFor = /* @__PURE__ */ memoizeSchema(buildShuftiSchema, ['strict']);

/**
 * The Shufti schema (zod 4, and so a Standard Schema): from the parsed JSON body to a
 * {@link ShuftiCallback}; `z.encode` runs it backwards. Use it where a framework validates for you
 * (tRPC, Hono); elsewhere prefer {@link parseShufti}, which also decodes the raw body, reports an
 * unknown `event` as `unknown_variant` and turns failures into value-free {@link KycWebhookError}s.
 * Built on first use, with the default options.
 */
export const shuftiSchema: z.ZodType<ShuftiCallback, Record<string, unknown>> = /* @__PURE__ */ z.lazy(() =>
  schemaFor({ strict: false, ...defaultLimits }),
);

const shufti: CallbackFormat<ShuftiCallback> = {
  provider: 'shufti',
  read: (body, options) => readJsonBody(body, options),
  findUnknownVariant: (wire) => {
    if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) return undefined;
    const event = (wire as Record<string, unknown>)['event'];
    if (typeof event !== 'string' || event === '' || knownEvents.has(event)) return undefined;
    return { path: ['event'], value: event, known: shuftiEvents };
  },
  schema: schemaFor,
  write: writeJsonBody,
};

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
  return parseCallback(shufti, body, options);
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
  return safeParseCallback(shufti, body, options);
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
  return serializeCallback(shufti, callback, options);
}
