import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { IDENFY_SIGNING_KEY, ONFIDO_WEBHOOK_TOKEN, POST, SHUFTI_SECRET, log } from '../examples/several-providers.js';
import { buildIdenfyBody, buildJumioNetverifyBody, buildOnfidoBody, buildShuftiBody } from '../src/testing/index.js';

const post = (body: string, headers: Record<string, string>) => POST(new Request('https://example.test/webhooks/kyc', { method: 'POST', body, headers }));
const idenfyHeaders = (body: string) => ({ 'content-type': 'application/json', 'idenfy-signature': createHmac('sha256', IDENFY_SIGNING_KEY).update(body).digest('hex') });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const shuftiHeaders = (body: string) => ({ 'content-type': 'application/json', signature: sha256(body + sha256(SHUFTI_SECRET)) });
const onfidoHeaders = (body: string) => ({ 'content-type': 'application/json', 'x-sha2-signature': createHmac('sha256', ONFIDO_WEBHOOK_TOKEN).update(body).digest('hex') });

describe('the README\'s route for several providers', () => {
  test('detects, verifies, logs redacted, and acts once on final outcomes only', async () => {
    const automatic = buildIdenfyBody('APPROVED', { scanRef: 'scan-auto', clientId: 'client-7', final: false, data: { docFirstName: 'CANARYFIRST' } });
    expect((await post(automatic, idenfyHeaders(automatic))).status).toBe(200);
    expect(log.filter((line) => line.startsWith('approved'))).toEqual([]); // a manual review follows

    const manual = buildIdenfyBody('APPROVED', { scanRef: 'scan-auto', clientId: 'client-7', final: true, data: { docFirstName: 'CANARYFIRST' } });
    expect((await post(manual, idenfyHeaders(manual))).status).toBe(200);
    expect((await post(manual, idenfyHeaders(manual))).status).toBe(200); // a retry
    expect(log.filter((line) => line.startsWith('approved'))).toEqual(['approved client-7']);

    const declined = buildShuftiBody('verification.declined', { reference: 'order-9' });
    expect((await post(declined, shuftiHeaders(declined))).status).toBe(200);
    expect(log).toContain('rejected order-9');

    const changed = buildShuftiBody('verification.status.changed', { reference: 'order-10' });
    expect((await post(changed, shuftiHeaders(changed))).status).toBe(200);
    expect(log).toContain('refetch order-10');

    const jumio = buildJumioNetverifyBody('DENIED_FRAUD', { merchantIdScanReference: 'order-11' });
    expect((await post(jumio, { 'x-example-peer-address': '::ffff:34.202.241.227' })).status).toBe(200);
    expect(log).toContain('rejected order-11');
    expect((await post(jumio, { 'x-example-peer-address': '192.0.2.1' })).status).toBe(401);
    expect((await post(jumio, {})).status).toBe(401);

    // Onfido: a completed check carries no result, so it is fetched; a workflow run carries its verdict.
    const check = buildOnfidoBody('check.completed', { object: { id: 'check-12', status: 'complete', href: 'https://api.eu.onfido.com/v3.6/checks/check-12' } });
    expect((await post(check, onfidoHeaders(check))).status).toBe(200);
    expect(log).toContain('refetch check-12');
    const run = buildOnfidoBody('workflow_run.completed', {
      object: { id: 'run-13', status: 'declined' },
      resource: { id: 'run-13', status: 'declined', customer_user_id: 'customer-13', output: { first_name: 'CANARYONFIDO' } },
    });
    expect((await post(run, onfidoHeaders(run))).status).toBe(200);
    expect(log).toContain('rejected customer-13');
    expect((await post(run, { 'x-sha2-signature': '0'.repeat(64) })).status).toBe(401);

    // The logs hold the callbacks, redacted.
    expect(log.some((line) => line.startsWith('KYC callback') && line.includes('client-7'))).toBe(true);
    expect(log.join('\n')).not.toContain('CANARYFIRST');
    expect(log.join('\n')).not.toContain('CANARYONFIDO');
  });

  test('rejects a forged signature, and a body of no known kind', async () => {
    const body = buildIdenfyBody('APPROVED', { scanRef: 'scan-forged' });
    expect((await post(body, { 'idenfy-signature': '0'.repeat(64) })).status).toBe(401);
    expect((await post('hello=world', {})).status).toBe(400);
    expect(log.some((line) => line.startsWith('KYC callback rejected') && line.includes('unknown_kind'))).toBe(true);
  });
});
