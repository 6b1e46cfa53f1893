// `kyc-webhooks/fetch`: a webhook endpoint as a function from a Web `Request` to a `Response`, for
// Next.js route handlers, Hono, Cloudflare Workers, `Deno.serve` and `Bun.serve`.
import { concatBytes } from '../core/signature.js';
import type { AnyHandlerOptions, KycWebhookHandlerOptions, WebhookKind } from './options.js';
import { checkHandlerOptions, receive, type Answer } from './receive.js';

/** What the runtime offers a handler beside the request. */
export interface FetchHandlerContext {
  /** Keeps the runtime alive for work after the response (Cloudflare's `ctx.waitUntil`, Vercel's `waitUntil`). */
  readonly waitUntil?: (promise: Promise<unknown>) => void;
}

/** A webhook endpoint: answers each request by the response policy (see the README's table). */
export type KycFetchHandler = (request: Request, context?: FetchHandlerContext | null) => Promise<Response>;

/**
 * Makes a webhook endpoint for one callback kind: it reads the raw body (refusing it as soon as it
 * is longer than `maxBytes`), authenticates it, parses it, and calls `onCallback` with the typed
 * callback, answering by the response policy: `401` for a bad signature, `413` for a body too
 * large, `400` for one that does not parse, `200` for a status this version does not know (after
 * `onUnhandled`), `200` once `onCallback` resolves, `500` if it throws. No answer holds a value
 * from the body.
 *
 * @param options - the kind, its key (iDenfy, Shufti, Onfido) or address and URL checks (Jumio), `onCallback`, the hooks and the parse options
 * @returns the handler
 * @throws TypeError, at once, when the options are wrong (an unknown kind, a missing or empty key)
 *
 * @example
 * ```ts
 * // app/webhooks/idenfy/route.ts (Next.js)
 * import { createFetchHandler } from 'kyc-webhooks/fetch';
 *
 * export const POST = createFetchHandler({
 *   kind: 'idenfy',
 *   key: IDENFY_SIGNING_KEY,
 *   onCallback: async (callback, { key }) => {
 *     if (callback.final) await markVerified(callback.clientId, callback.status.overall, key);
 *   },
 * });
 * ```
 */
export function createFetchHandler<const K extends WebhookKind>(options: KycWebhookHandlerOptions<K, Request> & { readonly kind: K }): KycFetchHandler {
  const settings = options as unknown as AnyHandlerOptions;
  checkHandlerOptions(settings);
  return async (request, context) => {
    if (request.method !== 'POST') return new Response(JSON.stringify({ error: 'method_not_allowed' }), { status: 405, headers: { allow: 'POST', 'content-type': 'application/json' } });
    const answer = await receive(settings, {
      request,
      url: request.url,
      headers: request.headers,
      header: (name) => request.headers.get(name) ?? undefined,
      readBody: (maxBytes) => readBody(request, maxBytes),
    });
    if (answer.after !== undefined) {
      const work = answer.after();
      context?.waitUntil?.(work);
    }
    return respond(answer);
  };
}

function respond(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
}

/** Reads the body, and stops (cancelling the stream) once it is longer than `maxBytes`. */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return 'too_large';
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}

export type * from './options.js';
