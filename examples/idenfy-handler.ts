// The README's iDenfy handler, type-checked and run by test/readme.test.ts.
import type { IdenfyCallback } from 'kyc-webhooks/types';

export const IDENFY_SIGNING_KEY = 'example-signing-key';
/** What the example's application did with each callback (a stand-in for your own code). */
export const log: string[] = [];
const logger = { warn: (_details: object, message: string) => void log.push(message) };
const recordAutomaticResult = async (scanRef: string, _status: IdenfyCallback['status']) => void log.push(`automatic ${scanRef}`);
const markVerified = async (scanRef: string, _firstName: unknown, _dob: unknown) => void log.push(`verified ${scanRef}`);
const sendToReview = async (scanRef: string, _fraud: readonly string[], _mismatch: readonly string[]) => void log.push(`review ${scanRef}`);
const markRejected = async (scanRef: string, _reason: unknown) => void log.push(`rejected ${scanRef}`);
const recordProgress = async (scanRef: string, overall: string) => void log.push(`${overall} ${scanRef}`);

// #region readme
import { safeVerifyAndParseIdenfy } from 'kyc-webhooks';

export async function POST(request: Request): Promise<Response> {
  // The raw bytes, checked against Idenfy-Signature and then parsed; never a parsed body.
  const result = await safeVerifyAndParseIdenfy(await request.arrayBuffer(), request.headers, { key: IDENFY_SIGNING_KEY });
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'iDenfy callback rejected'); // value-free, safe to log
    const { code } = result.error;
    return new Response(null, { status: code === 'invalid_signature' ? 401 : code === 'unknown_variant' ? 200 : 400 });
  }
  const callback = result.data;
  if (callback.final === false) {
    await recordAutomaticResult(callback.scanRef, callback.status); // a manual review follows
    return new Response(null, { status: 200 });
  }
  switch (callback.status.overall) {
    case 'APPROVED':
      await markVerified(callback.scanRef, callback.data.docFirstName, callback.data.docDob); // string | null | undefined
      break;
    case 'SUSPECTED':
      await sendToReview(callback.scanRef, callback.status.fraudTags ?? [], callback.status.mismatchTags ?? []);
      break;
    case 'DENIED':
    case 'EXPIRED':
      await markRejected(callback.scanRef, callback.status.manualDocument ?? callback.status.autoDocument);
      break;
    default:
      await recordProgress(callback.scanRef, callback.status.overall);
  }
  return new Response(null, { status: 200 });
}
// #endregion
