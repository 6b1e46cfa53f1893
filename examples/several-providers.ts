// The README's route for several providers, type-checked and run by test/several-providers.test.ts.
import type { KycOutcomePerson, KycOutcomeReason } from 'kyc-webhooks/types';

export const IDENFY_SIGNING_KEY = 'example-signing-key';
export const SHUFTI_SECRET = 'example-secret-key';
export const ONFIDO_WEBHOOK_TOKEN = 'example-webhook-token';
/** What the example's application did with each callback (a stand-in for your own code). */
export const log: string[] = [];
const logger = {
  info: (details: object, message: string) => void log.push(`${message} ${JSON.stringify(details)}`),
  warn: (details: object, message: string) => void log.push(`${message} ${JSON.stringify(details)}`),
};
const delivered = new Set<string>();
const isFirstDelivery = async (key: string) => !delivered.has(key) && Boolean(delivered.add(key));
// The test stands in for the peer address your server and proxies report.
const peerAddress = (request: Request) => request.headers.get('x-example-peer-address') ?? undefined;
const refetchStatus = async (reference: string) => void log.push(`refetch ${reference}`);
const approveCustomer = async (reference: string | undefined, _person: KycOutcomePerson | undefined) => void log.push(`approved ${reference}`);
const closeVerification = async (reference: string | undefined, status: string, _reasons: readonly KycOutcomeReason[]) =>
  void log.push(`${status} ${reference}`);
const sendToManualReview = async (reference: string | undefined, _reasons: readonly KycOutcomeReason[]) => void log.push(`review ${reference}`);
const alertOps = async (message: string) => void log.push(`alert ${message}`);

// #region readme
import {
  isJumioCallbackAddress,
  kycOutcome,
  redactKycWebhook,
  safeParseKycWebhook,
  verifyIdenfySignature,
  verifyOnfidoSignature,
  verifyShuftiSignature,
  type KycCallbackKind,
} from 'kyc-webhooks';

// Where the provider signs, check the signature over the raw bytes; Jumio signs nothing, so check
// where the request came from: the peer address your proxy setup trusts (see Security).
async function isAuthentic(kind: KycCallbackKind, raw: ArrayBuffer, request: Request): Promise<boolean> {
  switch (kind) {
    case 'idenfy':
      return (await verifyIdenfySignature(raw, request.headers, IDENFY_SIGNING_KEY)).valid;
    case 'shufti':
      return (await verifyShuftiSignature(raw, request.headers, SHUFTI_SECRET)).valid;
    case 'onfido':
      return (await verifyOnfidoSignature(raw, request.headers, ONFIDO_WEBHOOK_TOKEN)).valid;
    case 'jumio-netverify':
    case 'jumio-doc-verification':
      return isJumioCallbackAddress(peerAddress(request));
    case 'jumio-platform':
      return isJumioCallbackAddress(peerAddress(request));
    case 'jumio-retrieval':
    case 'jumio-retrieval-status':
      return false; // API responses you fetch, never detected as webhooks
  }
}

export async function POST(request: Request): Promise<Response> {
  const raw = await request.arrayBuffer();
  const result = safeParseKycWebhook(raw, { headers: request.headers });
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'KYC callback rejected'); // value-free: kind, code and paths
    // A status this version does not know: acknowledge it, so the provider stops retrying.
    return new Response(null, { status: result.error.code === 'unknown_variant' ? 200 : 400 });
  }
  const webhook = result.data;
  if (!(await isAuthentic(webhook.kind, raw, request))) return new Response(null, { status: 401 });
  logger.info(redactKycWebhook(webhook), 'KYC callback'); // names, numbers, addresses, URLs, IPs replaced

  const outcome = kycOutcome(webhook);
  if (!outcome.final) {
    // Another callback follows (iDenfy's automatic result before the manual review, Shufti's
    // request.pending), or the result must be fetched (Shufti's verification.status.changed,
    // Onfido's check.completed).
    if (outcome.resultFrom !== undefined && outcome.providerReference !== undefined) await refetchStatus(outcome.providerReference);
    return new Response(null, { status: 200 });
  }
  if (!(await isFirstDelivery(outcome.key))) return new Response(null, { status: 200 }); // a retry
  switch (outcome.status) {
    case 'approved':
      await approveCustomer(outcome.clientReference, outcome.person);
      break;
    case 'rejected':
    case 'expired':
    case 'cancelled':
      await closeVerification(outcome.clientReference, outcome.status, outcome.reasons);
      break;
    case 'review':
      await sendToManualReview(outcome.clientReference, outcome.reasons);
      break;
    case 'error':
    case 'pending':
      await alertOps(`${outcome.kind} callback ${outcome.status}`);
      break;
  }
  return new Response(null, { status: 200 });
}
// #endregion
