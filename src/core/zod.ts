// The zod the parsers are built with: zod classic's containers (the exported schemas are classic
// ones, and zod's objects take its JIT fast path where zod runs: on bodies the validation plan of
// `plan.ts` rejects, and in `serialize*`), with zod mini's leaf types and checks. A classic string
// or number carries every format method (email, url, …) and their patterns, about 5 KB gzipped
// that no parser here uses; a mini leaf parses the same way. Leaves therefore take no methods: wrap
// them (`optional(z.string())`, with `optional` from `fields.ts`) or add checks
// (`z.string().check(z.regex(…))`). Listed one by one so bundlers can tree-shake.
export {
  NEVER,
  array,
  codec,
  config,
  custom,
  discriminatedUnion,
  enum,
  lazy,
  literal,
  looseObject,
  nullable,
  safeEncode,
  safeParse,
  strictObject,
  union,
  util,
} from 'zod';
export type { ZodObject, ZodType, core, input, output } from 'zod';
export { boolean, gte, int, lte, null, number, optional, regex, string, unknown } from 'zod/mini';
export type { ZodMiniExactOptional } from 'zod/mini';
