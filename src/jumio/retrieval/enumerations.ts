// The workflow details response's enumerations, each written once: the types in types.ts, the
// schema, the arbitraries of `kyc-webhooks/testing` and the type tests all derive from these lists.
// A capability's labels are listed across its decision types, as Jumio's capability pages list them.

/** Every `decision.type` this version knows: the discriminant of the response. */
export const jumioDecisionTypes = /* @__PURE__ */ Object.freeze(['PASSED', 'REJECTED', 'WARNING', 'NOT_EXECUTED'] as const);

/** Every workflow execution status Jumio documents. */
export const jumioWorkflowStatuses = /* @__PURE__ */ Object.freeze(['INITIATED', 'ACQUIRED', 'PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED'] as const);

export const decisionLabels = ['PASSED', 'REJECTED', 'WARNING', 'NOT_EXECUTED', 'TECHNICAL_ERROR', 'TOKEN_EXPIRED'] as const;
export const credentialCategories = ['ID', 'FACEMAP', 'DOCUMENT', 'SELFIE', 'DATA'] as const;
export const partClassifiers = [
  'FRONT',
  'BACK',
  'FACE',
  'FACEMAP',
  'SELFIE',
  'PREPARED_DATA',
  'LIVENESS_1',
  'LIVENESS_2',
  'LIVENESS_3',
  'LIVENESS_4',
  'LIVENESS_5',
  'LIVENESS_6',
] as const;

export const usabilityLabels = [
  'OK',
  'TECHNICAL_ERROR',
  'NOT_UPLOADED',
  'BAD_QUALITY',
  'BLURRED',
  'BAD_QUALITY_IMAGE',
  'PART_OF_DOCUMENT_MISSING',
  'PART_OF_DOCUMENT_HIDDEN',
  'DAMAGED_DOCUMENT',
  'GLARE',
  'MISSING_MANDATORY_DATAPOINTS',
  'BLACK_WHITE',
  'MISSING_PAGE',
  'MISSING_SIGNATURE',
  'NOT_A_DOCUMENT',
  'PHOTOCOPY',
  'LIVENESS_UNDETERMINED',
  'UNSUPPORTED_COUNTRY',
  'UNSUPPORTED_DOCUMENT_TYPE',
] as const;
export const livenessLabels = [
  'OK',
  'PRECONDITION_NOT_FULFILLED',
  'TECHNICAL_ERROR',
  'LIVENESS_UNDETERMINED',
  'ID_USED_AS_SELFIE',
  'MULTIPLE_PEOPLE',
  'DIGITAL_COPY',
  'PHOTOCOPY',
  'MANIPULATED',
  'NO_FACE_PRESENT',
  'FACE_NOT_FULLY_VISIBLE',
  'BLACK_WHITE',
  'AGE_DIFFERENCE',
  'BAD_QUALITY',
] as const;
export const similarityLabels = ['MATCH', 'NO_MATCH', 'NOT_POSSIBLE', 'PRECONDITION_NOT_FULFILLED', 'TECHNICAL_ERROR'] as const;
export const authenticationLabels = ['OK', 'FAILED', 'PRECONDITION_NOT_FULFILLED', 'TECHNICAL_ERROR'] as const;
export const imageCheckLabels = [
  'OK',
  'PRECONDITION_NOT_FULFILLED',
  'TECHNICAL_ERROR',
  'DIGITAL_COPY',
  'WATERMARK',
  'MANIPULATED_DOCUMENT',
  'MANIPULATED_DOCUMENT_PHOTO',
  'MANIPULATED_DOCUMENT_EXPIRY',
  'MANIPULATED_DOCUMENT_NAME',
  'MANIPULATED_DOCUMENT_ADDRESS',
  'MANIPULATED_DOCUMENT_SECURITY_CHECKS',
  'MANIPULATED_DOCUMENT_SIGNATURE',
  'MANIPULATED_DOCUMENT_PERSONAL_NUMBER',
  'MANIPULATED_DOCUMENT_PLACE_OF_BIRTH',
  'MANIPULATED_DOCUMENT_GENDER',
  'MANIPULATED_DOCUMENT_ISSUING_DATE',
  'MANIPULATED_DOCUMENT_DOCUMENT_NUMBER',
  'MANIPULATED_DOCUMENT_DOB',
  'OTHER_REJECTION',
  'GHOST_IMAGE_DIFFERENT',
  'PUNCHED',
  'SAMPLE',
  'FAKE',
  'CHIP_MISSING',
  'DIGITAL_MANIPULATION',
  'MISMATCH_FRONT_BACK',
  'FAILED',
  'DIFFERENT_PERSON',
  'REPEATED_FACE',
] as const;
export const extractionLabels = ['OK', 'PRECONDITION_NOT_FULFILLED', 'TECHNICAL_ERROR'] as const;
export const dataCheckLabels = [
  'OK',
  'PRECONDITION_NOT_FULFILLED',
  'TECHNICAL_ERROR',
  'NFC_CERTIFICATE',
  'MISMATCHING_DATAPOINTS',
  'MRZ_CHECKSUM',
  'MISMATCHING_DATA_REPEATED_FACE',
  'MISMATCH_HRZ_MRZ_DATA',
  'HIGH_FRAUD_RISK',
  'DOCUMENT_EXPIRY_WITHIN_CONFIGURED_LIMIT',
] as const;
export const watchlistLabels = [
  'OK',
  'ALERT',
  'NOT_ENOUGH_DATA',
  'VALIDATION_FAILED',
  'INVALID_MERCHANT_SETTINGS',
  'TECHNICAL_ERROR',
  'EXTRACTION_NOT_DONE',
  'NO_VALID_ID_CREDENTIAL',
  'PRECONDITION_NOT_FULFILLED',
] as const;
export const addressLabels = ['OK', 'DENY', 'ALERT', 'NOT_ENOUGH_DATA', 'TECHNICAL_ERROR', 'UNSUPPORTED_COUNTRY', 'PRECONDITION_NOT_FULFILLED'] as const;
export const drivingLicenseLabels = [
  'OK',
  'DENY',
  'ALERT',
  'TECHNICAL_ERROR',
  'UNSUPPORTED_COUNTRY',
  'UNSUPPORTED_STATE',
  'PRECONDITION_NOT_FULFILLED',
  'VALIDATION_FAILED',
] as const;
export const cpfLabels = [
  'OK',
  'DENY',
  'UNSUPPORTED_COUNTRY',
  'NOT_ENOUGH_DATA',
  'TECHNICAL_ERROR',
  'INVALID_MERCHANT_SETTINGS',
  'VALIDATION_FAILED',
  'PRECONDITION_NOT_FULFILLED',
] as const;
export const biometricLabels = [
  'LOW_RISK',
  'MEDIUM_RISK',
  'HIGH_RISK',
  'TECHNICAL_ERROR',
  'PERMISSION_DENIED',
  'BAD_REQUEST',
  'PRECONDITION_NOT_FULFILLED',
] as const;

export const livenessTypes = ['IPROOV_STANDARD', 'IPROOV_PREMIUM', 'JUMIO_STANDARD'] as const;
/** `NO_MATCH` in Jumio's older and current pages, `NOT_MATCH` in its 2023 guide. */
export const similarityValues = ['MATCH', 'NO_MATCH', 'NOT_MATCH', 'NOT_POSSIBLE'] as const;
export const faceSearchStatuses = ['DONE', 'PENDING', 'ERROR'] as const;
/** The documented `DONE`, `NOT_DONE`, `ERROR`, and the `SUCCESS` every example and recorded body holds. */
export const searchStatuses = ['SUCCESS', 'DONE', 'NOT_DONE', 'ERROR'] as const;

export const documentTypes = ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD', 'VISA', 'UNSUPPORTED'] as const;
/** `UNKOWN` is Jumio's spelling. */
export const documentSubTypes = [
  'NATIONAL_ID',
  'CONSULAR_ID',
  'ELECTORAL_ID',
  'RESIDENT_PERMIT_ID',
  'TAX_ID',
  'STUDENT_ID',
  'PASSPORT_CARD_ID',
  'MILITARY_ID',
  'PUBLIC_SAFETY_ID',
  'HEALTH_ID',
  'OTHER_ID',
  'VISA',
  'UNKOWN',
  'REGULAR_DRIVING_LICENSE',
  'LEARNING_DRIVING_LICENSE',
  'E_PASSPORT',
] as const;
export const genders = ['M', 'F', 'X'] as const;
export const disabilities = ['YES', 'NO'] as const;
export const nfcValidationResults = [
  'READ_VALIDATED',
  'READ_ONLY',
  'VALIDATION_FAILED',
  'SKIPPED',
  'SKIPPED_MAX_RETRIES',
  'TECHNICAL_ERROR',
  'READER_UNAVAILABLE',
  'COUNTRY_UNAVAILABLE',
] as const;
