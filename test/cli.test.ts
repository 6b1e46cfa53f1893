import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';
import { parseIdenfy, parseJumioDocVerification, parseJumioNetverify, parseJumioPlatform, parseJumioRetrieval, parseShufti } from '../src/index.js';
import { buildJumioNetverifyBody, buildShuftiBody } from '../src/testing/index.js';
import { fixtureText } from './support/fixtures.js';

const fixturePath = fileURLToPath(new URL('../fixtures/jumio/netverify/DENIED_FRAUD.form', import.meta.url));
const builtCommand = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

function runWith(args: string[], files: Record<string | number, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = run(args, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

describe('kyc-webhooks parse', () => {
  test('prints the decoded callback as JSON', () => {
    const body = fixtureText('jumio/netverify', 'DENIED_FRAUD.form');
    const { status, stdout, stderr } = runWith(['parse', '--kind', 'jumio-netverify', 'body.form'], { 'body.form': body });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(parseJumioNetverify(body));
  });

  test('parses Document Verification bodies with --kind jumio-doc-verification', () => {
    const body = fixtureText('jumio/doc-verification', 'EXTRACTED.form');
    const { status, stdout } = runWith(['parse', '--kind', 'jumio-doc-verification', '-'], { 0: body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseJumioDocVerification(body));
    expect(runWith(['parse', '--kind', 'jumio-netverify', '-'], { 0: body }).status).toBe(1);
  });

  test('parses iDenfy bodies with --kind idenfy', () => {
    const body = fixtureText('idenfy', 'APPROVED.json');
    const { status, stdout } = runWith(['parse', '--kind', 'idenfy', 'body.json'], { 'body.json': body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseIdenfy(body));
  });

  test('parses Jumio Platform callbacks and retrieval responses with --kind jumio-platform and jumio-retrieval', () => {
    const callback = fixtureText('jumio/platform', 'PROCESSED.doc-kyx-guide.json');
    const parsed = runWith(['parse', '--kind', 'jumio-platform', 'body.json'], { 'body.json': callback });
    expect([parsed.status, JSON.parse(parsed.stdout)]).toEqual([0, parseJumioPlatform(callback)]);
    const details = fixtureText('jumio/retrieval', 'WARNING.recorded-similarity-not-possible.json');
    const retrieved = runWith(['parse', '--kind', 'jumio-retrieval', '-'], { 0: details });
    expect([retrieved.status, JSON.parse(retrieved.stdout)]).toEqual([0, parseJumioRetrieval(details)]);
    const invalid = fixtureText('jumio/retrieval', 'PASSED.doc-wf10014-authentication.invalid-json.txt');
    expect(runWith(['parse', '--kind', 'jumio-retrieval', '-'], { 0: invalid })).toMatchObject({ status: 1, stderr: expect.stringMatching(/^kyc-webhooks: malformed_body: /) });
  });

  test('parses Shufti bodies with --kind shufti', () => {
    const body = fixtureText('shufti', 'verification.accepted.json');
    const { status, stdout } = runWith(['parse', '--kind', 'shufti', 'body.json'], { 'body.json': body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseShufti(body));
    const invalid = fixtureText('shufti', 'verification.accepted.base-document-invalid.json');
    expect(runWith(['parse', '--kind', 'shufti', '-'], { 0: invalid })).toMatchObject({ status: 1, stderr: expect.stringMatching(/^kyc-webhooks: malformed_body: /) });
  });

  test('reads standard input for - or no file, and defaults to jumio-netverify', () => {
    const body = buildJumioNetverifyBody('NO_ID_UPLOADED');
    expect(runWith(['parse', '-'], { 0: body }).status).toBe(0);
    expect(JSON.parse(runWith(['parse'], { 0: body }).stdout).verificationStatus).toBe('NO_ID_UPLOADED');
  });

  test('a bad body exits 1 with one line naming the code, and no value from the body', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', { idDob: 'CANARY-7f3a' });
    const { status, stdout, stderr } = runWith(['parse', 'body.form'], { 'body.form': body });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kyc-webhooks: invalid_payload: .*idDob.*\n$/);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).not.toContain('CANARY');
  });

  test.each([
    [['parse', '--kind', 'acme', 'x']],
    [['parse', '--kind', 'shufti', '--provider', 'shufti', 'x']],
    [['parse', '--kind', 'toString', 'x']],
    [['verify', 'x']],
    [['parse', 'a', 'b']],
    [['parse', '--nope']],
    [['parse', 'missing.form']],
  ])('usage and file errors exit 2: %j', (args) => {
    const { status, stderr } = runWith(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^kyc-webhooks: /);
  });

  test('--provider, the older name of --kind, still chooses the kind', () => {
    const body = buildShuftiBody('request.pending');
    const { status, stdout } = runWith(['parse', '--provider', 'shufti', '-'], { 0: body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseShufti(body));
  });

  test('--help prints the usage', () => {
    const { status, stdout } = runWith(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: kyc-webhooks parse');
  });
});

describe('the built command', () => {
  test('runs as a program on a bundled fixture', () => {
    const stdout = execFileSync(process.execPath, [builtCommand, 'parse', '--kind', 'jumio-netverify', fixturePath], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(parseJumioNetverify(fixtureText('jumio/netverify', 'DENIED_FRAUD.form')));
  });

  test('reads a body piped to it and exits 1 on a bad one', () => {
    const result = spawnSync(process.execPath, [builtCommand, 'parse'], { input: 'verificationStatus=', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^kyc-webhooks: invalid_payload: /);
  });
});
