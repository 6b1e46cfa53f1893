import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  parseIdenfy,
  parseOnfido,
  parseShufti,
  safeVerifyAndParseIdenfy,
  safeVerifyAndParseOnfido,
  safeVerifyAndParseShufti,
  verifyAndParseIdenfy,
  verifyAndParseOnfido,
  verifyAndParseShufti,
  verifyIdenfySignature,
  verifyOnfidoSignature,
  verifyShuftiSignature,
  type KycWebhookIssueCode,
  type ParseResult,
} from '../src/index.js';
import * as idenfyEntry from '../src/idenfy/index.js';
import * as onfidoEntry from '../src/onfido/index.js';
import * as shuftiEntry from '../src/shufti/index.js';
import * as testingEntry from '../src/testing/index.js';
import { buildIdenfyBody, buildOnfidoBody, buildShuftiBody, signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/index.js';
import { renderings } from './support/renderings.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const canary = 'CANARYq7Zx';
const key = 'example-signing-key';

type Verify = (body: never, signature: never, key: never) => Promise<unknown>;
const verifiers: [string, Verify][] = [
  ['verifyIdenfySignature', verifyIdenfySignature as Verify],
  ['verifyShuftiSignature', verifyShuftiSignature as Verify],
  ['verifyAndParseIdenfy', ((body, signature, secret) => verifyAndParseIdenfy(body, signature, { key: secret })) as Verify],
  ['safeVerifyAndParseIdenfy', ((body, signature, secret) => safeVerifyAndParseIdenfy(body, signature, { key: secret })) as Verify],
  ['verifyAndParseShufti', ((body, signature, secret) => verifyAndParseShufti(body, signature, { key: secret })) as Verify],
  ['safeVerifyAndParseShufti', ((body, signature, secret) => safeVerifyAndParseShufti(body, signature, { key: secret })) as Verify],
  ['signIdenfyBody', ((body, _signature, secret) => signIdenfyBody(body, secret)) as Verify],
  ['signShuftiBody', ((body, _signature, secret) => signShuftiBody(body, secret)) as Verify],
  ['verifyOnfidoSignature', verifyOnfidoSignature as Verify],
  ['verifyOnfidoSignature, legacy SHA-1 allowed', ((body, signature, secret) => verifyOnfidoSignature(body, signature, secret, { acceptLegacySha1: true })) as Verify],
  ['verifyAndParseOnfido', ((body, signature, secret) => verifyAndParseOnfido(body, signature, { key: secret })) as Verify],
  ['safeVerifyAndParseOnfido', ((body, signature, secret) => safeVerifyAndParseOnfido(body, signature, { key: secret })) as Verify],
  ['signOnfidoBody', ((body, _signature, secret) => signOnfidoBody(body, secret)) as Verify],
];

describe.each(verifiers)('%s: programming errors are TypeErrors, thrown before any promise', (_name, call) => {
  test('a parsed body: the message says the signature is over the exact bytes, and how to keep them', () => {
    for (const parsed of [{ reference: 'x' }, [1], null, undefined, 42, new DataView(new ArrayBuffer(1))]) {
      let thrown: unknown;
      try {
        call(parsed as never, '0'.repeat(64) as never, key as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(/exact raw bytes/);
      expect((thrown as Error).message).toMatch(/express\.raw/);
      expect((thrown as Error).message).toMatch(/request\.arrayBuffer\(\)/);
    }
  });

  test('an empty key, a key of the wrong type, or an empty list of keys', () => {
    for (const bad of ['', new Uint8Array(0), 42, null, undefined, {}, new ArrayBuffer(4), [], ['ok', ''], [7]]) {
      expect(() => call('{}' as never, '0'.repeat(64) as never, bad as never)).toThrow(TypeError);
    }
  });

  test('a TypeError message holds no key and nothing of the body', () => {
    for (const [body, secret] of [[{ secret: canary }, canary], ['{}', [canary, '']], ['{}', { [canary]: canary }]] as const) {
      let thrown: unknown;
      try {
        call(body as never, undefined as never, secret as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).not.toContain(canary);
    }
  });
});

/** Every rendering of an error, as one text. */
const rendered = (error: KycWebhookError) => renderings(error).join('\n');

describe.each([
  {
    name: 'iDenfy',
    header: 'Idenfy-Signature',
    body: () => buildIdenfyBody('APPROVED', { scanRef: canary, data: { docFirstName: canary } }),
    sign: (raw: string, secret: string) => signIdenfyBody(raw, secret),
    safe: safeVerifyAndParseIdenfy as (body: string, signature: unknown, options: { key: string; strict?: boolean; maxBytes?: number }) => Promise<ParseResult<unknown>>,
    throwing: verifyAndParseIdenfy as (body: string, signature: unknown, options: { key: string }) => Promise<unknown>,
    parse: (raw: string) => parseIdenfy(raw),
    kind: 'idenfy',
  },
  {
    name: 'Shufti',
    header: 'Signature',
    body: () => buildShuftiBody('verification.accepted', { reference: canary }),
    sign: (raw: string, secret: string) => signShuftiBody(raw, secret),
    safe: safeVerifyAndParseShufti as (body: string, signature: unknown, options: { key: string; strict?: boolean; maxBytes?: number }) => Promise<ParseResult<unknown>>,
    throwing: verifyAndParseShufti as (body: string, signature: unknown, options: { key: string }) => Promise<unknown>,
    parse: (raw: string) => parseShufti(raw),
    kind: 'shufti',
  },
  {
    name: 'Onfido',
    header: 'X-SHA2-Signature',
    body: () => buildOnfidoBody('workflow_run.completed', { object: { id: canary }, resource: { output: { first_name: canary } } }),
    sign: (raw: string, secret: string) => signOnfidoBody(raw, secret),
    safe: safeVerifyAndParseOnfido as (body: string, signature: unknown, options: { key: string; strict?: boolean; maxBytes?: number }) => Promise<ParseResult<unknown>>,
    throwing: verifyAndParseOnfido as (body: string, signature: unknown, options: { key: string }) => Promise<unknown>,
    parse: (raw: string) => parseOnfido(raw),
    kind: 'onfido',
  },
])('$name: verify, then parse the same bytes', ({ header, body, sign, safe, throwing, parse, kind }) => {
  test('a valid signature parses the body, with the parse options', async () => {
    const raw = body();
    const signature = await sign(raw, key);
    await expect(safe(raw, { [header]: signature }, { key })).resolves.toEqual({ success: true, data: parse(raw) });
    await expect(throwing(raw, new Headers({ [header]: signature }), { key })).resolves.toEqual(parse(raw));
    const limited = await safe(raw, signature, { key, maxBytes: 10 });
    expect(!limited.success && limited.error.code).toBe('body_too_large');
  });

  test.each([
    ['missing', undefined, 'missing_signature'],
    ['malformed', `${canary}${'0'.repeat(54)}`, 'malformed_signature'],
    ['mismatch', 'ab'.repeat(32), 'signature_mismatch'],
  ] as const)('a %s signature: invalid_signature, with an issue code saying why; nothing of body or header in any rendering', async (_reason, signature, code: KycWebhookIssueCode) => {
    const raw = body();
    const result = await safe(raw, signature, { key: canary });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(KycWebhookError);
    expect([result.error.code, result.error.kind, result.error.issues.map((issue) => issue.code)]).toEqual(['invalid_signature', kind, [code]]);
    expect(rendered(result.error)).not.toContain(canary);
    expect(rendered(result.error)).not.toContain('ab'.repeat(32));
    const rejection = await throwing(raw, signature, { key: canary }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(rejection).toBeInstanceOf(KycWebhookError);
    expect((rejection as KycWebhookError).code).toBe('invalid_signature');
    expect(rendered(rejection as KycWebhookError)).not.toContain(canary);
  });

  test('an invalid body is not parsed when the signature fails: invalid_signature, not malformed_body', async () => {
    const result = await safe(`{"${canary}":`, 'ab'.repeat(32), { key });
    expect(!result.success && result.error.code).toBe('invalid_signature');
  });

  test('a key with a trailing newline: the mismatch message says so, without the key', async () => {
    const raw = body();
    const result = await safe(raw, await sign(raw, key), { key: `${key}\n` });
    expect(!result.success && result.error.issues[0]?.message).toMatch(/trailing newline/);
    expect(!result.success && rendered(result.error)).not.toContain(key);
  });

  test('options that are not an object, or whose key cannot be read, are a TypeError, thrown synchronously', () => {
    expect(() => safe(body(), undefined, undefined as never)).toThrow(TypeError);
    expect(() => safe(body(), undefined, null as never)).toThrow(TypeError);
    const throwing = Object.defineProperty({}, 'key', {
      get: () => {
        throw new Error(canary);
      },
    });
    expect(() => safe(body(), undefined, throwing as never)).toThrow(TypeError);
  });

  propTest.prop([fc.oneof(fc.string(), fc.uint8Array()), fc.oneof(fc.string(), fc.constant(undefined), fc.array(fc.string()), fc.integer(), fc.object())], { numRuns: 100 })(
    'never rejects for any body and header; a failure is a KycWebhookError with a code the README documents',
    async (raw, signature) => {
      const result = await safe(raw as string, signature, { key });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error).toBeInstanceOf(KycWebhookError);
        expect(result.error.code).toBe('invalid_signature');
        expect(['missing_signature', 'malformed_signature', 'signature_mismatch']).toContain(result.error.issues[0]?.code);
      }
    },
  );

  propTest.prop([fc.oneof(fc.string(), fc.uint8Array())], { numRuns: 50 })('a correctly signed body of any bytes resolves: parsed, or a parse error', async (raw) => {
    const result = await safe(raw as string, await sign(raw as string, key), { key });
    if (!result.success) {
      expect(result.error).toBeInstanceOf(KycWebhookError);
      expect(result.error.code).not.toBe('invalid_signature');
    }
  });
});

describe('exports', () => {
  test('the provider subpaths and kyc-webhooks/testing export the functions', () => {
    expect(Object.keys(idenfyEntry)).toEqual(expect.arrayContaining(['verifyIdenfySignature', 'verifyAndParseIdenfy', 'safeVerifyAndParseIdenfy']));
    expect(Object.keys(shuftiEntry)).toEqual(expect.arrayContaining(['verifyShuftiSignature', 'verifyAndParseShufti', 'safeVerifyAndParseShufti']));
    expect(Object.keys(onfidoEntry)).toEqual(expect.arrayContaining(['verifyOnfidoSignature', 'verifyAndParseOnfido', 'safeVerifyAndParseOnfido']));
    expect(Object.keys(testingEntry)).toEqual(expect.arrayContaining(['signIdenfyBody', 'signShuftiBody', 'signOnfidoBody']));
  });

  test('invalid_signature and its issue codes are in the README', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(readme).toMatch(/^\| `invalid_signature` \|/m);
    for (const code of ['missing_signature', 'malformed_signature', 'signature_mismatch']) expect(readme).toContain(`\`${code}\``);
  });
});

describe('no node:crypto and no Buffer in the library: the same code runs on every runtime', () => {
  const forbidden = [/\bnode:crypto\b/, /\brequire\(\s*['"]crypto['"]\s*\)/, /from\s+['"]crypto['"]/, /(?<![\w.])Buffer\s*[.(]/, /\bnew\s+Buffer\b/];
  const filesUnder = (directory: string, extension: RegExp): string[] =>
    readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .filter((file) => extension.test(file) && !file.startsWith('cli'))
      .map((file) => `${directory}${file}`);
  // Comments may name Buffer (a Node Buffer is a Uint8Array); code may not use it.
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  test('src/ (except the command line, which runs on Node only)', () => {
    const files = filesUnder(`${root}src/`, /\.ts$/);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) for (const pattern of forbidden) expect([file, pattern.test(code(readFileSync(file, 'utf8')))]).toEqual([file, false]);
  });

  test.runIf(existsSync(`${root}dist/index.js`))('the built dist/ (except the command line)', () => {
    const files = filesUnder(`${root}dist/`, /\.(c?js)$/);
    for (const file of files) for (const pattern of forbidden) expect([file, pattern.test(code(readFileSync(file, 'utf8')))]).toEqual([file, false]);
  });

  test('the check itself finds what it looks for', () => {
    expect(forbidden.some((pattern) => pattern.test(code("import { createHmac } from 'node:crypto';")))).toBe(true);
    expect(forbidden.some((pattern) => pattern.test(code('const b = Buffer.from(x);')))).toBe(true);
    expect(forbidden.some((pattern) => pattern.test(code('new ArrayBuffer(2); // Buffer.from is not used')))).toBe(false);
  });
});
