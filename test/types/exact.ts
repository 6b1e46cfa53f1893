// Type helpers for the type tests.

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * A schema output without the `[key: string]: unknown` index signatures that zod's loose objects
 * add (they keep unknown fields at run time; the published interfaces stay exact). An object with no
 * fields but its index signature is an open object, `Record<string, unknown>` in the interfaces, and
 * stays as it is.
 */
export type WithoutIndexSignatures<T> = T extends Primitive
  ? T
  : T extends readonly (infer Item)[]
    ? WithoutIndexSignatures<Item>[]
    : [KnownKeys<T>] extends [never]
      ? T
      : { [K in KnownKeys<T>]: WithoutIndexSignatures<T[K]> };

type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: unknown };

/**
 * Like {@link WithoutIndexSignatures}, but it drops only the `[key: string]: unknown` that zod's loose
 * objects add and keeps a typed index signature: iDenfy's open maps (`fileUrls`, `additionalSteps`,
 * …) declare one on purpose. Applied to both sides, so the `Record<string, unknown>` an interface
 * declares for an object iDenfy leaves open compares equal to the schema's loose `{}`.
 */
export type WithoutUnknownIndexSignatures<T> = T extends Primitive
  ? T
  : T extends readonly (infer Item)[]
    ? WithoutUnknownIndexSignatures<Item>[]
    : { [K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : K]: WithoutUnknownIndexSignatures<T[K]> };
