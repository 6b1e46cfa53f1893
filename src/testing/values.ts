import * as fc from 'fast-check';

// Arbitraries for wire values every provider's arbitraries share.

/** Options every callback arbitrary takes. */
export interface ArbitraryOptions {
  /**
   * Also generate fields this version does not know, which parsing keeps and serializing writes
   * back. Off by default, so generated callbacks look like what the provider documents.
   * @defaultValue false
   */
  readonly unknownFields?: boolean;
  /**
   * Also generate enumeration values this version does not know (about one in five), which
   * parsing keeps and strict mode rejects. Set it to `false` to generate documented values only,
   * for example to test code that parses with `{ strict: true }`.
   * @defaultValue true
   */
  readonly newValues?: boolean;
}

/**
 * Text as a person or a system would type it: any Unicode (well-formed), plus the characters form
 * and JSON encoding treat specially. Never empty.
 *
 * @returns an arbitrary of non-empty strings
 */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
    fc.string({ unit: fc.constantFrom('&', '=', '+', '%', '%2F', ' ', '"', '{', '\\', 'N/A', 'é', '😀'), minLength: 1, maxLength: 8 }),
  );
}

/**
 * @param known - the documented values
 * @param options - whether new values are generated too
 * @returns an arbitrary of mostly documented values, sometimes a new one (unless
 *   `options.newValues` is `false`)
 */
export function openEnumValue<const T extends string>(known: readonly T[], options: ArbitraryOptions | undefined): fc.Arbitrary<T | (string & {})> {
  const documented = fc.constantFrom(...known);
  if (options?.newValues === false) return documented;
  const fresh = fc.stringMatching(/^[A-Z][A-Z_]{0,20}$/).filter((value) => !(known as readonly string[]).includes(value));
  return fc.oneof({ arbitrary: documented, weight: 4 }, { arbitrary: fresh, weight: 1 });
}

/** @returns an arbitrary of `YYYY-MM-DD` calendar dates */
export function calendarDate(): fc.Arbitrary<string> {
  return instant().map((date) => date.toISOString().slice(0, 10));
}

/** @returns an arbitrary of `YYYY-MM-DDThh:mm:ss.SSSZ` timestamps */
export function timestamp(): fc.Arbitrary<string> {
  return instant().map((date) => date.toISOString());
}

function instant(): fc.Arbitrary<Date> {
  return fc.date({ min: new Date('1900-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true });
}

/**
 * @returns an arbitrary of JSON values exactly as they survive `JSON.stringify` and a parse
 *   (`fc.jsonValue` alone can produce `-0`, which JSON turns into `0`, and `__proto__` keys, which
 *   the parsers drop)
 */
export function jsonData(): fc.Arbitrary<unknown> {
  return fc
    .jsonValue({ maxDepth: 2 })
    .map((value) => JSON.parse(JSON.stringify(value), (key, item: unknown) => (key === '__proto__' ? undefined : item)) as unknown);
}

/**
 * @param known - field names the callback already has
 * @returns an arbitrary of names no provider uses (they start with `x`) and not among `known`
 */
export function unknownFieldName(known: readonly string[]): fc.Arbitrary<string> {
  return fc.stringMatching(/^x[A-Za-z0-9]{1,12}$/).filter((name) => !known.includes(name));
}

/**
 * Adds unknown fields to generated objects when asked to.
 *
 * @param known - an arbitrary of objects with only known fields
 * @param knownNames - every field name the object's type declares
 * @param value - an arbitrary of unknown fields' values
 * @param options - whether to add unknown fields at all
 * @returns the objects, with unknown fields merged in when `options.unknownFields` is set
 */
export function withUnknownFields<T extends object>(
  known: fc.Arbitrary<T>,
  knownNames: readonly string[],
  value: fc.Arbitrary<unknown>,
  options: ArbitraryOptions | undefined,
): fc.Arbitrary<T> {
  if (!options?.unknownFields) return known;
  const extra = fc.dictionary(unknownFieldName(knownNames), value, { maxKeys: 3 });
  return fc.tuple(known, extra).map(([fields, unknown]) => ({ ...unknown, ...fields }));
}

/**
 * @param all - every variant of a kind
 * @param chosen - the variant or variants asked for; every variant when `undefined`
 * @param variant - the arbitrary of one variant
 * @returns an arbitrary of the chosen variants, each as likely as the others
 */
export function variantsOf<V, T>(all: readonly V[], chosen: V | readonly V[] | undefined, variant: (value: V) => fc.Arbitrary<T>): fc.Arbitrary<T> {
  const wanted = chosen === undefined ? all : ([] as readonly V[]).concat(chosen);
  return fc.oneof(...wanted.map(variant));
}
