import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createFetchHandler } from '../src/http/fetch.js';
import { buildJumioPlatformBody, buildOnfidoBody, buildShuftiBody } from '../src/testing/index.js';
import { signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/signers.js';

// The fetch handler behind Hono on a real server on the loopback address, and called directly with
// Web requests where a test needs a stream it controls.

const approved = readFileSync(new URL('../fixtures/idenfy/APPROVED.json', import.meta.url), 'utf8');
const servers: ServerType[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(app: Hono): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    servers.push(server);
  });
}

describe('Hono on a real server', () => {
  test('a signed Shufti callback: 200 and onCallback; a wrong signature: 401', async () => {
    const onCallback = vi.fn();
    const handler = createFetchHandler({ kind: 'shufti', key: 'shufti-secret', onCallback });
    const app = new Hono();
    app.post('/webhooks/shufti', (c) => handler(c.req.raw));
    const url = `${await listen(app)}/webhooks/shufti`;
    const body = buildShuftiBody('verification.declined');
    const good = await fetch(url, { method: 'POST', body, headers: { signature: await signShuftiBody(body, 'shufti-secret') } });
    expect([good.status, await good.text()]).toEqual([200, '{"received":true}']);
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ event: 'verification.declined' }), expect.objectContaining({ kind: 'shufti' }));
    const bad = await fetch(url, { method: 'POST', body, headers: { signature: await signShuftiBody(body, 'another-secret') } });
    expect([bad.status, await bad.text()]).toEqual([401, '{"error":"invalid_signature"}']);
    expect(onCallback).toHaveBeenCalledTimes(1);
  });
});

describe('Onfido', () => {
  test('a signed event: 200 and onCallback; the body re-serialized after signing: 401', async () => {
    const onCallback = vi.fn();
    const handler = createFetchHandler({ kind: 'onfido', key: 'onfido-token', onCallback });
    const body = buildOnfidoBody('check.completed');
    const signature = await signOnfidoBody(body, 'onfido-token');
    const good = await handler(new Request('http://localhost/webhooks/onfido', { method: 'POST', body, headers: { 'X-SHA2-Signature': signature } }));
    expect(good.status).toBe(200);
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ payload: expect.objectContaining({ action: 'check.completed' }) }), expect.objectContaining({ kind: 'onfido' }));
    const reserialized = JSON.stringify(JSON.parse(body), null, 2);
    const bad = await handler(new Request('http://localhost/webhooks/onfido', { method: 'POST', body: reserialized, headers: { 'X-SHA2-Signature': signature } }));
    expect([bad.status, await bad.text()]).toEqual([401, '{"error":"invalid_signature"}']);
    expect(onCallback).toHaveBeenCalledTimes(1);
  });
});

describe('called with Web requests', () => {
  test('a stream past maxBytes: 413, and the stream is cancelled rather than read to its end', async () => {
    const onCallback = vi.fn();
    const handler = createFetchHandler({ kind: 'idenfy', key: 'k', onCallback, maxBytes: 1024 });
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = await handler(new Request('http://localhost/webhooks/idenfy', { method: 'POST', body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
    expect(onCallback).not.toHaveBeenCalled();
  });

  test('acknowledgeFirst hands the work to waitUntil', async () => {
    const waitUntil = vi.fn();
    const onCallback = vi.fn(async () => undefined);
    const handler = createFetchHandler({ kind: 'idenfy', key: 'k', onCallback, acknowledgeFirst: true });
    const request = new Request('http://localhost/', { method: 'POST', body: approved, headers: { 'idenfy-signature': await signIdenfyBody(approved, 'k') } });
    const response = await handler(request, { waitUntil });
    expect(response.status).toBe(200);
    expect(waitUntil).toHaveBeenCalledTimes(1);
    await (waitUntil.mock.calls[0] as [Promise<unknown>])[0];
    expect(onCallback).toHaveBeenCalledTimes(1);
  });

  test('a Jumio Platform callback (JSON, unsigned) reaches onCallback; a retrieval response is no webhook kind', async () => {
    const onCallback = vi.fn();
    const handler = createFetchHandler({ kind: 'jumio-platform', onCallback });
    const body = buildJumioPlatformBody('PROCESSED');
    const response = await handler(new Request('http://localhost/', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    expect(onCallback).toHaveBeenCalledWith(expect.objectContaining({ workflowExecution: expect.objectContaining({ status: 'PROCESSED' }) }), expect.anything());
    expect(() => createFetchHandler({ kind: 'jumio-retrieval', onCallback } as never)).toThrow('Not a webhook kind');
  });

  test('GET: 405', async () => {
    const handler = createFetchHandler({ kind: 'idenfy', key: 'k', onCallback: () => undefined });
    expect((await handler(new Request('http://localhost/'))).status).toBe(405);
  });
});
