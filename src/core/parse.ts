import * as z from './zod.js';
import { KycWebhookError, type KycProvider, type KycWebhookIssue } from './errors.js';
import { WireFailure } from './wire-failure.js';
import type { CompiledSchemaSettings, SchemaSettings } from './fields.js';
import { asMissing, describeIssue, fromZodIssues, isMissing } from './issues.js';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './options.js';
import type { ParseResult } from './result.js';

/** A discriminant value this version does not know, and where it was found. */
export interface UnknownVariant {
  readonly path: readonly string[];
  readonly value: string;
  readonly known: readonly string[];
}

/** Everything the runner needs to know about one callback kind. */
export interface CallbackFormat<T> {
  readonly provider: KycProvider;
  /** Decodes a body into what the schema takes (form fields, a JSON value). */
  readonly read: (body: unknown, options: ResolvedOptions) => unknown;
  /**
   * After the schema rejected what `read` returned: finds a discriminant value this version does
   * not know, which makes the failure `unknown_variant` (only called on failure, so it may re-decode).
   */
  readonly findUnknownVariant: (wire: unknown) => UnknownVariant | undefined;
  /** The schema for the given settings. */
  readonly schema: (settings: CompiledSchemaSettings) => z.ZodType<T>;
  /** Writes what the schema encodes back as the wire body. */
  readonly write: (wire: unknown) => string;
}

/**
 * @param format - the callback kind
 * @param body - the body in any accepted form
 * @param options - the caller's options
 * @returns the callback, or the error; never throws for any body
 */
export function safeParseCallback<T>(format: CallbackFormat<T>, body: unknown, options?: ParseOptions): ParseResult<T> {
  const resolved = resolveOptions(options);
  try {
    return parseOrFail(format, body, resolved);
  } catch (failure) {
    if (failure instanceof WireFailure) {
      return { success: false, error: new KycWebhookError(failure.code, format.provider, [failure.issue]) };
    }
    // Only a body handed over as an object can get here: a getter or a proxy that throws.
    const issue: KycWebhookIssue = { path: [], code: 'unreadable_body', message: 'Reading the body threw (a getter or a proxy)' };
    return { success: false, error: new KycWebhookError('malformed_body', format.provider, [issue]) };
  }
}

function parseOrFail<T>(format: CallbackFormat<T>, body: unknown, resolved: ResolvedOptions): ParseResult<T> {
  const wire = format.read(body, resolved);
  const schema = format.schema(resolved);
  const outcome = run(schema, wire);
  if (outcome.issues.length === 0) return { success: true, data: outcome.value as T };
  const unknown = format.findUnknownVariant(wire);
  if (unknown) {
    const issue: KycWebhookIssue = {
      path: unknown.path,
      code: 'unknown_variant',
      message: `Not a ${unknown.path.join('.')} this version knows (known: ${unknown.known.join(', ')})`,
    };
    return { success: false, error: new KycWebhookError('unknown_variant', format.provider, [issue], unknown.value) };
  }
  const { code, issues } = fromZodIssues(outcome.issues.map(finalize));
  return { success: false, error: new KycWebhookError(code, format.provider, issues) };
}

/**
 * Runs a schema once, the way `safeParse` does but without building a `ZodError`: a failed parse
 * keeps zod's raw issues, which {@link finalize} turns into value-free ones. (Running the schema
 * again with an error map, as `safeParse(wire, { error })` would, doubles the cost of a failure.)
 */
function run(schema: z.core.$ZodType, wire: unknown, direction: 'forward' | 'backward' = 'forward'): z.core.ParsePayload {
  // No schema here has an async check or transform, so the run is synchronous.
  return schema._zod.run({ value: wire, issues: [] }, { async: false, direction }) as z.core.ParsePayload;
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
 * @param options - the caller's options
 * @returns the callback
 * @throws KycWebhookError for any body that does not parse
 */
export function parseCallback<T>(format: CallbackFormat<T>, body: unknown, options?: ParseOptions): T {
  const result = safeParseCallback(format, body, options);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * @param format - the callback kind
 * @param callback - a parsed callback, possibly changed by the caller
 * @returns the wire body that parses back to an equal callback
 * @throws KycWebhookError with `invalid_payload` when the callback does not match its schema
 */
export function serializeCallback<T>(format: CallbackFormat<T>, callback: T): string {
  const encoded = run(format.schema(resolveOptions(undefined)), callback, 'backward');
  if (encoded.issues.length > 0) {
    throw new KycWebhookError('invalid_payload', format.provider, fromZodIssues(encoded.issues.map(finalize)).issues);
  }
  try {
    return format.write(encoded.value);
  } catch (failure) {
    if (failure instanceof WireFailure) throw new KycWebhookError(failure.code, format.provider, [failure.issue]);
    throw failure;
  }
}

/**
 * Memoizes a schema builder per settings, so schemas are built (and compiled, when asked) on first
 * use and only once.
 *
 * @param build - builds the schema for some settings
 * @returns the memoized builder
 */
export function memoizeSchema<S extends z.core.$ZodType>(build: (settings: SchemaSettings) => S): (settings: CompiledSchemaSettings) => S {
  const plain = new Map<string, S>();
  const compiled = new WeakMap<object, Map<string, S>>();
  return (settings) => {
    const { compile } = settings;
    let built = plain;
    if (compile !== undefined) {
      let forCompiler = compiled.get(compile);
      if (forCompiler === undefined) {
        forCompiler = new Map<string, S>();
        compiled.set(compile, forCompiler);
      }
      built = forCompiler;
    }
    const key = `${settings.strict}:${settings.maxDepth}:${settings.maxFields}`;
    let schema = built.get(key);
    if (schema === undefined) {
      schema = build({ strict: settings.strict, maxDepth: settings.maxDepth, maxFields: settings.maxFields });
      if (compile !== undefined) schema = compile(schema) as S;
      if (built.size < 8) built.set(key, schema);
    }
    return schema;
  };
}
