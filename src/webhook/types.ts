// The cross-provider types: a detected webhook, its normalized outcome, its redacted copy, and the
// options of detection. Types only, so `kyc-webhooks/types` re-exports them.
import type { KycCallbackKind, KycCallbackMap } from '../kinds.js';
import type { ParseOptions } from '../core/options.js';

/** A vendor that sends callbacks. */
export type KycProvider = 'jumio' | 'idenfy' | 'shufti' | 'onfido';

/**
 * A detected callback: its kind and the callback that kind's parser returned, as one union
 * discriminated by `kind`, so `switch (webhook.kind)` narrows `webhook.callback`.
 */
export type KycWebhook = { [K in KycCallbackKind]: { readonly kind: K; readonly callback: KycCallbackMap[K] } }[KycCallbackKind];

/**
 * Request headers, as a Web `Headers` (anything with `get`) or a Node header record
 * (`request.headers` of `node:http`, Express), whose names are lowercase.
 */
export type KycWebhookHeaders = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of `parseKycWebhook`: every {@link ParseOptions}, and the request's headers. */
export interface KycWebhookOptions extends ParseOptions {
  /**
   * The request headers. A signature header (`Idenfy-Signature`; `Signature` or `sp_signature`;
   * `X-SHA2-Signature` or `X-Signature`)
   * names the provider, and the content type the wire format (form or JSON); without them the body's
   * shape alone decides.
   */
  readonly headers?: KycWebhookHeaders | null;
}

/**
 * Where a verification stands, the same words for every provider:
 * `approved` (passed), `rejected` (failed), `review` (someone must look, or the provider is
 * looking), `pending` (no decision yet), `expired` (the session or token ran out), `cancelled` (the
 * user or you stopped it, or its data was deleted), `error` (a problem with the request or the
 * provider, not a verdict on the person).
 */
export type KycOutcomeStatus = 'approved' | 'rejected' | 'review' | 'pending' | 'expired' | 'cancelled' | 'error';

/** One of the provider's own reasons for a rejection, a review or an error, as sent. */
export interface KycOutcomeReason {
  /** The provider field it came from, e.g. `rejectReason.rejectReasonCode`, `status.fraudTags`, `declined_codes`. */
  readonly field: string;
  /** The provider's code (`100`, `FACE_MISMATCH`, `SPDR06`), where it sends one. */
  readonly code?: string;
  /** The provider's own description, where it sends one. */
  readonly description?: string;
}

/** The person, as the callback carries it; each field absent when the provider did not send it. */
export interface KycOutcomePerson {
  readonly firstName?: string;
  readonly middleName?: string;
  readonly lastName?: string;
  /** The full name, only where the provider sends one as such. */
  readonly fullName?: string;
  /** As the provider sends it (usually `YYYY-MM-DD`). */
  readonly dateOfBirth?: string;
  readonly nationality?: string;
}

/** The identity document, as the callback carries it; each field absent when not sent. */
export interface KycOutcomeDocument {
  /** The provider's own document type code (`PASSPORT`, `ID_CARD`, `passport`, `CC`, …). */
  readonly type?: string;
  readonly number?: string;
  /** As the provider sends it (ISO 3166 alpha-2 or alpha-3). */
  readonly issuingCountry?: string;
  /** The expiry date, as the provider sends it. */
  readonly expiry?: string;
}

/**
 * One callback of any provider, normalized: enough to decide, with the provider's own data kept
 * on the callback. Made by `kycOutcome`.
 */
export interface KycOutcome {
  readonly kind: KycCallbackKind;
  readonly provider: KycProvider;
  /** The provider's id of the verification (Jumio's scan reference, iDenfy's `scanRef`, Shufti's `reference`, Onfido's check or workflow run id). */
  readonly providerReference?: string;
  /** The id you sent when you started it, where the provider echoes one. */
  readonly clientReference?: string;
  readonly status: KycOutcomeStatus;
  /** `false` when another callback will follow for the same verification (act only on `true`). */
  readonly final: boolean;
  /** The provider's own codes and descriptions for a rejection, a review or an error; empty otherwise. */
  readonly reasons: readonly KycOutcomeReason[];
  /**
   * A de-duplication key: equal for two deliveries of the same callback, different for different
   * callbacks (the kind, the provider's reference, the discriminant, and the provider's timestamp
   * where it sends one).
   */
  readonly key: string;
  /** For a callback that carries no decision: where the result is fetched from. */
  readonly resultFrom?: string;
  readonly person?: KycOutcomePerson;
  readonly document?: KycOutcomeDocument;
}

/**
 * A value as `redactKycWebhook` leaves it: every string and number may be the marker
 * `'[redacted]'` (only personal fields are, but the type does not say which).
 */
export type Redacted<T> = T extends string | number
  ? T | '[redacted]'
  : T extends readonly (infer Item)[]
    ? Redacted<Item>[]
    : T extends object
      ? { [Key in keyof T]: Redacted<T[Key]> }
      : T;

/** A detected webhook with every personal field replaced by `'[redacted]'`: the shape of {@link KycWebhook}. */
export type RedactedKycWebhook = { [K in KycCallbackKind]: { readonly kind: K; readonly callback: Redacted<KycCallbackMap[K]> } }[KycCallbackKind];
