import type { KycWebhookError } from '../core/errors.js';
import type { ParseOptions } from '../core/options.js';
import type { SigningKeys } from '../core/signature.js';
import type { JumioCallbackAddressOptions } from '../jumio/allowlist.js';
import type { VerifyJumioCallbackUrlOptions } from '../jumio/callback-token.js';
import type { deliveryChecks, KycCallbackKind, KycCallbackMap } from '../kinds.js';
import type { KycOutcome } from '../webhook/types.js';

type Checks = typeof deliveryChecks;

/** A callback kind delivered to a webhook (not an API response you fetch, such as Jumio's retrieval responses). */
export type WebhookKind = { [K in KycCallbackKind]: Checks[K] extends null ? never : K }[KycCallbackKind];

/** A webhook kind whose deliveries carry a signature header (iDenfy, Shufti, Onfido). */
export type SignedKind = { [K in WebhookKind]: Checks[K] extends { readonly signature: null } ? never : K }[WebhookKind];

/** A webhook kind whose provider signs nothing (Jumio): checked by address and callback URL token instead. */
export type UnsignedKind = Exclude<WebhookKind, SignedKind>;

/** What the callback function is told besides the callback. */
export interface KycCallbackContext<K extends KycCallbackKind = KycCallbackKind> {
  readonly kind: K;
  /**
   * The de-duplication key of the callback's outcome: equal for two deliveries of the same callback.
   * Providers retry when an answer is slow or not 2xx, so store it and skip a key you have seen.
   */
  readonly key: string;
  /** The callback mapped to one outcome (`kycOutcome`). */
  readonly outcome: KycOutcome;
  /** iDenfy's `Idenfy-Event-Type` header, when it was sent. */
  readonly eventType?: string;
}

/** A delivery the handler acknowledged without calling the callback function, and why. */
export interface KycUnhandledDelivery<K extends KycCallbackKind = KycCallbackKind> {
  readonly kind: K;
  /**
   * `unknown_variant`: a status or event this version does not know (the error says which);
   * `other_event`: a verified iDenfy webhook of another type (`DOCUMENT_EXPIRATION`, AML monitoring, …),
   * named by `eventType`, which this library does not parse.
   */
  readonly reason: 'unknown_variant' | 'other_event';
  readonly eventType?: string;
  /** The parse error, for `unknown_variant`: its `variant` names the value. */
  readonly error?: KycWebhookError;
}

/** Where a failure happened, for {@link KycWebhookHandlerOptions.onError}. */
export interface KycHandlerFailure<K extends KycCallbackKind = KycCallbackKind> {
  readonly kind: K;
  /** The status the handler answered (or will answer) with. */
  readonly status: number;
  /**
   * `rejected`: the request was refused (a bad signature, address or token, a body too large or that
   * does not parse; `error` is a `KycWebhookError`, free of personal data). `callback`: the callback
   * function threw or rejected (`error` is what it threw). `configuration`: the handler is mounted
   * wrongly (a framework parsed the body first).
   */
  readonly stage: 'rejected' | 'callback' | 'configuration';
  readonly error: unknown;
}

interface CommonOptions<K extends KycCallbackKind> extends ParseOptions {
  /** The callback kind this endpoint receives. */
  readonly kind: K;
  /**
   * Called with each verified, parsed callback. The handler answers `200` once it resolves and `500`
   * if it throws or rejects, so the provider delivers it again; with `acknowledgeFirst`, it answers
   * `200` first and calls this after.
   */
  readonly onCallback: (callback: KycCallbackMap[K], context: KycCallbackContext<K>) => unknown;
  /**
   * Called for a delivery acknowledged with `200` without `onCallback`: a status or event this version
   * does not know, or (iDenfy) a webhook of another type. If it throws, the answer is `500`.
   */
  readonly onUnhandled?: (delivery: KycUnhandledDelivery<K>) => unknown;
  /** Called for every refused request and every failure, for your logs; its errors are ignored. */
  readonly onError?: (failure: KycHandlerFailure<K>) => void;
  /**
   * Answer `200` as soon as the callback is verified and parsed, and run `onCallback` after: for
   * callback functions slower than the provider's deadline (iDenfy waits 10 s). A failure then
   * reaches only `onError`, and the provider does not deliver again. Default `false`.
   */
  readonly acknowledgeFirst?: boolean;
}

/** Options of a handler for a signed kind (iDenfy, Shufti, Onfido): the key is required. */
export interface SignedKindOptions<K extends SignedKind> extends CommonOptions<K> {
  /** The signing key (iDenfy's callback signing key, Shufti's secret key, Onfido's webhook token), or a list while you rotate keys (Onfido: one per webhook). */
  readonly key: SigningKeys;
}

/** Options of a handler for a kind whose provider signs nothing (Jumio). */
export interface UnsignedKindOptions<K extends UnsignedKind, Request> extends CommonOptions<K> {
  /**
   * Accept only Jumio's documented callback addresses. `peerAddress` returns the address your proxy
   * setup trusts (the socket's peer with no proxy, your proxy's forwarded address with one); never
   * read a raw `X-Forwarded-For`, which anyone can send. A refused address is answered `403`.
   */
  readonly callbackAddresses?: JumioCallbackAddressOptions & { readonly peerAddress: (request: Request) => string | undefined };
  /** Accept only requests whose URL carries the token `signJumioCallbackUrl` added; a bad token is answered `401`. */
  readonly callbackToken?: VerifyJumioCallbackUrlOptions;
}

/**
 * Options of a webhook handler: the kind, its key (signed kinds) or its address and URL checks (Jumio),
 * the callback function, the hooks, and every parse option (`maxBytes` is also enforced while the body
 * streams).
 */
export type KycWebhookHandlerOptions<K extends WebhookKind, Request> = K extends SignedKind
  ? SignedKindOptions<K>
  : K extends UnsignedKind
    ? UnsignedKindOptions<K, Request>
    : never;

/** Every kind's options as one shape, for the code that runs any of them. */
export interface AnyHandlerOptions extends ParseOptions {
  readonly kind: WebhookKind;
  readonly key?: SigningKeys;
  readonly onCallback: (callback: never, context: never) => unknown;
  readonly onUnhandled?: (delivery: never) => unknown;
  readonly onError?: (failure: never) => void;
  readonly acknowledgeFirst?: boolean;
  readonly callbackAddresses?: JumioCallbackAddressOptions & { readonly peerAddress: (request: never) => string | undefined };
  readonly callbackToken?: VerifyJumioCallbackUrlOptions;
}
