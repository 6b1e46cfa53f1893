import type { KycCallbackKind, KycCallbackMap } from '../kinds.js';
import { idenfyOutcome } from './outcome/idenfy.js';
import { jumioDocVerificationOutcome, jumioNetverifyOutcome } from './outcome/jumio.js';
import { jumioPlatformOutcome, jumioRetrievalOutcome, jumioRetrievalStatusOutcome } from './outcome/jumio-platform.js';
import { onfidoOutcome } from './outcome/onfido.js';
import { shuftiOutcome } from './outcome/shufti.js';
import type { KycOutcome, KycWebhook } from './types.js';

/** Each kind's mapping to the outcome; a kind missing here does not compile. */
const outcomes: { readonly [K in KycCallbackKind]: (callback: KycCallbackMap[K]) => KycOutcome } = {
  'jumio-netverify': jumioNetverifyOutcome,
  'jumio-doc-verification': jumioDocVerificationOutcome,
  'jumio-platform': jumioPlatformOutcome,
  'jumio-retrieval': jumioRetrievalOutcome,
  'jumio-retrieval-status': jumioRetrievalStatusOutcome,
  idenfy: idenfyOutcome,
  shufti: shuftiOutcome,
  onfido: onfidoOutcome,
};

/**
 * Maps a detected webhook (or a callback with its kind) to one normalized outcome: a status in the
 * same words for every provider, whether it is final, the provider's own reasons, a de-duplication
 * key, and the person and document where the callback carries them. A discriminant value this
 * version does not know maps to `error`, never to `approved`.
 *
 * @param webhook - what `parseKycWebhook` returned, or `{ kind, callback }` for a callback parsed by its kind's parser
 * @returns the outcome, plain JSON data
 *
 * @example
 * ```ts
 * const outcome = kycOutcome(parseKycWebhook(body, { headers }));
 * if (outcome.final && outcome.status === 'approved') await approve(outcome.clientReference);
 * ```
 */
export function kycOutcome(webhook: KycWebhook): KycOutcome {
  return (outcomes[webhook.kind] as (callback: KycWebhook['callback']) => KycOutcome)(webhook.callback);
}
