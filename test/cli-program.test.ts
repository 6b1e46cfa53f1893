import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyIdenfySignature, verifyShuftiSignature } from '../src/index.js';
import { callbackKinds, type KycCallbackKind } from '../src/kinds.js';
import { fixtureText } from './support/fixtures.js';

// The built `kyc-webhooks` program, run as a user runs it: `node dist/cli/main.js …` in a child
// process (asynchronously, so the test's own HTTP server can answer `send`).

const program = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const withoutFastCheck = fileURLToPath(new URL('./support/without-fast-check/register.mjs', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

interface Outcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runProgram(args: readonly string[], options: { input?: string; env?: Record<string, string>; nodeOptions?: readonly string[] } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(options.nodeOptions ?? []), program, ...args],
      { env: { ...process.env, ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const received: Received[] = [];
let answerStatus = 204;
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks) });
    response.writeHead(answerStatus, { 'content-type': 'text/plain; charset=utf-8' }).end('CANARY-response');
  });
});
let endpoint = '';
let folder = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/kyc`;
  folder = mkdtempSync(join(tmpdir(), 'kyc-webhooks-cli-'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** @returns the one request the server received while `action` ran */
async function oneRequest(action: () => Promise<Outcome>): Promise<[Outcome, Received]> {
  received.length = 0;
  const outcome = await action();
  expect(received).toHaveLength(1);
  return [outcome, received[0] as Received];
}

describe('the built program', () => {
  test('parse detects the kind of a fixture and prints it as JSON', async () => {
    const { status, stdout, stderr } = await runProgram(['parse', fixture('idenfy/APPROVED.json')]);
    expect(status).toBe(0);
    expect(stderr).toBe('kyc-webhooks: detected idenfy (choose with --kind)\n');
    expect(JSON.parse(stdout)).toEqual(callbackKinds.idenfy.parse(fixtureText('idenfy', 'APPROVED.json')));
  });

  test('parse reads a piped body and exits 1 on a bad one, and 2 on a usage error', async () => {
    const piped = await runProgram(['parse', '--kind', 'JUMIO-NETVERIFY'], { input: fixtureText('jumio/netverify', 'DENIED_FRAUD.form') });
    expect(JSON.parse(piped.stdout)).toEqual(callbackKinds['jumio-netverify'].parse(fixtureText('jumio/netverify', 'DENIED_FRAUD.form')));
    const bad = await runProgram(['parse', '--kind', 'jumio-netverify'], { input: 'verificationStatus=' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^kyc-webhooks: invalid_payload: /);
    expect((await runProgram(['parse', '--kind', 'acme'])).status).toBe(2);
  });

  test('--version prints the version of package.json', async () => {
    expect(await runProgram(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  test('sign writes the headers, and verify reads them back as `curl -D` would have written them', async () => {
    const body = fixture('shufti/verification.accepted.json');
    const env = { SHUFTI_SECRET: 'secret-4c2e' };
    const signed = await runProgram(['sign', '--kind', 'shufti', '--key-env', 'SHUFTI_SECRET', body], { env });
    expect(signed.status).toBe(0);
    const [, value] = /^Signature: (\w+)$/m.exec(signed.stdout) ?? [];
    expect(await verifyShuftiSignature(readFileSync(body), value, env.SHUFTI_SECRET)).toMatchObject({ valid: true, scheme: 'hashed-secret' });
    const headers = join(folder, 'headers.txt');
    writeFileSync(headers, `HTTP/1.1 200 OK\r\n${signed.stdout.replaceAll('\n', '\r\n')}\r\n`);
    expect(await runProgram(['verify', '--kind', 'shufti', '--key-env', 'SHUFTI_SECRET', '--headers', headers, body], { env })).toMatchObject({
      status: 0,
      stdout: 'valid: Signature, formula current (hashed-secret)\n',
    });
    const wrong = await runProgram(['verify', '--kind', 'shufti', '--key-env', 'SHUFTI_SECRET', '--headers', headers, body], { env: { SHUFTI_SECRET: 'other' } });
    expect(wrong).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid: mismatch/) });
  });

  test('send POSTs a file with iDenfy content type and a valid signature, byte for byte, and prints the status', async () => {
    const keyFile = join(folder, 'idenfy.key');
    writeFileSync(keyFile, 'signing-key-88\n');
    const body = fixture('idenfy/DENIED.json');
    const [outcome, request] = await oneRequest(() => runProgram(['send', endpoint, '--kind', 'idenfy', '--key-file', keyFile, body]));
    expect(outcome).toMatchObject({ status: 0, stdout: '204 No Content\nContent-Type: text/plain; charset=utf-8\n' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/webhooks/kyc');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.equals(readFileSync(body))).toBe(true);
    expect(await verifyIdenfySignature(request.body, request.headers, 'signing-key-88')).toEqual({ valid: true, keyIndex: 0 });
    expect(await verifyIdenfySignature(request.body, request.headers, 'signing-key-88\n')).toMatchObject({ valid: false });
  });

  test('send exits 1 on a non-2xx response, and 2 when nothing listens', async () => {
    answerStatus = 401;
    try {
      const [outcome] = await oneRequest(() => runProgram(['send', endpoint, '--kind', 'shufti', '--status', 'request.pending']));
      expect(outcome).toMatchObject({ status: 1, stdout: expect.stringMatching(/^401 Unauthorized\n/) });
      expect(outcome.stdout).not.toContain('CANARY');
    } finally {
      answerStatus = 204;
    }
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await runProgram(['send', `http://127.0.0.1:${port}/`, '--kind', 'shufti'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^kyc-webhooks: could not send to http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/m) });
  });
});

describe('without fast-check, the optional peer dependency', () => {
  test('the hook hides fast-check: the arbitraries of kyc-webhooks/testing do not load', async () => {
    const testing = new URL('../dist/testing/index.js', import.meta.url).href;
    const script = `import(${JSON.stringify(testing)}).then(() => console.log('loaded'), (error) => { console.log(error.code); process.exitCode = 3; })`;
    const result = await new Promise<Outcome>((resolve) =>
      execFile(process.execPath, ['--import', withoutFastCheck, '--input-type=module', '-e', script], { encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : (error.code as number), stdout, stderr }),
      ),
    );
    expect(result).toMatchObject({ status: 3, stdout: 'ERR_MODULE_NOT_FOUND\n' });
  });

  test('kyc-webhooks/testing/bodies loads without it and builds a body of every kind, each parsing as its kind', async () => {
    const bodies = new URL('../dist/testing/bodies.js', import.meta.url).href;
    const script = `import(${JSON.stringify(bodies)}).then((b) => console.log(JSON.stringify([
      b.buildJumioNetverifyBody('DENIED_FRAUD'), b.buildJumioDocVerificationBody('EXTRACTED'), b.buildJumioPlatformBody('PROCESSED'),
      b.buildJumioRetrievalBody('WARNING'), b.buildJumioRetrievalStatusBody('ACQUIRED'), b.buildIdenfyBody('DENIED'), b.buildShuftiBody('request.timeout'),
      b.buildOnfidoBody('check.completed'),
    ])))`;
    const result = await new Promise<Outcome>((resolve) =>
      execFile(process.execPath, ['--import', withoutFastCheck, '--input-type=module', '-e', script], { encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : (error.code as number), stdout, stderr }),
      ),
    );
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const built = JSON.parse(result.stdout) as string[];
    const kinds: KycCallbackKind[] = ['jumio-netverify', 'jumio-doc-verification', 'jumio-platform', 'jumio-retrieval', 'jumio-retrieval-status', 'idenfy', 'shufti', 'onfido'];
    expect(kinds.map((kind, index) => callbackKinds[kind].safeParse(built[index] as never).success)).toEqual(kinds.map(() => true));
  });

  const samples: Record<KycCallbackKind, string> = {
    'jumio-netverify': 'denied_fraud',
    'jumio-doc-verification': 'FAILED',
    'jumio-platform': 'token_expired',
    'jumio-retrieval': 'REJECTED',
    'jumio-retrieval-status': 'ACQUIRED',
    idenfy: 'reviewing',
    shufti: 'verification.declined',
    onfido: 'workflow_run.completed',
  };
  test.each(Object.entries(samples) as [KycCallbackKind, string][])('send builds and POSTs a sample %s body (status %s)', async (kind, status) => {
    const key = callbackKinds[kind].provider === 'jumio' ? [] : ['--key', 'k'];
    const [outcome, request] = await oneRequest(() => runProgram(['send', endpoint, '--kind', kind, '--status', status, ...key], { nodeOptions: ['--import', withoutFastCheck] }));
    expect(outcome).toMatchObject({ status: 0, stderr: '' });
    const callback = callbackKinds[kind].parse(request.body as never) as unknown;
    expect(JSON.stringify(callback).toLowerCase()).toContain(`"${status.toLowerCase()}"`);
  });
});

describe('listen, and send against it', () => {
  /** Starts `kyc-webhooks listen`, and resolves once it says where it listens. */
  function startListening(args: readonly string[], env: Record<string, string> = {}) {
    const child = execFile(process.execPath, [program, 'listen', '--port', '0', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (text: string) => (stdout += text));
    const url = new Promise<string>((resolve, reject) => {
      child.stderr?.on('data', (text: string) => {
        stderr += text;
        const found = /listening on (http:\/\/\S+)/.exec(stderr);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      child.on('exit', () => reject(new Error(`listen exited: ${stderr}`)));
    });
    const stop = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        child.on('exit', (status) => resolve({ status, stdout, stderr }));
        child.kill('SIGINT');
      });
    return { url, stop };
  }

  test('prints each verified callback as one JSON line, refuses a forged one, and stops on Ctrl-C', async () => {
    const env = { KYC_TEST_KEY: 'listen-key' };
    const listening = startListening(['--kind', 'IDENFY', '--key-env', 'KYC_TEST_KEY'], env);
    const url = await listening.url;
    const sent = await runProgram(['send', url, '--kind', 'idenfy', '--status', 'SUSPECTED', '--key-env', 'KYC_TEST_KEY'], { env });
    expect(sent).toMatchObject({ status: 0, stdout: expect.stringMatching(/^200 /) });
    const forged = await runProgram(['send', url, '--kind', 'idenfy', '--status', 'APPROVED', '--key', 'another-key']);
    expect(forged).toMatchObject({ status: 1, stdout: expect.stringMatching(/^401 /) });
    const stopped = await listening.stop();
    expect(stopped.status).toBe(0);
    const lines = stopped.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0] ?? '') as { kind: string; key: string; outcome: { status: string }; callback: { status: { overall: string } } };
    expect(printed).toMatchObject({ kind: 'idenfy', outcome: { status: 'review' }, callback: { status: { overall: 'SUSPECTED' } } });
    expect(stopped.stderr).toContain('answered 401');
  });

  test('without --kind, each webhook kind is served at /KIND (the signed ones only with a key)', async () => {
    const listening = startListening([]);
    const base = await listening.url;
    expect((await runProgram(['send', `${base}/jumio-platform`, '--kind', 'jumio-platform', '--status', 'PROCESSED'])).stdout).toMatch(/^200 /);
    expect((await runProgram(['send', `${base}/jumio-netverify`, '--kind', 'jumio-netverify'])).stdout).toMatch(/^200 /);
    expect((await runProgram(['send', `${base}/idenfy`, '--kind', 'idenfy', '--key', 'k'])).stdout).toMatch(/^404 /);
    const stopped = await listening.stop();
    expect(stopped.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { kind: string }).kind)).toEqual(['jumio-platform', 'jumio-netverify']);
  });

  test('a retrieval response is no webhook kind: usage error', async () => {
    expect(await runProgram(['listen', '--kind', 'jumio-retrieval'])).toMatchObject({ status: 2, stderr: expect.stringContaining('not a webhook') });
  });
});
