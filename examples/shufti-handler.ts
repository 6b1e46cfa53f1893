// The README's Shufti handler, type-checked and run by test/readme.test.ts.
import { isFromShufti } from './shufti-signature.js';

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
import { safeParseShufti } from 'kyc-webhooks';

export async function POST(request: Request): Promise<Response> {
  const raw = await request.arrayBuffer();
  if (!(await isFromShufti(raw, request.headers.get('signature') ?? request.headers.get('sp_signature'), SHUFTI_SECRET))) {
    return new Response(null, { status: 401 });
  }
  const result = safeParseShufti(raw);
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'Shufti callback rejected'); // value-free, safe to log
    return new Response(null, { status: result.error.code === 'unknown_variant' ? 200 : 400 });
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
