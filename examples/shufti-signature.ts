// The README's Shufti signature sketch, checked by test/readme.test.ts against bodies signed with
// node:crypto in both of Shufti's schemes.

// #region readme
const encoder = new TextEncoder();

async function sha256Hex(...parts: (ArrayBuffer | Uint8Array)[]): Promise<string> {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let at = 0;
  for (const part of parts) (joined.set(new Uint8Array(part), at), (at += part.byteLength));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let at = 0; at < a.length; at++) difference |= a.charCodeAt(at) ^ b.charCodeAt(at);
  return difference === 0;
}

async function isFromShufti(rawBody: ArrayBuffer, header: string | null, secretKey: string): Promise<boolean> {
  if (header === null || !/^[0-9a-f]{64}$/i.test(header)) return false;
  const secret = encoder.encode(secretKey);
  const hashedSecret = encoder.encode(await sha256Hex(secret));
  const expected = [await sha256Hex(rawBody, hashedSecret), await sha256Hex(rawBody, secret)];
  return expected.some((candidate) => equalInConstantTime(candidate, header.toLowerCase()));
}
// #endregion

export { isFromShufti };
