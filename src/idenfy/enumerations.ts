// The values of iDenfy's enumerations, as its specification (FIELDS.md §1) and the documentation pages
// named beside each list give them; fixtures/idenfy/ENUMERATIONS.md records the source of every list.
// Each list is the one source of its values: the types in types.ts, the schema, the arbitraries of
// `kyc-webhooks/testing` and the type tests all derive from it.

/** Every `status.overall` this version knows. */
export const idenfyOverallStatuses = /* @__PURE__ */ Object.freeze([
  'APPROVED',
  'DENIED',
  'SUSPECTED',
  'REVIEWING',
  'EXPIRED',
  'ACTIVE',
  'DELETED',
  'ARCHIVED',
  'NOT_REVIEWED',
  'EXPIRED-DELETED',
] as const);
// `EXPIRED-DELETED` is in the vocabulary and verification-status pages, not the specification (README).

/** The specification's face statuses, and `FACE_SUSPECTED`, `FACE_BLACKLISTED` from the vocabulary page. */
export const faceStatuses = [
  'FACE_MATCH',
  'FACE_NOT_CHECKED',
  'FACE_MISMATCH',
  'NO_FACE_FOUND',
  'TOO_MANY_FACES',
  'FACE_TOO_BLURRY',
  'FACE_GLARED',
  'FACE_UNCERTAIN',
  'FACE_NOT_ANALYSED',
  'FACE_ERROR',
  'AUTO_UNVERIFIABLE',
  'FAKE_FACE',
  'FACE_SUSPECTED',
  'FACE_BLACKLISTED',
] as const;

export const documentStatuses = [
  'DOC_VALIDATED',
  'DOC_INFO_MISMATCH',
  'DOC_NOT_FOUND',
  'DOC_NOT_FULLY_VISIBLE',
  'DOC_FACE_NOT_FOUND',
  'DOC_TOO_BLURRY',
  'DOC_GLARED',
  'DOC_FACE_GLARED',
  'MRZ_NOT_FOUND',
  'MRZ_OCR_READING_ERROR',
  'BARCODE_NOT_FOUND',
  'DOC_EXPIRED',
  'DOC_NOT_SUPPORTED',
  'COUNTRY_NOT_SUPPORTED',
  'COUNTRY_MISMATCH',
  'DOC_TYPE_MISMATCH',
  'DOC_SUBTYPE_MISMATCH',
  'DOC_SIDE_MISMATCH',
  'DOC_DAMAGED',
  'DOC_FAKE',
  'DOC_PERSONAL_CODE_INVALID',
  'DOC_NOT_ALLOWED',
  'DOC_NAME_ERROR',
  'DOC_SURNAME_ERROR',
  'DOC_EXPIRY_ERROR',
  'DOC_DOB_ERROR',
  'DOC_PERSONAL_NUMBER_ERROR',
  'DOC_NUMBER_ERROR',
  'DOC_DATE_OF_ISSUE_ERROR',
  'DOC_SEX_ERROR',
  'DOC_NATIONALITY_ERROR',
  'DOC_NOT_ANALYSED',
  'DOC_ERROR',
  'AUTO_UNVERIFIABLE',
  'DOC_SPOOF_DETECTED',
  'MRZ_INVALID',
  'EID_FAILED',
  'NFC_INIT_FAILED',
  'NFC_FAILED',
  'NFC_TIMEOUT',
] as const;

/** The specification's fraud tags, and `UTILITY_ADDRESS_CHECK_FAILURE` from the Mark ID white-label docs. */
export const fraudTags = [
  'FACE_IN_BLACKLIST',
  'DOC_FACE_IN_BLACKLIST',
  'DATA_BLACKLISTED',
  'DATA_IN_BLACKLIST',
  'DUPLICATE_FACE',
  'DUPLICATE_DOC_FACE',
  'DUPLICATE_PERSONAL_DATA',
  'VIRTUAL_CAMERA',
  'ADDRESS_UNVERIFIED',
  'PORTRAIT_SUBSTITUTION',
  'FACE_SUSPECTED',
  'FACE_BLACKLISTED',
  'DOC_FACE_BLACKLISTED',
  'DOC_MOBILE_PHOTO',
  'DEV_TOOLS_OPENED',
  'DOC_PRINT_SPOOFED',
  'FAKE_PHOTO',
  'AML_SUSPECTION',
  'AML_FAILED',
  'LID_SUSPECTION',
  'LID_FAILED',
  'SANCTIONS_SUSPECTION',
  'SANCTIONS_FAILED',
  'CRIMINAL_SUSPECTED',
  'CRIMINAL_CHECK_FAILED',
  'RC_FAILED',
  'DL_FAILED',
  'AUTO_UNVERIFIABLE',
  'UTILITY_ADDRESS_CHECK_FAILURE',
] as const;

/** The specification's mismatch tags, and `GDC_NOT_MATCH` from the Mark ID white-label docs. */
export const mismatchTags = [
  'NAME',
  'SURNAME',
  'DOCUMENT_NUMBER',
  'PERSONAL_CODE',
  'EXPIRY_DATE',
  'DATE_OF_BIRTH',
  'DATE_OF_ISSUE',
  'NATIONALITY',
  'SEX',
  'FULL_NAME',
  'DOC_INFO_MISMATCH',
  'UNDER_AGE',
  'OVER_AGE',
  'UNKNOWN_AGE',
  'UTILITY_ADDRESS',
  'UTILITY_NAME',
  'EXPIRED_UTILITY_BILL',
  'INVALID_ADDITIONAL_STEP',
  'ADDITIONAL_STEP_NOT_FOUND',
  'ADDITIONAL_STEP_INFORMATION_MISMATCH',
  'EXPIRED_ADDITIONAL_STEP_INFORMATION',
  'REGISTRY_CENTER_INFO_MISMATCH',
  'DRIVER_LICENSE_INFO_MISMATCH',
  'NOT_SUPPORTED_POA_DOCUMENT_TYPE',
  'NOT_SUPPORTED_POA_DOCUMENT_COUNTRY',
  'POA_COUNTRIES_MISMATCH',
  'POA_SCREENSHOT_DETECTED',
  'GDC_NOT_MATCH',
] as const;

/** The callback page's suspicion reasons, and the two `*_BLACKLISTED` from the suspicions page. */
export const suspicionReasons = [
  'FACE_SUSPECTED',
  'FACE_BLACKLISTED',
  'DOC_FACE_BLACKLISTED',
  'DOC_MOBILE_PHOTO',
  'DEV_TOOLS_OPENED',
  'DOC_PRINT_SPOOFED',
  'FAKE_PHOTO',
  'AML_SUSPECTION',
  'AML_FAILED',
  'LID_SUSPECTION',
  'LID_FAILED',
  'AUTO_UNVERIFIABLE',
] as const;

export const additionalStepStatuses = ['VALID', 'INVALID', 'NOT_FOUND'] as const;

export const platforms = ['PC', 'MOBILE', 'TABLET', 'MOBILE_APP', 'MOBILE_SDK', 'OTHER'] as const;

/**
 * The specification's document types, `SPID` and `ITSME` from the supported-documents page, and
 * `INTERNATIONAL_PASSPORT` from older revisions.
 */
export const documentTypes = [
  'ID_CARD',
  'PASSPORT',
  'RESIDENCE_PERMIT',
  'DRIVER_LICENSE',
  'PAN_CARD',
  'AADHAAR',
  'VISA',
  'NATIONAL_PASSPORT',
  'PROVISIONAL_DRIVER_LICENSE',
  'OLD_ID_CARD',
  'MILITARY_CARD',
  'ADDRESS_CARD',
  'SMART_ID',
  'CLEAR',
  'ONE_ID',
  'BANK_ID_SE',
  'BANK_ID_NO',
  'BANK_ID_CZ',
  'FTN',
  'MIT_ID',
  'VERIMI',
  'LA_WALLET',
  'SAMSUNG_WALLET',
  'MOJE_ID_CZ',
  'YOTI_ID',
  'SPID',
  'ITSME',
  'OTHER',
  'BORDER_CROSSING',
  'ASYLUM',
  'PHOTO_CARD',
  'PROOF_OF_AGE_CARD',
  'TRAVEL_CARD',
  'SOCIAL_SECURITY_CARD',
  'VOTER_CARD',
  'DIPLOMATIC_ID',
  'WORK_PERMIT',
  'INTERNATIONAL_PASSPORT',
] as const;

export const sexes = ['MALE', 'FEMALE', 'UNDEFINED'] as const;

export const ageEstimates = [
  'UNDER_8',
  'UNDER_13',
  'OVER_8',
  'OVER_13',
  'OVER_16',
  'OVER_18',
  'OVER_21',
  'OVER_22',
  'OVER_25',
  'OVER_30',
] as const;

export const riskLevels = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH', 'NOT_CHECKED'] as const;

export const additionalStepTypes = ['UPLOAD', 'COMPARE', 'EXTRACT'] as const;

export const serviceOverallStatuses = ['SUSPECTED', 'NOT_SUSPECTED'] as const;

export const serviceGroupTypes = ['AML', 'LID', 'CRIMINAL_CHECK'] as const;

/**
 * The specification's AML service names, `PilotApiAmlV2` from every example of the callback page, and
 * `PilotApiAmlV2NegativeNews` from the AML page.
 */
export const amlServiceNames = [
  'AML_NAMES_CHECK',
  'AML_OPEN_SANCTIONS',
  'COMPANY_CHECK',
  'AML_NEWS',
  'INHOUSE_ADVERSE_MEDIA',
  'PilotApiAmlV2',
  'PilotApiAmlV2NegativeNews',
] as const;

export const amlSuspicions = ['SANCTION', 'INTERPOL', 'PEPS', 'ADVERSE_MEDIA', 'OTHER'] as const;

export const articleTypes = ['NEGATIVE'] as const;

export const usStates = [
  'AL',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'AK',
  'HI',
] as const;

export const registryCenterKinds = [
  'HungaryRegistryCenterCheck',
  'LithuaniaRegistryCenterCheck',
  'Us15RegistryCenterCheck',
] as const;

export const softKycMatchStatuses = ['MATCH', 'NO_MATCH', 'PARTIAL_MATCH', 'NO_DATA', 'NO_INPUT', 'INVALID'] as const;

export const addressVerificationStatuses = ['VERIFIED', 'PARTIALLY_VERIFIED', 'UNVERIFIED'] as const;

export const addressVerificationQualities = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR', 'BAD'] as const;

export const questionTypes = [
  'CHECKBOX',
  'COLOR',
  'COUNTRY',
  'COUNTRY_MULTI',
  'DATE',
  'DATETIME',
  'EMAIL',
  'FILE',
  'FILE_MULTI',
  'FLOAT',
  'LIST',
  'INTEGER',
  'PASSWORD',
  'RADIO',
  'SELECT',
  'SELECT_MULTI',
  'TEL',
  'TEXT',
  'TEXT_AREA',
  'TIME',
  'URL',
] as const;

export const bankCardVerificationStatuses = ['NOT_COMPARED', 'MATCH', 'NO_MATCH'] as const;

export const bankCardNoMatchReasons = [
  'NAME_MISMATCH',
  'NUMBER_MISMATCH',
  'NAME_NOT_FOUND',
  'NUMBER_NOT_FOUND',
  'LIVENESS_FAILED',
] as const;
