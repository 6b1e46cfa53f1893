// The README's main example, run by test/readme.test.ts. Only the region between the markers is
// shown in the README; the README must contain it verbatim.

/** What the example's application does with a callback (a stand-in for your own code). */
export const app = {
  verified: [] as string[],
  rejected: [] as string[],
  review: [] as string[],
  warnings: [] as object[],
};
const markVerified = async (reference: string, _firstName: string | null | undefined) => void app.verified.push(reference);
const markRejected = async (reference: string, _reason: string) => void app.rejected.push(reference);
const askForRetry = async (reference: string) => void app.review.push(reference);
const logger = { warn: (details: object, _message: string) => void app.warnings.push(details) };

// #region readme
import { safeParseJumioNetverify } from 'kyc-webhooks';

export async function POST(request: Request): Promise<Response> {
  const result = safeParseJumioNetverify(await request.text());
  if (!result.success) {
    // Safe to log: errors name fields and codes, never a value from the body.
    logger.warn(result.error.toJSON(), 'Jumio callback rejected');
    // A status this version does not know: acknowledge it so Jumio stops retrying.
    return new Response(null, { status: result.error.code === 'unknown_variant' ? 200 : 400 });
  }

  const callback = result.data;
  switch (callback.verificationStatus) {
    case 'APPROVED_VERIFIED':
      await markVerified(callback.jumioIdScanReference, callback.idFirstName); // string | null | undefined
      break;
    case 'DENIED_FRAUD':
    case 'ERROR_NOT_READABLE_ID':
      await markRejected(callback.jumioIdScanReference, callback.rejectReason.rejectReasonDescription);
      break;
    case 'DENIED_UNSUPPORTED_ID_TYPE':
    case 'DENIED_UNSUPPORTED_ID_COUNTRY':
    case 'NO_ID_UPLOADED':
      await askForRetry(callback.jumioIdScanReference);
      break;
  }
  return new Response(null, { status: 200 });
}
// #endregion
