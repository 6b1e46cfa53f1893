import type { OpenEnum } from '../core/open-enum.js';
import type {
  addressDocumentTypes,
  cancelledEvents,
  checkResults,
  consentTypes,
  documentTypes,
  receivedEvents,
  shuftiEvents,
  unauthorizedEvents,
} from './enumerations.js';

// Shufti Pro callback payload types. Hand-written, free of zod: `kyc-webhooks/types` exports them for
// type-only users. A type test pins the schema's output to them.

/**
 * Every `event` this version knows: the discriminant of {@link ShuftiCallback}. Shufti's documents
 * spell three events two ways; each spelling is its own value, exactly as it came on the wire (see
 * {@link ShuftiUnauthorizedEvent}, {@link ShuftiReceivedEvent} and {@link ShuftiCancelledEvent}).
 */
export type ShuftiEvent = (typeof shuftiEvents)[number];

/** The two spellings of the unauthorized event: the base document's body and its heading. They mean the same. */
export type ShuftiUnauthorizedEvent = (typeof unauthorizedEvents)[number];

/** The two spellings of the received event: the base document's body and its heading. They mean the same. */
export type ShuftiReceivedEvent = (typeof receivedEvents)[number];

/** The cancelled event, and the spelling the v1.3 documentation's sample uses for it. They mean the same. */
export type ShuftiCancelledEvent = (typeof cancelledEvents)[number];

/**
 * The result of one check: `1` passed, `0` failed, `null` not processed. `''` is not documented but
 * appears in Shufti's own samples (e.g. `gender` when no gender was checked); it is kept as it came.
 */
export type ShuftiCheckResult = (typeof checkResults)[number];

/** A document type of the document service. */
export type ShuftiDocumentType = OpenEnum<(typeof documentTypes)[number]>;

/** A document type of the address service. */
export type ShuftiAddressDocumentType = OpenEnum<(typeof addressDocumentTypes)[number]>;

/** A document type of the consent service: the request's `format` (`any` lets the user choose). */
export type ShuftiConsentType = OpenEnum<(typeof consentTypes)[number]>;

/**
 * Why a request was rejected (`request.invalid`) or not authorised (`request.unauthorized`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestError {
  /** The service whose parameter is at fault, such as `document`; `null` where Shufti sends `""`. */
  service: string | null;
  /** The parameter at fault, such as `dob`; `null` where Shufti sends `""`. */
  key: string | null;
  /** Shufti's description of the problem, in English. */
  message: string;
}

/** The result of each check of the document service. */
export interface ShuftiDocumentChecks {
  /**
   * Whether the name matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  name?: ShuftiCheckResult;
  /**
   * Whether the date of birth matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  dob?: ShuftiCheckResult;
  /**
   * Whether the expiry date matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  expiry_date?: ShuftiCheckResult;
  /**
   * Whether the issue date matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  issue_date?: ShuftiCheckResult;
  /**
   * Whether the document number matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  document_number?: ShuftiCheckResult;
  /**
   * Whether the document itself was verified.
   * @see https://shuftipro.com/help-center/response-events
   */
  document?: ShuftiCheckResult;
  /**
   * Whether the gender matches the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  gender?: ShuftiCheckResult;
  /**
   * Whether the document is not expired.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  document_must_not_be_expired?: ShuftiCheckResult;
  /**
   * Whether the document is from the requested country.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  document_country?: ShuftiCheckResult;
  /**
   * Whether the document is of a type the request allowed.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  selected_type?: ShuftiCheckResult;
  /**
   * Whether the document proof passed.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  document_proof?: ShuftiCheckResult;
  /**
   * Whether the document is fully visible.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  document_visibility?: ShuftiCheckResult;
  /**
   * Whether the face on the document matches the face service's proof.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  face_on_document_matched?: ShuftiCheckResult;
}

/** The result of each check of the address service. */
export interface ShuftiAddressChecks {
  /**
   * Whether the name matches the address document.
   * @see https://shuftipro.com/help-center/response-events
   */
  name?: ShuftiCheckResult;
  /**
   * Whether the address matches the address document.
   * @see https://shuftipro.com/help-center/response-events
   */
  full_address?: ShuftiCheckResult;
  /**
   * Whether the address document itself was verified.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  address_document?: ShuftiCheckResult;
  /**
   * Whether the address document is from the requested country.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  address_document_country?: ShuftiCheckResult;
  /**
   * Whether the address document is not expired.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  address_document_must_not_be_expired?: ShuftiCheckResult;
  /**
   * Whether the address document is fully visible.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  address_document_visibility?: ShuftiCheckResult;
  /**
   * Whether the address document is of a type the request allowed.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  selected_type?: ShuftiCheckResult;
  /**
   * Whether the address document proof passed.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  address_document_proof?: ShuftiCheckResult;
  /**
   * Whether the address proof matches the document proof.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  match_address_proofs_with_document_proofs?: ShuftiCheckResult;
  /**
   * Whether the issue date matches the address document.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  issue_date?: ShuftiCheckResult;
}

/**
 * The result of each check of the consent service.
 *
 * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
 */
export interface ShuftiConsentChecks {
  /** Whether the consent is of a type the request allowed. */
  selected_type?: ShuftiCheckResult;
  /** Whether the consent text was verified. */
  consent?: ShuftiCheckResult;
}

/**
 * The result per service (`verification_result`). A service is either one result or an object of
 * per-check results. Services this version does not know are kept as they came.
 */
export interface ShuftiVerificationResult {
  /**
   * The document service: one result, or a result per check.
   * @see https://shuftipro.com/help-center/response-events
   */
  document?: ShuftiCheckResult | ShuftiDocumentChecks;
  /**
   * The second document service (`document_two`, the document service's object under another
   * name): one result, or a result per check.
   * @see https://developers.shuftipro.com/docs/mobile/parameters/requestObject/doc-object-parameters
   */
  document_two?: ShuftiCheckResult | ShuftiDocumentChecks;
  /**
   * The address service: one result, or a result per check.
   * @see https://shuftipro.com/help-center/response-events
   */
  address?: ShuftiCheckResult | ShuftiAddressChecks;
  /**
   * The consent service: one result, or a result per check.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  consent?: ShuftiCheckResult | ShuftiConsentChecks;
  /**
   * The face service, always one result.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  face?: ShuftiCheckResult;
  /**
   * The phone service (a code sent by text message), one result.
   * @see https://github.com/shuftipro/RESTful-API-v1.3#phone
   */
  phone?: ShuftiCheckResult;
  /**
   * The background checks (AML) service, always one result.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  background_checks?: ShuftiCheckResult;
}

/**
 * A name as Shufti extracted or was given it. Each part is `null` where Shufti sends `null` or `""`,
 * and `*****` where the account redacts personal data.
 */
export interface ShuftiName {
  /**
   * First name.
   * @see https://shuftipro.com/help-center/response-events
   */
  first_name?: string | null;
  /**
   * Middle name.
   * @see https://shuftipro.com/help-center/response-events
   */
  middle_name?: string | null;
  /**
   * Last name.
   * @see https://shuftipro.com/help-center/response-events
   */
  last_name?: string | null;
  /**
   * The whole name in one string, where the request gave it so.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  full_name?: string | null;
}

/**
 * What the document service extracted or checked. Text is `null` where Shufti sends `null` or `""`;
 * dates are `YYYY-MM-DD` as Shufti sends them, not checked, because redacted bodies carry `*****`.
 */
export interface ShuftiDocumentData {
  /**
   * The name on the document.
   * @see https://shuftipro.com/help-center/response-events
   */
  name?: ShuftiName;
  /**
   * Date of birth.
   * @see https://shuftipro.com/help-center/response-events
   */
  dob?: string | null;
  /**
   * Issue date.
   * @see https://shuftipro.com/help-center/response-events
   */
  issue_date?: string | null;
  /**
   * Expiry date.
   * @see https://shuftipro.com/help-center/response-events
   */
  expiry_date?: string | null;
  /**
   * The document number.
   * @see https://shuftipro.com/help-center/response-events
   */
  document_number?: string | null;
  /**
   * Gender on the document, such as `M`.
   * @see https://shuftipro.com/help-center/response-events
   */
  gender?: string | null;
  /**
   * The document's country, ISO 3166-1 alpha-2.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  country?: string | null;
  /**
   * The document type the user chose; empty where Shufti sends `[""]` (no choice made).
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  selected_type?: ShuftiDocumentType[];
  /**
   * The document types the request allowed.
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  supported_types?: ShuftiDocumentType[];
  /**
   * How closely the face on the document matches the face proof, 0–100 (seen in real bodies, not documented).
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  face_match_confidence?: number;
}

/** What the address service extracted or checked. Text is `null` where Shufti sends `null` or `""`. */
export interface ShuftiAddressData {
  /**
   * The name on the address document.
   * @see https://shuftipro.com/help-center/response-events
   */
  name?: ShuftiName;
  /**
   * The address; multi-line addresses keep their line breaks.
   * @see https://shuftipro.com/help-center/response-events
   */
  full_address?: string | null;
  /**
   * The address document's issue date, `YYYY-MM-DD`.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  issue_date?: string | null;
  /**
   * The address document's country, ISO 3166-1 alpha-2.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  country?: string | null;
  /**
   * The address document type the user chose; empty where Shufti sends `[""]` (no choice made).
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  selected_type?: ShuftiAddressDocumentType[];
  /**
   * The address document types the request allowed.
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  supported_types?: ShuftiAddressDocumentType[];
}

/** What the consent service checked. */
export interface ShuftiConsentData {
  /**
   * The consent text the user had to show.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  text?: string | null;
  /**
   * The consent type the user chose; empty where Shufti sends `[""]` (no choice made).
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  selected_type?: ShuftiConsentType[];
  /**
   * The consent types the request allowed.
   * @see https://developers.shuftipro.com/docs/coverage/documents
   */
  supported_types?: ShuftiConsentType[];
}

/** What the background checks (AML) service screened, and what it found. */
export interface ShuftiBackgroundChecksData {
  /**
   * The name screened.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  name?: ShuftiName;
  /**
   * The date of birth screened, `YYYY-MM-DD`.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  dob?: string | null;
  /**
   * The screening's filters and hits, kept as they came: Shufti documents the request's `filters`
   * but not the hits field by field.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/user_aml_screening/onsite
   */
  aml_data?: Record<string, unknown>;
}

/**
 * The data per service (`verification_data`). Shufti sends an empty array `[]` when nothing was
 * extracted; it is an empty object here. Services this version does not know are kept as they came.
 */
export interface ShuftiVerificationData {
  /**
   * The document service's data.
   * @see https://shuftipro.com/help-center/response-events
   */
  document?: ShuftiDocumentData;
  /**
   * The second document service's data, in the document service's shape.
   * @see https://developers.shuftipro.com/docs/mobile/parameters/requestObject/doc-object-parameters
   */
  document_two?: ShuftiDocumentData;
  /**
   * The address service's data.
   * @see https://shuftipro.com/help-center/response-events
   */
  address?: ShuftiAddressData;
  /**
   * The consent service's data.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  consent?: ShuftiConsentData;
  /**
   * The phone service's data, kept as it came: Shufti documents the phone service's request
   * (`phone_number`, `random_code`, `text`) but not what it returns.
   * @see https://github.com/shuftipro/RESTful-API-v1.3#phone
   */
  phone?: Record<string, unknown>;
  /**
   * The background checks (AML) service's data.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  background_checks?: ShuftiBackgroundChecksData;
}

/**
 * The user's device, as Shufti read it from the browser (`info.agent`). Text is `null` where Shufti sends `""`.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiAgent {
  /** Whether the device is a desktop computer. */
  is_desktop?: boolean;
  /** Whether the device is a phone. */
  is_phone?: boolean;
  /** The browser's user agent string. */
  useragent?: string | null;
  /** The device's name; real bodies carry `"0"` where it is unknown. */
  device_name?: string | null;
  /** The browser's name. */
  browser_name?: string | null;
  /** The operating system and its version. */
  platform_name?: string | null;
}

/**
 * Where the user's IP address is, as Shufti looked it up (`info.geolocation`). Every value is a
 * string as Shufti sends it (`asn`, `latitude` and `longitude` too); `null` where Shufti sends `""`.
 */
export interface ShuftiGeolocation {
  /**
   * Host name of the IP address.
   * @see https://shuftipro.com/help-center/response-events
   */
  host?: string | null;
  /**
   * The IP address.
   * @see https://shuftipro.com/help-center/response-events
   */
  ip?: string | null;
  /**
   * Reverse DNS of the IP address.
   * @see https://shuftipro.com/help-center/response-events
   */
  rdns?: string | null;
  /**
   * Autonomous system number, as a string.
   * @see https://shuftipro.com/help-center/response-events
   */
  asn?: string | null;
  /**
   * Internet service provider.
   * @see https://shuftipro.com/help-center/response-events
   */
  isp?: string | null;
  /**
   * Country name.
   * @see https://shuftipro.com/help-center/response-events
   */
  country_name?: string | null;
  /**
   * Country code, ISO 3166-1 alpha-2.
   * @see https://shuftipro.com/help-center/response-events
   */
  country_code?: string | null;
  /**
   * Region name.
   * @see https://shuftipro.com/help-center/response-events
   */
  region_name?: string | null;
  /**
   * Region code.
   * @see https://shuftipro.com/help-center/response-events
   */
  region_code?: string | null;
  /**
   * City.
   * @see https://shuftipro.com/help-center/response-events
   */
  city?: string | null;
  /**
   * Postal code.
   * @see https://shuftipro.com/help-center/response-events
   */
  postal_code?: string | null;
  /**
   * Continent name.
   * @see https://shuftipro.com/help-center/response-events
   */
  continent_name?: string | null;
  /**
   * Continent code.
   * @see https://shuftipro.com/help-center/response-events
   */
  continent_code?: string | null;
  /**
   * Latitude in decimal degrees, as a string.
   * @see https://shuftipro.com/help-center/response-events
   */
  latitude?: string | null;
  /**
   * Longitude in decimal degrees, as a string.
   * @see https://shuftipro.com/help-center/response-events
   */
  longitude?: string | null;
  /**
   * Metro code.
   * @see https://shuftipro.com/help-center/response-events
   */
  metro_code?: string | null;
  /**
   * Time zone name, such as `Europe/Berlin`.
   * @see https://shuftipro.com/help-center/response-events
   */
  timezone?: string | null;
  /**
   * `ipv4` or `ipv6` (newer bodies).
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  ip_type?: string | null;
  /**
   * The country's capital (newer bodies).
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  capital?: string | null;
  /**
   * The country's currency code (newer bodies).
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  currency?: string | null;
}

/**
 * What Shufti learned about the user's device and location (`info`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiInfo {
  /** The user's device. */
  agent?: ShuftiAgent;
  /** The location of the user's IP address. */
  geolocation?: ShuftiGeolocation;
}

/**
 * What OCR read from the document beyond the requested fields (`additional_data.document.proof`).
 * Every value is a string as Shufti sends it; `null` where Shufti sends `""`; `*****` where redacted.
 */
export interface ShuftiDocumentProof {
  /**
   * Date of birth.
   * @see https://shuftipro.com/help-center/response-events
   */
  dob?: string | null;
  /**
   * The machine-readable zone.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  mrz?: string | null;
  /**
   * Where the face is on the image, as `left,top,right,bottom` pixels.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  face?: string | null;
  /**
   * Gender.
   * @see https://shuftipro.com/help-center/response-events
   */
  gender?: string | null;
  /**
   * The issuing authority.
   * @see https://shuftipro.com/help-center/response-events
   */
  authority?: string | null;
  /**
   * Last name.
   * @see https://shuftipro.com/help-center/response-events
   */
  last_name?: string | null;
  /**
   * Where the signature is on the image, as `left,top,right,bottom` pixels.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  signature?: string | null;
  /**
   * First name.
   * @see https://shuftipro.com/help-center/response-events
   */
  first_name?: string | null;
  /**
   * Issue date.
   * @see https://shuftipro.com/help-center/response-events
   */
  issue_date?: string | null;
  /**
   * Expiry date.
   * @see https://shuftipro.com/help-center/response-events
   */
  expiry_date?: string | null;
  /**
   * Nationality as printed.
   * @see https://shuftipro.com/help-center/response-events
   */
  nationality?: string | null;
  /**
   * Country code as printed (ISO 3166-1 alpha-3 on passports).
   * @see https://shuftipro.com/help-center/response-events
   */
  country_code?: string | null;
  /**
   * Document type code as printed, such as `P`.
   * @see https://shuftipro.com/help-center/response-events
   */
  document_type?: string | null;
  /**
   * Gender as printed in the document's own language.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  gender_native?: string | null;
  /**
   * Place of birth.
   * @see https://shuftipro.com/help-center/response-events
   */
  place_of_birth?: string | null;
  /**
   * The document number.
   * @see https://shuftipro.com/help-center/response-events
   */
  document_number?: string | null;
  /**
   * Personal number.
   * @see https://shuftipro.com/help-center/response-events
   */
  personal_number?: string | null;
  /**
   * Nationality as printed in the document's own language.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  nationality_native?: string | null;
  /**
   * Height, as a string.
   * @see https://shuftipro.com/help-center/response-events
   */
  height?: string | null;
  /**
   * Country name.
   * @see https://shuftipro.com/help-center/response-events
   */
  country?: string | null;
}

/**
 * Extra OCR output of the document service.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiAdditionalDocumentData {
  /** What OCR read from the document proof. */
  proof?: ShuftiDocumentProof;
}

/**
 * Extra OCR output per service (`additional_data`); services this version does not know are kept as they came.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiAdditionalData {
  /** The document service's extra OCR output. */
  document?: ShuftiAdditionalDocumentData;
}

/**
 * Links to one service's proof images.
 *
 * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
 */
export interface ShuftiServiceProofs {
  /** URL of the proof image (with an `access_token` query), or `*****` where redacted. */
  proof?: string | null;
  /** URL of the second proof image, such as a document's back side. */
  additional_proof?: string | null;
}

/**
 * Links to the proof images per service (`proofs`); may be empty.
 *
 * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
 */
export interface ShuftiProofs {
  /** The document service's proofs. */
  document?: ShuftiServiceProofs;
  /** The face service's proofs. */
  face?: ShuftiServiceProofs;
  /** The address service's proofs. */
  address?: ShuftiServiceProofs;
}

/** The declined codes per service (`services_declined_codes`); services this version does not know are kept as they came. */
export interface ShuftiServicesDeclinedCodes {
  /**
   * The document service's declined codes.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  document?: string[];
  /**
   * The address service's declined codes.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  address?: string[];
  /**
   * The face service's declined codes.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  face?: string[];
  /**
   * The consent service's declined codes.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  consent?: string[];
  /**
   * The background checks (AML) service's declined codes.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/user_aml_screening/declined_reasons
   */
  background_checks?: string[];
}

/**
 * Fields Shufti copies from the verification request into many events; any of them may be left out.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestEcho {
  /** The email address the request gave; `null` where Shufti sends `null` or `""`. */
  email?: string | null;
  /**
   * The country the request gave, meant as ISO 3166-1 alpha-2 but not checked (the base document
   * shows `UK`); `null` where Shufti sends `null` or `""`.
   */
  country?: string | null;
  /** The on-site verification link; `null` where Shufti sends `""` (not applicable), `*****` where redacted. */
  verification_url?: string | null;
}

/**
 * What every event but the two error events and the two undocumented ones carries.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiCallbackCommon extends ShuftiRequestEcho {
  /** Your reference for the verification request, as you sent it. */
  reference: string;
  /** `null` where Shufti sends `""` (no error); many real bodies leave it out. */
  error?: null;
}

/**
 * An on-site verification link was generated and the user has not finished yet (`request.pending`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestPending extends ShuftiCallbackCommon {
  /** The event. */
  event: 'request.pending';
  /** The on-site verification link; `null` where Shufti sends `""`, `*****` where redacted. */
  verification_url: string | null;
}

/**
 * The request's parameters were not valid (`request.invalid`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestInvalid extends ShuftiRequestEcho {
  /** The event. */
  event: 'request.invalid';
  /** Your reference for the verification request. */
  reference: string;
  /** Which parameter was not valid, and why. */
  error: ShuftiRequestError;
}

/**
 * The request's authorisation header was not valid (`request.unauthorized`, also spelled
 * `request.unauthorised`). Both spellings share this shape; the type parameter is the spelling.
 *
 * @typeParam Event - the spelling; both by default
 */
export interface ShuftiRequestUnauthorized<Event extends ShuftiUnauthorizedEvent = ShuftiUnauthorizedEvent> extends ShuftiRequestEcho {
  /**
   * The event, in the spelling Shufti sent.
   * @see https://shuftipro.com/help-center/response-events
   */
  event: Event;
  /**
   * Your reference; `null` where Shufti sends `""`, as it does when it could not authorise the request.
   * @see https://shuftipro.com/help-center/response-events
   */
  reference: string | null;
  /**
   * Why the request was not authorised.
   * @see https://shuftipro.com/help-center/response-events
   */
  error: ShuftiRequestError;
  /**
   * The access token (v1.3); `null` where Shufti sends `""`.
   * @see https://github.com/shuftipro/RESTful-API-v1.3/blob/master/status_codes.md
   */
  token?: string | null;
}

/**
 * The user did not finish in time (`request.timeout`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestTimeout extends ShuftiCallbackCommon {
  /** The event. */
  event: 'request.timeout';
}

/**
 * An off-site request was received and is being processed (`request.received`, also spelled
 * `request.recieved`). Both spellings share this shape; the type parameter is the spelling.
 *
 * @typeParam Event - the spelling; both by default
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestReceived<Event extends ShuftiReceivedEvent = ShuftiReceivedEvent> extends ShuftiCallbackCommon {
  /** The event, in the spelling Shufti sent. */
  event: Event;
}

/**
 * The verification's data was deleted (`request.deleted`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiRequestDeleted extends ShuftiCallbackCommon {
  /** The event. */
  event: 'request.deleted';
}

/** What an accepted or declined verification carries: the results and what was extracted. */
export interface ShuftiVerificationOutcome extends ShuftiCallbackCommon {
  /**
   * The result per service; `{}` where Shufti sends `[]`.
   * @see https://shuftipro.com/help-center/response-events
   */
  verification_result: ShuftiVerificationResult;
  /**
   * The data per service; `{}` where Shufti sends `[]`, as it does when nothing was extracted.
   * @see https://shuftipro.com/help-center/response-events
   */
  verification_data: ShuftiVerificationData;
  /**
   * The user's device and location; `{}` where Shufti sends `[]`.
   * @see https://shuftipro.com/help-center/response-events
   */
  info?: ShuftiInfo;
  /**
   * Extra OCR output per service; `{}` where Shufti sends `[]`.
   * @see https://shuftipro.com/help-center/response-events
   */
  additional_data?: ShuftiAdditionalData;
  /**
   * Links to the proof images per service; may be empty, and `{}` where Shufti sends `[]`.
   * @see https://developers.shuftipro.com/docs/verification_endpoints/responses
   */
  proofs?: ShuftiProofs;
}

/**
 * The verification was accepted (`verification.accepted`).
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiVerificationAccepted extends ShuftiVerificationOutcome {
  /** The event. */
  event: 'verification.accepted';
}

/** The verification was declined (`verification.declined`). */
export interface ShuftiVerificationDeclined extends ShuftiVerificationOutcome {
  /**
   * The event.
   * @see https://shuftipro.com/help-center/response-events
   */
  event: 'verification.declined';
  /**
   * Why, in English, such as "Document originality could not be verified"; absent from the v1.3 samples.
   * @see https://shuftipro.com/help-center/response-events
   */
  declined_reason?: string | null;
  /**
   * Shufti's declined reason codes (`SPDR` and digits, such as `SPDR06`), in no meaningful order.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  declined_codes?: string[];
  /**
   * The same codes per service; one code can be listed under several services. `{}` where Shufti sends `[]`.
   * @see https://developers.shuftipro.com/docs/user_identification_authentication/facial_biometrics/declined_reasons
   */
  services_declined_codes?: ShuftiServicesDeclinedCodes;
}

/**
 * The user declined the terms and conditions or cancelled (`verification.cancelled`; the v1.3
 * sample spells it `request.cancelled`). Both spellings share this shape; the type parameter is the spelling.
 *
 * @typeParam Event - the spelling; both by default
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiVerificationCancelled<Event extends ShuftiCancelledEvent = ShuftiCancelledEvent> extends ShuftiCallbackCommon {
  /** The event, in the spelling Shufti sent. */
  event: Event;
}

/**
 * The verification's status was changed in the back office (`verification.status.changed`). The body
 * carries no result: fetch the new status from Shufti's status API.
 *
 * @see https://shuftipro.com/help-center/response-events
 */
export interface ShuftiVerificationStatusChanged extends ShuftiCallbackCommon {
  /** The event. */
  event: 'verification.status.changed';
}

/**
 * The verification awaits a manual review (`review.pending`). Shufti lists the event but documents
 * no payload: only `reference` and `event` are typed, anything else is kept as it came.
 *
 * @see https://developers.shuftipro.com/docs/eidv/responses/
 */
export interface ShuftiReviewPending {
  /** The event. */
  event: 'review.pending';
  /** Your reference for the verification request. */
  reference: string;
}

/**
 * The user did not grant the camera permission (`permission.denied`). Shufti documents it as a mobile
 * SDK event and is not known to send it to a callback URL; only `reference` and `event` are typed,
 * anything else is kept as it came.
 *
 * @see https://developers.shuftipro.com/docs/mobile/parameters/responses/
 */
export interface ShuftiPermissionDenied {
  /** The event. */
  event: 'permission.denied';
  /** Your reference for the verification request. */
  reference: string;
}

/** Each Shufti callback type by its `event`; a spelling variant maps to its event's interface in that spelling. */
export interface ShuftiCallbackMap {
  'request.pending': ShuftiRequestPending;
  'request.invalid': ShuftiRequestInvalid;
  'request.unauthorized': ShuftiRequestUnauthorized<'request.unauthorized'>;
  'request.unauthorised': ShuftiRequestUnauthorized<'request.unauthorised'>;
  'request.timeout': ShuftiRequestTimeout;
  'request.received': ShuftiRequestReceived<'request.received'>;
  'request.recieved': ShuftiRequestReceived<'request.recieved'>;
  'request.deleted': ShuftiRequestDeleted;
  'verification.accepted': ShuftiVerificationAccepted;
  'verification.declined': ShuftiVerificationDeclined;
  'verification.cancelled': ShuftiVerificationCancelled<'verification.cancelled'>;
  'request.cancelled': ShuftiVerificationCancelled<'request.cancelled'>;
  'verification.status.changed': ShuftiVerificationStatusChanged;
  'review.pending': ShuftiReviewPending;
  'permission.denied': ShuftiPermissionDenied;
}

/**
 * A decoded Shufti Pro callback: a union discriminated by `event`. A spelling variant is its own
 * `event` value, so a `switch` lists both spellings of an event to be exhaustive.
 *
 * @example
 * ```ts
 * switch (callback.event) {
 *   case 'verification.accepted': return approve(callback.reference);
 *   case 'verification.declined': return reject(callback.reference, callback.declined_codes);
 *   case 'request.unauthorized':
 *   case 'request.unauthorised': return alertOps(callback.error.message);
 *   // ...
 * }
 * ```
 */
export type ShuftiCallback = ShuftiCallbackMap[ShuftiEvent];
