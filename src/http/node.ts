// `kyc-webhooks/node`: a webhook endpoint for `node:http` servers, and as Express or Connect middleware.
import type { RawBody } from '../core/body.js';
import { concatBytes } from '../core/signature.js';
import { deliveryChecks } from '../kinds.js';
import type { AnyHandlerOptions, KycHandlerFailure, KycWebhookHandlerOptions, WebhookKind } from './options.js';
import { checkHandlerOptions, receive } from './receive.js';

/**
 * The part of a `node:http` `IncomingMessage` (or an Express request) the handler uses. Declared
 * here, so this entry's types need no `@types/node`.
 */
export interface NodeRequest {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express's full URL, when the handler is mounted under a path. */
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** What a body parser left, if one ran first. */
  readonly body?: unknown;
  readonly readableEnded?: boolean;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  off(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  off(event: 'end', listener: () => void): unknown;
  off(event: 'error', listener: (error: unknown) => void): unknown;
  pause(): unknown;
}

/** The part of a `node:http` `ServerResponse` the handler uses. */
export interface NodeResponse {
  statusCode: number;
  readonly headersSent?: boolean;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/** A `node:http` request listener that is also Express/Connect middleware. */
export type KycNodeHandler = (request: NodeRequest, response: NodeResponse, next?: (error?: unknown) => void) => void;

/**
 * Makes a webhook endpoint for one callback kind, for `http.createServer(handler)` or
 * `app.post(path, handler)`. It reads the request stream itself, refusing the body as soon as it is
 * longer than `maxBytes`, and answers by the same response policy as `kyc-webhooks/fetch`. Mount it
 * before any body parser: a signature is over the exact bytes, so a body `express.json()` already
 * parsed is a configuration error (passed to `next`, or answered `500`), except for Jumio, whose
 * form fields (`express.urlencoded()`) parse as they are.
 *
 * @param options - the kind, its key (iDenfy, Shufti, Onfido) or address and URL checks (Jumio), `onCallback`, the hooks and the parse options
 * @returns the handler
 * @throws TypeError, at once, when the options are wrong (an unknown kind, a missing or empty key)
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { createNodeHandler } from 'kyc-webhooks/node';
 *
 * const app = express();
 * app.post('/webhooks/shufti', createNodeHandler({
 *   kind: 'shufti',
 *   key: SHUFTI_SECRET,
 *   onCallback: async (callback, { key }) => {
 *     if (callback.event === 'verification.accepted') await markVerified(callback.reference, 'APPROVED', key);
 *   },
 * }));
 * ```
 */
export function createNodeHandler<const K extends WebhookKind>(options: KycWebhookHandlerOptions<K, NodeRequest> & { readonly kind: K }): KycNodeHandler {
  const settings = options as unknown as AnyHandlerOptions;
  checkHandlerOptions(settings);
  const signed = deliveryChecks[settings.kind].signature !== null;
  return (request, response, next) => {
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      send(response, 405, JSON.stringify({ error: 'method_not_allowed' }));
      return;
    }
    const consumed = request.body !== undefined || request.readableEnded === true;
    const usable = request.body !== undefined && (isRawBody(request.body) || (!signed && typeof request.body === 'object' && request.body !== null));
    if (consumed && !usable) {
      misconfigured(settings, response, next);
      return;
    }
    const url = request.originalUrl ?? request.url ?? '/';
    void receive(settings, {
      request,
      url,
      headers: request.headers,
      header: (name) => {
        const value = request.headers[name.toLowerCase()];
        return typeof value === 'string' ? value : undefined;
      },
      readBody: (maxBytes) => (usable ? Promise.resolve(request.body as RawBody | Record<string, string>) : readBody(request, maxBytes)),
    }).then((answer) => {
      // After a refused body the rest of the upload is not read: close the connection instead.
      if (answer.status === 413) response.setHeader('connection', 'close');
      send(response, answer.status, answer.body);
      void answer.after?.();
    });
  };
}

function send(response: NodeResponse, status: number, body: string): void {
  if (response.headersSent === true) return;
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(body);
}

function isRawBody(body: unknown): body is RawBody {
  return typeof body === 'string' || body instanceof Uint8Array;
}

function misconfigured(settings: AnyHandlerOptions, response: NodeResponse, next: ((error?: unknown) => void) | undefined): void {
  const error = new TypeError(
    `The request body was already read (req.body is set: express.json() or another body parser ran first). A ${settings.kind} signature is over the exact raw bytes: ` +
      'mount this handler before any body parser, or give its route express.raw({ type: "*/*" }).',
  );
  try {
    (settings.onError as ((failure: KycHandlerFailure) => void) | undefined)?.({ kind: settings.kind, status: 500, stage: 'configuration', error });
  } catch {
    // A logging hook must not change the answer.
  }
  if (next !== undefined) next(error);
  else send(response, 500, JSON.stringify({ error: 'configuration' }));
}

/** Reads the request stream, and stops reading once the body is longer than `maxBytes`. */
function readBody(request: NodeRequest, maxBytes: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) {
    request.pause();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Uint8Array) => {
      length += chunk.byteLength;
      if (length <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      request.pause();
      resolve('too_large');
    };
    const onEnd = () => {
      stop();
      resolve(concatBytes(...chunks));
    };
    const onError = (error: unknown) => {
      stop();
      reject(error instanceof Error ? error : new Error('The request stream failed'));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

export type * from './options.js';
