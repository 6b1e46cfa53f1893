// The raw iDenfy body builder: synthetic example data, no fast-check.
import type { IdenfyOverallStatus } from '../../idenfy/types.js';

const fileBase = 'https://s3.eu-west-1.amazonaws.com/production.users.storage/users_storage/users/5d41402abc4b2a76b9719d911017c592';
const notSuspected = { serviceSuspected: false, checkSuccessful: true, serviceFound: true, serviceUsed: true, overallStatus: 'NOT_SUSPECTED' };

const defaultStatus: Readonly<Record<string, unknown>> = {
  overall: 'APPROVED',
  suspicionReasons: [],
  mismatchTags: [],
  fraudTags: [],
  autoDocument: 'DOC_VALIDATED',
  autoFace: 'FACE_MATCH',
  manualDocument: null,
  manualFace: null,
  additionalSteps: null,
};

const statusByOverall: Record<IdenfyOverallStatus, Readonly<Record<string, unknown>>> = {
  APPROVED: {},
  DENIED: { autoDocument: 'DOC_EXPIRED' },
  SUSPECTED: { fraudTags: ['DUPLICATE_FACE'], mismatchTags: ['NAME'] },
  REVIEWING: { autoFace: 'FACE_UNCERTAIN' },
  EXPIRED: { autoDocument: null, autoFace: null },
  ACTIVE: { autoDocument: null, autoFace: null },
  DELETED: {},
  ARCHIVED: {},
  NOT_REVIEWED: {},
  'EXPIRED-DELETED': { autoDocument: null, autoFace: null },
};

const defaultData: Readonly<Record<string, unknown>> = {
  docFirstName: 'JANE',
  docLastName: 'EXAMPLE',
  docNumber: 'X0000001',
  docPersonalCode: '48804120000',
  docExpiry: '2031-04-11',
  docDob: '1988-04-12',
  docDateOfIssue: '2021-04-12',
  docType: 'ID_CARD',
  docSex: 'FEMALE',
  docNationality: 'LT',
  docIssuingCountry: 'LT',
  selectedCountry: 'LT',
  fullName: 'JANE EXAMPLE',
  orgBirthPlace: 'ŠILUVA',
  manuallyDataChanged: false,
  ageEstimate: 'OVER_30',
  clientIpProxyRiskLevel: null,
  duplicateFaces: null,
  duplicateDocFaces: null,
  additionalData: null,
};

const defaultBody: Readonly<Record<string, unknown>> = {
  clientId: 'client-1001',
  scanRef: 'b7e6f0a2-3c1d-4e8f-9a0b-1c2d3e4f5a60',
  platform: 'MOBILE_SDK',
  startTime: 1772442000,
  finishTime: 1772442184,
  clientIp: '192.0.2.44',
  clientIpCountry: 'LT',
  clientLocation: 'Vilnius, Lithuania',
  final: false,
  fileUrls: { FRONT: `${fileBase}/FRONT.png`, BACK: `${fileBase}/BACK.png`, FACE: `${fileBase}/FACE.png` },
  additionalStepPdfUrls: {},
  AML: [{ status: notSuspected, data: [], serviceName: 'AML_NAMES_CHECK', serviceGroupType: 'AML', uid: 'AML0000000000000000000001', errorMessage: null }],
  LID: [{ status: notSuspected, data: [], serviceName: 'IrdInvalidPapers', serviceGroupType: 'LID', uid: 'LID0000000000000000000001', errorMessage: null }],
};

/** Overrides `base` with `changes`, leaving out every key whose new value is `undefined`. */
function merge(base: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds a valid raw iDenfy identification result body of an overall status with synthetic data,
 * for tests. It has the current shape: `final`, `AML` and `LID` lists, `fileUrls`.
 *
 * @param overall - the `status.overall`
 * @param overrides - top-level fields to set or, with `undefined`, to leave out. A `status` or
 *   `data` object is merged into the default one field by field (again, `undefined` leaves a field
 *   out); any other value replaces the field.
 * @returns the JSON body
 *
 * @example
 * ```ts
 * const body = buildIdenfyBody('APPROVED', { startTime: '1772442000', data: { docDob: null } });
 * expect(parseIdenfy(body).startTime).toBe(1772442000);
 * ```
 */
export function buildIdenfyBody(overall: IdenfyOverallStatus, overrides: Readonly<Record<string, unknown>> = {}): string {
  const status = merge(merge(defaultStatus, statusByOverall[overall]), { overall });
  const { status: statusOverride, data: dataOverride, ...rest } = overrides;
  const body = merge(defaultBody, rest);
  if (!('status' in overrides) || isPlainObject(statusOverride)) body['status'] = merge(status, isPlainObject(statusOverride) ? statusOverride : {});
  else if (statusOverride !== undefined) body['status'] = statusOverride;
  if (!('data' in overrides) || isPlainObject(dataOverride)) body['data'] = merge(defaultData, isPlainObject(dataOverride) ? dataOverride : {});
  else if (dataOverride !== undefined) body['data'] = dataOverride;
  return JSON.stringify(body);
}
