import type { OpenEnum } from '../../core/open-enum.js';

// Jumio Document Verification callback payload types.

/** The state of a Document Verification transaction: the outer discriminant. */
export type JumioDocVerificationTransactionStatus = 'DONE' | 'FAILED';

/** The outcome for the document: the discriminant of {@link JumioDocument}. */
export type JumioDocumentStatus = 'UPLOADED' | 'EXTRACTED' | 'DISCARDED';

/** How the document was submitted. */
export type JumioDocVerificationSource = OpenEnum<'DOC_UPLOAD' | 'DOC_API' | 'DOC_SDK'>;

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
export type JumioDocumentType = OpenEnum<
  | 'CC'
  | 'BS'
  | 'IC'
  | 'UB'
  | 'CAAP'
  | 'CRC'
  | 'CCS'
  | 'LAG'
  | 'LOAP'
  | 'MOAP'
  | 'TR'
  | 'VT'
  | 'VC'
  | 'STUC'
  | 'HCC'
  | 'CB'
  | 'SENC'
  | 'MEDC'
  | 'BC'
  | 'WWCC'
  | 'SS'
  | 'TAC'
  | 'SEL'
  | 'PB'
  | 'USSS'
  | 'SSC'
  | 'CUSTOM'
  | 'OTHER'
>;

/** Data about the Document Verification transaction (the `transaction` JSON field). */
export interface JumioDocVerificationTransaction {
  /**
   * When the scan was created, `YYYY-MM-DDThh:mm:ss.SSSZ`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  date: string;
  /**
   * `DONE`, or `FAILED` when the acquisition was not finished within 5 minutes of its creation or last update.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  status: JumioDocVerificationTransactionStatus;
  /**
   * How the document was submitted.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  source: JumioDocVerificationSource;
  /**
   * Your reference for the scan.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  merchantScanReference: string;
  /**
   * Your ID of the customer.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  customerId: string;
  /**
   * Your reporting criteria for the scan.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  merchantReportingCriteria?: string;
  /**
   * The client's IP address, when provided to the Document Verification API.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  clientIp?: string;
}

/** An address extracted from a document, in Jumio's raw format. */
export interface JumioExtractedAddress {
  /**
   * First address line as printed.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  line1?: string;
  /**
   * Second address line as printed.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  line2?: string;
  /**
   * Third address line as printed.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  line3?: string;
  /**
   * Fourth address line as printed.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  line4?: string;
  /**
   * Fifth address line as printed.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  line5?: string;
  /**
   * Country of residence, ISO 3166-1 alpha-3 (XKX for Kosovo).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  countryCode?: string;
  /**
   * Postal code.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  postalCode?: string;
  /**
   * City.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
  city?: string;
  /**
   * Name of the subdivision (state, county, …).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#raw-address-format-1
   */
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

/** What every document carries, whatever its status (the `document` JSON field). */
export interface JumioDocumentCommon {
  /**
   * The issuing country, ISO 3166-1 alpha-3 (XKX for Kosovo).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  country: string;
  /**
   * The kind of document, by Jumio's code.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  type: JumioDocumentType;
  /**
   * URLs of the page images (fetch them with HTTP Basic auth); one bare URL is an array of one here.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  images: string[];
  /**
   * URL of the originally submitted PDF, where available.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  originalDocument?: string;
  /**
   * Your custom document code, with type `CUSTOM`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  customDocumentCode?: string;
}

/** A document that was uploaded and not (yet) processed for extraction (`UPLOADED`). */
export interface JumioDocumentUploaded extends JumioDocumentCommon {
  /**
   * The document's outcome.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
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

/** A document that is not supported for data extraction (`DISCARDED`). */
export interface JumioDocumentDiscarded extends JumioDocumentCommon {
  /**
   * The document's outcome.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
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
 */
export interface JumioDocVerificationCallback {
  /**
   * Jumio's reference for the scan (up to 36 characters).
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  scanReference: string;
  /**
   * When the callback was created, `YYYY-MM-DDThh:mm:ss.SSSZ`.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  timestamp: string;
  /**
   * The transaction, decoded from its JSON string.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  transaction: JumioDocVerificationTransaction;
  /**
   * The document, decoded from its JSON string; absent only on some `FAILED` transactions.
   * @see https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md#callback-for-document-verification
   */
  document?: JumioDocument;
}
