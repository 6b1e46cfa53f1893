// The README's Shufti handler, type-checked and run by test/readme.test.ts.

export const SHUFTI_SECRET = 'example-secret-key';
/** What the example's application did with each callback (a stand-in for your own code). */
export const log: string[] = [];
const logger = { warn: (_details: object, message: string) => void log.push(message) };
const markVerified = async (reference: string, _name: unknown) => void log.push(`verified ${reference}`);
const markDeclined = async (reference: string, _reason: unknown, _codes: readonly string[]) => void log.push(`declined ${reference}`);
const refetchStatus = async (reference: string) => void log.push(`refetch ${reference}`);
const alertOps = async (_message: string) => void log.push('unauthorized');
const recordProgress = async (reference: string | null, event: string) => void log.push(`${event} ${reference}`);

// #region readme
import { safeVerifyAndParseShufti } from 'kyc-webhooks';

export async function POST(request: Request): Promise<Response> {
  // The raw bytes, checked against Signature (or sp_signature) and then parsed; never a parsed body.
  const result = await safeVerifyAndParseShufti(await request.arrayBuffer(), request.headers, { key: SHUFTI_SECRET });
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'Shufti callback rejected'); // value-free, safe to log
    const { code } = result.error;
    return new Response(null, { status: code === 'invalid_signature' ? 401 : code === 'unknown_variant' ? 200 : 400 });
  }
  const callback = result.data;
  switch (callback.event) {
    case 'verification.accepted':
      await markVerified(callback.reference, callback.verification_data.document?.name?.full_name);
      break;
    case 'verification.declined':
      await markDeclined(callback.reference, callback.declined_reason, callback.declined_codes ?? []);
      break;
    case 'verification.status.changed':
      await refetchStatus(callback.reference); // the body carries no result
      break;
    case 'request.unauthorized':
    case 'request.unauthorised': // Shufti's documents use both spellings
      await alertOps(callback.error.message);
      break;
    default:
      await recordProgress(callback.reference, callback.event);
  }
  return new Response(null, { status: 200 });
}
// #endregion
