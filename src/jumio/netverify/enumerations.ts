// Netverify's enumerations, each written once: the types in types.ts, the schema, the arbitraries of
// `kyc-webhooks/testing` and the type tests all derive from these lists.

/** Every `verificationStatus` this version knows. */
export const jumioNetverifyStatuses = /* @__PURE__ */ Object.freeze([
  'APPROVED_VERIFIED',
  'DENIED_FRAUD',
  'DENIED_UNSUPPORTED_ID_TYPE',
  'DENIED_UNSUPPORTED_ID_COUNTRY',
  'ERROR_NOT_READABLE_ID',
  'NO_ID_UPLOADED',
] as const);

/** The result of one document check: `OK`, or `N/A` where it was not performed or does not apply. */
export const idCheckResults = ['OK', 'N/A'] as const;

export const idScanSources = ['WEB', 'WEB_CAM', 'WEB_UPLOAD', 'REDIRECT', 'REDIRECT_CAM', 'REDIRECT_UPLOAD', 'API', 'SDK'] as const;
export const idTypes = ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD', 'VISA'] as const;
export const presetIdTypes = ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD'] as const;
export const idSubtypes = [
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
export const genders = ['M', 'F'] as const;
export const dlCarPermissions = ['YES', 'NO', 'NOT_READABLE'] as const;
export const similarities = ['MATCH', 'NO_MATCH', 'NOT_POSSIBLE'] as const;
export const identityVerificationReasons = [
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
export const driverLicenseCategories = ['B1', 'B', 'BE'] as const;
export const searchStatuses = ['DONE', 'NOT_DONE', 'ERROR'] as const;

/** Jumio's "no value" placeholder on text fields. */
export const notAvailable = 'N/A';

/** Reject reasons of a `DENIED_FRAUD` scan, code to description. */
export const jumioFraudRejectReasons = {
  '100': 'MANIPULATED_DOCUMENT',
  '105': 'FRAUDSTER',
  '106': 'FAKE',
  '107': 'PHOTO_MISMATCH',
  '108': 'MRZ_CHECK_FAILED',
  '109': 'PUNCHED_DOCUMENT',
  '110': 'CHIP_DATA_MANIPULATED',
  '111': 'MISMATCH_PRINTED_BARCODE_DATA',
} as const;

/** Reject reasons of an `ERROR_NOT_READABLE_ID` scan, code to description. */
export const jumioNotReadableRejectReasons = {
  '102': 'PHOTOCOPY_BLACK_WHITE',
  '103': 'PHOTOCOPY_COLOR',
  '104': 'DIGITAL_COPY',
  '200': 'NOT_READABLE_DOCUMENT',
  '201': 'NO_DOCUMENT',
  '202': 'SAMPLE_DOCUMENT',
  '206': 'MISSING_BACK',
  '207': 'WRONG_DOCUMENT_PAGE',
  '209': 'MISSING_SIGNATURE',
  '210': 'CAMERA_BLACK_WHITE',
  '211': 'DIFFERENT_PERSONS_SHOWN',
  '300': 'MANUAL_REJECTION',
} as const;

/** Reject reason details (of reject reasons 100 and 200), code to description. */
export const jumioRejectReasonDetails = {
  '1001': 'PHOTO',
  '1002': 'DOCUMENT_NUMBER',
  '1003': 'EXPIRY',
  '1004': 'DOB',
  '1005': 'NAME',
  '1006': 'ADDRESS',
  '1007': 'SECURITY_CHECKS',
  '1008': 'SIGNATURE',
  '1009': 'PERSONAL_NUMBER',
  '10011': 'PLACE_OF_BIRTH',
  '2001': 'BLURRED',
  '2002': 'BAD_QUALITY',
  '2003': 'MISSING_PART_DOCUMENT',
  '2004': 'HIDDEN_PART_DOCUMENT',
  '2005': 'DAMAGED_DOCUMENT',
} as const;
