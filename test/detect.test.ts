import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, vi } from 'vitest';
import { KycWebhookError, parseKycWebhook, safeParseKycWebhook, type KycWebhookOptions } from '../src/index.js';
import { callbackKinds } from '../src/kinds.js';
import { buildIdenfyBody, buildJumioNetverifyBody, buildShuftiBody } from '../src/testing/index.js';
import { rejectionOf } from './support/errors.js';
import { parsers } from './support/parsers.js';
import { renderings } from './support/renderings.js';
import { arbitraries, kinds, serializeAs } from './support/webhooks.js';

const decoder = new TextDecoder();

/** The headers each kind's provider sends, as a Web `Headers`. */
const headersOf = (format: 'form' | 'json', provider: string): Headers => {
  const headers = new Headers({ 'content-type': format === 'form' ? 'application/x-www-form-urlencoded' : 'application/json' });
  if (provider === 'idenfy') headers.set('Idenfy-Signature', 'a'.repeat(64));
  if (provider === 'shufti') headers.set('Signature', 'b'.repeat(64));
  return headers;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('every fixture is detected as its own kind', () => {
  // API responses (`webhook: false`) are never detected: tested below.
  for (const parser of parsers.filter((candidate) => callbackKinds[candidate.name].webhook)) {
    const provider = callbackKinds[parser.name].provider;
    describe(parser.name, () => {
      for (const fixture of parser.fixtures) {
        test(fixture.name, () => {
          const expected = parser.parse(fixture.bytes as never);
          for (const options of [undefined, { headers: headersOf(parser.format, provider) }] as const) {
            for (const body of [fixture.bytes, decoder.decode(fixture.bytes), fixture.bytes.slice().buffer]) {
              const result = safeParseKycWebhook(body, options);
              expect(result).toEqual({ success: true, data: { kind: parser.name, callback: expected } });
            }
          }
        });
      }
    });
  }
});

describe('detection parses with one parser only', () => {
  test('each fixture runs exactly its own kind\'s parser once, and no other', () => {
    const spies = kinds.map((kind) => [kind, vi.spyOn(callbackKinds[kind], 'safeParse')] as const);
    for (const parser of parsers) {
      for (const fixture of parser.fixtures) {
        for (const [, spy] of spies) spy.mockClear();
        const result = safeParseKycWebhook(fixture.bytes);
        // An API response (`webhook: false`) is detected as nothing, and no parser runs.
        const own = callbackKinds[parser.name].webhook ? parser.name : undefined;
        for (const [kind, spy] of spies) expect(spy, `${fixture.name} by ${kind}`).toHaveBeenCalledTimes(kind === own ? 1 : 0);
        if (own === undefined) expect(rejectionOf(result)?.code, fixture.name).toBe('unknown_kind');
      }
    }
  });
});

describe('generated callbacks', () => {
  for (const kind of kinds.filter((name) => !callbackKinds[name].webhook)) {
    test.prop([arbitraries[kind]], { numRuns: 40 })(`a generated ${kind} response (an API response, not a webhook) is never detected`, (callback) => {
      const result = safeParseKycWebhook(serializeAs(kind, callback));
      expect(result.success).toBe(false);
      expect(rejectionOf(result)?.code).toBe('unknown_kind');
    });
  }

  for (const kind of kinds.filter((name) => callbackKinds[name].webhook)) {
    test.prop([arbitraries[kind]], { numRuns: 60 })(`every generated ${kind} body is detected as ${kind} and never another`, (callback) => {
      const body = serializeAs(kind, callback);
      const result = safeParseKycWebhook(body);
      expect(result.success && result.data.kind).toBe(kind);
      expect(result.success && result.data.callback).toEqual(callbackKinds[kind].parse(body as never));
    });
  }

  test.prop([arbitraries.idenfy], { numRuns: 30 })('a JSON body handed over already parsed is detected too', (callback) => {
    const result = safeParseKycWebhook(JSON.parse(serializeAs('idenfy', callback)) as Record<string, unknown>);
    expect(result.success && result.data.kind).toBe('idenfy');
  });

  test.prop([arbitraries['jumio-netverify']], { numRuns: 30 })('a form body as URLSearchParams or a record is detected too', (callback) => {
    const params = new URLSearchParams(serializeAs('jumio-netverify', callback));
    expect(safeParseKycWebhook(params).success && 'jumio-netverify').toBe('jumio-netverify');
    const record = Object.fromEntries(params);
    const result = safeParseKycWebhook(record);
    expect(result.success && result.data.kind).toBe('jumio-netverify');
  });
});

describe('headers', () => {
  const idenfyBody = buildIdenfyBody('APPROVED');

  test('a Node header record, with any case and array values, names the provider as a Headers object does', () => {
    const broken = '{"clientId":"client-1"}';
    for (const headers of [new Headers({ 'Idenfy-Signature': 'x' }), { 'idenfy-signature': 'x' }, { 'Idenfy-Signature': ['x'] }]) {
      const result = safeParseKycWebhook(broken, { headers });
      expect(result.success).toBe(false);
      // The signature header makes it iDenfy's own error, though its shape alone would not.
      expect(!result.success && result.error.kind).toBe('idenfy');
      expect(!result.success && result.error.code).toBe('invalid_payload');
    }
    const unsigned = safeParseKycWebhook(broken);
    expect(!unsigned.success && unsigned.error.code).toBe('unknown_kind');
  });

  test('a signature header makes a body that is not even JSON its provider\'s malformed_body', () => {
    const result = safeParseKycWebhook('{"event": ', { headers: { signature: 'x' } });
    expect(!result.success && [result.error.kind, result.error.code]).toEqual(['shufti', 'malformed_body']);
  });

  test('another provider\'s body under a provider\'s signature header is that provider\'s error, never a success', () => {
    const shufti = buildShuftiBody('verification.accepted');
    const result = safeParseKycWebhook(shufti, { headers: { 'idenfy-signature': 'x' } });
    expect(!result.success && result.error.kind).toBe('idenfy');
    const jumio = buildJumioNetverifyBody('APPROVED_VERIFIED');
    const asShufti = safeParseKycWebhook(jumio, { headers: { sp_signature: 'x' } });
    expect(!asShufti.success && asShufti.error.kind).toBe('shufti');
  });

  test('the content type decides the wire: a JSON body declared form is no known kind', () => {
    const result = safeParseKycWebhook(idenfyBody, { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(!result.success && result.error.code).toBe('unknown_kind');
    const json = safeParseKycWebhook(idenfyBody, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(json.success && json.data.kind).toBe('idenfy');
  });

  test('headers that throw are invalid_options, never a throw', () => {
    const headers = { get: () => { throw new Error('boom'); } };
    const result = safeParseKycWebhook(idenfyBody, { headers });
    expect(!result.success && [result.error.kind, result.error.code]).toEqual(['unknown', 'invalid_options']);
  });
});

describe('a detected body gets its kind\'s own error', () => {
  test('a new discriminant value is the kind\'s unknown_variant', () => {
    const result = safeParseKycWebhook(buildShuftiBody('verification.accepted').replace('verification.accepted', 'verification.brand-new'));
    expect(!result.success && [result.error.kind, result.error.code, result.error.variant]).toEqual(['shufti', 'unknown_variant', 'verification.brand-new']);
  });

  test('a missing field is the kind\'s invalid_payload', () => {
    const body = buildJumioNetverifyBody('DENIED_FRAUD', { idScanSource: undefined });
    const result = safeParseKycWebhook(body);
    expect(!result.success && [result.error.kind, result.error.code]).toEqual(['jumio-netverify', 'invalid_payload']);
  });

  test('parseKycWebhook throws the same error', () => {
    const body = buildIdenfyBody('APPROVED').replace('"APPROVED"', '"APPROVED_LATER"');
    expect(() => parseKycWebhook(body)).toThrow(KycWebhookError);
    const expected = safeParseKycWebhook(body);
    expect(() => parseKycWebhook(body)).toThrow(expect.objectContaining({ kind: 'idenfy', code: 'unknown_variant' }) as Error);
    expect(expected.success).toBe(false);
  });
});

describe('a body of no known kind', () => {
  const canary = 'CANARY9d1e';

  test.each([
    ['an empty body', ''],
    ['a form of no kind', `name=${canary}&dob=${canary}`],
    ['a JSON object of no kind', `{"name":"${canary}","x${canary}":1}`],
    ['a JSON array', `["${canary}"]`],
    ['JSON that is no JSON', `{"${canary}`],
    ['a form with the fields of two Jumio kinds', `verificationStatus=${canary}&transaction=${canary}`],
    ['a JSON body with the fields of iDenfy and Shufti', `{"event":"${canary}","status":{"overall":"${canary}"}}`],
  ])('%s is unknown_kind, value-free', (_, body) => {
    const result = safeParseKycWebhook(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect([result.error.kind, result.error.code]).toEqual(['unknown', 'unknown_kind']);
    expect(result.error.issues[0]?.code).toBe('unknown_kind');
    for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
    expect(() => parseKycWebhook(body)).toThrow(KycWebhookError);
  });

  test('a body over maxBytes keeps the limit\'s code', () => {
    const result = safeParseKycWebhook(buildIdenfyBody('APPROVED'), { maxBytes: 10 });
    expect(!result.success && [result.error.kind, result.error.code]).toEqual(['unknown', 'body_too_large']);
  });

  test('invalid options are invalid_options', () => {
    const result = safeParseKycWebhook(buildIdenfyBody('APPROVED'), { maxDepth: -1 } as KycWebhookOptions);
    expect(!result.success && result.error.code).toBe('invalid_options');
  });

  test.prop([fc.oneof(fc.string(), fc.uint8Array(), fc.anything(), fc.json())])('garbage never throws, and is never a callback', (garbage) => {
    const result = safeParseKycWebhook(garbage);
    if (result.success) expect(kinds).toContain(result.data.kind);
    else expect(['unknown', ...kinds]).toContain(rejectionOf(result)?.kind);
  });

  test.prop([fc.oneof(fc.string(), fc.uint8Array())])('a garbage body that decodes is unknown_kind, or a detected kind\'s own error', (garbage) => {
    const result = safeParseKycWebhook(garbage);
    expect(result.success).toBe(false);
    if (!result.success && result.error.kind === 'unknown') expect(['unknown_kind', 'malformed_body']).toContain(result.error.code);
  });
});
