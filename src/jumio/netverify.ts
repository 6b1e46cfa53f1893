import * as z from '../core/zod.js';
import {
  formatted,
  isoDate,
  isoTimestamp,
  jsonText,
  numeric,
  oneOrMany,
  openEnum,
  optional,
  placeholderText,
  record,
  shared,
  textBoolean,
  type SchemaSettings,
} from '../core/fields.js';
import { encodeFormBody, readFormBody, type FormBody, type FormFields } from '../core/form.js';
import type { ParseOptions } from '../core/options.js';
import { defaultLimits } from '../core/options.js';
import {
  memoizeSchema,
  parseCallback,
  safeParseCallback,
  serializeCallback,
  type CallbackFormat,
} from '../core/parse.js';
import type { ParseResult } from '../core/result.js';
import { jumioFraudRejectReasons, jumioNotReadableRejectReasons, jumioRejectReasonDetails } from './codes.js';
import type { JumioNetverifyCallback, JumioNetverifyStatus } from './types.js';

// Wire constants and enumerations

const statuses = {
  APPROVED_VERIFIED: true,
  DENIED_FRAUD: true,
  DENIED_UNSUPPORTED_ID_TYPE: true,
  DENIED_UNSUPPORTED_ID_COUNTRY: true,
  ERROR_NOT_READABLE_ID: true,
  NO_ID_UPLOADED: true,
} as const satisfies Record<JumioNetverifyStatus, true>;

/** Every `verificationStatus` this version knows. */
export const jumioNetverifyStatuses = /* @__PURE__ */ Object.freeze(Object.keys(statuses) as JumioNetverifyStatus[]);
const knownStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(jumioNetverifyStatuses);

const idScanSources = ['WEB', 'WEB_CAM', 'WEB_UPLOAD', 'REDIRECT', 'REDIRECT_CAM', 'REDIRECT_UPLOAD', 'API', 'SDK'] as const;
const idTypes = ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD', 'VISA'] as const;
const presetIdTypes = ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD'] as const;
const idSubtypes = [
  'NATIONAL_ID',
  'CONSULAR_ID',
  'ELECTORAL_ID',
  'RESIDENT_PERMIT_ID',
  'TAX_ID',
  'STUDENT_ID',
  'PASSPORT_CARD_ID',
  'MILITARY_ID',
  'PUBLIC_SAFETY_ID',
  'OTHER_ID',
  'VISA',
  'UNKNOWN',
  'LEARNING_DRIVING_LICENSE',
  'E_PASSPORT',
] as const;
const genders = ['M', 'F'] as const;
const dlCarPermissions = ['YES', 'NO', 'NOT_READABLE'] as const;
const similarities = ['MATCH', 'NO_MATCH', 'NOT_POSSIBLE'] as const;
const identityVerificationReasons = [
  'SELFIE_CROPPED_FROM_ID',
  'ENTIRE_ID_USED_AS_SELFIE',
  'MULTIPLE_PEOPLE',
  'SELFIE_IS_SCREEN_PAPER_VIDEO',
  'SELFIE_MANIPULATED',
  'AGE_DIFFERENCE_TOO_BIG',
  'NO_FACE_PRESENT',
  'FACE_NOT_FULLY_VISIBLE',
  'BAD_QUALITY',
  'BLACK_AND_WHITE',
  'LIVENESS_FAILED',
] as const;
const driverLicenseCategories = ['B1', 'B', 'BE'] as const;
const searchStatuses = ['DONE', 'NOT_DONE', 'ERROR'] as const;

/** Jumio's "no value" placeholder on text fields. */
const notAvailable = 'N/A';

// The schema

/**
 * Builds the Netverify schema: a codec from form fields (strings, some holding JSON) to the typed
 * callback. Exported for the type tests, which pin its output to the hand-written interfaces.
 *
 * @param settings - `strict` and the JSON depth cap
 * @returns the schema, a union discriminated by `verificationStatus`
 */
export function buildJumioNetverifySchema(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  const values = <const T extends readonly [string, ...string[]]>(known: T) => openEnum(known, settings);
  const text = shared(optional(placeholderText(notAvailable)));
  const date = shared(optional(placeholderText(notAvailable, isoDate)));
  const timestamp = shared(optional(formatted(isoTimestamp)));
  const json = <T extends z.core.$ZodType>(schema: T) => jsonText(schema, settings);
  const flag = shared(optional(textBoolean({ true: 'TRUE', false: 'FALSE' })));
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
    validity: flag(),
    reason: optional(values(identityVerificationReasons)),
    handwrittenNoteMatches: flag(),
  });

  const driverLicenseCategory = object({
    category: values(driverLicenseCategories),
    issueDate: optional(formatted(isoDate)),
    expiryDate: optional(formatted(isoDate)),
    isReadable: flag(),
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
    transactionDate: timestamp(),
    callbackDate: timestamp(),
    firstAttemptDate: timestamp(),
    idType: optional(values(idTypes)),
    idSubtype: optional(values(idSubtypes)),
    idCountry: text(),
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
    idAddress: optional(json(address)),
    merchantIdScanReference: text(),
    merchantReportingCriteria: text(),
    customerId: text(),
    clientIp: text(),
    optionalData1: text(),
    optionalData2: text(),
    dni: text(),
    curp: text(),
    gender: optional(values(genders)),
    issuingAuthority: text(),
    issuingPlace: text(),
    idFaceMatch: optional(numeric('string')),
    idFaceLiveness: flag(),
    identityVerification: optional(json(identityVerification)),
    presetCountry: text(),
    presetIdType: optional(values(presetIdTypes)),
    dlCategories: optional(json(oneOrMany(driverLicenseCategory))),
    dlCarPermission: optional(values(dlCarPermissions)),
    nationality: text(),
    passportNumber: text(),
    durationOfStay: text(),
    numberOfEntries: text(),
    visaCategory: text(),
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
      ...idChecks(z.enum(['OK', 'N/A'])),
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

const schemaFor = /* @__PURE__ */ memoizeSchema(buildJumioNetverifySchema, ['strict', 'maxDepth', 'maxFields', 'maxItems']);

/**
 * The Netverify schema (zod 4, and so a Standard Schema): from the form fields, as a record of
 * strings, to a {@link JumioNetverifyCallback}; `z.encode` runs it backwards. Use it where a
 * framework validates for you (tRPC, Hono); elsewhere prefer {@link parseJumioNetverify}, which
 * also decodes the raw body and turns failures into value-free {@link KycWebhookError}s.
 * Built on first use, with the default options.
 */
export const jumioNetverifySchema: z.ZodType<JumioNetverifyCallback, Record<string, unknown>> = /* @__PURE__ */ z.lazy(
  () => schemaFor({ strict: false, ...defaultLimits }),
);

const netverify: CallbackFormat<JumioNetverifyCallback> = {
  provider: 'jumio-netverify',
  read: (body, options) => readFormBody(body, options),
  findUnknownVariant: (wire) => {
    const status = (wire as FormFields)['verificationStatus'];
    if (status === undefined || status === '' || knownStatuses.has(status)) return undefined;
    return { path: ['verificationStatus'], value: status, known: jumioNetverifyStatuses };
  },
  schema: schemaFor,
  write: (wire) => encodeFormBody(wire as Record<string, unknown>),
};

// Parse and serialize

/**
 * Parses a Jumio Netverify callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback, typed by its `verificationStatus`
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseJumioNetverify(await request.text());
 * if (callback.verificationStatus === 'APPROVED_VERIFIED') {
 *   await approve(callback.jumioIdScanReference, callback.identityVerification?.similarity);
 * }
 * ```
 */
export function parseJumioNetverify(body: FormBody, options?: ParseOptions | null): JumioNetverifyCallback {
  return parseCallback(netverify, body, options);
}

/**
 * Parses a Jumio Netverify callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseJumioNetverify(body);
 * if (!result.success) return reply.status(400).send({ code: result.error.code });
 * ```
 */
export function safeParseJumioNetverify(body: FormBody, options?: ParseOptions | null): ParseResult<JumioNetverifyCallback> {
  return safeParseCallback(netverify, body, options);
}

/**
 * Writes a Netverify callback back as a form body: JSON fields as JSON strings, `null` as `N/A`,
 * booleans as `TRUE`/`FALSE`, unknown fields as they came; non-ASCII text is written as UTF-8, not
 * percent-encoded. Parsing the result with the same options gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the `application/x-www-form-urlencoded` body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeJumioNetverify(callback: JumioNetverifyCallback, options?: ParseOptions | null): string {
  return serializeCallback(netverify, callback, options);
}
