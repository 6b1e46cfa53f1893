import type { fc } from '@fast-check/vitest';
import type { KycCallbackKind, KycCallbackMap, KycWebhook } from '../../src/index.js';
import { callbackKinds } from '../../src/kinds.js';
import { parsers } from './parsers.js';

/** Each kind's arbitrary of callbacks, unknown fields and new enumeration values included (from parsers.ts, where a kind missing does not compile). */
export const arbitraries = Object.fromEntries(parsers.map((parser) => [parser.name, parser.arbitrary({ unknownFields: true })])) as {
  readonly [K in KycCallbackKind]: fc.Arbitrary<KycCallbackMap[K]>;
};

/** Every kind of the registry. */
export const kinds = Object.keys(callbackKinds) as KycCallbackKind[];

/**
 * @param kind - a callback kind
 * @param callback - a callback of it
 * @returns the callback written as its kind's wire body
 */
export function serializeAs<K extends KycCallbackKind>(kind: K, callback: KycCallbackMap[K]): string {
  return (callbackKinds[kind].serialize as unknown as (callback: KycCallbackMap[K]) => string)(callback);
}

/**
 * @param kind - a callback kind
 * @param callback - a callback of it
 * @returns the two as a webhook
 */
export function webhookOf<K extends KycCallbackKind>(kind: K, callback: KycCallbackMap[K]): KycWebhook {
  return { kind, callback } as KycWebhook;
}
