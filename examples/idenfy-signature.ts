// The README's iDenfy signature sketch, checked by test/readme.test.ts against bodies signed with
// node:crypto.

// #region readme
const encoder = new TextEncoder();

async function isFromIdenfy(rawBody: ArrayBuffer, header: string | null, signingKey: string): Promise<boolean> {
  if (header === null || !/^[0-9a-f]{64}$/i.test(header)) return false;
  const key = await crypto.subtle.importKey('raw', encoder.encode(signingKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signature = Uint8Array.from(header.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  return crypto.subtle.verify('HMAC', key, signature, rawBody);
}
// #endregion

export { isFromIdenfy };
