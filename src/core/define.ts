import * as z from './zod.js';
import type { KycCallbackKind } from './error-types.js';
import type { SchemaSettings } from './fields.js';
import { defaultLimits, type ParseOptions } from './options.js';
import { memoizeSchema, parseCallback, safeParseCallback, serializeCallback, type CallbackFormat } from './parse.js';
import type { ParseResult } from './result.js';
import type { Wire } from './wire.js';

/** A value that tells a kind's variants apart: where it is, and every value this version knows. */
export interface Discriminant {
  /** From the top of the decoded body; on the form wire, keys after the first are inside a field's JSON. */
  readonly path: readonly [string, ...string[]];
  readonly values: readonly string[];
}

/** What a provider folder declares about one callback kind; {@link defineCallback} makes the rest. */
export interface CallbackSpec<K extends KycCallbackKind, P extends string, T, Body> {
  /** The callback kind, as errors, the registry and the command line name it. */
  readonly kind: K;
  /** The vendor that sends it. */
  readonly provider: P;
  /** Whether the provider delivers it as a webhook (`false`: a response the user fetches). */
  readonly webhook: boolean;
  /** How the body travels: {@link Wire}. */
  readonly wire: Wire<Body>;
  /**
   * The values that tell the variants apart, in the order they are looked at. After a failed parse,
   * the first one holding a value this version does not know makes the failure `unknown_variant`.
   */
  readonly discriminants: readonly Discriminant[];
  /**
   * Builds the schema, from what `wire.read` returns to the callback, for some settings. Its output
   * is checked against the callback type, not inferred from it: the hand-written interfaces are the
   * kind's type (the type tests pin the schema to them).
   */
  readonly build: (settings: SchemaSettings) => z.ZodType<NoInfer<T>, unknown>;
}

/** One callback kind, complete: its spec, its default schema, and its parse, safe parse and serialize. */
export interface CallbackKindDefinition<K extends KycCallbackKind, P extends string, T, Body> extends CallbackSpec<K, P, T, Body> {
  /** The schema for the default options, built on first use. */
  readonly schema: z.ZodType<T, Record<string, unknown>>;
  readonly parse: (body: Body, options?: ParseOptions | null) => T;
  readonly safeParse: (body: Body, options?: ParseOptions | null) => ParseResult<T>;
  readonly serialize: (callback: T, options?: ParseOptions | null) => string;
}

/**
 * Defines a callback kind: everything that is the same for every kind (the schema cache, the
 * default schema, the lookup of an unknown discriminant value, the runner) made once from what
 * differs. Call it with `/* @__PURE__ *\/`, so a bundle that uses no function of a kind drops it.
 *
 * @param spec - the kind, its vendor, its wire, its discriminants and its schema builder
 * @returns the kind's definition, which the registry (`src/kinds.ts`) lists; annotate the constant
 *   it is assigned to with {@link CallbackKindDefinition} and the callback type, which `T` is inferred from
 */
export function defineCallback<const K extends KycCallbackKind, const P extends string, T, Body>(
  spec: CallbackSpec<K, P, T, Body>,
): CallbackKindDefinition<K, P, T, Body> {
  const { wire, discriminants } = spec;
  const schemaFor = memoizeSchema(spec.build, wire.reads);
  const known = discriminants.map(({ values }) => new Set(values));
  const format: CallbackFormat<T> = {
    kind: spec.kind,
    read: wire.read,
    decode: wire.decode,
    write: wire.write,
    schema: schemaFor,
    findUnknownVariant: (decoded, options) => {
      for (const [index, { path, values }] of discriminants.entries()) {
        const value = wire.valueAt(decoded, path, options);
        if (typeof value === 'string' && value !== '' && !known[index]?.has(value)) return { path, value, known: values };
      }
      return undefined;
    },
  };
  return {
    ...spec,
    schema: z.lazy(() => schemaFor({ strict: false, ...defaultLimits })) as unknown as z.ZodType<T, Record<string, unknown>>,
    parse: (body, options) => parseCallback(format, body, options),
    safeParse: (body, options) => safeParseCallback(format, body, options),
    serialize: (callback, options) => serializeCallback(format, callback, options),
  };
}

/**
 * @param definition - a kind's definition
 * @returns its default schema. Export a kind's schema through this call, marked `/* @__PURE__ *\/`:
 *   bundlers keep a bare property read (it might run a getter), and with it the whole kind, in
 *   every bundle of the entry that exports it.
 */
export function schemaOf<S>(definition: { readonly schema: S }): S {
  return definition.schema;
}
