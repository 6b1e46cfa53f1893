// The README's Jumio authentication example, type-checked with the rest of the project and run by
// test/readme.test.ts.
import type { JumioNetverifyCallback } from 'kyc-webhooks/types';

export const JUMIO_CALLBACK_SECRET = 'example-callback-secret';
/** What the example's application did with each callback (a stand-in for your own code). */
export const handled: string[] = [];
const handle = async (callback: JumioNetverifyCallback) => void handled.push(callback.verificationStatus);

// #region readme
import { isJumioCallbackAddress, safeParseJumioNetverify, signJumioCallbackUrl, verifyJumioCallbackUrl } from 'kyc-webhooks';

// When you start a scan: the callback URL you give Jumio carries a token.
export async function callbackUrlFor(merchantIdScanReference: string): Promise<string> {
  return signJumioCallbackUrl('https://example.com/webhooks/jumio', {
    key: JUMIO_CALLBACK_SECRET,
    keyId: '2026-12', // rotate by adding a key id; verify with { key: { '2026-12': …, '2027-01': … } }
    reference: merchantIdScanReference, // binds the URL to this scan
  });
}

// `peerAddress` is the address your server saw, after the proxies you trust: never a raw
// X-Forwarded-For, which anyone can send.
export async function POST(request: Request, peerAddress: string | undefined): Promise<Response> {
  if (!isJumioCallbackAddress(peerAddress)) return new Response(null, { status: 403 });
  const result = safeParseJumioNetverify(await request.text());
  if (!result.success) return new Response(null, { status: result.error.code === 'unknown_variant' ? 200 : 400 });
  const token = await verifyJumioCallbackUrl(request.url, {
    key: JUMIO_CALLBACK_SECRET,
    reference: result.data.merchantIdScanReference ?? '',
  });
  if (!token.valid) return new Response(null, { status: 401 });
  await handle(result.data);
  return new Response(null, { status: 200 });
}
// #endregion
