// The raw Netverify body builder: synthetic example data, no fast-check.
import { encodeFormBody } from '../../core/form.js';
import type { JumioNetverifyStatus } from '../../jumio/types.js';

const approvedFields: Readonly<Record<string, string>> = {
  callBackType: 'NETVERIFYID',
  jumioIdScanReference: '7c1c8e2a-51f0-4b7e-9d1e-0a4c2f3b9e10',
  verificationStatus: 'APPROVED_VERIFIED',
  idScanStatus: 'SUCCESS',
  idScanSource: 'WEB_UPLOAD',
  transactionDate: '2026-03-02T09:15:27.412Z',
  callbackDate: '2026-03-02T09:17:03.118Z',
  idType: 'PASSPORT',
  idCountry: 'USA',
  idFirstName: 'JANE',
  idLastName: 'EXAMPLE',
  idDob: '1988-04-12',
  idExpiry: '2031-04-11',
  idNumber: 'X0000001',
  idCheckDataPositions: 'OK',
  idCheckDocumentValidation: 'OK',
  idCheckHologram: 'OK',
  idCheckMRZcode: 'OK',
  idCheckMicroprint: 'OK',
  idCheckSecurityFeatures: 'OK',
  idCheckSignature: 'OK',
  identityVerification: '{"similarity":"MATCH","validity":"TRUE"}',
  idAddress: '{"country":"USA","stateCode":"US-OH","city":"COLUMBUS"}',
  merchantIdScanReference: 'order-1001',
};

const notApprovedChecks = {
  idScanStatus: 'ERROR',
  idCheckDataPositions: 'N/A',
  idCheckDocumentValidation: 'N/A',
  idCheckHologram: 'N/A',
  idCheckMRZcode: 'N/A',
  idCheckMicroprint: 'N/A',
  idCheckSecurityFeatures: 'N/A',
  idCheckSignature: 'N/A',
  identityVerification: undefined,
  idAddress: undefined,
};

const statusFields: Record<JumioNetverifyStatus, Readonly<Record<string, string | undefined>>> = {
  APPROVED_VERIFIED: {},
  DENIED_FRAUD: {
    ...notApprovedChecks,
    rejectReason: '{"rejectReasonCode":"100","rejectReasonDescription":"MANIPULATED_DOCUMENT","rejectReasonDetails":[{"detailsCode":"1001","detailsDescription":"PHOTO"}]}',
  },
  DENIED_UNSUPPORTED_ID_TYPE: notApprovedChecks,
  DENIED_UNSUPPORTED_ID_COUNTRY: notApprovedChecks,
  ERROR_NOT_READABLE_ID: {
    ...notApprovedChecks,
    rejectReason: '{"rejectReasonCode":"200","rejectReasonDescription":"NOT_READABLE_DOCUMENT","rejectReasonDetails":{"detailsCode":"2001","detailsDescription":"BLURRED"}}',
  },
  NO_ID_UPLOADED: { ...notApprovedChecks, idFirstName: undefined, idLastName: undefined, idDob: undefined, idExpiry: undefined, idNumber: undefined },
};

/**
 * Builds a valid raw Netverify body of a status with synthetic data, for tests.
 *
 * @param status - the `verificationStatus`
 * @param overrides - form fields to set (as wire strings) or, with `undefined`, to leave out
 * @returns the `application/x-www-form-urlencoded` body
 *
 * @example
 * ```ts
 * const body = buildJumioNetverifyBody('APPROVED_VERIFIED', { idFirstName: 'N/A' });
 * expect(parseJumioNetverify(body).idFirstName).toBeNull();
 * ```
 */
export function buildJumioNetverifyBody(
  status: JumioNetverifyStatus,
  overrides: Readonly<Record<string, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = { ...approvedFields, verificationStatus: status, ...statusFields[status], ...overrides };
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (value !== undefined) fields[name] = value;
  return encodeFormBody(fields);
}
