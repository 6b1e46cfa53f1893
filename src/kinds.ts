// The registry of callback kinds: every kind, once. The barrels, the command line, the test support
// and cross-provider detection read it; each is typed against `KycCallbackMap`, so a kind missing from
// any of them does not compile. Adding a kind: its folder, one line in the map, one in the registry.
import { idenfyPersonalFields } from './idenfy/personal.js';
import { verifyIdenfySignature } from './idenfy/signature.js';
import { idenfyDefinition } from './idenfy/schema.js';
import type { IdenfyCallback } from './idenfy/types.js';
import { isJumioCallbackAddress } from './jumio/allowlist.js';
import { verifyJumioCallbackUrl } from './jumio/callback-token.js';
import { jumioDocVerificationPersonalFields } from './jumio/doc-verification/personal.js';
import { jumioDocVerificationDefinition } from './jumio/doc-verification/schema.js';
import type { JumioDocVerificationCallback } from './jumio/doc-verification/types.js';
import { jumioNetverifyPersonalFields } from './jumio/netverify/personal.js';
import { jumioNetverifyDefinition } from './jumio/netverify/schema.js';
import type { JumioNetverifyCallback } from './jumio/netverify/types.js';
import { jumioPlatformPersonalFields } from './jumio/platform/personal.js';
import { jumioPlatformDefinition } from './jumio/platform/schema.js';
import type { JumioPlatformCallback } from './jumio/platform/types.js';
import { jumioRetrievalPersonalFields } from './jumio/retrieval/personal.js';
import { jumioRetrievalDefinition } from './jumio/retrieval/schema.js';
import type { JumioRetrievalResponse } from './jumio/retrieval/types.js';
import { jumioRetrievalStatusPersonalFields } from './jumio/retrieval-status/personal.js';
import { jumioRetrievalStatusDefinition } from './jumio/retrieval-status/schema.js';
import type { JumioRetrievalStatusResponse } from './jumio/retrieval-status/types.js';
import { onfidoPersonalFields } from './onfido/personal.js';
import { verifyOnfidoSignature } from './onfido/signature.js';
import { onfidoDefinition } from './onfido/schema.js';
import type { OnfidoCallback } from './onfido/types.js';
import { shuftiPersonalFields } from './shufti/personal.js';
import { verifyShuftiSignature } from './shufti/signature.js';
import { shuftiDefinition } from './shufti/schema.js';
import type { ShuftiCallback } from './shufti/types.js';

/** Every callback kind the library parses, and the type its parser returns. */
export interface KycCallbackMap {
  'jumio-netverify': JumioNetverifyCallback;
  'jumio-doc-verification': JumioDocVerificationCallback;
  'jumio-platform': JumioPlatformCallback;
  /** An API response (`webhook: false`): detection and the HTTP handlers leave it out. */
  'jumio-retrieval': JumioRetrievalResponse;
  /** An API response (`webhook: false`): detection and the HTTP handlers leave it out. */
  'jumio-retrieval-status': JumioRetrievalStatusResponse;
  idenfy: IdenfyCallback;
  shufti: ShuftiCallback;
  onfido: OnfidoCallback;
}

/** The name of a callback kind (`'jumio-netverify'`, `'idenfy'`, …); every error names the one it came from. */
export type KycCallbackKind = keyof KycCallbackMap;

/** Each kind's definition, by name: its vendor, wire, discriminants, schema and parser trio. */
export const callbackKinds = {
  'jumio-netverify': jumioNetverifyDefinition,
  'jumio-doc-verification': jumioDocVerificationDefinition,
  'jumio-platform': jumioPlatformDefinition,
  'jumio-retrieval': jumioRetrievalDefinition,
  'jumio-retrieval-status': jumioRetrievalStatusDefinition,
  idenfy: idenfyDefinition,
  shufti: shuftiDefinition,
  onfido: onfidoDefinition,
} as const satisfies { readonly [K in KycCallbackKind]: { readonly kind: K; readonly parse: (body: never) => KycCallbackMap[K] } };

/**
 * Each kind's personal-data fields (names, dates of birth, document numbers, addresses, file URLs,
 * IP addresses, e-mail, free text), which `redactKycWebhook` replaces: paths into the callback, `*`
 * for any key or array index, each naming a field and everything inside it. Each list lives in its
 * kind's folder (`personal.ts`).
 */
export const personalFields: { readonly [K in KycCallbackKind]: readonly string[] } = {
  'jumio-netverify': jumioNetverifyPersonalFields,
  'jumio-doc-verification': jumioDocVerificationPersonalFields,
  'jumio-platform': jumioPlatformPersonalFields,
  'jumio-retrieval': jumioRetrievalPersonalFields,
  'jumio-retrieval-status': jumioRetrievalStatusPersonalFields,
  idenfy: idenfyPersonalFields,
  shufti: shuftiPersonalFields,
  onfido: onfidoPersonalFields,
};

/** Jumio's checks of a delivery, for a provider that signs nothing: its documented addresses, and a token in the callback URL. */
const jumioChecks = { signature: null, callbackAddress: isJumioCallbackAddress, callbackUrl: verifyJumioCallbackUrl } as const;

/**
 * How a delivery of each webhook kind is authenticated (the HTTP handlers read it): the signature
 * check of a signed provider, or Jumio's address and callback URL checks; `null` for a kind that is
 * an API response you fetch, never delivered to a webhook.
 */
export const deliveryChecks = {
  'jumio-netverify': jumioChecks,
  'jumio-doc-verification': jumioChecks,
  'jumio-platform': jumioChecks,
  'jumio-retrieval': null,
  'jumio-retrieval-status': null,
  idenfy: { signature: verifyIdenfySignature },
  shufti: { signature: verifyShuftiSignature },
  // The handlers check X-SHA2-Signature only: the legacy SHA-1 opt-in is verifyOnfidoSignature's.
  onfido: { signature: verifyOnfidoSignature },
} as const satisfies { readonly [K in KycCallbackKind]: object | null };
