// What the README's snippets call in the reader's own application: their code, not the package's.
// Everything else a snippet uses, it imports from a real package.
import type { IdenfyCallback, KycOutcomePerson, KycOutcomeReason } from 'kyc-webhooks/types';

declare global {
  const logger: { warn(details: object, message: string): void; info(details: object, message: string): void };
  const queue: { push(job: object): Promise<void> };
  const IDENFY_SIGNING_KEY: string;
  const SHUFTI_SECRET: string;
  const JUMIO_CALLBACK_SECRET: string;
  const JUMIO_ACCESS_TOKEN: string;
  const ONFIDO_WEBHOOK_TOKEN: string;
  const ONFIDO_LIVE_TOKEN: string;
  const ONFIDO_SANDBOX_TOKEN: string;
  function markVerified(reference: string, name: string | null | undefined, dateOfBirth?: string | null): Promise<void>;
  function markRejected(reference: string, reason: unknown): Promise<void>;
  function markDeclined(reference: string, reason: string | null | undefined, codes: readonly string[]): Promise<void>;
  function askForRetry(reference: string): Promise<void>;
  function sendToReview(reference: string, fraudTags: readonly string[], mismatchTags: readonly string[]): Promise<void>;
  function recordAutomaticResult(reference: string, status: IdenfyCallback['status']): Promise<void>;
  function recordProgress(reference: string | null, status: string): Promise<void>;
  function refetchStatus(reference: string): Promise<void>;
  function fetchCheckResult(checkId: string): Promise<void>;
  function settleRun(runId: string, status: string | undefined): Promise<void>;
  function alertOps(message: string): Promise<void>;
  function saveAddress(reference: string, address: object | undefined): Promise<void>;
  function decide(callback: object): 'approve' | 'review' | 'reject';
  /** The Several providers route: the peer address (see Security), de-duplication, and what you do with an outcome. */
  function peerAddress(request: Request): string | undefined;
  function handle(callback: object): Promise<void>;
  function isFirstDelivery(key: string): Promise<boolean>;
  function approveCustomer(reference: string | undefined, person: KycOutcomePerson | undefined): Promise<void>;
  function closeVerification(reference: string | undefined, status: string, reasons: readonly KycOutcomeReason[]): Promise<void>;
  function sendToManualReview(reference: string | undefined, reasons: readonly KycOutcomeReason[]): Promise<void>;
}
