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
