import type { OpenEnum } from '../../core/open-enum.js';
import type { documentTypes, jumioDocumentStatuses, sources, transactionStatuses } from './enumerations.js';

// Jumio Document Verification callback payload types.

/** The state of a Document Verification transaction: the outer discriminant. */
export type JumioDocVerificationTransactionStatus = (typeof transactionStatuses)[number];

/** The outcome for the document: the discriminant of {@link JumioDocument}. */
export type JumioDocumentStatus = (typeof jumioDocumentStatuses)[number];

/** How the document was submitted. */
export type JumioDocVerificationSource = OpenEnum<(typeof sources)[number]>;

/**
 * The kind of document, by Jumio's code:
 *
 * - `CC` credit card (front and back)
 * - `BS` bank statement (front)
 * - `IC` insurance card (front)
 * - `UB` utility bill (front)
 * - `CAAP` cash advance application (front and back)
 * - `CRC` corporate resolution certificate (front and back)
 * - `CCS` credit card statement (front and back)
 * - `LAG` lease agreement (front and back)
 * - `LOAP` loan application (front and back)
 * - `MOAP` mortgage application (front and back)
 * - `TR` tax return (front and back)
 * - `VT` vehicle title (front)
 * - `VC` voided check (front)
 * - `STUC` student card (front)
 * - `HCC` health care card (front)
 * - `CB` council bill (front)
 * - `SENC` seniors card (front)
 * - `MEDC` Medicare card (front)
 * - `BC` birth certificate (front)
 * - `WWCC` working with children check (front)
 * - `SS` superannuation statement (front)
 * - `TAC` trade association card (front)
 * - `SEL` school enrolment letter (front)
 * - `PB` phone bill (front)
 * - `USSS` US social security card (front)
 * - `SSC` social security card (front)
 * - `CUSTOM` a custom document type (see `customDocumentCode`)
 * - `OTHER` any other document (added 2019-02-15)
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export type JumioDocumentType = OpenEnum<(typeof documentTypes)[number]>;

/**
 * Data about the Document Verification transaction (the `transaction` JSON field).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export interface JumioDocVerificationTransaction {
  /** When the scan was created, `YYYY-MM-DDThh:mm:ss.SSSZ`. */
  date: string;
  /** `DONE`, or `FAILED` when the acquisition was not finished within 5 minutes of its creation or last update. */
  status: JumioDocVerificationTransactionStatus;
  /** How the document was submitted. */
  source: JumioDocVerificationSource;
  /** Your reference for the scan. */
  merchantScanReference: string;
  /** Your ID of the customer. */
  customerId: string;
  /** Your reporting criteria for the scan. */
  merchantReportingCriteria?: string;
  /** The client's IP address, when provided to the Document Verification API. */
  clientIp?: string;
}

/**
 * An address extracted from a document, in Jumio's raw format.
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
 */
export interface JumioExtractedAddress {
  /** First address line as printed. */
  line1?: string;
  /** Second address line as printed. */
  line2?: string;
  /** Third address line as printed. */
  line3?: string;
  /** Fourth address line as printed. */
  line4?: string;
  /** Fifth address line as printed. */
  line5?: string;
  /** Country of residence, ISO 3166-1 alpha-3 (XKX for Kosovo). */
  countryCode?: string;
  /** Postal code. */
  postalCode?: string;
  /** City. */
  city?: string;
  /** Name of the subdivision (state, county, …). */
  subdivision?: string;
}

/** Data Jumio extracted from a supported document; which fields appear depends on the document type. */
export interface JumioExtractedData {
  /**
   * First name, where readable.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  firstName?: string;
  /**
   * Last name, where readable.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  lastName?: string;
  /**
   * Full name, where readable.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  name?: string;
  /**
   * Bank account number, from a bank statement.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  accountNumber?: string;
  /**
   * SWIFT code, from a bank statement.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  swiftCode?: string;
  /**
   * Personal account number of a credit card.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  pan?: string;
  /**
   * Issue date, `YYYY-MM-DD`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  issueDate?: string;
  /**
   * Expiry date, `YYYY-MM-DD`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  expiryDate?: string;
  /**
   * Due date of a utility bill; named in Jumio's supported-documents table, not in its field table.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#supported-documents-for-data-extraction
   */
  dueDate?: string;
  /**
   * Last four digits of the card on a credit card statement; named in Jumio's supported-documents table only.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#supported-documents-for-data-extraction
   */
  cardNumberLastFourDigits?: string;
  /**
   * Social security number, where readable.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  ssn?: string;
  /**
   * Whether the document is signed; sent as a JSON boolean or as `"true"`/`"false"`, always a boolean here.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  signatureAvailable?: boolean;
  /**
   * The address on the document.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  address?: JumioExtractedAddress;
}

/**
 * What every document carries, whatever its status (the `document` JSON field).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export interface JumioDocumentCommon {
  /** The issuing country, ISO 3166-1 alpha-3 (XKX for Kosovo). */
  country: string;
  /** The kind of document, by Jumio's code. */
  type: JumioDocumentType;
  /** URLs of the page images (fetch them with HTTP Basic auth); one bare URL is an array of one here. */
  images: string[];
  /** URL of the originally submitted PDF, where available. */
  originalDocument?: string;
  /** Your custom document code, with type `CUSTOM`. */
  customDocumentCode?: string;
}

/**
 * A document that was uploaded and not (yet) processed for extraction (`UPLOADED`).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export interface JumioDocumentUploaded extends JumioDocumentCommon {
  /** The document's outcome. */
  status: 'UPLOADED';
}

/** A supported document whose data Jumio extracted (`EXTRACTED`). */
export interface JumioDocumentExtracted extends JumioDocumentCommon {
  /**
   * The document's outcome.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  status: 'EXTRACTED';
  /**
   * The data extracted, only on `EXTRACTED` documents.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#supported-documents-for-data-extraction
   */
  extractedData: JumioExtractedData;
}

/**
 * A document that is not supported for data extraction (`DISCARDED`).
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export interface JumioDocumentDiscarded extends JumioDocumentCommon {
  /** The document's outcome. */
  status: 'DISCARDED';
}

/** Each document type by its `status`. */
export interface JumioDocumentMap {
  UPLOADED: JumioDocumentUploaded;
  EXTRACTED: JumioDocumentExtracted;
  DISCARDED: JumioDocumentDiscarded;
}

/** The document of a Document Verification callback: a union discriminated by `status`. */
export type JumioDocument = JumioDocumentMap[JumioDocumentStatus];

/**
 * A decoded Jumio Document Verification callback. `document.status` narrows `document` (only an
 * `EXTRACTED` document has `extractedData`); a `FAILED` transaction may come without a document,
 * a `DONE` one always has one.
 *
 * @example
 * ```ts
 * if (callback.document?.status === 'EXTRACTED') {
 *   const name = callback.document.extractedData.name;
 * }
 * ```
 *
 * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
 */
export interface JumioDocVerificationCallback {
  /** Jumio's reference for the scan (up to 36 characters). */
  scanReference: string;
  /** When the callback was created, `YYYY-MM-DDThh:mm:ss.SSSZ`. */
  timestamp: string;
  /** The transaction, decoded from its JSON string. */
  transaction: JumioDocVerificationTransaction;
  /** The document, decoded from its JSON string; absent only on some `FAILED` transactions. */
  document?: JumioDocument;
}
