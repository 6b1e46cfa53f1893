import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  parseIdenfy,
  parseJumioNetverify,
  parseShufti,
  safeParseIdenfy,
  safeParseJumioNetverify,
  safeParseShufti,
  serializeIdenfy,
  serializeShufti,
} from '../src/index.js';
import { buildIdenfyBody, buildJumioNetverifyBody, buildShuftiBody } from '../src/testing/index.js';

// Inputs no HTTP client sends but a caller can hand over: the contracts hold for them too.

describe('bodies handed over as objects', () => {
  test('a getter or a proxy that throws is malformed_body, never the thrown error', () => {
    const record = { ...Object.fromEntries(new URLSearchParams(buildJumioNetverifyBody('NO_ID_UPLOADED'))) };
    Object.defineProperty(record, 'idNumber', { enumerable: true, get: () => { throw new Error('CANARY from a getter'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('CANARY from a proxy'); } });
    for (const body of [record, proxy]) {
      const result = safeParseJumioNetverify(body);
      expect(result).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'unreadable_body' }] } });
      if (!result.success) expect(JSON.stringify(result.error)).not.toContain('CANARY');
    }
    expect(() => parseShufti(proxy)).toThrow(KycWebhookError);
  });

  test('a record with a lone surrogate is malformed_body, as the same bytes would be', () => {
    const record = Object.fromEntries(new URLSearchParams(buildJumioNetverifyBody('NO_ID_UPLOADED')));
    expect(safeParseJumioNetverify({ ...record, idNumber: 'A\uD800' })).toMatchObject({ success: false, error: { code: 'malformed_body' } });
  });

  test('a parsed JSON body must hold only what JSON.parse returns', () => {
    const body = JSON.parse(buildShuftiBody('request.timeout')) as Record<string, unknown>;
    for (const extra of [undefined, () => 1, new Date(0), Number.NaN, 10n, Symbol('x')]) {
      expect(safeParseShufti({ ...body, extra })).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'invalid_json' }] } });
    }
    expect(safeParseShufti({ ...body, extra: [null, { a: -0 }] }).success).toBe(true);
  });

  // Optional fields run as zod's `optional` (see `optional` in src/core/fields.ts), which would let
  // `undefined` through as a value: no such body must reach a schema.
  test('a documented optional field present with the value undefined is refused before any schema runs', () => {
    const form = Object.fromEntries(new URLSearchParams(buildJumioNetverifyBody('NO_ID_UPLOADED')));
    expect(safeParseJumioNetverify({ ...form, idType: undefined } as unknown as Record<string, string>)).toMatchObject({
      success: false,
      error: { code: 'malformed_body', issues: [{ code: 'invalid_field_type' }] },
    });
    const idenfy = JSON.parse(buildIdenfyBody('APPROVED')) as Record<string, unknown>;
    const shufti = JSON.parse(buildShuftiBody('verification.accepted')) as Record<string, unknown>;
    for (const result of [safeParseIdenfy({ ...idenfy, companyId: undefined }), safeParseShufti({ ...shufti, email: undefined })]) {
      expect(result).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'invalid_json' }] } });
    }
  });

  test('bytes from another realm are bytes; a detached buffer is malformed_body', () => {
    const text = buildJumioNetverifyBody('NO_ID_UPLOADED');
    const foreign = runInNewContext('new Uint8Array(bytes)', { bytes: [...new TextEncoder().encode(text)] }) as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(parseJumioNetverify(foreign)).toEqual(parseJumioNetverify(text));
    const detached = new TextEncoder().encode(text).buffer;
    structuredClone(detached, { transfer: [detached] });
    expect(safeParseJumioNetverify(detached)).toMatchObject({ success: false, error: { code: 'malformed_body' } });
  });
});

describe('-0', () => {
  test('decodes to 0, so every output survives a JSON round trip', () => {
    expect(Object.is(parseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { idFaceMatch: '-0' })).idFaceMatch, 0)).toBe(true);
    const address = parseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: '{"city":"X","extra":-0.0}' })).idAddress;
    expect(Object.is((address as Record<string, unknown>)['extra'], 0)).toBe(true);
    const shufti = parseShufti(buildShuftiBody('request.timeout').replace(/^\{/, '{"extra":[-0,"2026-01-05"],'));
    expect((shufti as unknown as { extra: unknown[] }).extra).toStrictEqual([0, '2026-01-05']);
    const idenfy = parseIdenfy(buildIdenfyBody('APPROVED', { startTime: '-0' }));
    expect(Object.is(idenfy.startTime, 0)).toBe(true);
  });
});

describe('integers', () => {
  test.each([
    ['99999999999999999999', 'too_big'],
    [-1e20, 'too_small'],
    ['1.5', 'invalid_type'],
    [1.5, 'invalid_type'],
  ])('startTime %j is refused with %s, at its path', (startTime, code) => {
    const result = safeParseIdenfy(buildIdenfyBody('APPROVED', { startTime }));
    expect(result.success ? [] : result.error.issues).toContainEqual(expect.objectContaining({ path: ['startTime'], code }));
  });
});

describe('serializing values JSON cannot hold', () => {
  test('a BigInt or a cycle in an unknown field is invalid_payload, never a TypeError', () => {
    const shufti = parseShufti(buildShuftiBody('request.timeout'));
    const idenfy = parseIdenfy(buildIdenfyBody('APPROVED'));
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    for (const extra of [10n, cycle]) {
      expect(() => serializeShufti({ ...shufti, extra } as never)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
      expect(() => serializeIdenfy({ ...idenfy, extra } as never)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    }
  });
});

describe('options', () => {
  test('a limit that is not a non-negative integer is invalid_options, from safeParse too; Infinity means no limit', () => {
    const body = buildJumioNetverifyBody('NO_ID_UPLOADED');
    for (const maxDepth of [-1, 1.5, Number.NaN, 2 ** 60]) {
      expect(safeParseJumioNetverify(body, { maxDepth })).toMatchObject({ success: false, error: { code: 'invalid_options', issues: [{ code: 'invalid_option' }] } });
      expect(() => parseJumioNetverify(body, { maxDepth })).toThrow(KycWebhookError);
    }
    expect(safeParseJumioNetverify(body, { maxDepth: Infinity, maxBytes: Infinity, maxFields: Infinity }).success).toBe(true);
    expect(safeParseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED'), { maxDepth: 0 })).toMatchObject({ error: { code: 'nesting_too_deep' } });
  });
});

describe('repeated JSON keys', () => {
  test('are malformed_body in every JSON body and JSON field, never "last one wins"', () => {
    const shufti = buildShuftiBody('verification.accepted').replace(/^\{/, '{"event":"verification.declined",');
    expect(safeParseShufti(shufti)).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'duplicate_key' }] } });
    const idenfy = buildIdenfyBody('APPROVED').replace('"overall":"APPROVED"', '"overall":"DENIED","overall":"APPROVED"');
    expect(safeParseIdenfy(idenfy)).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ code: 'duplicate_key' }] } });
    const jumio = buildJumioNetverifyBody('APPROVED_VERIFIED', { identityVerification: '{"similarity":"NO_MATCH","similarity":"MATCH"}' });
    expect(safeParseJumioNetverify(jumio)).toMatchObject({ success: false, error: { code: 'malformed_body', issues: [{ path: ['identityVerification'], code: 'duplicate_key' }] } });
  });
});
