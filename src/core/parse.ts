import * as z from './zod.js';
import { KycWebhookError, type KycProvider, type KycWebhookIssue } from './errors.js';
import { WireFailure } from './wire-failure.js';
import type { CompiledSchemaSettings, SchemaSettings } from './fields.js';
import { describeIssue, fromZodIssues } from './issues.js';
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
    const issue = { path: [], code: 'unreadable_body', message: 'Reading the body threw (a getter or a proxy)' };
    return { success: false, error: new KycWebhookError('malformed_body', format.provider, [issue]) };
  }
}

function parseOrFail<T>(format: CallbackFormat<T>, body: unknown, resolved: ResolvedOptions): ParseResult<T> {
  const wire = format.read(body, resolved);
  const schema = format.schema(resolved);
  // Without a parse context zod stays on its fastest path; the value-free messages come from a
  // second run with our error map, on failure only.
  const result = schema.safeParse(wire);
  if (result.success) return { success: true, data: result.data };
  const unknown = format.findUnknownVariant(wire);
  if (unknown) {
    const issue: KycWebhookIssue = {
      path: unknown.path,
      code: 'unknown_variant',
      message: `Not a ${unknown.path.join('.')} this version knows (known: ${unknown.known.join(', ')})`,
    };
    return { success: false, error: new KycWebhookError('unknown_variant', format.provider, [issue], unknown.value) };
  }
  const described = schema.safeParse(wire, { error: describeIssue });
  const { code, issues } = fromZodIssues(described.error?.issues ?? []);
  return { success: false, error: new KycWebhookError(code, format.provider, issues) };
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
  const encoded = z.safeEncode(format.schema(resolveOptions(undefined)), callback, { error: describeIssue });
  if (!encoded.success) {
    throw new KycWebhookError('invalid_payload', format.provider, fromZodIssues(encoded.error.issues).issues);
  }
  try {
    return format.write(encoded.data);
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
      if (compile !== undefined) schema = compile(schema);
      if (built.size < 8) built.set(key, schema);
    }
    return schema;
  };
}
