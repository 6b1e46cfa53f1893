import * as fc from 'fast-check';
import {
  dlCarPermissions,
  driverLicenseCategories,
  genders,
  idCheckResults,
  identityVerificationReasons,
  idScanSources,
  idSubtypes,
  idTypes,
  jumioFraudRejectReasons,
  jumioNetverifyStatuses,
  jumioNotReadableRejectReasons,
  jumioRejectReasonDetails,
  presetIdTypes,
  searchStatuses,
  similarities,
} from '../jumio/netverify/enumerations.js';
import type {
  JumioAdditionalChecks,
  JumioAddress,
  JumioDriverLicenseCategory,
  JumioIdentityVerification,
  JumioNetverifyCallbackMap,
  JumioNetverifyCommon,
  JumioNetverifyStatus,
  JumioRejectReason,
  JumioRejectReasonDetail,
  JumioWatchListScreening,
} from '../jumio/types.js';
import {
  anyText,
  calendarDate,
  jsonData,
  openEnumValue,
  timestamp,
  variantsOf,
  withUnknownFields,
  type ArbitraryOptions,
} from './values.js';

/** Options of {@link arbitraryJumioNetverify}. */
export interface JumioNetverifyArbitraryOptions<S extends JumioNetverifyStatus> extends ArbitraryOptions {
  /** The status or statuses to generate; every status by default. */
  readonly status?: S | readonly S[];
}

/**
 * A fast-check arbitrary of decoded Jumio Netverify callbacks: every field as the parser outputs
 * it, within what Jumio documents, with Unicode and form-special characters in text fields.
 * `parseJumioNetverify(serializeJumioNetverify(callback))` deep-equals every generated callback.
 *
 * @param options - which statuses, and whether to add unknown fields
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryJumioNetverify({ status: 'DENIED_FRAUD' })])('flags fraud', (callback) => {
 *   expect(handle(callback)).toBe('flagged');
 * });
 * ```
 */
export function arbitraryJumioNetverify<S extends JumioNetverifyStatus = JumioNetverifyStatus>(
  options?: JumioNetverifyArbitraryOptions<S>,
): fc.Arbitrary<JumioNetverifyCallbackMap[S]> {
  const variants = variantsOf<JumioNetverifyStatus, unknown>(jumioNetverifyStatuses, options?.status, (status) => variantArbitrary(status, options));
  return variants as fc.Arbitrary<JumioNetverifyCallbackMap[S]>;
}

function variantArbitrary(status: JumioNetverifyStatus, options: ArbitraryOptions | undefined): fc.Arbitrary<unknown> {
  const approvedCheck = fc.constantFrom(...idCheckResults);
  const notApprovedCheck = fc.constant('N/A' as const);
  switch (status) {
    case 'APPROVED_VERIFIED':
      return callback(options, { verificationStatus: fc.constant(status), idScanStatus: fc.constant('SUCCESS' as const), ...idChecks(approvedCheck) });
    case 'DENIED_FRAUD':
      return callback(options, {
        verificationStatus: fc.constant(status),
        idScanStatus: fc.constant('ERROR' as const),
        ...idChecks(notApprovedCheck),
        rejectReason: rejectReason(jumioFraudRejectReasons, options),
      });
    case 'ERROR_NOT_READABLE_ID':
      return callback(options, {
        verificationStatus: fc.constant(status),
        idScanStatus: fc.constant('ERROR' as const),
        ...idChecks(notApprovedCheck),
        rejectReason: rejectReason(jumioNotReadableRejectReasons, options),
      });
    case 'DENIED_UNSUPPORTED_ID_TYPE':
    case 'DENIED_UNSUPPORTED_ID_COUNTRY':
    case 'NO_ID_UPLOADED':
      return callback(options, { verificationStatus: fc.constant(status), idScanStatus: fc.constant('ERROR' as const), ...idChecks(notApprovedCheck) });
  }
}

function idChecks<R extends string>(result: fc.Arbitrary<R>) {
  return {
    idCheckDataPositions: result,
    idCheckDocumentValidation: result,
    idCheckHologram: result,
    idCheckMRZcode: result,
    idCheckMicroprint: result,
    idCheckSecurityFeatures: result,
    idCheckSignature: result,
  };
}

/** Fields a status has that Jumio may leave out (masking omits the MRZ check). */
const optionalOwnFields: readonly string[] = ['idCheckMRZcode'];

/** Combines the fields every status has with the status's own fields, which are required but for `optionalOwnFields`. */
function callback(options: ArbitraryOptions | undefined, own: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const model = { ...commonFields(options), ...own };
  const ownRequired = Object.keys(own).filter((name) => !optionalOwnFields.includes(name));
  const required = ['callBackType', 'jumioIdScanReference', 'idScanSource', ...ownRequired];
  const known = fc.record(model, { requiredKeys: required as (keyof typeof model)[] });
  return withUnknownFields(known, Object.keys(model), anyText(), options);
}

function commonFields(options: ArbitraryOptions | undefined) {
  const text = () => fc.option(anyText().filter((value) => value !== 'N/A'), { nil: null });
  const date = () => fc.option(calendarDate(), { nil: null });
  const fields: { [K in keyof JumioNetverifyCommon]-?: fc.Arbitrary<JumioNetverifyCommon[K]> } = {
    callBackType: fc.constant('NETVERIFYID'),
    jumioIdScanReference: fc.uuid(),
    idScanSource: openEnumValue(idScanSources, options),
    transactionDate: timestamp(),
    callbackDate: timestamp(),
    firstAttemptDate: timestamp(),
    idType: openEnumValue(idTypes, options),
    idSubtype: openEnumValue(idSubtypes, options),
    idCountry: fc.option(fc.constantFrom('USA', 'DEU', 'FRA', 'XKX'), { nil: null }),
    idScanImage: text(),
    idScanImageFace: text(),
    idScanImageBackside: text(),
    idNumber: text(),
    idFirstName: text(),
    idLastName: text(),
    idDob: date(),
    originDob: text(),
    idExpiry: date(),
    issuingDate: date(),
    idUsState: text(),
    personalNumber: text(),
    idAddress: address(options),
    merchantIdScanReference: text(),
    merchantReportingCriteria: text(),
    customerId: text(),
    clientIp: text(),
    optionalData1: text(),
    optionalData2: text(),
    dni: text(),
    curp: text(),
    gender: openEnumValue(genders, options),
    issuingAuthority: text(),
    issuingPlace: text(),
    idFaceMatch: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100),
    idFaceLiveness: fc.boolean(),
    identityVerification: identityVerification(options),
    presetCountry: text(),
    presetIdType: openEnumValue(presetIdTypes, options),
    dlCategories: fc.array(driverLicenseCategory(options), { maxLength: 3 }),
    dlCarPermission: openEnumValue(dlCarPermissions, options),
    nationality: text(),
    passportNumber: text(),
    durationOfStay: text(),
    numberOfEntries: text(),
    visaCategory: text(),
    additionalChecks: additionalChecks(options),
  };
  return fields;
}

/** A JSON sub-object whose fields are all optional, with unknown fields when asked to. */
function subObject<T extends object>(model: { [K in keyof T]-?: fc.Arbitrary<T[K]> }, options: ArbitraryOptions | undefined, required: (keyof T)[] = []): fc.Arbitrary<T> {
  const known = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<T>;
  return withUnknownFields(known, Object.keys(model), jsonData(), options);
}

function address(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioAddress> {
  const keys = ['city', 'country', 'stateCode', 'state', 'streetName', 'streetSuffix', 'streetDirection', 'streetNumber', 'unitDesignator', 'unitNumber', 'zip', 'zipExtension', 'province', 'unitDetails', 'postalCode', 'line1', 'line2', 'line3', 'line4', 'line5'] as const;
  const model = Object.fromEntries(keys.map((key) => [key, anyText()])) as { [K in keyof JumioAddress]-?: fc.Arbitrary<string> };
  return subObject<JumioAddress>(model, options);
}

function identityVerification(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioIdentityVerification> {
  return subObject<JumioIdentityVerification>(
    {
      similarity: openEnumValue(similarities, options),
      validity: fc.boolean(),
      reason: openEnumValue(identityVerificationReasons, options),
      handwrittenNoteMatches: fc.boolean(),
    },
    options,
  );
}

function driverLicenseCategory(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioDriverLicenseCategory> {
  return subObject<JumioDriverLicenseCategory>(
    { category: openEnumValue(driverLicenseCategories, options), issueDate: calendarDate(), expiryDate: calendarDate(), isReadable: fc.boolean() },
    options,
    ['category'],
  );
}

function additionalChecks(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioAdditionalChecks> {
  const screening = subObject<JumioWatchListScreening>(
    {
      searchStatus: openEnumValue(searchStatuses, options),
      searchDate: timestamp(),
      searchId: anyText(),
      searchReference: anyText(),
      searchResultUrl: anyText(),
      searchResults: fc.nat(),
    },
    options,
  );
  return subObject<JumioAdditionalChecks>({ watchListScreening: screening, watchlistScreening: screening }, options);
}

function rejectReason<R extends Record<string, string>>(
  reasons: R,
  options: ArbitraryOptions | undefined,
): fc.Arbitrary<JumioRejectReason<keyof R & string, R[keyof R]>> {
  const detail = subObject<JumioRejectReasonDetail>(
    {
      detailsCode: openEnumValue(Object.keys(jumioRejectReasonDetails), options),
      detailsDescription: openEnumValue(Object.values(jumioRejectReasonDetails), options),
    },
    options,
    ['detailsCode', 'detailsDescription'],
  );
  return subObject<JumioRejectReason<keyof R & string, R[keyof R]>>(
    {
      rejectReasonCode: openEnumValue(Object.keys(reasons), options),
      rejectReasonDescription: openEnumValue(Object.values(reasons), options),
      rejectReasonDetails: fc.array(detail, { maxLength: 3 }),
    },
    options,
    ['rejectReasonCode', 'rejectReasonDescription'],
  );
}
