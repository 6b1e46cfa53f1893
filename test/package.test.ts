import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';

// These tests read the build output: `npm test` builds before it runs them.
const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
};

describe('the built package', () => {
  test('every file the exports map names exists', () => {
    for (const target of Object.values(manifest.exports)) {
      const conditions = typeof target === 'string' ? [target] : Object.values(target).flatMap((entry) => Object.values(entry));
      for (const path of conditions) expect(() => readFileSync(`${root}${path}`), path).not.toThrow();
    }
  });

  test('KycWebhookError from the CJS build is instanceof the ESM one, and back', async () => {
    const esm = (await import(`${root}dist/index.js`)) as typeof import('../src/index.js');
    const cjs = require(`${root}dist/index.cjs`) as typeof import('../src/index.js');
    expect(esm.KycWebhookError).not.toBe(cjs.KycWebhookError);
    const fromCjs = cjs.safeParseJumioNetverify('verificationStatus=');
    const fromEsm = esm.safeParseJumioNetverify('verificationStatus=');
    expect(!fromCjs.success && fromCjs.error).toBeInstanceOf(esm.KycWebhookError);
    expect(!fromEsm.success && fromEsm.error).toBeInstanceOf(cjs.KycWebhookError);
  });

  test('the built error keeps unknown_variant\'s value out of util.inspect, even with showHidden and getters', () => {
    const cjs = require(`${root}dist/index.cjs`) as typeof import('../src/index.js');
    const result = cjs.safeParseShufti('{"event":"CANARY7f3a","reference":"r"}');
    expect(!result.success && result.error.variant).toBe('CANARY7f3a');
    expect(!result.success && inspect(result.error, { showHidden: true, getters: true })).not.toContain('CANARY7f3a');
  });

  test('kyc-webhooks/jumio and kyc-webhooks share the error class check', async () => {
    const jumio = (await import(`${root}dist/jumio/index.js`)) as typeof import('../src/jumio/index.js');
    const main = (await import(`${root}dist/index.js`)) as typeof import('../src/index.js');
    const result = jumio.safeParseJumioNetverify('x=1');
    expect(!result.success && result.error).toBeInstanceOf(main.KycWebhookError);
  });

  test('names the repository, and the README links only to shipped files or to the repository', () => {
    const { repository, homepage, bugs, files } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as Record<string, unknown> & {
      files: string[];
    };
    expect(repository).toEqual({ type: 'git', url: 'git+https://github.com/kyc-webhooks/kyc-webhooks.git' });
    expect(homepage).toBe('https://github.com/kyc-webhooks/kyc-webhooks#readme');
    expect(bugs).toEqual({ url: 'https://github.com/kyc-webhooks/kyc-webhooks/issues' });
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#]+)\)/g)].map((match) => match[1] ?? '').filter((target) => !/^https?:/.test(target));
    for (const target of relative) expect(files, target).toContain(target.split('/')[0]);
  });

  test('the declaration files of kyc-webhooks/types import nothing', () => {
    for (const file of ['dist/types.d.ts', 'dist/types.d.cts']) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      // Statements start a line; an indented `import` is a doc comment's example.
      expect(text, file).not.toMatch(/^(import|export .* from) |\bimport\(|\brequire\(|^\/\/\/ <reference/m);
      for (const name of ['JumioNetverifyApprovedVerified', 'JumioDocVerificationCallback', 'IdenfyApproved', 'ShuftiVerificationAccepted', 'OnfidoCheckCompleted']) {
        expect(text, file).toContain(name);
      }
    }
  });

  test('the library code uses no Node-only API and never writes to the console', () => {
    const sources = (directory: string): string[] =>
      readdirSync(`${root}${directory}`, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(`${directory}/${entry.name}`) : [`${directory}/${entry.name}`],
      );
    const library = sources('src').filter((file) => !file.startsWith('src/cli/'));
    for (const file of library) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      expect(text, file).not.toMatch(/from 'node:|\bBuffer\b|\bprocess\.|console\./);
    }
  });
});
