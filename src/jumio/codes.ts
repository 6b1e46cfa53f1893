import type {
  JumioFraudRejectReasonCode,
  JumioFraudRejectReasonDescription,
  JumioNotReadableRejectReasonCode,
  JumioNotReadableRejectReasonDescription,
  JumioRejectReasonDetailCode,
  JumioRejectReasonDetailDescription,
} from './types.js';

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
} as const satisfies Record<JumioFraudRejectReasonCode, JumioFraudRejectReasonDescription>;

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
} as const satisfies Record<JumioNotReadableRejectReasonCode, JumioNotReadableRejectReasonDescription>;

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
} as const satisfies Record<JumioRejectReasonDetailCode, JumioRejectReasonDetailDescription>;
