import type { OpenEnum } from '../../core/open-enum.js';
import type {
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
} from './enumerations.js';

// Jumio Netverify callback payload types. Hand-written, free of zod: `kyc-webhooks/types` exports
// them for type-only users. A type test pins the schema's output to them.

/** The outcome of a Netverify scan: the discriminant of {@link JumioNetverifyCallback}. */
export type JumioNetverifyStatus = (typeof jumioNetverifyStatuses)[number];

/** How the scan was captured; Jumio's Retrieval docs also spell these with hyphens (`WEB-CAM`). */
export type JumioIdScanSource = OpenEnum<(typeof idScanSources)[number]>;

/** The kind of identity document. */
export type JumioIdType = OpenEnum<(typeof idTypes)[number]>;

/** The kind of identity document a scan was preset to. */
export type JumioPresetIdType = OpenEnum<(typeof presetIdTypes)[number]>;

/** The document's subtype, where Jumio distinguishes one. */
export type JumioIdSubtype = OpenEnum<(typeof idSubtypes)[number]>;

/** The result of one document check: `OK`, or `N/A` where it was not performed or does not apply. */
export type JumioIdCheckResult = (typeof idCheckResults)[number];

/** A gender printed on the document. */
export type JumioGender = OpenEnum<(typeof genders)[number]>;

/** Whether a driving licence permits driving a car. */
export type JumioDlCarPermission = OpenEnum<(typeof dlCarPermissions)[number]>;

/** Reject reason codes of a `DENIED_FRAUD` scan. */
export type JumioFraudRejectReasonCode = keyof typeof jumioFraudRejectReasons;

/** Reject reason descriptions of a `DENIED_FRAUD` scan. */
export type JumioFraudRejectReasonDescription = (typeof jumioFraudRejectReasons)[JumioFraudRejectReasonCode];

/** Reject reason codes of an `ERROR_NOT_READABLE_ID` scan. */
export type JumioNotReadableRejectReasonCode = keyof typeof jumioNotReadableRejectReasons;

/** Reject reason descriptions of an `ERROR_NOT_READABLE_ID` scan. */
export type JumioNotReadableRejectReasonDescription = (typeof jumioNotReadableRejectReasons)[JumioNotReadableRejectReasonCode];

/** Codes of reject reason details: 1001–10011 detail reason 100, 2001–2005 detail reason 200. */
export type JumioRejectReasonDetailCode = keyof typeof jumioRejectReasonDetails;

/** Descriptions of reject reason details. */
export type JumioRejectReasonDetailDescription = (typeof jumioRejectReasonDetails)[JumioRejectReasonDetailCode];

/**
 * One detail of a reject reason (`rejectReasonDetails` entry).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason-details
 */
export interface JumioRejectReasonDetail {
  /** The detail's code. */
  detailsCode: OpenEnum<JumioRejectReasonDetailCode>;
  /** The detail's description. */
  detailsDescription: OpenEnum<JumioRejectReasonDetailDescription>;
}

/**
 * Why a scan was rejected (the `rejectReason` JSON field), with the codes its status allows.
 *
 * @typeParam Code - the reject reason codes documented for the status
 * @typeParam Description - the descriptions documented for the status
 */
export interface JumioRejectReason<Code extends string, Description extends string> {
  /**
   * The reject reason's code.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason
   */
  rejectReasonCode: OpenEnum<Code>;
  /**
   * The reject reason's description.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason
   */
  rejectReasonDescription: OpenEnum<Description>;
  /**
   * Details of reasons 100 and 200; Jumio sends one detail as a bare object, this is always an array.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason-details
   */
  rejectReasonDetails?: JumioRejectReasonDetail[];
}

/** The reject reason of a `DENIED_FRAUD` scan. */
export type JumioFraudRejectReason = JumioRejectReason<JumioFraudRejectReasonCode, JumioFraudRejectReasonDescription>;

/** The reject reason of an `ERROR_NOT_READABLE_ID` scan. */
export type JumioNotReadableRejectReason = JumioRejectReason<
  JumioNotReadableRejectReasonCode,
  JumioNotReadableRejectReasonDescription
>;

/**
 * The address on the document (the `idAddress` JSON field). Jumio sends one of three formats (US,
 * EU or raw) depending on the document; every key is optional and only the format's keys appear.
 */
export interface JumioAddress {
  /**
   * City (all formats).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  city?: string;
  /**
   * ISO 3166-1 alpha-3 country code, or XKX for Kosovo (all formats).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  country?: string;
  /**
   * ISO 3166-2 state code such as `US-OH` (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  stateCode?: string;
  /**
   * State without the country prefix, such as `OH` (an older revision of the US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  state?: string;
  /**
   * Street name (US and EU formats).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  streetName?: string;
  /**
   * Street suffix abbreviation such as `AVE` (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  streetSuffix?: string;
  /**
   * Street direction abbreviation such as `E` (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  streetDirection?: string;
  /**
   * Street number (US and EU formats).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  streetNumber?: string;
  /**
   * Unit designator abbreviation such as `APT` (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  unitDesignator?: string;
  /**
   * Unit number (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  unitNumber?: string;
  /**
   * ZIP code (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  zip?: string;
  /**
   * ZIP code extension (US format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  zipExtension?: string;
  /**
   * Province (EU format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#eu-address-format
   */
  province?: string;
  /**
   * Unit details (EU format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#eu-address-format
   */
  unitDetails?: string;
  /**
   * Postal code (EU and raw formats).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#eu-address-format
   */
  postalCode?: string;
  /**
   * First address line as printed (raw format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format
   */
  line1?: string;
  /**
   * Second address line as printed (raw format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format
   */
  line2?: string;
  /**
   * Third address line as printed (raw format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format
   */
  line3?: string;
  /**
   * Fourth address line as printed (raw format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format
   */
  line4?: string;
  /**
   * Fifth address line as printed (raw format).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format
   */
  line5?: string;
}

/** Similarity of the selfie to the document photo. */
export type JumioSimilarity = OpenEnum<(typeof similarities)[number]>;

/** Why a selfie was judged not valid. */
export type JumioIdentityVerificationReason = OpenEnum<(typeof identityVerificationReasons)[number]>;

/**
 * The selfie-to-document comparison (the `identityVerification` JSON field). Jumio documents
 * `similarity` and `validity` as mandatory, but real bodies also carry an empty object.
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#identity-verification
 */
export interface JumioIdentityVerification {
  /** Whether the selfie shows the person on the document. */
  similarity?: JumioSimilarity;
  /** Whether the selfie is a valid live capture; sent as `TRUE`, `"true"` or `true`, always a boolean here. */
  validity?: boolean;
  /** Why the selfie is not valid (real bodies also carry `VALID`). */
  reason?: JumioIdentityVerificationReason;
  /** Whether a handwritten note in the selfie matches the expected text, where the account enables it. */
  handwrittenNoteMatches?: boolean;
}

/** A driving licence category code. */
export type JumioDriverLicenseCategoryCode = OpenEnum<(typeof driverLicenseCategories)[number]>;

/**
 * One category on a driving licence (a `dlCategories` entry).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#driver-license-categories
 */
export interface JumioDriverLicenseCategory {
  /** The category code. */
  category: JumioDriverLicenseCategoryCode;
  /** When the category was issued, `YYYY-MM-DD`. */
  issueDate?: string;
  /** When the category expires, `YYYY-MM-DD`. */
  expiryDate?: string;
  /** `false` when the category could not be read; Jumio sends only `FALSE`. */
  isReadable?: boolean;
}

/** The state of a watch-list search. */
export type JumioSearchStatus = OpenEnum<(typeof searchStatuses)[number]>;

/**
 * The result of a watch-list (sanctions and PEP) screening.
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/netverify-screening.md
 */
export interface JumioWatchListScreening {
  /** Whether the search ran. */
  searchStatus?: JumioSearchStatus;
  /** When the search ran, as an ISO 8601 timestamp. */
  searchDate?: string;
  /** The screening provider's search ID. */
  searchId?: string;
  /** The screening provider's search reference. */
  searchReference?: string;
  /** Link to the search result at the screening provider. */
  searchResultUrl?: string;
  /** How many hits the search found; Retrieval sends it as a string, always a number here. */
  searchResults?: number;
}

/**
 * Checks beyond the document (the `additionalChecks` JSON field).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/netverify-screening.md
 */
export interface JumioAdditionalChecks {
  /** Watch-list screening, as callbacks spell it. */
  watchListScreening?: JumioWatchListScreening;
  /** Watch-list screening, as the Retrieval API spells it (lowercase `l`). */
  watchlistScreening?: JumioWatchListScreening;
}

/**
 * The seven document checks. Each is `OK` when performed and passed, `N/A` otherwise.
 *
 * @typeParam Result - what each check can be for the status
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioIdChecks<Result extends JumioIdCheckResult> {
  /** Data positions check. */
  idCheckDataPositions: Result;
  /** Document validation check. */
  idCheckDocumentValidation: Result;
  /** Hologram check. */
  idCheckHologram: Result;
  /** MRZ check; `N/A` where the document has no MRZ or the check is off, and absent on masked scans. */
  idCheckMRZcode?: Result;
  /** Microprint check. */
  idCheckMicroprint: Result;
  /** Security features check. */
  idCheckSecurityFeatures: Result;
  /** Signature check. */
  idCheckSignature: Result;
}

/**
 * The fields every Netverify callback may carry, whatever its status. A `string | null` field is
 * `null` where Jumio sent `N/A` (or an empty value) for "no value"; an absent field was not sent.
 */
export interface JumioNetverifyCommon {
  /**
   * Always `NETVERIFYID` for a Netverify callback.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  callBackType: 'NETVERIFYID';
  /**
   * Jumio's reference for the scan (up to 36 characters).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  jumioIdScanReference: string;
  /**
   * How the scan was captured.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idScanSource: JumioIdScanSource;
  /**
   * When the scan was created, `YYYY-MM-DDThh:mm:ss.SSSZ`; documented as mandatory, missing from Jumio's samples.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  transactionDate?: string;
  /**
   * When the callback was created, `YYYY-MM-DDThh:mm:ss.SSSZ`; documented as mandatory, missing from Jumio's samples.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  callbackDate?: string;
  /**
   * When the first scan attempt was made, `YYYY-MM-DDThh:mm:ss.SSSZ`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  firstAttemptDate?: string;
  /**
   * The kind of document scanned.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idType?: JumioIdType;
  /**
   * The document's subtype.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idSubtype?: JumioIdSubtype;
  /**
   * The issuing country, ISO 3166-1 alpha-3 (XKX for Kosovo).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idCountry?: string | null;
  /**
   * URL of the front-side image (fetch it with HTTP Basic auth).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idScanImage?: string | null;
  /**
   * URL of the face image (fetch it with HTTP Basic auth).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idScanImageFace?: string | null;
  /**
   * URL of the back-side image (fetch it with HTTP Basic auth).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idScanImageBackside?: string | null;
  /**
   * The document number.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idNumber?: string | null;
  /**
   * First name as printed; `null` for non-Latin documents, where Jumio sends `N/A`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idFirstName?: string | null;
  /**
   * Last name as printed; `null` for non-Latin documents, where Jumio sends `N/A`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idLastName?: string | null;
  /**
   * Date of birth, `YYYY-MM-DD`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idDob?: string | null;
  /**
   * Date of birth as printed on Indian documents with missing parts (e.g. `1990//`); `idDob` then holds a padded date.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  originDob?: string | null;
  /**
   * Expiry date, `YYYY-MM-DD`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idExpiry?: string | null;
  /**
   * Issue date, `YYYY-MM-DD`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  issuingDate?: string | null;
  /**
   * State, province or territory code, or free text where Jumio cannot map it.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idUsState?: string | null;
  /**
   * Personal number printed on a passport.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  personalNumber?: string | null;
  /**
   * The address on the document, decoded from its JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#us-address-format
   */
  idAddress?: JumioAddress;
  /**
   * Your reference for the scan.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  merchantIdScanReference?: string | null;
  /**
   * Your reporting criteria for the scan.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  merchantReportingCriteria?: string | null;
  /**
   * Your ID of the customer.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  customerId?: string | null;
  /**
   * The client's IP address.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  clientIp?: string | null;
  /**
   * Optional field of MRZ line 1.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  optionalData1?: string | null;
  /**
   * Optional field of MRZ line 2.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  optionalData2?: string | null;
  /**
   * Spanish DNI number, on Spanish national ID cards.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  dni?: string | null;
  /**
   * Mexican CURP, on Mexican electoral IDs.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  curp?: string | null;
  /**
   * Gender printed on the document, where extracted.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  gender?: JumioGender;
  /**
   * The authority that issued the document.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  issuingAuthority?: string | null;
  /**
   * The place where the document was issued.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  issuingPlace?: string | null;
  /**
   * Face match percentage 0–100 (deprecated by Jumio); sent as a string, a number here.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idFaceMatch?: number;
  /**
   * Whether liveness was detected during an SDK scan (deprecated by Jumio).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  idFaceLiveness?: boolean;
  /**
   * The selfie-to-document comparison, decoded from its JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#identity-verification
   */
  identityVerification?: JumioIdentityVerification;
  /**
   * The country the scan was preset to.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  presetCountry?: string | null;
  /**
   * The document kind the scan was preset to.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  presetIdType?: JumioPresetIdType;
  /**
   * Driving licence categories, decoded from their JSON string; always an array here.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#driver-license-categories
   */
  dlCategories?: JumioDriverLicenseCategory[];
  /**
   * Whether the driving licence permits driving a car.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  dlCarPermission?: JumioDlCarPermission;
  /**
   * Nationality on a visa, ISO 3166-1 alpha-3.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  nationality?: string | null;
  /**
   * Passport number on a visa.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  passportNumber?: string | null;
  /**
   * Duration of stay on a visa.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  durationOfStay?: string | null;
  /**
   * Number of entries on a visa.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  numberOfEntries?: string | null;
  /**
   * Visa category.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  visaCategory?: string | null;
  /**
   * Watch-list screening and other checks, decoded from their JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/netverify-screening.md
   */
  additionalChecks?: JumioAdditionalChecks;
}

/**
 * A scan whose document was verified (`APPROVED_VERIFIED`).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioNetverifyApprovedVerified extends JumioNetverifyCommon, JumioIdChecks<JumioIdCheckResult> {
  /** The scan's outcome. */
  verificationStatus: 'APPROVED_VERIFIED';
  /** `SUCCESS`, only on approved scans. */
  idScanStatus: 'SUCCESS';
}

/**
 * What every scan that was not approved has: `idScanStatus` `ERROR` and every check `N/A`.
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioNetverifyNotApproved extends JumioNetverifyCommon, JumioIdChecks<'N/A'> {
  /** `ERROR` on every scan that was not approved. */
  idScanStatus: 'ERROR';
}

/** A scan rejected as fraudulent (`DENIED_FRAUD`). */
export interface JumioNetverifyDeniedFraud extends JumioNetverifyNotApproved {
  /**
   * The scan's outcome.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  verificationStatus: 'DENIED_FRAUD';
  /**
   * Why the scan was rejected, decoded from its JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason
   */
  rejectReason: JumioFraudRejectReason;
}

/**
 * A scan of a document type Jumio or your settings do not support (`DENIED_UNSUPPORTED_ID_TYPE`).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioNetverifyDeniedUnsupportedIdType extends JumioNetverifyNotApproved {
  /** The scan's outcome. */
  verificationStatus: 'DENIED_UNSUPPORTED_ID_TYPE';
}

/**
 * A scan of a document from a country Jumio or your settings do not support (`DENIED_UNSUPPORTED_ID_COUNTRY`).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioNetverifyDeniedUnsupportedIdCountry extends JumioNetverifyNotApproved {
  /** The scan's outcome. */
  verificationStatus: 'DENIED_UNSUPPORTED_ID_COUNTRY';
}

/** A scan whose document could not be read (`ERROR_NOT_READABLE_ID`), also sent after a drop-off on a retry. */
export interface JumioNetverifyErrorNotReadableId extends JumioNetverifyNotApproved {
  /**
   * The scan's outcome.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
   */
  verificationStatus: 'ERROR_NOT_READABLE_ID';
  /**
   * Why the scan was rejected, decoded from its JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#reject-reason
   */
  rejectReason: JumioNotReadableRejectReason;
}

/**
 * A scan the user never finished (`NO_ID_UPLOADED`), sent when Jumio cleans up the pending transaction.
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#parameters
 */
export interface JumioNetverifyNoIdUploaded extends JumioNetverifyNotApproved {
  /** The scan's outcome. */
  verificationStatus: 'NO_ID_UPLOADED';
}

/** Each Netverify callback type by its `verificationStatus`. */
export interface JumioNetverifyCallbackMap {
  APPROVED_VERIFIED: JumioNetverifyApprovedVerified;
  DENIED_FRAUD: JumioNetverifyDeniedFraud;
  DENIED_UNSUPPORTED_ID_TYPE: JumioNetverifyDeniedUnsupportedIdType;
  DENIED_UNSUPPORTED_ID_COUNTRY: JumioNetverifyDeniedUnsupportedIdCountry;
  ERROR_NOT_READABLE_ID: JumioNetverifyErrorNotReadableId;
  NO_ID_UPLOADED: JumioNetverifyNoIdUploaded;
}

/**
 * A decoded Jumio Netverify callback: a union discriminated by `verificationStatus`.
 *
 * @example
 * ```ts
 * switch (callback.verificationStatus) {
 *   case 'APPROVED_VERIFIED': return approve(callback.idFirstName);
 *   case 'DENIED_FRAUD': return flag(callback.rejectReason.rejectReasonCode);
 *   // ...
 * }
 * ```
 */
export type JumioNetverifyCallback = JumioNetverifyCallbackMap[JumioNetverifyStatus];
