import type { fc } from '@fast-check/vitest';
import type { KycCallbackKind, KycCallbackMap, KycWebhook } from '../../src/index.js';
import { callbackKinds } from '../../src/kinds.js';
import { arbitraryIdenfy, arbitraryJumioDocVerification, arbitraryJumioNetverify, arbitraryShufti } from '../../src/testing/index.js';

/** Each kind's arbitrary of callbacks, unknown fields and new enumeration values included; a kind missing here does not compile. */
export const arbitraries: { readonly [K in KycCallbackKind]: fc.Arbitrary<KycCallbackMap[K]> } = {
  'jumio-netverify': arbitraryJumioNetverify({ unknownFields: true }),
  'jumio-doc-verification': arbitraryJumioDocVerification({ unknownFields: true }),
  idenfy: arbitraryIdenfy({ unknownFields: true }),
  shufti: arbitraryShufti({ unknownFields: true }),
};

/** Every kind of the registry. */
export const kinds = Object.keys(callbackKinds) as KycCallbackKind[];

/**
 * @param kind - a callback kind
 * @param callback - a callback of it
 * @returns the callback written as its kind's wire body
 */
export function serializeAs<K extends KycCallbackKind>(kind: K, callback: KycCallbackMap[K]): string {
  return (callbackKinds[kind].serialize as (callback: KycCallbackMap[K]) => string)(callback);
}

/**
 * @param kind - a callback kind
 * @param callback - a callback of it
 * @returns the two as a webhook
 */
export function webhookOf<K extends KycCallbackKind>(kind: K, callback: KycCallbackMap[K]): KycWebhook {
  return { kind, callback } as KycWebhook;
}
