import { createHash, createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { verifyIdenfySignature, verifyOnfidoSignature, verifyShuftiSignature } from '../src/index.js';
import { signIdenfyBody, signOnfidoBody, signShuftiBody } from '../src/testing/index.js';

const body = fc.uint8Array({ maxLength: 2048 });
const key = fc.oneof(fc.string({ minLength: 1, unit: 'grapheme' }), fc.uint8Array({ minLength: 1, maxLength: 128 }));
const scheme = fc.constantFrom('hashed-secret' as const, 'plain-secret' as const);
const bytesOf = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The same signature with the digit at `index` replaced by another hex digit. */
function changeDigit(signature: string, index: number, shift: number): string {
  const at = index % signature.length;
  const digit = ((Number.parseInt(signature[at] as string, 16) + 1 + (shift % 15)) % 16).toString(16);
  return signature.slice(0, at) + digit + signature.slice(at + 1);
}

/** The same key with one byte changed (a string key: one character appended). */
function changeKey(value: string | Uint8Array): string | Uint8Array {
  if (typeof value === 'string') return `${value}x`;
  const changed = value.slice();
  changed[0] = (changed[0] as number) ^ 1;
  return changed;
}

function changeByte(bytes: Uint8Array, index: number): Uint8Array {
  const changed = bytes.slice();
  const at = index % changed.byteLength;
  changed[at] = (changed[at] as number) ^ 0x20;
  return changed;
}

describe('iDenfy: sign, then verify', () => {
  test.prop([body, key])('verify(sign(body, key), key) is valid, and the signature is the HMAC node:crypto computes', async (raw, secret) => {
    const signature = await signIdenfyBody(raw, secret);
    expect(signature).toBe(createHmac('sha256', bytesOf(secret)).update(raw).digest('hex'));
    await expect(verifyIdenfySignature(raw, signature, secret)).resolves.toEqual({ valid: true, keyIndex: 0 });
  });

  test.prop([body.filter((raw) => raw.byteLength > 0), key, fc.nat(), fc.nat()])(
    'one byte of the body, one digit of the signature, or the key changed: mismatch',
    async (raw, secret, index, shift) => {
      const signature = await signIdenfyBody(raw, secret);
      await expect(verifyIdenfySignature(changeByte(raw, index), signature, secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyIdenfySignature(raw, changeDigit(signature, index, shift), secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyIdenfySignature(raw, signature, changeKey(secret))).resolves.toEqual({ valid: false, reason: 'mismatch' });
    },
  );

  test.prop([body, fc.array(key, { minLength: 1, maxLength: 4 }), fc.nat()])('with a list of keys, the result names the one that signed', async (raw, keys, pick) => {
    const signer = pick % keys.length;
    const signature = await signIdenfyBody(raw, keys[signer] as string | Uint8Array);
    const result = await verifyIdenfySignature(raw, signature, keys);
    expect(result.valid).toBe(true);
    // An earlier key equal to the signer (the arbitrary may repeat one) matches first.
    expect(result.valid && hex(bytesOf(keys[result.keyIndex] as string | Uint8Array))).toBe(hex(bytesOf(keys[signer] as string | Uint8Array)));
  });
});

describe('Shufti: sign, then verify', () => {
  test.prop([body, key, scheme])('verify(sign(body, key, { scheme }), key) is valid with that scheme, and matches node:crypto', async (raw, secret, chosen) => {
    const signature = await signShuftiBody(raw, secret, { scheme: chosen });
    const suffix = chosen === 'plain-secret' ? bytesOf(secret) : new TextEncoder().encode(createHash('sha256').update(bytesOf(secret)).digest('hex'));
    expect(signature).toBe(createHash('sha256').update(raw).update(suffix).digest('hex'));
    await expect(verifyShuftiSignature(raw, { signature }, secret)).resolves.toEqual({ valid: true, keyIndex: 0, header: 'Signature', scheme: chosen });
  });

  test.prop([body.filter((raw) => raw.byteLength > 0), key, scheme, fc.nat(), fc.nat()])(
    'one byte of the body, one digit of the signature, or the key changed: mismatch',
    async (raw, secret, chosen, index, shift) => {
      const signature = await signShuftiBody(raw, secret, { scheme: chosen });
      await expect(verifyShuftiSignature(changeByte(raw, index), signature, secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyShuftiSignature(raw, changeDigit(signature, index, shift), secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyShuftiSignature(raw, signature, changeKey(secret))).resolves.toEqual({ valid: false, reason: 'mismatch' });
    },
  );
});

describe('Onfido: sign, then verify', () => {
  test.prop([body, key])('X-SHA2-Signature: verify(sign(body, token), token) is valid, and is the HMAC-SHA256 node:crypto computes', async (raw, secret) => {
    const signature = await signOnfidoBody(raw, secret);
    expect(signature).toBe(createHmac('sha256', bytesOf(secret)).update(raw).digest('hex'));
    await expect(verifyOnfidoSignature(raw, { 'X-SHA2-Signature': signature }, secret)).resolves.toEqual({ valid: true, keyIndex: 0, header: 'X-SHA2-Signature', algorithm: 'SHA-256' });
    await expect(verifyOnfidoSignature(raw, signature, secret)).resolves.toEqual({ valid: true, keyIndex: 0, header: undefined, algorithm: 'SHA-256' });
  });

  test.prop([body.filter((raw) => raw.byteLength > 0), key, fc.nat(), fc.nat()])(
    'one byte of the body, one digit of the signature, or the token changed: mismatch',
    async (raw, secret, index, shift) => {
      const signature = await signOnfidoBody(raw, secret);
      await expect(verifyOnfidoSignature(changeByte(raw, index), signature, secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyOnfidoSignature(raw, changeDigit(signature, index, shift), secret)).resolves.toEqual({ valid: false, reason: 'mismatch' });
      await expect(verifyOnfidoSignature(raw, signature, changeKey(secret))).resolves.toEqual({ valid: false, reason: 'mismatch' });
    },
  );

  test.prop([body, key])('X-Signature (HMAC-SHA1) is checked only when allowed, and only without X-SHA2-Signature', async (raw, secret) => {
    const legacy = await signOnfidoBody(raw, secret, { algorithm: 'SHA-1' });
    expect(legacy).toBe(createHmac('sha1', bytesOf(secret)).update(raw).digest('hex'));
    const allow = { acceptLegacySha1: true };
    await expect(verifyOnfidoSignature(raw, { 'X-Signature': legacy }, secret)).resolves.toEqual({ valid: false, reason: 'missing' });
    await expect(verifyOnfidoSignature(raw, legacy, secret)).resolves.toEqual({ valid: false, reason: 'malformed' });
    await expect(verifyOnfidoSignature(raw, { 'x-signature': legacy }, secret, allow)).resolves.toEqual({ valid: true, keyIndex: 0, header: 'X-Signature', algorithm: 'SHA-1' });
    await expect(verifyOnfidoSignature(raw, legacy, secret, allow)).resolves.toEqual({ valid: true, keyIndex: 0, header: undefined, algorithm: 'SHA-1' });
    // A wrong SHA-256 header decides: a right SHA-1 one beside it does not rescue it.
    await expect(verifyOnfidoSignature(raw, { 'X-SHA2-Signature': 'ab'.repeat(32), 'X-Signature': legacy }, secret, allow)).resolves.toEqual({ valid: false, reason: 'mismatch' });
    await expect(verifyOnfidoSignature(raw, { 'X-Signature': legacy.slice(1) }, secret, allow)).resolves.toEqual({ valid: false, reason: 'malformed' });
  });

  test.prop([body, fc.array(key, { minLength: 1, maxLength: 4 }), fc.nat()])('with a token per webhook, the result names the one that signed', async (raw, keys, pick) => {
    const signer = pick % keys.length;
    const result = await verifyOnfidoSignature(raw, await signOnfidoBody(raw, keys[signer] as string | Uint8Array), keys);
    expect(result.valid).toBe(true);
    expect(result.valid && hex(bytesOf(keys[result.keyIndex] as string | Uint8Array))).toBe(hex(bytesOf(keys[signer] as string | Uint8Array)));
  });
});

const oneMegabyte = 'a'.repeat(1024 * 1024);
/** Header values of every malformed kind the issue lists, and more. */
const malformedValue = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{0,63}$/),
  fc.stringMatching(/^[0-9a-f]{65,200}$/),
  fc.stringMatching(/^[0-9a-f]{63}[g-z +/=]$/),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => btoa(String.fromCharCode(...bytes))),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => `sha256=${hex(bytes)}`),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => ` ${hex(bytes)}`),
  fc.constant(oneMegabyte),
  fc.constant(`${'0'.repeat(64)}\n`),
  fc.string(),
);
const oddValue = fc.oneof(
  fc.array(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 3 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.constant(Symbol('header')),
  fc.object(),
);

type Verify = (body: Uint8Array, signature: never, key: string) => Promise<{ valid: boolean; reason?: string }>;
const verifiers: [string, string[], Verify][] = [
  ['iDenfy', ['Idenfy-Signature', 'idenfy-signature'], verifyIdenfySignature as unknown as Verify],
  ['Shufti', ['Signature', 'signature', 'sp_signature'], verifyShuftiSignature as unknown as Verify],
  ['Onfido', ['X-SHA2-Signature', 'x-sha2-signature'], verifyOnfidoSignature as unknown as Verify],
];

describe.each(verifiers)('%s: a malformed header is malformed or missing, and never throws', (_name, names, verify) => {
  test.prop([body, malformedValue, fc.constantFrom(...names)], { numRuns: 60 })('as a value, in Headers, and in a header record', async (raw, value, name) => {
    const inputs: unknown[] = [value, { [name]: value }, { [name.toUpperCase()]: value }];
    if (!value.includes('\n') && value.trim() === value) inputs.push(new Headers({ [name]: value }));
    for (const input of inputs) {
      const result = await verify(raw, input as never, 'key');
      expect(result.valid).toBe(false);
      expect(['malformed', 'missing']).toContain(result.reason);
    }
  });

  test.prop([body, oddValue, fc.constantFrom(...names)], { numRuns: 60 })('of another type: an array, a number, an object (also as a record value)', async (raw, value, name) => {
    for (const input of [value, { [name]: value }]) {
      const result = await verify(raw, input as never, 'key');
      expect(result.valid).toBe(false);
      expect(['malformed', 'missing']).toContain(result.reason);
    }
  });

  test.prop([body], { numRuns: 10 })('a Headers whose get throws, or a record whose getter throws, is malformed', async (raw) => {
    const throwing = {
      get() {
        throw new Error('boom');
      },
    };
    const getter = Object.defineProperty({}, names[1] as string, { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const input of [throwing, getter]) await expect(verify(raw, input as never, 'key')).resolves.toEqual({ valid: false, reason: 'malformed' });
  });

  test.prop([body])('no header at all is missing', async (raw) => {
    for (const input of [undefined, null, new Headers(), {}, { 'content-type': 'application/json' }]) {
      await expect(verify(raw, input as never, 'key')).resolves.toEqual({ valid: false, reason: 'missing' });
    }
  });
});

describe('the same results from every body and header shape', () => {
  const signatureOf = fc.oneof(
    fc.constant(undefined),
    fc.stringMatching(/^[0-9a-f]{64}$/),
    malformedValue.filter((value) => value.length < 1000),
  );

  test.prop([fc.string({ unit: 'binary' }), key, fc.boolean(), signatureOf], { numRuns: 60 })(
    'string, Uint8Array and ArrayBuffer bodies; the value, Headers and records (any case)',
    async (text, secret, signed, forged) => {
      const bytes = new TextEncoder().encode(text);
      for (const [verify, header, sign] of [
        [verifyIdenfySignature, 'Idenfy-Signature', (raw: string) => signIdenfyBody(raw, secret)],
        [verifyShuftiSignature, 'Signature', (raw: string) => signShuftiBody(raw, secret)],
      ] as const) {
        const signature = signed ? await sign(text) : forged;
        const sources: unknown[] = [signature, { [header.toLowerCase()]: signature }, { [header]: signature }];
        if (signature !== undefined && /^[\x21-\x7e]*$/.test(signature)) sources.push(new Headers({ [header]: signature }));
        if (signature === undefined) sources.push(new Headers());
        const results = [];
        for (const source of sources) {
          for (const raw of [text, bytes, bytes.slice().buffer]) {
            const result = await (verify as Verify)(raw as Uint8Array, source as never, secret as string);
            // Which header a Shufti signature came in differs by design between a value and headers.
            results.push('header' in result ? { ...result, header: 'any' } : result);
          }
        }
        expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
        if (signed) expect(results[0]?.valid).toBe(true);
      }
    },
  );
});
