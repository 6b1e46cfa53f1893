import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createNodeHandler } from '../src/http/node.js';
import { signJumioCallbackUrl } from '../src/jumio/callback-token.js';
import { jumioCallbackAddresses } from '../src/jumio/allowlist.js';
import { kycOutcome } from '../src/webhook/outcome.js';
import { buildIdenfyBody, buildJumioNetverifyBody, buildShuftiBody } from '../src/testing/index.js';
import { signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/signers.js';

// The node handler behind real servers on the loopback address, sent real HTTP requests.

const key = 'idenfy-test-key';
const canary = 'CANARY-Zq7xW';
const approved = readFileSync(new URL('../fixtures/idenfy/APPROVED.json', import.meta.url), 'utf8');

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, text: await response.text() };
}

async function signed(body: string, extra: Record<string, string> = {}) {
  return { 'idenfy-signature': await signIdenfyBody(body, key), ...extra };
}

function idenfyEndpoint(overrides: Partial<Parameters<typeof createNodeHandler<'idenfy'>>[0]> = {}) {
  const onCallback = vi.fn();
  const onUnhandled = vi.fn();
  const onError = vi.fn();
  const handler = createNodeHandler({ kind: 'idenfy', key, onCallback, onUnhandled, onError, ...overrides });
  return { handler, onCallback, onUnhandled, onError };
}

describe('node:http: the response policy', () => {
  test('a signed callback reaches onCallback once, typed, with the outcome key; 200', async () => {
    const { handler, onCallback, onError } = idenfyEndpoint();
    const url = await serve(handler);
    const response = await post(url, approved, await signed(approved, { 'idenfy-event-type': 'IDENTIFICATION_AUTO_FINISHED' }));
    expect(response).toEqual({ status: 200, text: '{"received":true}' });
    expect(onCallback).toHaveBeenCalledTimes(1);
    const [callback, context] = onCallback.mock.calls[0] as [{ status: { overall: string } }, { key: string; eventType: string; kind: string }];
    expect(callback.status.overall).toBe('APPROVED');
    expect(context).toMatchObject({ kind: 'idenfy', eventType: 'IDENTIFICATION_AUTO_FINISHED' });
    expect(context.key).toBe(kycOutcome({ kind: 'idenfy', callback: callback as never }).key);
    expect(onError).not.toHaveBeenCalled();
  });

  test.each([
    ['a wrong signature', { 'idenfy-signature': 'ab'.repeat(32) }, 'signature_mismatch'],
    ['no signature', {}, 'missing_signature'],
    ['a signature that is not hex', { 'idenfy-signature': 'not-hex' }, 'malformed_signature'],
  ])('%s: 401, and the body is not parsed', async (_name, headers, issue) => {
    const { handler, onCallback, onError } = idenfyEndpoint();
    const url = await serve(handler);
    const response = await post(url, approved.replace('"APPROVED"', `"${canary}"`), headers);
    expect(response).toEqual({ status: 401, text: '{"error":"invalid_signature"}' });
    expect(onCallback).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    const failure = onError.mock.calls[0]?.[0] as { status: number; stage: string; error: { issues: { code: string }[] } };
    expect(failure).toMatchObject({ status: 401, stage: 'rejected' });
    expect(failure.error.issues[0]?.code).toBe(issue);
  });

  test('a signed body that does not parse: 400 with the code, no value from the body', async () => {
    const { handler, onCallback, onError } = idenfyEndpoint();
    const url = await serve(handler);
    const body = JSON.stringify({ ...JSON.parse(approved), clientId: 7, scanRef: canary });
    const response = await post(url, body, await signed(body));
    expect(response).toEqual({ status: 400, text: '{"error":"invalid_payload"}' });
    expect(onCallback).not.toHaveBeenCalled();
    expect(JSON.stringify(onError.mock.calls)).not.toContain(canary);
  });

  test('a status this version does not know: 200 after onUnhandled, so the provider stops retrying', async () => {
    const { handler, onCallback, onUnhandled } = idenfyEndpoint();
    const url = await serve(handler);
    const body = approved.replace('"overall": "APPROVED"', '"overall": "ESCALATED"').replace('"overall":"APPROVED"', '"overall":"ESCALATED"');
    expect(body).toContain('ESCALATED');
    const response = await post(url, body, await signed(body));
    expect(response).toEqual({ status: 200, text: '{"received":true,"handled":false}' });
    expect(onCallback).not.toHaveBeenCalled();
    expect(onUnhandled).toHaveBeenCalledWith(expect.objectContaining({ kind: 'idenfy', reason: 'unknown_variant' }));
  });

  test('a verified iDenfy webhook of another type: 200 after onUnhandled, never parsed', async () => {
    const { handler, onCallback, onUnhandled } = idenfyEndpoint();
    const url = await serve(handler);
    const body = JSON.stringify({ scanRef: 'x', clientId: 'y', expirationThreshold: 'DOCUMENT_EXPIRED', documentExpiration: '2026-01-01' });
    const response = await post(url, body, await signed(body, { 'idenfy-event-type': 'DOCUMENT_EXPIRATION' }));
    expect(response.status).toBe(200);
    expect(onCallback).not.toHaveBeenCalled();
    expect(onUnhandled).toHaveBeenCalledWith({ kind: 'idenfy', reason: 'other_event', eventType: 'DOCUMENT_EXPIRATION' });
    // Unverified, the same request is refused whatever it holds.
    expect((await post(url, body, { 'idenfy-event-type': 'DOCUMENT_EXPIRATION' })).status).toBe(401);
  });

  test('onCallback throws: 500 (the provider retries), the error reaches onError only', async () => {
    const { handler, onError } = idenfyEndpoint({
      onCallback: () => {
        throw new Error('database down');
      },
    });
    const url = await serve(handler);
    const response = await post(url, approved, await signed(approved));
    expect(response).toEqual({ status: 500, text: '{"error":"callback_failed"}' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 500, stage: 'callback', error: new Error('database down') }));
  });

  test('acknowledgeFirst: 200 while onCallback is still running, which then finishes', async () => {
    // onCallback waits for the test: the answer can only have come before it finished.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const started = vi.fn();
    const { handler, onError } = idenfyEndpoint({
      acknowledgeFirst: true,
      onCallback: async () => {
        started();
        await released;
        finish();
      },
    });
    const url = await serve(handler);
    expect((await post(url, approved, await signed(approved))).status).toBe(200);
    expect(started).toHaveBeenCalledTimes(1);
    release();
    await finished;
    expect(onError).not.toHaveBeenCalled();
  });

  test('anything but POST: 405', async () => {
    const { handler } = idenfyEndpoint();
    const url = await serve(handler);
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('a body streamed past maxBytes gets 413 before the upload ends', async () => {
    const { handler, onCallback } = idenfyEndpoint({ maxBytes: 1024 });
    const url = new URL(await serve(handler));
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = httpRequest({ host: url.hostname, port: url.port, method: 'POST', headers: { 'transfer-encoding': 'chunked' } });
      outgoing.on('response', (response) => {
        resolve(response.statusCode ?? 0);
        outgoing.destroy();
      });
      outgoing.on('error', reject);
      // 2 KiB, then the request stays open: an answer can only come from the cap.
      outgoing.write('x'.repeat(2048));
    });
    expect(status).toBe(413);
    expect(onCallback).not.toHaveBeenCalled();
  });

  test('a declared Content-Length over maxBytes gets 413 without reading the body', async () => {
    const { handler } = idenfyEndpoint({ maxBytes: 10 });
    const url = await serve(handler);
    expect((await post(url, approved, await signed(approved))).status).toBe(413);
  });

  test('1,000 deliveries, 50 in flight: each reaches onCallback exactly once', async () => {
    const seen = new Map<string, number>();
    const { handler } = idenfyEndpoint({
      onCallback: (callback) => {
        seen.set(callback.scanRef, (seen.get(callback.scanRef) ?? 0) + 1);
      },
    });
    const url = await serve(handler);
    const bodies = await Promise.all(
      Array.from({ length: 1000 }, async (_, index) => {
        const body = buildIdenfyBody('APPROVED', { scanRef: `scan-${index}` });
        return { body, headers: await signed(body) };
      }),
    );
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < bodies.length) {
          const delivery = bodies[next++] as { body: string; headers: Record<string, string> };
          statuses.push((await post(url, delivery.body, delivery.headers)).status);
        }
      }),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(seen.size).toBe(1000);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  }, 60_000);
});

describe('Onfido through node:http', () => {
  test('the SDK vector body with its X-SHA2-Signature, under one of several tokens: 200; an unknown action: 200 after onUnhandled; a signed body that is not JSON: 400', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/onfido/${name}`, import.meta.url), 'utf8');
    const onCallback = vi.fn();
    const onUnhandled = vi.fn();
    const tokens = ['sandbox-webhook-token', 'YKOC6mkBxi6yK2zlUIrLMvsJMFEZObP5'];
    const url = await serve(createNodeHandler({ kind: 'onfido', key: tokens, onCallback, onUnhandled, onError: vi.fn() }));
    const body = fixture('workflow_task.completed.object-output.json');
    const sent = await post(url, body, { 'x-sha2-signature': 'e3e5565647f5ccf07b2fd8ac22eab94a0a0619413d981fb768295c820523f7d7' });
    expect(sent).toEqual({ status: 200, text: '{"received":true}' });
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ payload: expect.objectContaining({ action: 'workflow_task.completed' }) }), expect.objectContaining({ kind: 'onfido' }));
    const dropped = body.replace('"workflow_task.completed"', '"workflow_signed_evidence_file.created"');
    expect(await post(url, dropped, { 'x-sha2-signature': await signOnfidoBody(dropped, tokens[0] as string) })).toEqual({ status: 200, text: '{"received":true,"handled":false}' });
    expect(onUnhandled).toHaveBeenCalledTimes(1);
    const truncated = fixture('check.truncated-java.invalid-json.txt');
    expect((await post(url, truncated, { 'x-sha2-signature': await signOnfidoBody(truncated, tokens[1] as string) })).status).toBe(400);
    expect((await post(url, body, { 'x-signature': await signOnfidoBody(body, tokens[1] as string, { algorithm: 'SHA-1' }) })).status).toBe(401);
    expect(onCallback).toHaveBeenCalledTimes(1);
  });
});

describe('Express 5', () => {
  test('mounted before any body parser: a signed Shufti callback is accepted', async () => {
    const onCallback = vi.fn();
    const app = express();
    app.post('/webhooks/shufti', createNodeHandler({ kind: 'shufti', key: 'shufti-secret', onCallback }));
    const url = await serve(app);
    const body = buildShuftiBody('verification.accepted');
    const response = await post(`${url}/webhooks/shufti`, body, { signature: await signShuftiBody(body, 'shufti-secret') });
    expect(response.status).toBe(200);
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ event: 'verification.accepted' }), expect.objectContaining({ kind: 'shufti' }));
  });

  test('after express.json(): a configuration error passed to next, saying how to mount it', async () => {
    const onError = vi.fn();
    const app = express();
    app.use(express.json());
    app.post('/webhooks/shufti', createNodeHandler({ kind: 'shufti', key: 'shufti-secret', onCallback: vi.fn(), onError }));
    let seen: unknown;
    app.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
      seen = error;
      response.status(500).end();
    });
    const url = await serve(app);
    const body = buildShuftiBody('verification.accepted');
    expect((await post(`${url}/webhooks/shufti`, body, { signature: await signShuftiBody(body, 'shufti-secret') })).status).toBe(500);
    expect(seen).toBeInstanceOf(TypeError);
    expect(String((seen as Error).message)).toContain('express.raw');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ stage: 'configuration' }));
  });

  test('Jumio after express.urlencoded(): the decoded form parses as it is', async () => {
    const onCallback = vi.fn();
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.post('/webhooks/jumio', createNodeHandler({ kind: 'jumio-netverify', onCallback }));
    const url = await serve(app);
    const response = await fetch(`${url}/webhooks/jumio`, {
      method: 'POST',
      body: buildJumioNetverifyBody('APPROVED_VERIFIED'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(200);
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ verificationStatus: 'APPROVED_VERIFIED' }), expect.anything());
  });
});

describe('Jumio: address list and callback URL token', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  test("a peer address not in Jumio's list: 403; a listed one: 200", async () => {
    const listed = jumioCallbackAddresses.dataCenters.us.addresses[0] as string;
    let peer = '127.0.0.1';
    const onCallback = vi.fn();
    const url = await serve(createNodeHandler({ kind: 'jumio-netverify', onCallback, callbackAddresses: { peerAddress: () => peer } }));
    const body = buildJumioNetverifyBody('DENIED_FRAUD');
    expect((await post(url, body, form)).status).toBe(403);
    peer = listed;
    expect((await post(url, body, form)).status).toBe(200);
    expect(onCallback).toHaveBeenCalledTimes(1);
  });

  test('a callback URL token: the signed URL is accepted, any other is 401', async () => {
    const onCallback = vi.fn();
    const base = await serve(createNodeHandler({ kind: 'jumio-netverify', onCallback, callbackToken: { key: 'url-secret' } }));
    const signedUrl = await signJumioCallbackUrl(`${base}/webhooks/jumio`, { key: 'url-secret' });
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED');
    expect((await post(signedUrl, body, form)).status).toBe(200);
    expect((await post(`${base}/webhooks/jumio`, body, form)).status).toBe(401);
    expect((await post(signedUrl.replace('/webhooks/jumio', '/webhooks/other'), body, form)).status).toBe(401);
    expect(onCallback).toHaveBeenCalledTimes(1);
  });
});

describe('options', () => {
  test('a missing or empty key, an unknown kind or no onCallback: TypeError at once', () => {
    expect(() => createNodeHandler({ kind: 'idenfy', key: '', onCallback: () => undefined })).toThrow(TypeError);
    expect(() => createNodeHandler({ kind: 'nope' as 'idenfy', key: 'k', onCallback: () => undefined })).toThrow(TypeError);
    expect(() => createNodeHandler({ kind: 'shufti', key: 'k' } as never)).toThrow(TypeError);
    expect(() => createNodeHandler({ kind: 'shufti', key: 'k', onCallback: () => undefined, maxFields: -1 })).toThrow('Expected maxFields to be a non-negative integer or Infinity');
    expect(() => createNodeHandler({ kind: 'jumio-netverify', onCallback: () => undefined, callbackToken: { key: '' } })).toThrow(TypeError);
    expect(() => createNodeHandler({ kind: 'jumio-netverify', onCallback: () => undefined, callbackAddresses: {} as never })).toThrow('peerAddress');
  });
});
