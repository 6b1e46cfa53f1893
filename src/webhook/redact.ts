import { personalFields, type KycCallbackKind } from '../kinds.js';
import type { KycWebhook, RedactedKycWebhook } from './types.js';

/** What a personal value is replaced with. */
export const redactedMarker = '[redacted]';

/** A tree of path patterns: `true` where a path ends (that field and everything in it is personal). */
interface PatternTree {
  [key: string]: PatternTree | true;
}

const trees = new Map<KycCallbackKind, PatternTree>();

function treeOf(kind: KycCallbackKind): PatternTree {
  let tree = trees.get(kind);
  if (tree === undefined) {
    tree = Object.create(null) as PatternTree;
    for (const path of personalFields[kind]) {
      const keys = path.split('.');
      let node = tree;
      for (const [index, key] of keys.entries()) {
        if (index === keys.length - 1) node[key] = true;
        else {
          const next = node[key];
          node = next === true ? {} : (node[key] = next ?? (Object.create(null) as PatternTree));
        }
      }
    }
    trees.set(kind, tree);
  }
  return tree;
}

/**
 * Returns a copy of a detected webhook with every personal-data field (names, dates of birth,
 * document numbers, addresses, file URLs, IP addresses, e-mail, free text) replaced by
 * `'[redacted]'`, for logs and support tickets: inside a personal field, every string and number
 * is replaced, and `null`s and booleans are kept. The lists of personal fields live beside each
 * kind's schema. Fields this version does not know are kept as they came.
 *
 * @param webhook - what `parseKycWebhook` returned, or `{ kind, callback }`
 * @returns the same shape, sharing nothing with the input
 *
 * @example
 * ```ts
 * logger.info(redactKycWebhook(webhook), 'KYC callback');
 * ```
 */
export function redactKycWebhook(webhook: KycWebhook): RedactedKycWebhook {
  return { kind: webhook.kind, callback: walk(webhook.callback, [treeOf(webhook.kind)]) } as RedactedKycWebhook;
}

/**
 * @param value - a part of the callback
 * @param patterns - the pattern nodes that reach it
 * @returns a copy, with the values under a completed pattern redacted
 */
function walk(value: unknown, patterns: readonly PatternTree[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  const copied = entries.map(([key, item]) => {
    const next: PatternTree[] = [];
    let personal = false;
    for (const pattern of patterns) {
      for (const child of [pattern[key], pattern['*']]) {
        if (child === true) personal = true;
        else if (child !== undefined) next.push(child);
      }
    }
    return [key, personal ? redactAll(item) : next.length > 0 ? walk(item, next) : copy(item)] as const;
  });
  return Array.isArray(value) ? copied.map(([, item]) => item) : Object.fromEntries(copied);
}

function redactAll(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return redactedMarker;
  if (typeof value !== 'object' || value === null) return value;
  return Array.isArray(value) ? value.map(redactAll) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactAll(item)]));
}

function copy(value: unknown): unknown {
  return walk(value, []);
}
