import type { SchemaSettings } from './fields.js';
import type { ResolvedOptions } from './options.js';

/**
 * How a callback kind's body travels, and what its schema takes: form fields (whose values may hold
 * JSON text) or one JSON document. A kind names its wire; the wire brings the reader, the writer and
 * the way to read a value at a path of the decoded body, so no kind writes them again.
 */
export interface Wire<Body> {
  /** For documentation and detection: `form` or `json`. */
  readonly name: 'form' | 'json';
  /** Decodes a body into what the schema takes, sharing nothing with it. */
  readonly read: (body: Body | unknown, options: ResolvedOptions) => unknown;
  /**
   * For the validation plan, where the wire allows it (JSON): decodes a body without the reader's
   * checks of its shape, which the plan makes while it walks the value. `undefined` for a body it
   * does not decode so (one handed over already parsed): `read` it.
   */
  readonly decode?: (body: Body | unknown, options: ResolvedOptions) => DecodedBody | undefined;
  /** Writes what the schema encodes back as the wire body. */
  readonly write: (wire: unknown) => string;
  /** The settings the kind's schema is built for (and so memoized on). */
  readonly reads: readonly (keyof SchemaSettings)[];
  /**
   * @param wire - what `read` returned
   * @param path - the keys to follow from the top
   * @param options - the limits any JSON read on the way must keep
   * @returns the value at `path`, or `undefined` where the path leads nowhere (it never throws)
   */
  readonly valueAt: (wire: unknown, path: readonly string[], options: ResolvedOptions) => unknown;
}

/**
 * @param value - a decoded JSON value
 * @param path - the keys to follow
 * @returns the value at `path` in plain objects (never in arrays, never inherited), or `undefined`
 */
export function jsonValueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A body decoded by {@link Wire.decode}, its shape not checked yet. */
export interface DecodedBody {
  /** The decoded value, nothing checked; meaningless when `keyBound` is -1. */
  readonly value: unknown;
  /** At least as many as the keys the text names (-1: not decoded, so only `finish` can tell). */
  readonly keyBound: number;
  /** Checks the value as `read` would and returns what `read` would (throws as `read` would). */
  readonly finish: () => unknown;
}
