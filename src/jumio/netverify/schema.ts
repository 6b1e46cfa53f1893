import * as z from '../../core/zod.js';
import {
  fieldsFor,
  formatted,
  isoDate,
  isoTimestamp,
  numeric,
  oneOrMany,
  optional,
  placeholderText,
  textBoolean,
  type SchemaSettings,
} from '../../core/fields.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { formWire, type FormBody } from '../../core/form.js';
import type { JumioNetverifyCallback } from './types.js';
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
  notAvailable,
  presetIdTypes,
  searchStatuses,
  similarities,
} from './enumerations.js';

// The schema

/**
 * Builds the Netverify schema: a codec from form fields (strings, some holding JSON) to the typed
 * callback. Exported for the type tests, which pin its output to the hand-written interfaces.
 *
 * @param settings - `strict` and the JSON depth cap
 * @returns the schema, a union discriminated by `verificationStatus`
 */
export function buildJumioNetverifySchema(settings: SchemaSettings) {
  const { object, values, json } = fieldsFor(settings);
  const naText = optional(placeholderText(notAvailable));
  const naDate = optional(placeholderText(notAvailable, isoDate));
  const timestamp = optional(formatted(isoTimestamp));
  const flag = optional(textBoolean({ true: 'TRUE', false: 'FALSE' }));
  const codesOf = <const R extends Record<string, string>>(reasons: R) =>
    values(Object.keys(reasons) as [keyof R & string, ...(keyof R & string)[]]);
  const descriptionsOf = <const R extends Record<string, string>>(reasons: R) =>
    values(Object.values(reasons) as [R[keyof R], ...R[keyof R][]]);

  const rejectReasonDetail = object({
    detailsCode: codesOf(jumioRejectReasonDetails),
    detailsDescription: descriptionsOf(jumioRejectReasonDetails),
  });
  const rejectReason = <const R extends Record<string, string>>(reasons: R) =>
    object({
      rejectReasonCode: codesOf(reasons),
      rejectReasonDescription: descriptionsOf(reasons),
      rejectReasonDetails: optional(oneOrMany(rejectReasonDetail)),
    });

  const address = object({
    city: optional(z.string()),
    country: optional(z.string()),
    stateCode: optional(z.string()),
    state: optional(z.string()),
    streetName: optional(z.string()),
    streetSuffix: optional(z.string()),
    streetDirection: optional(z.string()),
    streetNumber: optional(z.string()),
    unitDesignator: optional(z.string()),
    unitNumber: optional(z.string()),
    zip: optional(z.string()),
    zipExtension: optional(z.string()),
    province: optional(z.string()),
    unitDetails: optional(z.string()),
    postalCode: optional(z.string()),
    line1: optional(z.string()),
    line2: optional(z.string()),
    line3: optional(z.string()),
    line4: optional(z.string()),
    line5: optional(z.string()),
  });

  const identityVerification = object({
    similarity: optional(values(similarities)),
    validity: flag,
    reason: optional(values(identityVerificationReasons)),
    handwrittenNoteMatches: flag,
  });

  const driverLicenseCategory = object({
    category: values(driverLicenseCategories),
    issueDate: optional(formatted(isoDate)),
    expiryDate: optional(formatted(isoDate)),
    isReadable: flag,
  });

  const watchListScreening = object({
    searchStatus: optional(values(searchStatuses)),
    searchDate: optional(z.string()),
    searchId: optional(z.string()),
    searchReference: optional(z.string()),
    searchResultUrl: optional(z.string()),
    searchResults: optional(numeric('number')),
  });

  const additionalChecks = object({
    watchListScreening: optional(watchListScreening),
    watchlistScreening: optional(watchListScreening),
  });

  const common = {
    callBackType: z.literal('NETVERIFYID'),
    jumioIdScanReference: z.string(),
    idScanSource: values(idScanSources),
    transactionDate: timestamp,
    callbackDate: timestamp,
    firstAttemptDate: timestamp,
    idType: optional(values(idTypes)),
    idSubtype: optional(values(idSubtypes)),
    idCountry: naText,
    idScanImage: naText,
    idScanImageFace: naText,
    idScanImageBackside: naText,
    idNumber: naText,
    idFirstName: naText,
    idLastName: naText,
    idDob: naDate,
    originDob: naText,
    idExpiry: naDate,
    issuingDate: naDate,
    idUsState: naText,
    personalNumber: naText,
    idAddress: optional(json(address)),
    merchantIdScanReference: naText,
    merchantReportingCriteria: naText,
    customerId: naText,
    clientIp: naText,
    optionalData1: naText,
    optionalData2: naText,
    dni: naText,
    curp: naText,
    gender: optional(values(genders)),
    issuingAuthority: naText,
    issuingPlace: naText,
    idFaceMatch: optional(numeric('string')),
    idFaceLiveness: flag,
    identityVerification: optional(json(identityVerification)),
    presetCountry: naText,
    presetIdType: optional(values(presetIdTypes)),
    dlCategories: optional(json(oneOrMany(driverLicenseCategory))),
    dlCarPermission: optional(values(dlCarPermissions)),
    nationality: naText,
    passportNumber: naText,
    durationOfStay: naText,
    numberOfEntries: naText,
    visaCategory: naText,
    additionalChecks: optional(json(additionalChecks)),
  };

  const idChecks = <R extends z.ZodType<'OK' | 'N/A', string>>(result: R) => ({
    idCheckDataPositions: result,
    idCheckDocumentValidation: result,
    idCheckHologram: result,
    idCheckMRZcode: optional(result),
    idCheckMicroprint: result,
    idCheckSecurityFeatures: result,
    idCheckSignature: result,
  });

  const notApproved = {
    ...common,
    ...idChecks(z.literal('N/A')),
    idScanStatus: z.literal('ERROR'),
  };

  return z.discriminatedUnion('verificationStatus', [
    object({
      ...common,
      ...idChecks(z.enum(idCheckResults)),
      verificationStatus: z.literal('APPROVED_VERIFIED'),
      idScanStatus: z.literal('SUCCESS'),
    }),
    object({
      ...notApproved,
      verificationStatus: z.literal('DENIED_FRAUD'),
      rejectReason: json(rejectReason(jumioFraudRejectReasons)),
    }),
    object({ ...notApproved, verificationStatus: z.literal('DENIED_UNSUPPORTED_ID_TYPE') }),
    object({ ...notApproved, verificationStatus: z.literal('DENIED_UNSUPPORTED_ID_COUNTRY') }),
    object({
      ...notApproved,
      verificationStatus: z.literal('ERROR_NOT_READABLE_ID'),
      rejectReason: json(rejectReason(jumioNotReadableRejectReasons)),
    }),
    object({ ...notApproved, verificationStatus: z.literal('NO_ID_UPLOADED') }),
  ]);
}

/** The Netverify callback kind: form fields, told apart by `verificationStatus`. */
export const jumioNetverifyDefinition: CallbackKindDefinition<'jumio-netverify', 'jumio', JumioNetverifyCallback, FormBody> = /* @__PURE__ */ defineCallback({
  kind: 'jumio-netverify',
  provider: 'jumio',
  webhook: true,
  wire: formWire,
  discriminants: [{ path: ['verificationStatus'], values: jumioNetverifyStatuses }],
  build: buildJumioNetverifySchema,
});
