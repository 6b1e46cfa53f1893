// Type helpers for the type tests.

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * A schema output without the `[key: string]: unknown` index signatures that zod's loose objects
 * add (they keep unknown fields at run time; the published interfaces stay exact).
 */
export type WithoutIndexSignatures<T> = T extends Primitive
  ? T
  : T extends readonly (infer Item)[]
    ? WithoutIndexSignatures<Item>[]
    : { [K in keyof T as string extends K ? never : K]: WithoutIndexSignatures<T[K]> };
