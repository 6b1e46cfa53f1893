import * as z from './zod.js';
import { KycWebhookError, type KycCallbackKind, type KycWebhookIssue, type KycWebhookIssueCode } from './errors.js';
import { isWireFailure, WireFailure, wireFailure } from './wire-failure.js';
import type { SchemaSettings } from './fields.js';
import { asMissing, describeIssue, isMissing, reportIssues } from './issues.js';
import { callbackData, holdsAtMost, sameJson } from './json-data.js';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './options.js';
import { planOf } from './plan.js';
import type { DecodedBody } from './wire.js';
import type { ParseResult } from './result.js';

/** A discriminant value this version does not know, and where it was found. */
export interface UnknownVariant {
  readonly path: readonly string[];
  readonly value: string;
  readonly known: readonly string[];
}

/** Everything the runner needs to know about one callback kind. */
export interface CallbackFormat<T> {
  readonly kind: KycCallbackKind;
  /** Decodes a body into what the schema takes (form fields, a JSON value), sharing nothing with it. */
  readonly read: (body: unknown, options: ResolvedOptions) => unknown;
  /**
   * After the schema rejected what `read` returned: finds a discriminant value this version does
   * not know, which makes the failure `unknown_variant` (only called on failure, so it may re-decode,
   * within the same limits).
   */
  readonly findUnknownVariant: (wire: unknown, options: ResolvedOptions) => UnknownVariant | undefined;
  /** {@link Wire.decode}, where the wire has it. */
  readonly decode?: ((body: unknown, options: ResolvedOptions) => DecodedBody | undefined) | undefined;
  /** The schema for the given settings. */
  readonly schema: (settings: SchemaSettings) => z.ZodType<T>;
  /** Writes what the schema encodes back as the wire body. */
  readonly write: (wire: unknown) => string;
}

/**
 * What something thrown (other than a {@link WireFailure}) means, by where it was thrown: reading
 * the options is the caller's fault, reading an object body the body's (a getter, a proxy), and
 * building or running the schema the library's (a bug, a stack overflow).
 */
const faults = [
  ['invalid_options', 'invalid_option', 'Reading the options threw'],
  ['malformed_body', 'unreadable_body', 'Reading the body threw (a getter or a proxy)'],
  ['internal_error', 'internal_error', 'The parser failed (a library fault); the body may be valid'],
] as const;
const [atOptions, atRead, atRun] = [0, 1, 2] as const;
type Progress = { stage: number };

/**
 * @param kind - the callback kind
 * @param work - the parse or the serialization, which records its stage in `progress`
 * @param readFault - makes what a throw while reading the input means (only on failure: a valid
 *   parse builds no error)
 * @returns what `work` returned, or the error anything it threw amounts to
 */
function guarded<R>(kind: KycCallbackKind, work: (progress: Progress) => R, readFault: () => WireFailure): R | KycWebhookError {
  const progress: Progress = { stage: atOptions };
  try {
    return work(progress);
  } catch (failure) {
    const fault = faults[progress.stage as 0 | 1 | 2];
    const { code, issues } = isWireFailure(failure) ? failure : progress.stage === atRead ? readFault() : wireFailure(fault[0], fault[1], fault[2]);
    return new KycWebhookError(code, kind, issues);
  }
}

/**
 * @param format - the callback kind
 * @param body - the body in any accepted form
 * @param options - the caller's options (`null` means none)
 * @returns the callback, or the error; never throws, for any body and any options
 */
export function safeParseCallback<T>(format: CallbackFormat<T>, body: unknown, options?: ParseOptions | null): ParseResult<T> {
  const result = guarded(format.kind, (progress) => parseOrFail(format, body, options, progress), () => wireFailure(...faults[atRead]));
  return result instanceof KycWebhookError ? { success: false, error: result } : result;
}

function parseOrFail<T>(format: CallbackFormat<T>, body: unknown, options: ParseOptions | null | undefined, progress: Progress): ParseResult<T> {
  const resolved = resolveOptions(options);
  progress.stage = atRead;
  const decoded = format.decode?.(body, resolved);
  progress.stage = atRun;
  const schema = format.schema(resolved);
  const plan = planOf(schema);
  // A valid body is checked by the schema's plan, in place. On the JSON wire the plan takes what
  // `JSON.parse` made and makes the reader's checks as it goes; what it cannot vouch for is read in
  // full, then planned again, and what the plan rejects is zod's to report.
  let planAgain = true;
  if (decoded !== undefined && decoded.keyBound >= 0) {
    const planned = plan.runDecoded(decoded.value, decoded.keyBound, resolved);
    if (planned.ok) return { success: true, data: planned.value as T };
    // Planned again only if a reader's check failed: what the schema rejected stays rejected.
    planAgain = planned.readInFull === true;
  }
  progress.stage = atRead;
  const wire = decoded === undefined ? format.read(body, resolved) : decoded.finish();
  progress.stage = atRun;
  const planned = planAgain ? plan.run(wire) : undefined;
  if (planned?.ok) return { success: true, data: planned.value as T };
  // Checking stops at the first problem, so an invalid body costs no more than a valid one; a body
  // small enough is then checked again in full, to report every problem.
  const first = run(schema, wire, firstProblem());
  // Only if the plan wrongly rejected a valid value, which the differential test rules out: zod's
  // verdict stands.
  if (first.issues.length === 0) return { success: true, data: first.value as T };
  const unknown = format.findUnknownVariant(wire, resolved);
  if (unknown) {
    const issue: KycWebhookIssue = {
      path: unknown.path,
      code: 'unknown_variant',
      message: `Not a ${unknown.path.join('.')} this version knows (known: ${unknown.known.join(', ')})`,
    };
    return { success: false, error: new KycWebhookError('unknown_variant', format.kind, [issue], unknown.value) };
  }
  // Only an issue that stops its container (`continue` unset) can have cut the first check short.
  const stopped = first.issues.some((issue) => issue.continue !== true);
  const complete = !stopped || holdsAtMost(wire, fullCheckValues);
  const outcome = stopped && complete ? run(schema, wire, everyProblem()) : first;
  const { code, issues } = reportIssues(outcome.issues, complete, finalize);
  return { success: false, error: new KycWebhookError(code, format.kind, issues) };
}

/** Bodies with at most this many values are checked in full when they fail; larger ones stop at the first problem. */
export const fullCheckValues = 500;

// A fresh context for every run: zod may keep per-run state on it.
const firstProblem = (): z.core.ParseContextInternal => ({ async: false, abortEarly: true });
const everyProblem = (): z.core.ParseContextInternal => ({ async: false });

/**
 * Runs a schema once, the way `safeParse` does but without building a `ZodError`: a failed parse
 * keeps zod's raw issues, which {@link finalize} turns into value-free ones. (Running the schema
 * again with an error map, as `safeParse(wire, { error })` would, doubles the cost of a failure.)
 */
function run(schema: z.core.$ZodType, value: unknown, context: z.core.ParseContextInternal): z.core.ParsePayload {
  // No schema here has an async check or transform, so the run is synchronous.
  return schema._zod.run({ value, issues: [] }, context) as z.core.ParsePayload;
}

/** The settings zod finalizes an issue with: the library's value-free messages. */
const messages: z.core.ParseContextInternal = { async: false, error: describeIssue };

/**
 * @param issue - a raw issue of a failed run
 * @returns the issue as `safeParse(wire, { error: describeIssue })` would report it: the message
 *   comes from the schema's own error first, then from {@link describeIssue}; the input is dropped.
 *   An absent value reads as missing, whatever its schema.
 */
function finalize(issue: z.core.$ZodRawIssue): z.core.$ZodIssue {
  const final = z.util.finalizeIssue(issue, messages, z.config());
  return isMissing(issue) ? asMissing(final) : final;
}

/**
 * @param format - the callback kind
 * @param body - the body in any accepted form
 * @param options - the caller's options (`null` means none)
 * @returns the callback
 * @throws KycWebhookError for any body that does not parse, and for invalid options; nothing else
 */
export function parseCallback<T>(format: CallbackFormat<T>, body: unknown, options?: ParseOptions | null): T {
  const result = safeParseCallback(format, body, options);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Writes a callback back as its wire body, and checks the promise that the matching parse, with the
 * same options, reads the body back equal (numbers compared with `Object.is`).
 *
 * @param format - the callback kind
 * @param callback - a parsed callback, possibly changed by the caller
 * @param options - the limits the body must fit and `strict`, as for the parse (`null` means none)
 * @returns the wire body
 * @throws KycWebhookError with `invalid_payload` when the callback is not JSON data, does not match
 *   its schema, or would not read back equal; with `body_too_large` when the body would break a
 *   limit; with `invalid_options` for invalid options
 */
export function serializeCallback<T>(format: CallbackFormat<T>, callback: T, options?: ParseOptions | null): string {
  const unreadable = () => wireFailure('invalid_payload', 'unreadable_callback', 'Reading the callback threw');
  const result = guarded(format.kind, (progress) => serializeOrFail(format, callback, options, progress), unreadable);
  if (result instanceof KycWebhookError) throw result;
  return result;
}

function serializeOrFail<T>(format: CallbackFormat<T>, callback: T, options: ParseOptions | null | undefined, progress: Progress): string {
  const resolved = resolveOptions(options);
  progress.stage = atRead;
  const value = callbackData(callback, resolved);
  progress.stage = atRun;
  const encoded = run(format.schema(resolved), value, { async: false, direction: 'backward', abortEarly: true });
  if (encoded.issues.length > 0) {
    const { issues } = reportIssues(encoded.issues, false, finalize);
    throw new WireFailure('invalid_payload', issues[0] as KycWebhookIssue, issues);
  }
  const body = format.write(encoded.value);
  const again = safeParseCallback(format, body, resolved as ParseOptions); // already checked, so it resolves alike
  if (!again.success && limitCodes.has(again.error.code)) {
    // Each limit's error code is also the code of its issue.
    throw wireFailure('body_too_large', again.error.code as KycWebhookIssueCode, 'The body would break a limit');
  }
  if (!again.success || !sameJson(again.data, value)) throw wireFailure('invalid_payload', 'not_round_trip', 'The callback would not read back equal');
  return body;
}

const limitCodes: ReadonlySet<string> = new Set(['body_too_large', 'too_many_fields', 'nesting_too_deep', 'too_many_items']);

/**
 * Memoizes a schema builder per settings, so schemas are built on first use and only once. The
 * cache is keyed on exactly the settings the builder reads, so limits it does not read (a per-call
 * `maxBytes`, say) never rebuild it; the builder is handed only those. It keeps the
 * {@link cachedSchemas} most recently built schemas.
 *
 * @param build - builds the schema for some settings
 * @param reads - the settings `build` reads
 * @returns the memoized builder
 */
export function memoizeSchema<S extends z.core.$ZodType>(
  build: (settings: SchemaSettings) => S,
  reads: readonly (keyof SchemaSettings)[],
): (settings: SchemaSettings) => S {
  const built = new Map<string, S>();
  // Most calls pass no options and so the same settings object: found without building a key.
  let lastSettings: SchemaSettings | undefined;
  let lastSchema: S | undefined;
  return (settings) => {
    if (settings === lastSettings) return lastSchema as S;
    const schema = cached(settings);
    lastSettings = settings;
    lastSchema = schema;
    return schema;
  };

  function cached(settings: SchemaSettings): S {
    let key = '';
    for (const name of reads) key += `${settings[name]}:`;
    let schema = built.get(key);
    if (schema !== undefined) return schema;
    // Only the settings in the key, so a builder reading another one would see it missing.
    const picked = Object.fromEntries(reads.map((name) => [name, settings[name]])) as unknown as SchemaSettings;
    schema = build(picked);
    if (built.size >= cachedSchemas) built.delete(built.keys().next().value as string);
    built.set(key, schema);
    return schema;
  }
}

/** How many schemas each memoized builder keeps (the oldest go first). */
export const cachedSchemas = 32;
