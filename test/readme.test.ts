import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { handle, saved } from '../examples/doc-verification.js';
import { POST, app } from '../examples/fetch-handler.js';
import { buildJumioDocVerificationBody, buildJumioNetverifyBody } from '../src/testing/index.js';

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

  test('its development commands are the ones package.json and .ci/run have', () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(manifest.scripts['demo']).toContain('fixtures/jumio/netverify/');
    expect(readFileSync(`${root}.ci/run`, 'utf8')).toMatch(/^npm ci .*\nnpm test$/m);
  });
});
