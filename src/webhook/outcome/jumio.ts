import type { JumioDocVerificationCallback, JumioDocVerificationTransactionStatus, JumioDocumentStatus } from '../../jumio/doc-verification/types.js';
import type { JumioNetverifyCallback, JumioNetverifyStatus } from '../../jumio/netverify/types.js';
import type { KycOutcome, KycOutcomeReason } from '../types.js';
import { explained, keyOf, present, nonEmpty, withOptional, type StatusRow } from './shared.js';

/** Every `verificationStatus`, mapped (the README's Jumio table). */
export const jumioNetverifyStatusRows: { readonly [S in JumioNetverifyStatus]: StatusRow } = {
  APPROVED_VERIFIED: ['approved', true],
  DENIED_FRAUD: ['rejected', true],
  DENIED_UNSUPPORTED_ID_TYPE: ['rejected', true],
  DENIED_UNSUPPORTED_ID_COUNTRY: ['rejected', true],
  ERROR_NOT_READABLE_ID: ['rejected', true],
  NO_ID_UPLOADED: ['cancelled', true],
};

/** Every `document.status`, and a `FAILED` transaction, mapped (the README's Jumio table). */
export const jumioDocVerificationStatusRows: { readonly [S in JumioDocumentStatus | Exclude<JumioDocVerificationTransactionStatus, 'DONE'>]: StatusRow } = {
  UPLOADED: ['pending', false],
  EXTRACTED: ['approved', true],
  DISCARDED: ['rejected', true],
  FAILED: ['error', true],
};

/** @returns the outcome of a Netverify callback */
export function jumioNetverifyOutcome(callback: JumioNetverifyCallback): KycOutcome {
  const [status, final] = jumioNetverifyStatusRows[callback.verificationStatus] ?? (['error', true] as const);
  const reasons: KycOutcomeReason[] = [];
  if ('rejectReason' in callback && explained.has(status)) {
    const { rejectReasonCode, rejectReasonDescription, rejectReasonDetails } = callback.rejectReason;
    reasons.push({ field: 'rejectReason', code: rejectReasonCode, description: rejectReasonDescription });
    for (const detail of rejectReasonDetails ?? []) {
      reasons.push({ field: 'rejectReason.rejectReasonDetails', code: detail.detailsCode, description: detail.detailsDescription });
    }
  }
  return withOptional({
    kind: 'jumio-netverify',
    provider: 'jumio',
    providerReference: callback.jumioIdScanReference,
    clientReference: nonEmpty(callback.merchantIdScanReference),
    status,
    final,
    reasons,
    key: keyOf('jumio-netverify', callback.jumioIdScanReference, callback.verificationStatus, callback.callbackDate ?? callback.transactionDate),
    resultFrom: undefined,
    person: present({ firstName: callback.idFirstName, lastName: callback.idLastName, dateOfBirth: callback.idDob, nationality: callback.nationality }),
    document: present({ type: callback.idType, number: callback.idNumber, issuingCountry: callback.idCountry, expiry: callback.idExpiry }),
  });
}

/** @returns the outcome of a Document Verification callback */
export function jumioDocVerificationOutcome(callback: JumioDocVerificationCallback): KycOutcome {
  const { transaction, document } = callback;
  const row = transaction.status === 'FAILED' || document === undefined ? jumioDocVerificationStatusRows.FAILED : jumioDocVerificationStatusRows[document.status];
  const [status, final] = row ?? (['error', true] as const);
  const extracted = document?.status === 'EXTRACTED' ? document.extractedData : undefined;
  return withOptional({
    kind: 'jumio-doc-verification',
    provider: 'jumio',
    providerReference: callback.scanReference,
    clientReference: nonEmpty(transaction.merchantScanReference),
    status,
    final,
    reasons: [],
    key: keyOf('jumio-doc-verification', callback.scanReference, transaction.status, document?.status, callback.timestamp),
    resultFrom: undefined,
    person: present({ firstName: extracted?.firstName, lastName: extracted?.lastName, fullName: extracted?.name }),
    document: present({ type: document?.type, issuingCountry: document?.country, expiry: extracted?.expiryDate }),
  });
}
