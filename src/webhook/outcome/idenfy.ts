import type { IdenfyCallback, IdenfyOverallStatus } from '../../idenfy/types.js';
import type { KycOutcome, KycOutcomeReason } from '../types.js';
import { codeReasons, explained, keyOf, present, nonEmpty, withOptional, type StatusRow } from './shared.js';

/**
 * Every `status.overall`, mapped (the README's iDenfy table). `final` here is the most a status
 * allows: a status that can be the last word is final unless the callback's own `final` is `false`.
 */
export const idenfyStatusRows: { readonly [S in IdenfyOverallStatus]: StatusRow } = {
  APPROVED: ['approved', true],
  DENIED: ['rejected', true],
  SUSPECTED: ['review', true],
  REVIEWING: ['review', false],
  EXPIRED: ['expired', true],
  ACTIVE: ['pending', false],
  DELETED: ['cancelled', true],
  ARCHIVED: ['cancelled', true],
  NOT_REVIEWED: ['pending', false],
  'EXPIRED-DELETED': ['expired', true],
};

/** @returns the outcome of an iDenfy identification result */
export function idenfyOutcome(callback: IdenfyCallback): KycOutcome {
  const { status: verdict, data } = callback;
  const [status, canBeFinal] = idenfyStatusRows[verdict.overall] ?? (['error', true] as const);
  const reasons: KycOutcomeReason[] = [];
  if (explained.has(status)) {
    reasons.push(
      ...codeReasons('status.fraudTags', verdict.fraudTags),
      ...codeReasons('status.mismatchTags', verdict.mismatchTags),
      ...codeReasons('status.suspicionReasons', verdict.suspicionReasons),
      ...codeReasons('status.autoDocument', [verdict.autoDocument]),
      ...codeReasons('status.manualDocument', [verdict.manualDocument]),
      ...codeReasons('status.autoFace', [verdict.autoFace]),
      ...codeReasons('status.manualFace', [verdict.manualFace]),
    );
  }
  return withOptional({
    kind: 'idenfy',
    provider: 'idenfy',
    providerReference: callback.scanRef,
    clientReference: nonEmpty(callback.clientId),
    status,
    // The oldest callbacks carry no `final`: each is taken as final.
    final: canBeFinal && callback.final !== false,
    reasons,
    key: keyOf('idenfy', callback.scanRef, verdict.overall, callback.final, verdict.manualDocument, verdict.manualFace, callback.finishTime ?? callback.startTime),
    resultFrom: undefined,
    person: present({
      firstName: data.docFirstName,
      lastName: data.docLastName,
      fullName: data.fullName,
      dateOfBirth: data.docDob,
      nationality: data.docNationality,
    }),
    document: present({ type: data.docType, number: data.docNumber, issuingCountry: data.docIssuingCountry, expiry: data.docExpiry }),
  });
}
