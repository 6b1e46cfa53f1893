import { wireFailure } from './wire-failure.js';

/**
 * Options every `parse*` and `safeParse*` function takes. All are optional.
 */
export interface ParseOptions {
  /**
   * Reject fields and enumeration values this version does not know, to detect provider drift.
   * By default unknown fields are kept and new enumeration values parse.
   * @defaultValue false
   */
  readonly strict?: boolean;
  /**
   * The largest raw body accepted, in UTF-8 bytes; a longer one is `body_too_large`.
   * Applies to `string`, `Uint8Array` and `ArrayBuffer` bodies.
   * @defaultValue 131072 (128 KiB: several times the largest real bodies, tens of KiB, while the
   *   slowest body that fits stays under about 2 ms to parse)
   */
  readonly maxBytes?: number;
  /**
   * The most fields accepted in a form-encoded body, and the most keys in any one JSON object;
   * more is `too_many_fields`.
   * @defaultValue 256
   */
  readonly maxFields?: number;
  /**
   * The deepest nesting of arrays and objects accepted in a JSON value; deeper is `nesting_too_deep`.
   * @defaultValue 32
   */
  readonly maxDepth?: number;
  /**
   * The most items accepted in any one JSON array (an AML list, a list of hits, tags, images), in
   * the body and in JSON held by a form field; more is `too_many_items`. With `maxBytes` it bounds
   * the work an invalid body can cause.
   * @defaultValue 1000 (real lists hold tens of items: a Shufti body with AML hits, tens of KiB,
   *   holds well under a hundred hits)
   */
  readonly maxItems?: number;
}

/** The default limits, as documented on {@link ParseOptions}. */
export const defaultLimits = /* @__PURE__ */ Object.freeze({ maxBytes: 131_072, maxFields: 256, maxDepth: 32, maxItems: 1000 });

/** {@link ParseOptions} with every default filled in. */
export interface ResolvedOptions {
  readonly strict: boolean;
  readonly maxBytes: number;
  readonly maxFields: number;
  readonly maxDepth: number;
  readonly maxItems: number;
}

/**
 * Fills in the defaults and checks the options. `null` means no options, as `undefined` does.
 *
 * @param options - what the caller passed, if anything
 * @returns the options with defaults filled in
 * @throws WireFailure with `invalid_options` when a limit is not a non-negative integer or
 *   `Infinity`, or reading an option threw (a programming error, not a body error)
 */
export function resolveOptions(options: ParseOptions | null | undefined): ResolvedOptions {
  if (options === undefined || options === null) return defaults;
  let read: Partial<Record<keyof ParseOptions, unknown>>;
  try {
    // Each option is read once, so a getter cannot answer differently later.
    const { strict, maxBytes, maxFields, maxDepth, maxItems } = options;
    read = { strict, maxBytes, maxFields, maxDepth, maxItems };
  } catch {
    throw invalidOption('Reading the options threw');
  }
  return {
    strict: Boolean(read.strict),
    maxBytes: limit('maxBytes', read.maxBytes),
    maxFields: limit('maxFields', read.maxFields),
    maxDepth: limit('maxDepth', read.maxDepth),
    maxItems: limit('maxItems', read.maxItems),
  };
}

const defaults: ResolvedOptions = { strict: false, ...defaultLimits };

function limit(name: keyof typeof defaultLimits, value: unknown): number {
  if (value === undefined) return defaultLimits[name];
  if (value !== Infinity && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
    throw invalidOption(`Expected ${name} to be a non-negative integer or Infinity`);
  }
  return value as number;
}

function invalidOption(message: string) {
  return wireFailure('invalid_options', 'invalid_option', message);
}
