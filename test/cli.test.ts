import { describe, expect, test } from 'vitest';
import { run, type CommandIo } from '../src/cli/run.js';
import { parseIdenfy, parseJumioDocVerification, parseJumioNetverify, parseJumioPlatform, parseJumioRetrieval, parseOnfido, parseShufti } from '../src/index.js';
import { buildIdenfyBody, buildJumioDocVerificationBody, buildJumioNetverifyBody, buildShuftiBody, signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/index.js';
import { fixtureText } from './support/fixtures.js';


async function runWith(args: string[], files: Record<string | number, string> = {}, more: Partial<CommandIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...more,
  });
  return { status, stdout, stderr };
}

describe('kyc-webhooks parse', () => {
  test('prints the decoded callback as JSON', async () => {
    const body = fixtureText('jumio/netverify', 'DENIED_FRAUD.form');
    const { status, stdout, stderr } = await runWith(['parse', '--kind', 'jumio-netverify', 'body.form'], { 'body.form': body });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(parseJumioNetverify(body));
  });

  test('parses Document Verification bodies with --kind jumio-doc-verification', async () => {
    const body = fixtureText('jumio/doc-verification', 'EXTRACTED.form');
    const { status, stdout } = await runWith(['parse', '--kind', 'jumio-doc-verification', '-'], { 0: body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseJumioDocVerification(body));
    expect((await runWith(['parse', '--kind', 'jumio-netverify', '-'], { 0: body })).status).toBe(1);
  });

  test('parses iDenfy bodies with --kind idenfy', async () => {
    const body = fixtureText('idenfy', 'APPROVED.json');
    const { status, stdout } = await runWith(['parse', '--kind', 'idenfy', 'body.json'], { 'body.json': body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseIdenfy(body));
  });

  test('parses Jumio Platform callbacks and retrieval responses with --kind jumio-platform and jumio-retrieval', async () => {
    const callback = fixtureText('jumio/platform', 'PROCESSED.doc-kyx-guide.json');
    const parsed = await runWith(['parse', '--kind', 'jumio-platform', 'body.json'], { 'body.json': callback });
    expect([parsed.status, JSON.parse(parsed.stdout)]).toEqual([0, parseJumioPlatform(callback)]);
    const details = fixtureText('jumio/retrieval', 'WARNING.recorded-similarity-not-possible.json');
    const retrieved = await runWith(['parse', '--kind', 'jumio-retrieval', '-'], { 0: details });
    expect([retrieved.status, JSON.parse(retrieved.stdout)]).toEqual([0, parseJumioRetrieval(details)]);
    const invalid = fixtureText('jumio/retrieval', 'PASSED.doc-wf10014-authentication.invalid-json.txt');
    expect(await runWith(['parse', '--kind', 'jumio-retrieval', '-'], { 0: invalid })).toMatchObject({ status: 1, stderr: expect.stringMatching(/^kyc-webhooks: malformed_body: /) });
  });

  test('parses Shufti bodies with --kind shufti', async () => {
    const body = fixtureText('shufti', 'verification.accepted.json');
    const { status, stdout } = await runWith(['parse', '--kind', 'shufti', 'body.json'], { 'body.json': body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseShufti(body));
    const invalid = fixtureText('shufti', 'verification.accepted.base-document-invalid.json');
    expect(await runWith(['parse', '--kind', 'shufti', '-'], { 0: invalid })).toMatchObject({ status: 1, stderr: expect.stringMatching(/^kyc-webhooks: malformed_body: /) });
  });

  test('reads standard input for - or no file, and without --kind detects the kind and names it on standard error', async () => {
    const body = buildJumioNetverifyBody('NO_ID_UPLOADED');
    expect(await runWith(['parse', '-'], { 0: body })).toMatchObject({ status: 0, stderr: 'kyc-webhooks: detected jumio-netverify (choose with --kind)\n' });
    expect(JSON.parse((await runWith(['parse'], { 0: body })).stdout).verificationStatus).toBe('NO_ID_UPLOADED');
    const idenfy = buildIdenfyBody('DENIED');
    const detected = await runWith(['parse'], { 0: idenfy });
    expect(detected.stderr).toBe('kyc-webhooks: detected idenfy (choose with --kind)\n');
    expect(JSON.parse(detected.stdout)).toEqual(parseIdenfy(idenfy));
  });

  test('a body of no known kind exits 1 with unknown_kind', async () => {
    const { status, stdout, stderr } = await runWith(['parse'], { 0: '{"CANARY-5e1":1}' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kyc-webhooks: unknown_kind: /);
    expect(stderr).not.toContain('CANARY');
  });

  test('kind names are case-insensitive; a provider with several kinds asks for one', async () => {
    const body = buildShuftiBody('verification.declined');
    expect(JSON.parse((await runWith(['parse', '--kind', 'Shufti'], { 0: body })).stdout)).toEqual(parseShufti(body));
    expect((await runWith(['parse', '--kind', 'JUMIO-NETVERIFY'], { 0: buildJumioNetverifyBody('DENIED_FRAUD') })).status).toBe(0);
    const jumio = await runWith(['parse', '--kind', 'jumio'], { 0: body });
    expect(jumio.status).toBe(2);
    expect(jumio.stderr).toContain('jumio-netverify, jumio-doc-verification');
  });

  test('--strict rejects a field this version does not know', async () => {
    const body = buildShuftiBody('request.pending', { xNewField: 'CANARY-91b' });
    expect((await runWith(['parse', '--kind', 'shufti'], { 0: body })).status).toBe(0);
    const strict = await runWith(['parse', '--kind', 'shufti', '--strict'], { 0: body });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^kyc-webhooks: invalid_payload: /);
    expect(strict.stderr).not.toContain('CANARY');
  });

  test('a bad body exits 1 with one line naming the code, and no value from the body', async () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', { idDob: 'CANARY-7f3a' });
    const { status, stdout, stderr } = await runWith(['parse', '--kind', 'jumio-netverify', 'body.form'], { 'body.form': body });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kyc-webhooks: invalid_payload: .*idDob.*\n$/);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).not.toContain('CANARY');
  });

  test('--verbose prints every issue, each on its own line, where the message shows only the first few', async () => {
    const wrong = { idDob: 'CANARY-1', idExpiry: 'CANARY-2', transactionDate: 'CANARY-3', callbackDate: 'CANARY-4', idCheckHologram: 'CANARY-5' };
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', wrong);
    const short = await runWith(['parse', '--kind', 'jumio-netverify'], { 0: body });
    expect(short.stderr).toContain('more)');
    const { status, stderr } = await runWith(['parse', '--kind', 'jumio-netverify', '--verbose'], { 0: body });
    expect(status).toBe(1);
    const issueLines = stderr.split('\n').filter((line) => line.startsWith('  '));
    for (const field of Object.keys(wrong)) expect(issueLines.some((line) => line.startsWith(`  ${field}: `))).toBe(true);
    expect(stderr).not.toContain('CANARY');
  });

  test('with no file and a terminal on standard input, a usage hint instead of a wait', async () => {
    const { status, stderr } = await runWith(['parse'], {}, { stdinIsTerminal: true });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^kyc-webhooks: no body: give a FILE, or pipe one in/);
    expect(stderr).toContain('Usage: kyc-webhooks parse');
  });

  test.each([
    [['parse', '--kind', 'acme', 'x']],
    [['parse', '--kind', 'shufti', '--provider', 'shufti', 'x']],
    [['parse', '--kind', 'toString', 'x']],
    [['parse', '--kind', '__proto__', 'x']],
    [['verify', 'x']],
    [['lint', 'x']],
    [[]],
    [['parse', 'a', 'b']],
    [['parse', '--nope']],
    [['parse', 'missing.form']],
    [['verify', '--kind', 'jumio', '--key', 'k', '--signature', 's', 'body']],
    [['verify', '--kind', 'idenfy', '--key', 'k', 'body']],
    [['verify', '--kind', 'idenfy', '--key', 'k', '--key-env', 'K', '--signature', 's', 'body']],
    [['verify', '--kind', 'idenfy', '--key-env', 'UNSET', '--signature', 's', 'body']],
    [['sign', '--kind', 'idenfy', 'body']],
    [['sign', '--kind', 'idenfy', '--key', 'k', '--formula', 'older', 'body']],
    [['sign', '--kind', 'shufti', '--key', 'k', '--formula', 'newest', 'body']],
    [['sign', '--kind', 'shufti', '--key', '', 'body']],
    [['send', 'file:///etc/passwd', '--kind', 'shufti']],
    [['send', 'not a url', '--kind', 'shufti']],
    [['send', 'http://127.0.0.1:9/', '--kind', 'shufti', '--status', 'nope']],
    [['send', 'http://127.0.0.1:9/', '--kind', 'jumio-netverify', '--key', 'k']],
    [['send', 'http://127.0.0.1:9/']],
  ])('usage and file errors exit 2: %j', async (args) => {
    const sent: unknown[] = [];
    const fetch = async (input: string | URL | Request) => {
      sent.push(input);
      return new Response(null, { status: 200 });
    };
    const { status, stdout, stderr } = await runWith(args, { body: '{}' }, { fetch });
    expect(sent).toEqual([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kyc-webhooks: /);
  });

  test('--provider, the older name of --kind, still chooses the kind', async () => {
    const body = buildShuftiBody('request.pending');
    const { status, stdout } = await runWith(['parse', '--provider', 'shufti', '-'], { 0: body });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseShufti(body));
  });

  test('--help lists every command, and each command has its own', async () => {
    const { status, stdout } = await runWith(['--help']);
    expect(status).toBe(0);
    for (const command of ['parse', 'verify', 'sign', 'send']) {
      expect(stdout).toContain(`kyc-webhooks ${command} `);
      const own = await runWith([command, '--help']);
      expect(own.status).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: kyc-webhooks ${command} `));
      expect(own.stdout).toContain('Exit status: 0 ok, 1 ');
    }
    for (const command of ['verify', 'sign', 'send']) expect((await runWith([command, '--help'])).stdout).toMatch(/shell history[\s\S]*ps/);
  });

  test('--version prints the version it is given', async () => {
    expect(await runWith(['--version'], {}, { version: '9.8.7' })).toMatchObject({ status: 0, stdout: '9.8.7\n' });
    expect(await runWith(['parse', '--version'], {}, { version: '9.8.7' })).toMatchObject({ status: 0, stdout: '9.8.7\n' });
  });
});

describe('kyc-webhooks sign and verify', () => {
  const key = 'key-6d1f';

  test('sign prints the headers iDenfy would send, and verify accepts them', async () => {
    const body = buildIdenfyBody('APPROVED');
    const signed = await runWith(['sign', '--kind', 'idenfy', '--key', key], { 0: body });
    expect(signed.status).toBe(0);
    expect(signed.stdout).toBe(`Content-Type: application/json\nIdenfy-Signature: ${await signIdenfyBody(body, key)}\n`);
    const verified = await runWith(['verify', '--kind', 'idenfy', '--key', key, '--headers', 'headers.txt', 'body.json'], { 'headers.txt': signed.stdout, 'body.json': body });
    expect(verified).toMatchObject({ status: 0, stdout: expect.stringMatching(/^valid: /) });
  });

  test.each([
    ['current', 'Signature', 'hashed-secret'],
    ['older', 'sp_signature', 'plain-secret'],
  ] as const)('Shufti, formula %s: sign writes %s, verify names the header and the formula', async (formula, header, scheme) => {
    const body = buildShuftiBody('verification.accepted');
    const signed = await runWith(['sign', '--kind', 'shufti', '--key', key, '--formula', formula], { 0: body });
    expect(signed.stdout).toBe(`Content-Type: application/json\n${header}: ${await signShuftiBody(body, key, { scheme })}\n`);
    const verified = await runWith(['verify', '--kind', 'shufti', '--key', key, '--headers', 'h', 'b'], { h: signed.stdout, b: body });
    expect(verified).toMatchObject({ status: 0, stdout: `valid: ${header}, formula ${formula} (${scheme})\n` });
  });

  test('Onfido: sign writes X-SHA2-Signature, verify accepts it; parse reads the SDK body; the vector verifies', async () => {
    const body = fixtureText('onfido', 'check.completed.json');
    const signed = await runWith(['sign', '--kind', 'onfido', '--key', key], { 0: body });
    expect(signed.stdout).toBe(`Content-Type: application/json\nX-SHA2-Signature: ${await signOnfidoBody(body, key)}\n`);
    const verified = await runWith(['verify', '--kind', 'onfido', '--key', key, '--headers', 'h', 'b'], { h: signed.stdout, b: body });
    expect(verified).toMatchObject({ status: 0, stdout: 'valid: X-SHA2-Signature is the HMAC-SHA256 of the body under this token\n' });
    const vector = await runWith(['verify', '--kind', 'onfido', '--key', '_ABC123abc123ABC123abc123ABC123_', '--signature', 'a0082d7481f9f0a2907583dbe1f344d6d4c0d9989df2fd804f98479f60cd760e', 'b'], { b: body });
    expect(vector).toMatchObject({ status: 0, stdout: expect.stringMatching(/^valid: /) });
    const edited = fixtureText('onfido', 'check.completed.unsigned-edit-2021.json');
    expect(await runWith(['verify', '--kind', 'onfido', '--key', '_ABC123abc123ABC123abc123ABC123_', '--signature', 'a0082d7481f9f0a2907583dbe1f344d6d4c0d9989df2fd804f98479f60cd760e', 'b'], { b: edited })).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(/^invalid: mismatch/),
    });
    const parsed = await runWith(['parse', '--kind', 'onfido', '-'], { 0: body });
    expect(JSON.parse(parsed.stdout)).toEqual(parseOnfido(body));
    const detected = await runWith(['parse', '-'], { 0: body });
    expect(detected.status).toBe(0);
  });

  test('verify exits 1 for a wrong key, a changed body, a malformed or a missing signature', async () => {
    const body = buildIdenfyBody('DENIED');
    const signature = await signIdenfyBody(body, key);
    const verify = (args: string[], files: Record<string, string>) => runWith(['verify', '--kind', 'idenfy', ...args], files);
    expect(await verify(['--key', 'other', '--signature', signature, 'b'], { b: body })).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid: mismatch/) });
    expect(await verify(['--key', key, '--signature', signature, 'b'], { b: `${body} ` })).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid: mismatch/) });
    expect(await verify(['--key', key, '--signature', 'abc', 'b'], { b: body })).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid: malformed/) });
    expect(await verify(['--key', key, '--headers', 'h', 'b'], { b: body, h: 'HTTP/1.1 200 OK\nContent-Type: application/json\n' })).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid: missing/) });
    expect(await verify(['--key', key, '--headers', 'h', 'b'], { b: body, h: JSON.stringify({ 'idenfy-SIGNATURE': signature }) })).toMatchObject({ status: 0 });
  });

  test('keys come from --key-env and --key-file (one trailing newline removed) as from --key', async () => {
    const body = buildIdenfyBody('APPROVED');
    const expected = `Content-Type: application/json\nIdenfy-Signature: ${await signIdenfyBody(body, key)}\n`;
    expect((await runWith(['sign', '--kind', 'idenfy', '--key-env', 'IDENFY_KEY'], { 0: body }, { env: { IDENFY_KEY: key } })).stdout).toBe(expected);
    expect((await runWith(['sign', '--kind', 'idenfy', '--key-file', 'key.txt'], { 0: body, 'key.txt': `${key}\n` })).stdout).toBe(expected);
    expect((await runWith(['sign', '--kind', 'idenfy', '--key-file', 'key.txt'], { 0: body, 'key.txt': `${key}\r\n` })).stdout).toBe(expected);
    const spaced = await runWith(['sign', '--kind', 'idenfy', '--key-file', 'key.txt'], { 0: body, 'key.txt': `${key}\n\n` });
    expect(spaced.stdout).not.toBe(expected);
    expect(spaced.stderr).toContain('whitespace');
  });

  test('Jumio signs nothing: verify says so, sign prints the content type only', async () => {
    const verify = await runWith(['verify', '--provider', 'jumio', '--key', key, '--signature', 'x', 'b'], { b: 'a=b' });
    expect(verify.stderr).toMatch(/Jumio signs nothing/);
    const sign = await runWith(['sign', '--kind', 'jumio-doc-verification'], { 0: buildJumioDocVerificationBody('EXTRACTED') });
    expect(sign).toMatchObject({ status: 0, stdout: 'Content-Type: application/x-www-form-urlencoded\n' });
  });
});

describe('kyc-webhooks send', () => {
  test('POSTs a signed sample of the status asked for and prints the response status; non-2xx exits 1', async () => {
    const requests: Request[] = [];
    const respond = (status: number) => async (input: string | URL | Request, init?: RequestInit) => {
      requests.push(new Request(input, init));
      return new Response('CANARY-body', { status, headers: { 'content-type': 'text/plain' } });
    };
    const ok = await runWith(['send', 'http://127.0.0.1:1/hook', '--kind', 'idenfy', '--status', 'suspected', '--key', 'k'], {}, { fetch: respond(200) });
    expect(ok).toMatchObject({ status: 0, stdout: '200\nContent-Type: text/plain\n' });
    const [request] = requests;
    const body = await request!.text();
    expect(request!.method).toBe('POST');
    expect(body).toBe(buildIdenfyBody('SUSPECTED'));
    expect(request!.headers.get('idenfy-signature')).toBe(await signIdenfyBody(body, 'k'));
    const refused = await runWith(['send', 'https://example.test/', '--kind', 'shufti'], {}, { fetch: respond(401) });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('without a signature header');
    expect(requests[1]!.headers.get('signature')).toBeNull();
    expect(await requests[1]!.text()).toBe(buildShuftiBody('verification.accepted'));
  });
});
