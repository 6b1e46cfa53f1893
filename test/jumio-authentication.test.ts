import { createHmac } from 'node:crypto';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  isJumioCallbackAddress,
  jumioCallbackAddresses,
  jumioLegacyCallbackAddresses,
  signJumioCallbackUrl,
  verifyJumioCallbackUrl,
} from '../src/index.js';
import * as jumioEntry from '../src/jumio/index.js';

describe('isJumioCallbackAddress', () => {
  test('the lists are data, with their source and the date they were taken, frozen', () => {
    for (const list of [jumioCallbackAddresses, jumioLegacyCallbackAddresses]) {
      expect(list.source).toMatch(/^https:\/\//);
      expect(list.taken).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.isFrozen(list) && Object.isFrozen(list.dataCenters) && Object.isFrozen(list.dataCenters.us.addresses)).toBe(true);
    }
    expect(jumioCallbackAddresses.pageDate).toMatch(/none on the page/);
    expect(jumioCallbackAddresses.dataCenters.us.hostname).toBe('callback.amer-1.jumio.ai');
    expect(jumioLegacyCallbackAddresses.dataCenters.eu.hostname).toBe('callback.lon.jumio.com');
  });

  test('every listed address is accepted, in its own list and data center only', () => {
    for (const [name, list] of [['current', jumioCallbackAddresses], ['legacy', jumioLegacyCallbackAddresses]] as const) {
      for (const [center, { addresses }] of Object.entries(list.dataCenters)) {
        for (const address of addresses) {
          expect(isJumioCallbackAddress(address, { lists: [name] })).toBe(true);
          expect(isJumioCallbackAddress(`::ffff:${address}`, { lists: [name], dataCenters: [center as 'us'] })).toBe(true);
          const others = (['us', 'eu', 'sgp'] as const).filter((other) => !list.dataCenters[other].addresses.includes(address));
          if (others.length > 0) expect(isJumioCallbackAddress(address, { lists: [name], dataCenters: others })).toBe(false);
        }
      }
    }
  });

  test('the current list by default; the older addresses only on request', () => {
    expect(isJumioCallbackAddress('52.8.136.236')).toBe(true); // new in the current list
    expect(isJumioCallbackAddress('52.52.51.178')).toBe(false); // only in the older list
    expect(isJumioCallbackAddress('52.52.51.178', { lists: ['legacy'] })).toBe(true);
    expect(isJumioCallbackAddress('52.52.51.178', { lists: ['current', 'legacy'] })).toBe(true);
    expect(isJumioCallbackAddress('52.8.136.236', { lists: ['legacy'] })).toBe(false);
  });

  test('IPv4-mapped IPv6 in its usual dotted spellings; other IPv6, the hex form and near misses are not', () => {
    for (const mapped of ['::ffff:34.202.241.227', '::FFFF:34.202.241.227', '0:0:0:0:0:ffff:34.202.241.227', '0::ffff:34.202.241.227', '0:0:0:0::ffff:34.202.241.227']) {
      expect([mapped, isJumioCallbackAddress(mapped)]).toEqual([mapped, true]);
    }
    for (const other of ['::34.202.241.227', '::ffff:0:34.202.241.227', '0:0:0:0:0::ffff:34.202.241.227', '0:0:0:0:0:0:ffff:34.202.241.227', ':ffff:34.202.241.227', '::ffff:22ca:f1e3', '64:ff9b::34.202.241.227', '1::ffff:34.202.241.227', '34.202.241.227 ', ' 34.202.241.227', '034.202.241.227', '34.202.241.2270', '34.202.241', '34.202.241.227.1', '[::ffff:34.202.241.227]', '34.202.241.228', '2001:db8::1', '']) {
      expect([other, isJumioCallbackAddress(other)]).toEqual([other, false]);
    }
  });

  propTest.prop([fc.anything(), fc.anything()])('never throws, for any address and options', (ip, options) => {
    expect(typeof isJumioCallbackAddress(ip, options as never)).toBe('boolean');
  });

  propTest.prop([fc.ipV4()])('a random IPv4 address is accepted exactly when it is listed', (ip) => {
    const listed = Object.values(jumioCallbackAddresses.dataCenters).some(({ addresses }) => addresses.includes(ip));
    expect(isJumioCallbackAddress(ip)).toBe(listed);
  });
});

describe('the callback URL token', () => {
  const key = 'example-callback-secret';

  test('sign adds the token (and key id); verify accepts the URL as received, absolute or as a path', async () => {
    const url = await signJumioCallbackUrl('https://example.com/webhooks/jumio?tenant=7', { key, keyId: '2026-12', reference: 'user-1' });
    const parsed = new URL(url);
    expect(parsed.searchParams.get('tenant')).toBe('7');
    expect(parsed.searchParams.get('callback_key_id')).toBe('2026-12');
    expect(parsed.searchParams.get('callback_token')).toMatch(/^[0-9a-f]{64}$/);
    const expected = createHmac('sha256', key).update(`kyc-webhooks jumio callback v1\n/webhooks/jumio?tenant=7&callback_key_id=2026-12\nuser-1`).digest('hex');
    expect(parsed.searchParams.get('callback_token')).toBe(expected);
    for (const received of [url, url.replace('https://example.com', 'http://10.0.0.5:8080'), `${parsed.pathname}${parsed.search}`]) {
      await expect(verifyJumioCallbackUrl(received, { key: { '2026-12': key }, reference: 'user-1' })).resolves.toEqual({ valid: true, keyId: '2026-12' });
      await expect(verifyJumioCallbackUrl(received, { key, reference: 'user-1' })).resolves.toEqual({ valid: true, keyId: '2026-12' });
    }
  });

  test('another reference, key, key id, path or query is a mismatch', async () => {
    const url = await signJumioCallbackUrl('https://example.com/webhooks/jumio?tenant=7', { key, keyId: 'a', reference: 'user-1' });
    const mismatch = { valid: false, reason: 'mismatch' };
    await expect(verifyJumioCallbackUrl(url, { key, reference: 'user-2' })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url, { key })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url, { key: `${key}x`, reference: 'user-1' })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url, { key: { b: key }, reference: 'user-1' })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url.replace('callback_key_id=a', 'callback_key_id=b'), { key, reference: 'user-1' })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url.replace('/jumio', '/jumio2'), { key, reference: 'user-1' })).resolves.toEqual(mismatch);
    await expect(verifyJumioCallbackUrl(url.replace('tenant=7', 'tenant=8'), { key, reference: 'user-1' })).resolves.toEqual(mismatch);
  });

  test('rotation: each key id picks its own key', async () => {
    const keys = { old: 'old-secret', new: 'new-secret' };
    for (const keyId of ['old', 'new'] as const) {
      const url = await signJumioCallbackUrl('https://example.com/jumio', { key: keys[keyId], keyId });
      await expect(verifyJumioCallbackUrl(url, { key: keys })).resolves.toEqual({ valid: true, keyId });
    }
    const unnamed = await signJumioCallbackUrl('https://example.com/jumio', { key: keys.old });
    await expect(verifyJumioCallbackUrl(unnamed, { key: keys.old })).resolves.toEqual({ valid: true, keyId: undefined });
    await expect(verifyJumioCallbackUrl(unnamed, { key: keys })).resolves.toEqual({ valid: false, reason: 'mismatch' });
  });

  test('missing and malformed tokens', async () => {
    const url = await signJumioCallbackUrl('https://example.com/jumio', { key });
    const token = new URL(url).searchParams.get('callback_token') as string;
    await expect(verifyJumioCallbackUrl('https://example.com/jumio', { key })).resolves.toEqual({ valid: false, reason: 'missing' });
    for (const broken of [`${url}&callback_token=${token}`, url.replace(token, token.slice(1)), url.replace(token, `${token}0`), url.replace(token, 'z'.repeat(64)), 'http://[not a url']) {
      await expect(verifyJumioCallbackUrl(broken, { key })).resolves.toEqual({ valid: false, reason: 'malformed' });
    }
  });

  propTest.prop([fc.anything(), fc.webUrl({ withQueryParameters: true })], { numRuns: 100 })('verify never throws for any URL; sign then verify is valid for any URL', async (anything, webUrl) => {
    const result = await verifyJumioCallbackUrl(anything, { key });
    expect(result.valid).toBe(false);
    const signed = await signJumioCallbackUrl(webUrl, { key, reference: 'r' });
    await expect(verifyJumioCallbackUrl(signed, { key, reference: 'r' })).resolves.toEqual({ valid: true, keyId: undefined });
  });

  test('programming errors are TypeErrors, thrown synchronously', () => {
    expect(() => signJumioCallbackUrl('not a url', { key })).toThrow(TypeError);
    for (const bad of ['', new Uint8Array(0), 42, null, {}, { a: '' }, []]) {
      expect(() => signJumioCallbackUrl('https://example.com/', { key: bad as never })).toThrow(TypeError);
      expect(() => verifyJumioCallbackUrl('https://example.com/', { key: bad as never })).toThrow(TypeError);
    }
  });

  test('exported from kyc-webhooks/jumio', () => {
    expect(Object.keys(jumioEntry)).toEqual(
      expect.arrayContaining(['isJumioCallbackAddress', 'jumioCallbackAddresses', 'jumioLegacyCallbackAddresses', 'signJumioCallbackUrl', 'verifyJumioCallbackUrl']),
    );
  });
});
