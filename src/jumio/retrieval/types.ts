import type { OpenEnum } from '../../core/open-enum.js';
import type {
  addressLabels,
  authenticationLabels,
  biometricLabels,
  cpfLabels,
  credentialCategories,
  dataCheckLabels,
  decisionLabels,
  disabilities,
  documentSubTypes,
  documentTypes,
  drivingLicenseLabels,
  extractionLabels,
  faceSearchStatuses,
  genders,
  imageCheckLabels,
  jumioDecisionTypes,
  jumioWorkflowStatuses,
  livenessLabels,
  livenessTypes,
  nfcValidationResults,
  partClassifiers,
  searchStatuses,
  similarityLabels,
  similarityValues,
  usabilityLabels,
  watchlistLabels,
} from './enumerations.js';

// Jumio Platform Retrieval API: the workflow execution details response.

/** A decision's type: the discriminant of {@link JumioRetrievalResponse} (through `decision.type`). */
export type JumioDecisionType = (typeof jumioDecisionTypes)[number];

/** Where a workflow execution stands. */
export type JumioWorkflowStatus = (typeof jumioWorkflowStatuses)[number];

/**
 * The workflow of a details response.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioRetrievalWorkflow {
  /** The workflow execution's id (the callback's `workflowExecution.id`). */
  id: string;
  /** Where the execution stands; a status this version does not know is kept. */
  status: OpenEnum<JumioWorkflowStatus>;
  /** The workflow definition's key, always a string. */
  definitionKey: string;
  /** Your reference for the user, echoed from account creation. */
  userReference?: string;
  /** Your internal reference for the request. */
  customerInternalReference?: string;
  /** The definition key the workflow was created with, where it changed. */
  originalDefinitionKey?: string;
  /** Your reporting criteria. */
  reportingCriteria?: string;
  /** Ids of child workflow executions. */
  childIds?: string[];
  /** Id of the parent workflow execution. */
  parentId?: string;
}

/**
 * A decision: its type, its label and, at the top level, its risk score.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioDecision<Label extends string, T extends JumioDecisionType = JumioDecisionType> {
  /** `PASSED`, `REJECTED`, `WARNING` or `NOT_EXECUTED`. */
  type: T;
  /** The reason, as a label. */
  details: { label: OpenEnum<Label> };
}

/**
 * The overall decision of a workflow execution.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioRetrievalDecision<T extends JumioDecisionType = JumioDecisionType> extends JumioDecision<(typeof decisionLabels)[number], T> {
  /** The risk score: 0 to 100 (PASSED 0–30, WARNING 31–70, REJECTED 71–100 by default), −1 when not executed. */
  risk?: { score: number };
}

/**
 * One part (image or data) of a credential.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioCredentialPart {
  /** What the part is: `FRONT`, `BACK`, `FACE`, `FACEMAP`, `LIVENESS_1`, … */
  classifier: OpenEnum<(typeof partClassifiers)[number]>;
  /** The URL to fetch it from; never sent for a `FACEMAP`. */
  href?: string;
  /** How it was captured. */
  captureType?: string;
}

/**
 * A credential the user provided (an ID, a selfie, a face map, prepared data).
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioCredential {
  /** The credential's id, which capabilities refer to. */
  id: string;
  /** `ID`, `FACEMAP`, `DOCUMENT`, `SELFIE` or `DATA`. */
  category: OpenEnum<(typeof credentialCategories)[number]>;
  /** Its parts; absent when nothing was uploaded. */
  parts?: JumioCredentialPart[];
  /** Its label. */
  label?: string;
  /** The IP address it was uploaded from. */
  clientIp?: string;
  /** Whether a reusable identity was found, as Jumio sends it. */
  reusableIdentity?: Record<string, unknown>;
  /** The consent collected with it, as Jumio sends it. */
  consent?: Record<string, unknown>;
}

/**
 * One capability's result for some credentials.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/usability
 */
export interface JumioCapability<Label extends string, Data = Record<string, unknown>> {
  /** The result's id. */
  id: string;
  /** The credentials it evaluated; absent on some capabilities. */
  credentials?: { id: string; category: OpenEnum<(typeof credentialCategories)[number]> }[];
  /** The capability's decision. */
  decision: JumioDecision<Label>;
  /** What the capability found; may be empty or absent. */
  data?: Data;
  /** For liveness and authentication: the face map URL to authenticate against later. */
  validFaceMapForAuthentication?: string;
}

/**
 * The liveness capability's data.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/liveness
 */
export interface JumioLivenessData {
  /** The liveness method. */
  type?: OpenEnum<(typeof livenessTypes)[number]>;
  /** The age the face suggests. */
  predictedAge?: number;
  /** The range of that estimate, e.g. `21-41`. */
  ageConfidenceRange?: string;
}

/**
 * The similarity capability's data (trust the decision where the two disagree).
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/similarity
 */
export interface JumioSimilarityData {
  /** `MATCH`, `NO_MATCH` (or `NOT_MATCH`), `NOT_POSSIBLE`. */
  similarity?: OpenEnum<(typeof similarityValues)[number]>;
}

/**
 * The authentication capability's data.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioAuthenticationData {
  /** The authentication method. */
  type?: OpenEnum<(typeof livenessTypes)[number]>;
}

/**
 * The image checks capability's data.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/image-checks
 */
export interface JumioImageChecksData {
  /** The face search: its status and the ids of workflow executions with the same face. */
  faceSearchFindings?: { status: OpenEnum<(typeof faceSearchStatuses)[number]>; findings?: string[] };
}

/**
 * The watchlist screening capability's data.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/watchlist
 */
export interface JumioWatchlistData {
  /** When the search ran. */
  searchDate?: string;
  /** Documented as `DONE`, `NOT_DONE`, `ERROR`; sent as `SUCCESS`. */
  searchStatus?: OpenEnum<(typeof searchStatuses)[number]>;
  /** The search's id. */
  searchId?: string;
  /** The search's reference. */
  searchReference?: string;
  /** The URL of the search result. */
  searchResultUrl?: string;
  /** The number of hits. */
  searchResults?: number;
}

/**
 * A date as its parts, each absent when the document does not show it.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/extraction
 */
export interface JumioDateParts {
  /** The year. */
  year?: string;
  /** The month. */
  month?: string;
  /** The day. */
  day?: string;
}

/**
 * An address extracted from a document.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/extraction
 */
export interface JumioExtractionAddress {
  /** First line. */
  line1?: string;
  /** Second line. */
  line2?: string;
  /** Third line. */
  line3?: string;
  /** Fourth line. */
  line4?: string;
  /** Fifth line. */
  line5?: string;
  /** Country, ISO 3166-1 alpha-3. */
  country?: string;
  /** Postal code. */
  postalCode?: string;
  /** Subdivision. */
  subdivision?: string;
  /** City. */
  city?: string;
  /** The whole address on one line. */
  formattedAddress?: string;
}

/**
 * The data extracted from a document; which fields appear depends on the document and your settings.
 *
 * @see https://documentation.jumio.ai/docs/references/capabilities/extraction
 */
export interface JumioExtractionData {
  /** The document type. */
  type?: OpenEnum<(typeof documentTypes)[number]>;
  /** The document subtype. */
  subType?: OpenEnum<(typeof documentSubTypes)[number]>;
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth?: string;
  /** Expiry date, `YYYY-MM-DD`. */
  expiryDate?: string;
  /** Issuing date, `YYYY-MM-DD`. */
  issuingDate?: string;
  /** Date of birth by parts. */
  dateOfBirthParts?: JumioDateParts;
  /** Expiry date by parts. */
  expiryDateParts?: JumioDateParts;
  /** Issuing date by parts. */
  issuingDateParts?: JumioDateParts;
  /** The address. */
  address?: JumioExtractionAddress;
  /** `M`, `F` or `X`. */
  gender?: OpenEnum<(typeof genders)[number]>;
  /** Driving licence categories, as Jumio sends them. */
  dlCategories?: unknown[];
  /** `YES` or `NO`. */
  disability?: OpenEnum<(typeof disabilities)[number]>;
  /** Current age: documented as an integer, sent as a string. */
  currentAge?: string | number;
  /** Fields in the document's native language, as Jumio sends them. */
  additionalLanguage?: Record<string, unknown>;
  /** The result of reading the document's NFC chip. */
  nfcValidationResult?: OpenEnum<(typeof nfcValidationResults)[number]>;
  /** Issuing country, ISO 3166-1 alpha-3 (`XKX` for Kosovo). */
  issuingCountry?: string;
  /** First name (Jumio may send `N/A`). */
  firstName?: string;
  /** Last name. */
  lastName?: string;
  /** Document number (in every example, though missing from the 2023 field table). */
  documentNumber?: string;
  /** Personal number (activation required). */
  personalNumber?: string;
  /** First optional field of the MRZ. */
  optionalMrzField1?: string;
  /** Second optional field of the MRZ. */
  optionalMrzField2?: string;
  /** State, province or region (a subdivision code, a country name or free text). */
  state?: string;
  /** Nationality, ISO 3166-1 alpha-3. */
  nationality?: string;
  /** Place of birth. */
  placeOfBirth?: string;
  /** Issuing authority. */
  issuingAuthority?: string;
  /** Place of issue. */
  issuingPlace?: string;
  /** Mexican CURP. */
  curp?: string;
  /** Tax number. */
  taxNumber?: string;
  /** Brazilian CPF. */
  cpf?: string;
  /** Registration number. */
  registrationNumber?: string;
  /** Mother's name. */
  mothersName?: string;
  /** Father's name. */
  fathersName?: string;
  /** Personal identification number. */
  personalIdentificationNumber?: string;
  /** Brazilian RG number. */
  rgNumber?: string;
  /** Voter ID number. */
  voterIdNumber?: string;
  /** Issuing number. */
  issuingNumber?: string;
  /** Passport number (on a visa). */
  passportNumber?: string;
  /** Duration of stay (on a visa). */
  durationOfStay?: string;
  /** Number of entries (on a visa). */
  numberOfEntries?: string;
  /** Visa category. */
  visaCategory?: string;
  /** Spanish DNI. */
  dni?: string;
  /** Polish PESEL. */
  pesel?: string;
  /** Labor identification number. */
  laborIdentificationNumber?: string;
  /** Document copy number. */
  documentCopy?: string;
  /** Type of residence permit. */
  residentPermitType?: string;
  /** Remarks on a residence permit. */
  residentPermitRemarks?: string;
  /** Document identification number. */
  documentIdentificationNumber?: string;
  /** Citizenship. */
  citizenship?: string;
  /** Marital status. */
  maritalStatus?: string;
  /** Religion. */
  religion?: string;
  /** Last name at birth. */
  lastNameAtBirth?: string;
  /** Remarks. */
  remarks?: string;
}

/**
 * The capabilities a workflow ran, each a list of results (one per evaluated credential). Any key
 * may be absent, and the object may be empty.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioCapabilities {
  /** Whether the credentials can be used. */
  usability?: JumioCapability<(typeof usabilityLabels)[number]>[];
  /** Whether the selfie shows a live person. */
  liveness?: JumioCapability<(typeof livenessLabels)[number], JumioLivenessData>[];
  /** Whether the selfie matches the document's photo. */
  similarity?: JumioCapability<(typeof similarityLabels)[number], JumioSimilarityData>[];
  /** Whether the user matches an earlier face map. */
  authentication?: JumioCapability<(typeof authenticationLabels)[number], JumioAuthenticationData>[];
  /** Whether the document's images are genuine. */
  imageChecks?: JumioCapability<(typeof imageCheckLabels)[number], JumioImageChecksData>[];
  /** The data extracted from the document. */
  extraction?: JumioCapability<(typeof extractionLabels)[number], JumioExtractionData>[];
  /** Whether the extracted data is consistent. */
  dataChecks?: JumioCapability<(typeof dataCheckLabels)[number]>[];
  /** The watchlist (AML) screening. */
  watchlistScreening?: JumioCapability<(typeof watchlistLabels)[number], JumioWatchlistData>[];
  /** The address validation. */
  addressValidation?: JumioCapability<(typeof addressLabels)[number]>[];
  /** The proof of residency. */
  proofOfResidency?: JumioCapability<(typeof addressLabels)[number]>[];
  /** The driving licence verification. */
  drivingLicenseVerification?: JumioCapability<(typeof drivingLicenseLabels)[number]>[];
  /** The Brazilian CPF validation. */
  braCpfValidation?: JumioCapability<(typeof cpfLabels)[number]>[];
  /** The biometric verification. */
  biometricVerification?: JumioCapability<(typeof biometricLabels)[number]>[];
}

/**
 * A decoded Jumio Platform workflow execution details response (`GET
 * https://retrieval.<data center>.jumio.ai/api/v1/accounts/<accountId>/workflow-executions/<workflowExecutionId>`):
 * an API response, not a webhook. `decision` is absent from Jumio's 2023 guide and present in
 * every later example and recorded response.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/retrieval
 */
export interface JumioRetrievalResponse {
  /** The workflow. */
  workflow: JumioRetrievalWorkflow;
  /** The account (its id only). */
  account: { id: string };
  /** When the execution was created, `YYYY-MM-DDThh:mm:ss.SSSZ`. */
  createdAt: string;
  /** When the user finalized it; absent when they never did. */
  startedAt?: string;
  /** When it completed. */
  completedAt?: string;
  /** When its data was deleted. */
  wipedOutAt?: string;
  /** The credentials. */
  credentials: JumioCredential[];
  /** The overall decision. */
  decision?: JumioRetrievalDecision;
  /** Where the steps are fetched from. */
  steps?: { href: string };
  /** The capabilities' results. */
  capabilities: JumioCapabilities;
  /** Feedback on the transaction, as Jumio sends it. */
  feedback?: Record<string, unknown>;
}
