// The published and documented signature vectors (AUTH-AND-PLATFORM.md §6). The Onfido rows of that
// table belong to a provider this library does not parse yet, so they are not here.
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseIdenfy, verifyAndParseIdenfy, verifyIdenfySignature, verifyShuftiSignature } from '../src/index.js';
import { signIdenfyBody, signShuftiBody } from '../src/testing/index.js';
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
