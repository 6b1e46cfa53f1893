/** `T` without the keys `Key` (unlike `Omit`, it keeps the other keys of a type with an index signature). */
type Without<T, Key extends PropertyKey> = { [K in keyof T as K extends Key ? never : K]: T[K] };

/**
 * The union, one member per value of `T[Outer][Inner]`, of an object type whose nested
 * discriminant is itself a union. zod discriminates on top-level keys only, so a kind told apart by
 * a nested value (iDenfy's `status.overall`) is one object schema whose output type this spreads.
 */
export type ByNestedDiscriminant<T, Outer extends PropertyKey, Inner extends PropertyKey> = T extends {
  [O in Outer]: infer Sub extends { [I in Inner]: string };
}
  ? Sub[Inner] extends infer Value
    ? Value extends string
      ? Without<T, Outer> & { [O in Outer]: Without<Sub, Inner> & { [I in Inner]: Value } }
      : never
    : never
  : never;
