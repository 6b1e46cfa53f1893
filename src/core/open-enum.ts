/**
 * An enumeration the provider may extend: the documented values autocomplete, and any other
 * string is accepted too (unless parsing with `strict`).
 */
export type OpenEnum<T extends string> = T | (string & {});
