// The response policy, apart from any server: authenticate, read, verify, parse, then call the
// callback function, and choose the status for each outcome. fetch.ts and node.ts adapt it.
import type { RawBody } from '../core/body.js';
import type { KycWebhookIssueCode } from '../core/error-types.js';
import { KycWebhookError } from '../core/errors.js';
import { defaultLimits, resolveOptions, type ParseOptions } from '../core/options.js';
import type { ParseResult } from '../core/result.js';
import { signatureIssueCodes } from '../core/verified-parse.js';
import { isWireFailure } from '../core/wire-failure.js';
import { keyBytes, type SignatureResult, type SignatureSource, type SigningKeys } from '../core/signature.js';
import { callbackKinds, deliveryChecks } from '../kinds.js';
import { kycOutcome } from '../webhook/outcome.js';
import type { KycWebhook } from '../webhook/types.js';
import type { AnyHandlerOptions, KycCallbackContext, KycHandlerFailure, KycUnhandledDelivery } from './options.js';

/** A request as the policy sees it; each adapter makes one from its server's request. */
export interface Delivery<Request> {
  readonly request: Request;
  /** The URL the request was made to, absolute or as a path with its query. */
  readonly url: string;
  /** The request's headers, for the signature check and `Idenfy-Event-Type`. */
  readonly headers: SignatureSource;
  readonly header: (name: string) => string | undefined;
  /**
   * Reads the body, stopping as soon as it is longer than `maxBytes`. A record is a form a
   * framework already decoded (Express's `urlencoded()`), accepted for Jumio only.
   */
  readonly readBody: (maxBytes: number) => Promise<RawBody | Readonly<Record<string, string>> | 'too_large'>;
}

/** What to answer: a status and a JSON body, and, with `acknowledgeFirst`, the work to run after. */
export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly after?: () => Promise<void>;
}

const accepted = (handled = true): Answer => ({ status: 200, body: JSON.stringify(handled ? { received: true } : { received: true, handled: false }) });
const refused = (status: number, code: string): Answer => ({ status, body: JSON.stringify({ error: code }) });

const statusOfParseFailure: Partial<Record<KycWebhookError['code'], number>> = {
  body_too_large: 413,
  invalid_options: 500,
  internal_error: 500,
};

/** iDenfy's event types whose body is the identification result; any other is a webhook this library does not parse. */
const identificationEvent = /^IDENTIFICATION(?:_[A-Z_]+)?$/;

/**
 * Checks a handler's options once, when it is made, so a missing key fails at start-up rather than
 * on the first delivery.
 *
 * @param options - the handler's options
 * @throws TypeError naming what is wrong
 */
export function checkHandlerOptions(options: AnyHandlerOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('The handler options are required: { kind, onCallback, ... }');
  if (typeof options.kind !== 'string' || !Object.hasOwn(deliveryChecks, options.kind) || deliveryChecks[options.kind] === null) {
    const webhooks = Object.keys(deliveryChecks).filter((kind) => deliveryChecks[kind as keyof typeof deliveryChecks] !== null);
    throw new TypeError(`Not a webhook kind: expected one of ${webhooks.join(', ')}`);
  }
  if (typeof options.onCallback !== 'function') throw new TypeError('onCallback must be a function');
  const checks = deliveryChecks[options.kind];
  if (checks.signature !== null) keyBytes(options.key as SigningKeys);
  else {
    // Jumio's checks: a wrong key or a missing function fails here, not as a 500 on the first delivery.
    if (options.callbackToken !== undefined) void checks.callbackUrl('/', options.callbackToken);
    if (options.callbackAddresses !== undefined && typeof options.callbackAddresses.peerAddress !== 'function') {
      throw new TypeError('callbackAddresses.peerAddress must be a function returning the peer address your proxy setup trusts');
    }
  }
  try {
    resolveOptions(options);
  } catch (failure) {
    throw new TypeError(isWireFailure(failure) ? failure.issue.message : 'The parse options are invalid');
  }
}

/**
 * Runs the response policy on one delivery.
 *
 * @param options - the handler's options (checked by {@link checkHandlerOptions})
 * @param delivery - the request
 * @returns what to answer; it never rejects
 */
export async function receive<Request>(options: AnyHandlerOptions, delivery: Delivery<Request>): Promise<Answer> {
  const kind = options.kind;
  const report = (failure: Omit<KycHandlerFailure, 'kind'>) => {
    try {
      (options.onError as ((failure: KycHandlerFailure) => void) | undefined)?.({ kind, ...failure });
    } catch {
      // A logging hook must not change the answer.
    }
  };
  const reject = (status: number, error: KycWebhookError): Answer => {
    report({ status, stage: 'rejected', error });
    return refused(status, error.code);
  };
  const invalidSignature = (code: KycWebhookIssueCode, message: string) => new KycWebhookError('invalid_signature', kind, [{ path: [], code, message }]);

  try {
    const checks = deliveryChecks[kind];
    if (checks.signature === null && options.callbackAddresses !== undefined) {
      const { peerAddress, ...list } = options.callbackAddresses;
      if (!checks.callbackAddress((peerAddress as (request: Request) => string | undefined)(delivery.request), list)) {
        return reject(403, invalidSignature('address_not_allowed', "The request's peer address is not one of Jumio's callback addresses"));
      }
    }
    if (checks.signature === null && options.callbackToken !== undefined) {
      const token = await checks.callbackUrl(delivery.url, options.callbackToken);
      if (!token.valid) return reject(401, invalidSignature(signatureIssueCodes[token.reason], 'The callback URL token is missing, malformed or wrong'));
    }

    const maxBytes = options.maxBytes ?? defaultLimits.maxBytes;
    const body = await delivery.readBody(maxBytes);
    if (body === 'too_large') {
      return reject(413, new KycWebhookError('body_too_large', kind, [{ path: [], code: 'body_too_large', message: `The body is larger than maxBytes (${maxBytes})` }]));
    }

    if (checks.signature !== null) {
      const result: SignatureResult = await checks.signature(body as RawBody, delivery.headers, options.key as SigningKeys);
      if (!result.valid) return reject(401, invalidSignature(signatureIssueCodes[result.reason], 'The signature is missing, malformed or does not match the body'));
    }

    const eventType = kind === 'idenfy' ? delivery.header('idenfy-event-type') : undefined;
    const withEvent = eventType === undefined ? {} : { eventType };
    if (eventType !== undefined && !identificationEvent.test(eventType)) {
      return await unhandled(options, { kind, reason: 'other_event', ...withEvent }, report);
    }

    const parsed = (callbackKinds[kind].safeParse as (body: unknown, options: ParseOptions) => ParseResult<KycWebhook['callback']>)(body, parseOptionsOf(options));
    if (!parsed.success) {
      const { error } = parsed;
      if (error.code === 'unknown_variant') return await unhandled(options, { kind, reason: 'unknown_variant', error, ...withEvent }, report);
      const status = statusOfParseFailure[error.code] ?? 400;
      if (status === 500) {
        report({ status, stage: 'configuration', error });
        return refused(status, error.code);
      }
      return reject(status, error);
    }

    const outcome = kycOutcome({ kind, callback: parsed.data } as KycWebhook);
    const context: KycCallbackContext = { kind, key: outcome.key, outcome, ...withEvent };
    const run = async () => {
      await (options.onCallback as (callback: unknown, context: KycCallbackContext) => unknown)(parsed.data, context);
    };
    if (options.acknowledgeFirst === true) {
      return { ...accepted(), after: () => run().catch((error: unknown) => report({ status: 200, stage: 'callback', error })) };
    }
    try {
      await run();
    } catch (error) {
      report({ status: 500, stage: 'callback', error });
      return refused(500, 'callback_failed');
    }
    return accepted();
  } catch (error) {
    // A bug of ours or a throwing option (a peerAddress function, say): answer so the provider retries.
    report({ status: 500, stage: 'configuration', error });
    return refused(500, 'internal_error');
  }
}

async function unhandled(
  options: AnyHandlerOptions,
  delivery: KycUnhandledDelivery,
  report: (failure: Omit<KycHandlerFailure, 'kind'>) => void,
): Promise<Answer> {
  try {
    await (options.onUnhandled as ((delivery: KycUnhandledDelivery) => unknown) | undefined)?.(delivery);
  } catch (error) {
    report({ status: 500, stage: 'callback', error });
    return refused(500, 'callback_failed');
  }
  return accepted(false);
}

function parseOptionsOf(options: ParseOptions): ParseOptions {
  const { strict, maxBytes, maxFields, maxDepth, maxItems } = options;
  return Object.fromEntries(Object.entries({ strict, maxBytes, maxFields, maxDepth, maxItems }).filter(([, value]) => value !== undefined));
}
