// The published and documented signature vectors (AUTH-AND-PLATFORM.md §6), and Onfido's: every vector
// of the Onfido samples' vectors.json, each body a fixture byte for byte (fixtures/onfido/SOURCES.md).
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseIdenfy, parseOnfido, safeVerifyAndParseOnfido, verifyAndParseIdenfy, verifyIdenfySignature, verifyOnfidoSignature, verifyShuftiSignature } from '../src/index.js';
import { signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/index.js';
import { fixtureText, loadFixtures } from './support/fixtures.js';

const idenfyVector = {
  fixture: 'APPROVED.signed-testing-key.json',
  key: 'TestingKey',
  signature: '249d9a838e9b981935324b02367ca72552aa430fc766f45f77fab7a81f9f3b9d',
};
const shuftiVector = {
  body: '{"reference":"kyc-1"}',
  secret: 'secret',
  hashedSecret: '3dc181af0a4d56de64e95d5123ac50ef254b22a7f1980fe6bb7e59c2847c6032',
  plainSecret: 'ecb9a075112535c4830fe92ade7eba13babc12eb3ded73bad49451232d62e13b',
};

const vectorBytes = () => {
  const found = loadFixtures('idenfy', '.json').find((entry) => entry.name === idenfyVector.fixture);
  if (found === undefined) throw new Error('the iDenfy vector fixture is missing');
  return found.bytes;
};

describe('the public iDenfy vector (tf-kyc-verifier webhook.1.json, key TestingKey)', () => {
  test('the fixture is kept byte for byte: 3,484 bytes, no trailing newline, raw UTF-8 Š', () => {
    const bytes = vectorBytes();
    expect(bytes.byteLength).toBe(3484);
    expect(bytes.at(-1)).toBe('}'.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toContain('"ŠILUVA"');
  });

  test('verifies from bytes, ArrayBuffer, text and headers', async () => {
    const bytes = vectorBytes();
    const text = fixtureText('idenfy', idenfyVector.fixture);
    for (const body of [bytes, bytes.slice().buffer, text]) {
      await expect(verifyIdenfySignature(body, idenfyVector.signature, idenfyVector.key)).resolves.toEqual({ valid: true, keyIndex: 0 });
      await expect(verifyIdenfySignature(body, new Headers({ 'Idenfy-Signature': idenfyVector.signature }), idenfyVector.key)).resolves.toEqual({
        valid: true,
        keyIndex: 0,
      });
    }
  });

  test('with a trailing newline appended it is a mismatch (92818018…94eb, as the reference says)', async () => {
    const text = `${fixtureText('idenfy', idenfyVector.fixture)}\n`;
    const withNewline = createHmac('sha256', idenfyVector.key).update(text).digest('hex');
    expect(withNewline.startsWith('92818018') && withNewline.endsWith('94eb')).toBe(true);
    await expect(verifyIdenfySignature(text, idenfyVector.signature, idenfyVector.key)).resolves.toEqual({ valid: false, reason: 'mismatch' });
    await expect(verifyIdenfySignature(text, withNewline, idenfyVector.key)).resolves.toEqual({ valid: true, keyIndex: 0 });
  });

  test('signIdenfyBody reproduces it, and verifyAndParseIdenfy parses it', async () => {
    await expect(signIdenfyBody(vectorBytes(), idenfyVector.key)).resolves.toBe(idenfyVector.signature);
    const callback = await verifyAndParseIdenfy(vectorBytes(), { 'idenfy-signature': idenfyVector.signature }, { key: idenfyVector.key });
    expect(callback).toEqual(parseIdenfy(vectorBytes()));
    expect(callback.status.overall).toBe('APPROVED');
  });

  test('the uppercase spelling of the same digest verifies too (64 hex digits of either case)', async () => {
    await expect(verifyIdenfySignature(vectorBytes(), idenfyVector.signature.toUpperCase(), idenfyVector.key)).resolves.toEqual({ valid: true, keyIndex: 0 });
  });
});

describe('the Shufti vectors computed from the documented formulas (body {"reference":"kyc-1"}, secret "secret")', () => {
  test.each([
    ['hashed-secret', shuftiVector.hashedSecret],
    ['plain-secret', shuftiVector.plainSecret],
  ] as const)('the %s formula verifies under either header, and the result says which', async (scheme, signature) => {
    await expect(verifyShuftiSignature(shuftiVector.body, { signature }, shuftiVector.secret)).resolves.toEqual({
      valid: true,
      keyIndex: 0,
      header: 'Signature',
      scheme,
    });
    await expect(verifyShuftiSignature(shuftiVector.body, new Headers({ sp_signature: signature }), shuftiVector.secret)).resolves.toEqual({
      valid: true,
      keyIndex: 0,
      header: 'sp_signature',
      scheme,
    });
    await expect(verifyShuftiSignature(shuftiVector.body, signature, shuftiVector.secret)).resolves.toEqual({ valid: true, keyIndex: 0, header: undefined, scheme });
  });

  test('signShuftiBody reproduces both, the current formula by default', async () => {
    await expect(signShuftiBody(shuftiVector.body, shuftiVector.secret)).resolves.toBe(shuftiVector.hashedSecret);
    await expect(signShuftiBody(shuftiVector.body, shuftiVector.secret, { scheme: 'hashed-secret' })).resolves.toBe(shuftiVector.hashedSecret);
    await expect(signShuftiBody(shuftiVector.body, shuftiVector.secret, { scheme: 'plain-secret' })).resolves.toBe(shuftiVector.plainSecret);
  });

  test('an HMAC of the body (what some third-party code computes) is no Shufti signature', async () => {
    const hmac = createHmac('sha256', shuftiVector.secret).update(shuftiVector.body).digest('hex');
    await expect(verifyShuftiSignature(shuftiVector.body, hmac, shuftiVector.secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
  });

  test('Signature is read before sp_signature, and a broken Signature falls back to sp_signature', async () => {
    const both = { signature: shuftiVector.hashedSecret, sp_signature: shuftiVector.plainSecret };
    await expect(verifyShuftiSignature(shuftiVector.body, both, shuftiVector.secret)).resolves.toMatchObject({ header: 'Signature', scheme: 'hashed-secret' });
    const fallback = { Signature: 'not hex', SP_SIGNATURE: shuftiVector.plainSecret };
    await expect(verifyShuftiSignature(shuftiVector.body, fallback, shuftiVector.secret)).resolves.toMatchObject({ header: 'sp_signature', scheme: 'plain-secret' });
  });
});

/**
 * Onfido's vectors (vectors.json of the samples, recomputed with Python's hmac and Node's crypto):
 * the fixture, its size, the webhook token, the X-SHA2-Signature value, and whether it verifies.
 */
const onfidoVectors = [
  { fixture: 'check.completed.json', bytes: 210, token: '_ABC123abc123ABC123abc123ABC123_', signature: 'a0082d7481f9f0a2907583dbe1f344d6d4c0d9989df2fd804f98479f60cd760e', valid: true },
  { fixture: 'workflow_task.started.json', bytes: 642, token: 'YKOC6mkBxi6yK2zlUIrLMvsJMFEZObP5', signature: 'c95a5b785484f6fa1bc25f381b5595d66bf85cb442eefb06aa007802ee6a4dfa', valid: true },
  { fixture: 'check.completed.v3-6.json', bytes: 266, token: 'wU99mE6jJ7nXOLFwZ0tJymM1lpI15pZh', signature: '77ebc3e418f26be6eebb47f7ebe551321de26734fc273961e075fc9ab163d9c7', valid: true },
  { fixture: 'workflow_task.completed.object-output.json', bytes: 7735, token: 'YKOC6mkBxi6yK2zlUIrLMvsJMFEZObP5', signature: 'e3e5565647f5ccf07b2fd8ac22eab94a0a0619413d981fb768295c820523f7d7', valid: true },
  { fixture: 'check.truncated-java.invalid-json.txt', bytes: 36, token: 'wU99mE6jJ7nXOLFwZ0tJymM1lpI15pZh', signature: 'f9f913a02e5c7e96cf43d46a6d1b0cf93237fa72e93ef25c365eae29b7945453', valid: true },
  // onfido-node 23bf7cd edited the body's href without re-signing; its true HMAC is 394b3507….
  { fixture: 'check.completed.unsigned-edit-2021.json', bytes: 212, token: '_ABC123abc123ABC123abc123ABC123_', signature: 'a0082d7481f9f0a2907583dbe1f344d6d4c0d9989df2fd804f98479f60cd760e', valid: false },
] as const;

const onfidoBytes = (name: string) => new TextEncoder().encode(fixtureText('onfido', name));

describe.each(onfidoVectors)('the Onfido vector $fixture', ({ fixture, bytes, token, signature, valid }) => {
  test('the fixture is kept byte for byte', () => {
    expect(onfidoBytes(fixture).byteLength).toBe(bytes);
    expect(createHmac('sha256', token).update(onfidoBytes(fixture)).digest('hex') === signature).toBe(valid);
  });

  test(`verifies as ${valid ? 'valid' : 'a mismatch'} from bytes, text and the X-SHA2-Signature header, under its token among others`, async () => {
    const expected = valid ? { valid: true, keyIndex: 1, header: 'X-SHA2-Signature', algorithm: 'SHA-256' } : { valid: false, reason: 'mismatch' };
    for (const body of [onfidoBytes(fixture), onfidoBytes(fixture).slice().buffer, fixtureText('onfido', fixture)]) {
      await expect(verifyOnfidoSignature(body, new Headers({ 'X-SHA2-Signature': signature }), ['another-webhook-token', token])).resolves.toEqual(expected);
    }
  });

  if (valid) {
    test('signOnfidoBody reproduces it', async () => {
      await expect(signOnfidoBody(onfidoBytes(fixture), token)).resolves.toBe(signature);
    });
  }
});

describe('the Onfido vectors through verifyAndParse', () => {
  test('a signed SDK body parses; the same body with its trailing newline dropped is a mismatch', async () => {
    const { fixture, token, signature } = onfidoVectors[3];
    const event = await safeVerifyAndParseOnfido(onfidoBytes(fixture), { 'x-sha2-signature': signature }, { key: token });
    expect(event).toEqual({ success: true, data: parseOnfido(onfidoBytes(fixture)) });
    const trimmed = fixtureText('onfido', fixture).trimEnd();
    const result = await safeVerifyAndParseOnfido(trimmed, { 'x-sha2-signature': signature }, { key: token });
    expect(!result.success && [result.error.code, result.error.issues[0]?.code]).toEqual(['invalid_signature', 'signature_mismatch']);
  });

  test('the edited body is invalid_signature, not parsed', async () => {
    const { fixture, token, signature } = onfidoVectors[5];
    const result = await safeVerifyAndParseOnfido(onfidoBytes(fixture), signature, { key: token });
    expect(!result.success && [result.error.code, result.error.issues[0]?.code]).toEqual(['invalid_signature', 'signature_mismatch']);
  });

  test('the signed body that is not JSON verifies, then fails to parse as malformed_body', async () => {
    const { fixture, token, signature } = onfidoVectors[4];
    await expect(verifyOnfidoSignature(onfidoBytes(fixture), signature, token)).resolves.toMatchObject({ valid: true });
    const result = await safeVerifyAndParseOnfido(onfidoBytes(fixture), signature, { key: token });
    expect(!result.success && [result.error.code, result.error.kind]).toEqual(['malformed_body', 'onfido']);
  });

  test('a re-serialized body never verifies (the most common complaint)', async () => {
    const { fixture, token, signature } = onfidoVectors[3];
    const reserialized = JSON.stringify(JSON.parse(fixtureText('onfido', fixture)));
    await expect(verifyOnfidoSignature(reserialized, signature, token)).resolves.toEqual({ valid: false, reason: 'mismatch' });
  });
});
