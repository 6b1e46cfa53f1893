import type { KycOutcome, KycOutcomeReason, KycOutcomeStatus } from '../types.js';

/** A discriminant value's outcome: its status, and whether no other callback follows. */
export type StatusRow = readonly [status: KycOutcomeStatus, final: boolean];

/** The statuses whose callbacks carry reasons. */
export const explained: ReadonlySet<KycOutcomeStatus> = new Set(['rejected', 'review', 'error']);

/**
 * @param values - fields and what the callback holds in them (`null` and `""` mean not sent)
 * @returns the fields that hold a value, or `undefined` when none does
 */
export function present(values: Readonly<Record<string, unknown>>): Readonly<Record<string, string>> | undefined {
  const kept = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * @param field - the provider field the codes came from
 * @param codes - the codes, if any (anything else gives none)
 * @returns one reason per code that is a non-empty string
 */
export function codeReasons(field: string, codes: unknown): KycOutcomeReason[] {
  // An unknown service's entry (kept as it came) need not be a list.
  return (Array.isArray(codes) ? (codes as unknown[]) : []).filter((code): code is string => typeof code === 'string' && code !== '').map((code) => ({ field, code }));
}

/**
 * @param parts - the values that tell one callback from another
 * @returns a key no other list of parts gives (JSON, so no separator inside a value can collide)
 */
export function keyOf(...parts: readonly (string | number | boolean | null | undefined)[]): string {
  return JSON.stringify(parts.map((part) => part ?? null));
}

/** @returns the string, or `undefined` for `null`, `undefined` and `""` */
export function nonEmpty(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** @returns the outcome without its keys whose value is `undefined` (the output is plain JSON data) */
export function withOptional(outcome: { readonly [K in keyof KycOutcome]-?: KycOutcome[K] | undefined }): KycOutcome {
  return Object.fromEntries(Object.entries(outcome).filter(([, value]) => value !== undefined)) as unknown as KycOutcome;
}
