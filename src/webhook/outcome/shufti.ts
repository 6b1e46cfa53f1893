import type { ShuftiCallback, ShuftiEvent } from '../../shufti/types.js';
import type { KycOutcome, KycOutcomeReason } from '../types.js';
import { codeReasons, explained, keyOf, present, nonEmpty, withOptional, type StatusRow } from './shared.js';

/** Every `event`, each spelling on its own, mapped (the README's Shufti table). */
export const shuftiStatusRows: { readonly [S in ShuftiEvent]: StatusRow } = {
  'request.pending': ['pending', false],
  'request.invalid': ['error', true],
  'request.unauthorized': ['error', true],
  'request.unauthorised': ['error', true],
  'request.timeout': ['expired', true],
  'request.received': ['pending', false],
  'request.recieved': ['pending', false],
  'request.deleted': ['cancelled', true],
  'verification.accepted': ['approved', true],
  'verification.declined': ['rejected', true],
  'verification.cancelled': ['cancelled', true],
  'request.cancelled': ['cancelled', true],
  'verification.status.changed': ['pending', false],
  'review.pending': ['review', false],
  'permission.denied': ['error', true],
};

/** Where the result of a `verification.status.changed` is fetched from: Shufti's status API, by `reference`. */
export const shuftiStatusApi = 'https://api.shuftipro.com/status';

/** @returns the outcome of a Shufti Pro callback */
export function shuftiOutcome(callback: ShuftiCallback): KycOutcome {
  const [status, final] = shuftiStatusRows[callback.event] ?? (['error', true] as const);
  const reasons: KycOutcomeReason[] = [];
  if (explained.has(status) && callback.event === 'verification.declined') {
    reasons.push(...codeReasons('declined_codes', callback.declined_codes));
    for (const [service, codes] of Object.entries(callback.services_declined_codes ?? {})) {
      reasons.push(...codeReasons(`services_declined_codes.${service}`, codes));
    }
    const reason = nonEmpty(callback.declined_reason);
    if (reason !== undefined) reasons.push({ field: 'declined_reason', description: reason });
  }
  if (explained.has(status) && 'error' in callback && typeof callback.error === 'object' && callback.error !== null) {
    const { key, message } = callback.error;
    reasons.push({ field: 'error', ...(nonEmpty(key) === undefined ? {} : { code: key as string }), description: message });
  }
  // Shufti names a verification by the reference you gave it, on both sides.
  const reference = nonEmpty(callback.reference);
  const documentData = 'verification_data' in callback ? callback.verification_data.document : undefined;
  const proof = 'additional_data' in callback ? callback.additional_data?.document?.proof : undefined;
  const types = documentData?.selected_type;
  return withOptional({
    kind: 'shufti',
    provider: 'shufti',
    providerReference: reference,
    clientReference: reference,
    status,
    final,
    reasons,
    key: keyOf('shufti', callback.reference, callback.event),
    resultFrom: callback.event === 'verification.status.changed' ? shuftiStatusApi : undefined,
    person: present({
      firstName: documentData?.name?.first_name,
      middleName: documentData?.name?.middle_name,
      lastName: documentData?.name?.last_name,
      fullName: documentData?.name?.full_name,
      dateOfBirth: documentData?.dob,
      nationality: proof?.nationality,
    }),
    document: present({
      type: types?.length === 1 ? types[0] : undefined,
      number: documentData?.document_number,
      issuingCountry: documentData?.country,
      expiry: documentData?.expiry_date,
    }),
  });
}
