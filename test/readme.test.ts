import { createHash, createHmac } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { handle, saved } from '../examples/doc-verification.js';
import { POST, app } from '../examples/fetch-handler.js';
import { IDENFY_SIGNING_KEY, POST as idenfyPost, log as idenfyLog } from '../examples/idenfy-handler.js';
import { POST as jumioPost, callbackUrlFor, handled } from '../examples/jumio-callback-token.js';
import { POST as shuftiPost, SHUFTI_SECRET, log } from '../examples/shufti-handler.js';
import { buildIdenfyBody, buildJumioDocVerificationBody, buildJumioNetverifyBody, buildShuftiBody } from '../src/testing/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

function region(file: string): string {
  const text = readFileSync(`${root}examples/${file}`, 'utf8');
  const match = /\/\/ #region readme\n([\s\S]*?)\/\/ #endregion/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no readme region`);
  return match[1].trimEnd();
}

describe('the README', () => {
  test.each(readdirSync(`${root}examples`))('shows examples/%s verbatim', (file) => {
    expect(readme).toContain(region(file));
  });

  test('its fetch handler works as described', async () => {
    const post = (body: string) => POST(new Request('https://example.test/webhooks/jumio', { method: 'POST', body }));
    expect((await post(buildJumioNetverifyBody('APPROVED_VERIFIED'))).status).toBe(200);
    expect((await post(buildJumioNetverifyBody('DENIED_FRAUD'))).status).toBe(200);
    expect((await post(buildJumioNetverifyBody('NO_ID_UPLOADED'))).status).toBe(200);
    expect(app.verified).toHaveLength(1);
    expect(app.rejected).toHaveLength(1);
    expect(app.review).toHaveLength(1);
    expect((await post(buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus: 'NEW_STATUS' }))).status).toBe(200);
    expect((await post('idFirstName=%ZZ')).status).toBe(400);
    expect(app.warnings).toHaveLength(2);
  });

  test('its Document Verification example saves extracted addresses only', async () => {
    await handle(buildJumioDocVerificationBody('UPLOADED'));
    await handle(buildJumioDocVerificationBody('FAILED'));
    await handle(buildJumioDocVerificationBody('EXTRACTED'));
    expect(saved).toEqual([undefined]);
  });

  test('its Shufti handler checks either signature scheme, then parses the same bytes', async () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const post = (body: string, headers: Record<string, string>) =>
      shuftiPost(new Request('https://example.test/webhooks/shufti', { method: 'POST', body, headers }));
    const accepted = buildShuftiBody('verification.accepted');
    const current = { signature: sha256(accepted + sha256(SHUFTI_SECRET)) };
    const legacy = { sp_signature: sha256(accepted + SHUFTI_SECRET) };
    expect((await post(accepted, current)).status).toBe(200);
    expect((await post(accepted, legacy)).status).toBe(200);
    expect((await post(accepted, { signature: sha256(`${accepted} `) })).status).toBe(401);
    expect((await post(accepted, {})).status).toBe(401);
    const unknownEvent = accepted.replace('"verification.accepted"', '"verification.reviewed"');
    expect((await post(unknownEvent, { signature: sha256(unknownEvent + sha256(SHUFTI_SECRET)) })).status).toBe(200);
    expect(log.filter((line) => line.startsWith('verified'))).toHaveLength(2);
    expect(log).toContain('Shufti callback rejected');
  });

  test('its iDenfy handler checks the HMAC, then parses the same bytes', async () => {
    const sign = (body: string) => createHmac('sha256', IDENFY_SIGNING_KEY).update(body).digest('hex');
    const post = (body: string, signature?: string) =>
      idenfyPost(new Request('https://example.test/webhooks/idenfy', { method: 'POST', body, headers: signature ? { 'Idenfy-Signature': signature } : {} }));
    const approved = buildIdenfyBody('APPROVED', { final: true });
    expect((await post(approved, sign(approved))).status).toBe(200);
    expect((await post(approved, sign(`${approved} `))).status).toBe(401);
    expect((await post(approved)).status).toBe(401);
    const automatic = buildIdenfyBody('SUSPECTED', { final: false });
    expect((await post(automatic, sign(automatic))).status).toBe(200);
    const unknownStatus = approved.replace('"overall":"APPROVED"', '"overall":"ESCALATED"');
    expect(unknownStatus).not.toBe(approved);
    expect((await post(unknownStatus, sign(unknownStatus))).status).toBe(200);
    expect(idenfyLog.filter((line) => !line.includes('rejected'))).toEqual([expect.stringMatching(/^verified /), expect.stringMatching(/^automatic /)]);
    expect(idenfyLog).toContain('iDenfy callback rejected');
  });

  test('its Jumio example checks the peer address, then the token in the callback URL', async () => {
    const url = await callbackUrlFor('scan-1');
    const post = (target: string, peer: string | undefined, reference = 'scan-1') =>
      jumioPost(new Request(target, { method: 'POST', body: buildJumioNetverifyBody('APPROVED_VERIFIED', { merchantIdScanReference: reference }) }), peer);
    expect((await post(url, '::ffff:34.202.241.227')).status).toBe(200);
    expect((await post(url, '192.0.2.1')).status).toBe(403);
    expect((await post(url, undefined)).status).toBe(403);
    expect((await post('https://example.com/webhooks/jumio', '34.202.241.227')).status).toBe(401);
    expect((await post(url, '34.202.241.227', 'scan-2')).status).toBe(401);
    expect(handled).toEqual(['APPROVED_VERIFIED']);
  });

  test('its development commands are the ones package.json and .ci/run have', () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(manifest.scripts['demo']).toContain('fixtures/jumio/netverify/');
    expect(readFileSync(`${root}.ci/run`, 'utf8')).toMatch(/^npm ci .*\nnpm test$/m);
  });
});
