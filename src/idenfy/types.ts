import type { OpenEnum } from '../core/open-enum.js';
import type {
  additionalStepStatuses,
  additionalStepTypes,
  addressVerificationQualities,
  addressVerificationStatuses,
  ageEstimates,
  amlServiceNames,
  amlSuspicions,
  articleTypes,
  bankCardNoMatchReasons,
  bankCardVerificationStatuses,
  documentStatuses,
  documentTypes,
  faceStatuses,
  fraudTags,
  mismatchTags,
  idenfyOverallStatuses,
  platforms,
  questionTypes,
  registryCenterKinds,
  riskLevels,
  serviceGroupTypes,
  serviceOverallStatuses,
  sexes,
  softKycMatchStatuses,
  suspicionReasons,
  usStates,
} from './enumerations.js';

// iDenfy identification result webhook payload types. Hand-written, free of zod: `kyc-webhooks/types`
// exports them for type-only users. A type test pins the schema's output to them.
//
// Links: the webhook page (https://documentation.idenfy.com/kyc/webhooks), the published OpenAPI
// specification (https://documentation.idenfy.com/openapi/kyc.yaml), the status vocabulary
// (https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses) and the earlier
// revisions of the callback page (https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md).

// Enumerations

/**
 * The overall status of an identification: the discriminant of {@link IdenfyCallback}. `NOT_REVIEWED`
 * is from the earliest revision of iDenfy's callback page, `EXPIRED-DELETED` from its status vocabulary;
 * the others are in the current specification.
 */
export type IdenfyOverallStatus = (typeof idenfyOverallStatuses)[number];

/** The result of a face check, automatic or manual. */
export type IdenfyFaceStatus = OpenEnum<(typeof faceStatuses)[number]>;

/** The result of a document check, automatic or manual. */
export type IdenfyDocumentStatus = OpenEnum<(typeof documentStatuses)[number]>;

/** A fraud indicator that can make an identification `SUSPECTED`. */
export type IdenfyFraudTag = OpenEnum<(typeof fraudTags)[number]>;

/** Where the data you sent with the token does not match what was read from the document. */
export type IdenfyMismatchTag = OpenEnum<(typeof mismatchTags)[number]>;

/** Why an identification was suspected, in the older `suspicionReasons` list. */
export type IdenfySuspicionReason = OpenEnum<(typeof suspicionReasons)[number]>;

/** The result of the additional steps (such as a proof of address), decided by a human. */
export type IdenfyAdditionalStepStatus = OpenEnum<(typeof additionalStepStatuses)[number]>;

/** The kind of device the client completed the identification on. */
export type IdenfyPlatform = OpenEnum<(typeof platforms)[number]>;

/** The kind of document the client used. `INTERNATIONAL_PASSPORT` is from older revisions. */
export type IdenfyDocumentType = OpenEnum<(typeof documentTypes)[number]>;

/** The sex printed on the document. */
export type IdenfySex = OpenEnum<(typeof sexes)[number]>;

/** The age group estimated from the selfie. */
export type IdenfyAgeEstimate = OpenEnum<(typeof ageEstimates)[number]>;

/** A risk level (of the client's IP address, a bank account, a risk assessment). */
export type IdenfyRiskLevel = OpenEnum<(typeof riskLevels)[number]>;

/** What an additional step asks of the client. */
export type IdenfyAdditionalStepType = OpenEnum<(typeof additionalStepTypes)[number]>;

/** Whether an AML, LID or criminal check service found something. */
export type IdenfyServiceOverallStatus = OpenEnum<(typeof serviceOverallStatuses)[number]>;

/** The group a check service belongs to. */
export type IdenfyServiceGroupType = OpenEnum<(typeof serviceGroupTypes)[number]>;

/**
 * The AML service that produced a result: the specification's five names, `PilotApiAmlV2`, the name
 * in every example of iDenfy's callback page, and `PilotApiAmlV2NegativeNews`, the negative-news
 * service of iDenfy's AML page.
 */
export type IdenfyAmlServiceName = OpenEnum<(typeof amlServiceNames)[number]>;

/** The kind of list an AML name match was found on. */
export type IdenfyAmlSuspicion = OpenEnum<(typeof amlSuspicions)[number]>;

/** The tone of an adverse-media article. */
export type IdenfyArticleType = OpenEnum<(typeof articleTypes)[number]>;

/** A US state (or DC) of a criminal record. */
export type IdenfyUsState = OpenEnum<(typeof usStates)[number]>;

/** The registry a registry center check queried. */
export type IdenfyRegistryCenterKind = OpenEnum<(typeof registryCenterKinds)[number]>;

/** How one field of a US registry record compared with the client's data. */
export type IdenfySoftKycMatchStatus = OpenEnum<(typeof softKycMatchStatuses)[number]>;

/** How well an address was verified. */
export type IdenfyAddressVerificationStatus = OpenEnum<(typeof addressVerificationStatuses)[number]>;

/** The quality of an address verification. */
export type IdenfyAddressVerificationQuality = OpenEnum<(typeof addressVerificationQualities)[number]>;

/** The input type of a questionnaire question. */
export type IdenfyQuestionType = OpenEnum<(typeof questionTypes)[number]>;

/** Whether the bank card matched the client. */
export type IdenfyBankCardVerificationStatus = OpenEnum<(typeof bankCardVerificationStatuses)[number]>;

/** Why the bank card did not match. */
export type IdenfyBankCardNoMatchReason = OpenEnum<(typeof bankCardNoMatchReasons)[number]>;

// Status

/**
 * The status of an identification (the `status` object): the overall status and the automatic and
 * manual face and document results. `fraudTags`, `mismatchTags` and `additionalSteps` are absent from
 * older callbacks, `suspicionReasons` from newer ones.
 *
 * @typeParam Overall - the overall status
 */
export interface IdenfyStatus<Overall extends IdenfyOverallStatus = IdenfyOverallStatus> {
  /**
   * The overall status, combining the automatic and the manual results.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
   */
  overall: Overall;
  /**
   * The automatic face check's result; `null` where it has none.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#face-status-values
   */
  autoFace: IdenfyFaceStatus | null;
  /**
   * The manual face check's result; `null` until a human has reviewed the identification.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#face-status-values
   */
  manualFace: IdenfyFaceStatus | null;
  /**
   * The automatic document check's result; `null` where it has none.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#document-status-values
   */
  autoDocument: IdenfyDocumentStatus | null;
  /**
   * The manual document check's result; `null` until a human has reviewed the identification.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#document-status-values
   */
  manualDocument: IdenfyDocumentStatus | null;
  /**
   * The fraud indicators found, which can make the identification `SUSPECTED`.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#fraud-tags
   */
  fraudTags?: IdenfyFraudTag[];
  /**
   * The fields where your data and the document disagree, which make the identification `SUSPECTED`.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#mismatch-tags
   */
  mismatchTags?: IdenfyMismatchTag[];
  /**
   * The additional steps' result; `null` when the identification had none.
   * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#additional-step-statuses
   */
  additionalSteps?: IdenfyAdditionalStepStatus | null;
  /**
   * Why the identification was suspected, in older callbacks (newer ones use `fraudTags`).
   * @see https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md
   */
  suspicionReasons?: IdenfySuspicionReason[];
}

// Registry, address and other verifications

/**
 * A registry center check. iDenfy queries one of three registries, named by `resourceType`, and each
 * sends its own fields: this interface has every field of all three, each optional, and only the
 * registry's own fields appear. A registry this version does not know parses too, with its
 * `resourceType` as it came.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyRegistryCenterCheck {
  /** Which registry was queried. */
  resourceType: IdenfyRegistryCenterKind;
  /** The MRZ that was checked (Hungary). */
  checkedMrz?: string;
  /** First name in the registry (Hungary, US). */
  firstName?: string | null;
  /** Last name in the registry (Hungary, US). */
  lastName?: string | null;
  /** Maiden name in the registry (Hungary). */
  maidenName?: string | null;
  /** Mother's maiden name in the registry (Hungary). */
  mothersMaidenName?: string | null;
  /** Date of birth in the registry, `YYYY-MM-DD` (Hungary). */
  birthDate?: string | null;
  /** Place of birth in the registry (Hungary). */
  birthPlace?: string | null;
  /** Address in the registry, an object iDenfy does not specify further (Hungary). */
  address?: Record<string, unknown> | null;
  /** Residential address in the registry, an object iDenfy does not specify further (Hungary). */
  residentialAddress?: Record<string, unknown> | null;
  /** Nationality in the registry, ISO 3166-1 alpha-2 (Hungary). */
  nationality?: string | null;
  /** The ID card record, an object iDenfy does not specify further (Hungary). */
  idCard?: Record<string, unknown> | null;
  /** The passport record, an object iDenfy does not specify further (Hungary). */
  passport?: Record<string, unknown> | null;
  /** Further registry data, an object iDenfy does not specify further (Hungary). */
  additionalData?: Record<string, unknown> | null;
  /** The personal number that was checked (Lithuania). */
  checkedPersonalNumber?: string;
  /** The document type that was checked, a two-character code (Lithuania). */
  checkedDocumentType?: string;
  /** Personal number in the registry (Lithuania). */
  personalNumber?: string | null;
  /** First name in the registry (Lithuania). */
  name?: string | null;
  /** Last name in the registry (Lithuania). */
  surname?: string | null;
  /** Document number in the registry (Lithuania). */
  documentNumber?: string | null;
  /** Document expiry date in the registry, `YYYY-MM-DD` (Lithuania). */
  documentExpiration?: string | null;
  /** URL of the registry's face photo (Lithuania). */
  facePhoto?: string | null;
  /** Middle name in the registry (US). */
  middleName?: string | null;
  /** Date of birth in the registry, `YYYY-MM-DD` (US). */
  dob?: string | null;
  /** Year of birth in the registry (US). */
  yob?: number | null;
  /** First address line in the registry (US). */
  address1?: string | null;
  /** Second address line in the registry (US). */
  address2?: string | null;
  /** City in the registry (US). */
  city?: string | null;
  /** State in the registry, two letters (US). */
  state?: string | null;
  /** ZIP code in the registry (US). */
  zip?: string | null;
  /** ID number in the registry (US). */
  idNum?: string | null;
  /** Phone number in the registry (US). */
  phone?: string | null;
  /** Email address in the registry (US). */
  email?: string | null;
  /** How the first name compared (US). */
  firstNameStatus?: IdenfySoftKycMatchStatus | null;
  /** How the last name compared (US). */
  lastNameStatus?: IdenfySoftKycMatchStatus | null;
  /** How the middle name compared (US). */
  middleNameStatus?: IdenfySoftKycMatchStatus | null;
  /** How the date of birth compared (US). */
  dobStatus?: IdenfySoftKycMatchStatus | null;
  /** How the year of birth compared (US). */
  yobStatus?: IdenfySoftKycMatchStatus | null;
  /** How the first address line compared (US). */
  address1Status?: IdenfySoftKycMatchStatus | null;
  /** How the second address line compared (US). */
  address2Status?: IdenfySoftKycMatchStatus | null;
  /** How the city compared (US). */
  cityStatus?: IdenfySoftKycMatchStatus | null;
  /** How the state compared (US). */
  stateStatus?: IdenfySoftKycMatchStatus | null;
  /** How the ZIP code compared (US). */
  zipStatus?: IdenfySoftKycMatchStatus | null;
  /** How the ID number compared (US). */
  idNumStatus?: IdenfySoftKycMatchStatus | null;
  /** How the phone number compared (US). */
  phoneStatus?: IdenfySoftKycMatchStatus | null;
  /** How the email address compared (US). */
  emailStatus?: IdenfySoftKycMatchStatus | null;
}

/**
 * The verification of an address you sent (the `addressVerification` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAddressVerification {
  /** The address that was verified. */
  address: string;
  /** The address's country, ISO 3166-1 alpha-2. */
  country?: string | null;
  /** How well the address was verified. */
  status: IdenfyAddressVerificationStatus;
  /** The verification's accuracy, an integer. */
  accuracy: number | null;
  /** The verification's quality. */
  quality: IdenfyAddressVerificationQuality | null;
}

/**
 * The fields iDenfy's specification puts at the top level of the body and its examples put inside
 * `data`. Both places are typed, and each field stays where it came: look in both.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyDualPlacementFields {
  /** The client's address read from a utility bill, when one was uploaded. */
  manualAddress?: string | null;
  /** Whether the document's address matched the address you sent, after the manual check. */
  manualAddressMatch?: boolean;
  /** The registry center check, when one ran. */
  registryCenterCheck?: IdenfyRegistryCenterCheck | null;
  /** The address verification, when one ran. */
  addressVerification?: IdenfyAddressVerification | null;
}

// Data

/**
 * The data read from the client's document (the `data` object). Every field may be `null`, and older
 * callbacks carry only some of them. Dates are strings as iDenfy sent them (`YYYY-MM-DD` in practice;
 * iDenfy specifies no format, so none is checked).
 */
export interface IdenfyData extends IdenfyDualPlacementFields {
  /**
   * First name as printed, upper case.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docFirstName?: string | null;
  /**
   * Last name as printed, upper case.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docLastName?: string | null;
  /**
   * The document number.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docNumber?: string | null;
  /**
   * The personal code printed on the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docPersonalCode?: string | null;
  /**
   * The document's expiry date.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docExpiry?: string | null;
  /**
   * Date of birth.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docDob?: string | null;
  /**
   * The document's issue date.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docDateOfIssue?: string | null;
  /**
   * The kind of document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docType?: IdenfyDocumentType | null;
  /**
   * The sex printed on the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docSex?: IdenfySex | null;
  /**
   * Nationality, ISO 3166-1 alpha-2.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docNationality?: string | null;
  /**
   * The issuing country, ISO 3166-1 alpha-2.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  docIssuingCountry?: string | null;
  /**
   * The country the client picked in the identification flow, ISO 3166-1 alpha-2.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  selectedCountry?: string | null;
  /**
   * Place of birth.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  birthPlace?: string | null;
  /**
   * The authority that issued the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  authority?: string | null;
  /**
   * The address printed on the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  address?: string | null;
  /**
   * The temporary address printed on the document.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  docTemporaryAddress?: string | null;
  /**
   * Mother's maiden name printed on the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  mothersMaidenName?: string | null;
  /**
   * Birth name printed on the document.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  docBirthName?: string | null;
  /**
   * Patronymic printed on the document.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  docPatronymic?: string | null;
  /**
   * Driving licence categories as printed, free text such as `B/C`.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  driverLicenseCategory?: string | null;
  /**
   * Whether a reviewer changed the data read from the document; `false` in automatic callbacks.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  manuallyDataChanged?: boolean | null;
  /**
   * Full name as printed.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  fullName?: string | null;
  /**
   * First name in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgFirstName?: string | null;
  /**
   * Last name in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgLastName?: string | null;
  /**
   * Nationality in the document's original language.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgNationality?: string | null;
  /**
   * Place of birth in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgBirthPlace?: string | null;
  /**
   * Issuing authority in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgAuthority?: string | null;
  /**
   * Address in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgAddress?: string | null;
  /**
   * Temporary address in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgTemporaryAddress?: string | null;
  /**
   * Mother's maiden name in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgMothersMaidenName?: string | null;
  /**
   * Patronymic in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgPatronymic?: string | null;
  /**
   * Birth name in the document's original script.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  orgBirthName?: string | null;
  /**
   * The age group estimated from the selfie, when liveness is on.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  ageEstimate?: IdenfyAgeEstimate | null;
  /**
   * The proxy risk of the client's IP address; `null` unless enabled and this is the final `APPROVED` callback.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  clientIpProxyRiskLevel?: IdenfyRiskLevel | null;
  /**
   * Scan references of other identifications whose selfie matched this one; `null` rather than empty.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  duplicateFaces?: string[] | null;
  /**
   * Scan references of other identifications whose document photo matched this one; `null` rather than empty.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  duplicateDocFaces?: string[] | null;
  /**
   * Data sent with the additional steps, by step name; for a `COMPARE` step each field is
   * `{ value, status }` with status `MATCH`, `NOT_MATCH`, `NOT_FOUND` or `NO_DATA`. iDenfy's
   * specification leaves its shape open, so it is kept as it came.
   * @see https://documentation.idenfy.com/kyc/additional-steps
   */
  additionalData?: Record<string, unknown> | null;
}

// Files

/**
 * Links to the identification's photos and videos (the `fileUrls` object). The links are pre-signed
 * and expire: download the files, do not store the links. Other keys (such as additional step names
 * like `UTILITY_BILL`) appear too; their values are also a URL or `null`.
 */
export interface IdenfyFileUrls {
  /**
   * The front side of the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  FRONT?: string | null;
  /**
   * The back side of the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  BACK?: string | null;
  /**
   * The selfie.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  FACE?: string | null;
  /**
   * The video of the client taking the front photo.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  FRONT_VIDEO?: string | null;
  /**
   * The video of the client taking the back photo.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  BACK_VIDEO?: string | null;
  /**
   * The video of the client taking the selfie.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  FACE_VIDEO?: string | null;
  /**
   * Any other file, by name. `undefined` when it was not sent (TypeScript also needs it here beside
   * the optional keys above, unless `exactOptionalPropertyTypes` is on).
   */
  [file: string]: string | null | undefined;
}

/** Links to the PDFs of the additional steps, by step name (such as `UTILITY_BILL`); `{}` when none. */
export interface IdenfyAdditionalStepPdfUrls {
  /** A step's PDF. */
  [step: string]: string | null;
}

/** The additional steps of the identification, by step name, with what each asked of the client. */
export interface IdenfyAdditionalSteps {
  /** A step's type; `null` where iDenfy sends none. */
  [step: string]: IdenfyAdditionalStepType | null;
}

// AML, LID and criminal checks

/**
 * Whether a check service ran and what it concluded (the `status` of a service result).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyServiceStatus {
  /** Whether the service found something suspicious. */
  serviceSuspected: boolean;
  /** Whether the service was used. */
  serviceUsed: boolean;
  /** Whether the service was found. */
  serviceFound: boolean;
  /** Whether the check ran successfully. */
  checkSuccessful: boolean;
  /** The service's conclusion. */
  overallStatus: IdenfyServiceOverallStatus;
}

/**
 * A person or company found on a sanctions, PEP or other list. Always has `name`; tell it from an
 * {@link IdenfyAdverseMediaArticle} with `'name' in hit`. The middle generation's hits carry only
 * `name`, `surname`, `nationality`, `dob`, `suspicion`, `reason`, `score`, `lastUpdate`, `isPerson`
 * and `isActive` (https://github.com/indre-idenfy/Documentation/blob/master/pages/fraud-check-services/aml.md).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlNameMatch {
  /** First name on the list (the company name on a company check). */
  name: string | null;
  /** Last name on the list. */
  surname: string | null;
  /** Nationality on the list. */
  nationality: string | null;
  /** Date of birth on the list, as the list writes it. */
  dob: string | null;
  /** The kind of list. */
  suspicion: IdenfyAmlSuspicion | null;
  /** Why the entry is listed. */
  reason: string | null;
  /** The entry's number on the list. Absent from the middle generation's hits. */
  listNumber?: string | null;
  /** The list's name. Absent from the middle generation's hits. */
  listName?: string | null;
  /** How well the entry matches, an integer. */
  score: number | null;
  /** When the entry was last updated. */
  lastUpdate: string | null;
  /** When the entry left the list (absent on company checks). */
  exitDate?: string | null;
  /** Whether the entry is a person. */
  isPerson: boolean | null;
  /** Whether the entry is active. */
  isActive: boolean | null;
  /** URL of a document about the entry. Absent from the middle generation's hits. */
  linkedDocument?: string | null;
  /** The PEP level, an integer. Absent from the middle generation's hits. */
  pepLevel?: number | null;
  /** The entry's category. Absent from the middle generation's hits. */
  category?: string | null;
  /** Other information about the entry. Absent from the middle generation's hits. */
  otherInformation?: string | null;
  /** When the check ran. Absent from the middle generation's hits. */
  checkDate?: string | null;
  /** Whether you whitelisted the entry. */
  whitelisted?: boolean | null;
}

/**
 * An adverse-media article found by a news service (`AML_NEWS`, `INHOUSE_ADVERSE_MEDIA`,
 * `PilotApiAmlV2NegativeNews`). Always has `title`; its `score` is a string, unlike a name match's.
 * The negative-news service's articles carry only `title`, `url`, `text` and `type`
 * (https://github.com/indre-idenfy/Documentation/blob/master/pages/fraud-check-services/aml.md).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAdverseMediaArticle {
  /** The article's title. */
  title: string | null;
  /** The article's URL. */
  url: string | null;
  /** The article's text or excerpt. */
  text: string | null;
  /**
   * How relevant the article is; a string in iDenfy's specification. Absent from the negative-news
   * service's articles.
   */
  score?: string | null;
  /** The article's tone. */
  type: IdenfyArticleType | null;
  /** When the check ran. Absent from the negative-news service's articles. */
  checkDate?: string;
  /** When the article was published. Absent from the negative-news service's articles. */
  publishDate?: string | null;
}

/** One finding of an AML service: a list match or an adverse-media article. */
export type IdenfyAmlHit = IdenfyAmlNameMatch | IdenfyAdverseMediaArticle;

/**
 * The result of one AML service (an element of `AML`, or the whole of the older lowercase `aml`).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlResult {
  /** Whether the service ran and what it concluded. */
  status: IdenfyServiceStatus;
  /** The service's name. */
  serviceName: IdenfyAmlServiceName;
  /** The service's group. */
  serviceGroupType: IdenfyServiceGroupType;
  /** The check's ID at the service. */
  uid: string;
  /** Why the check failed, if it did. */
  errorMessage: string | null;
  /** What the service found; `[]` when nothing. */
  data?: IdenfyAmlHit[];
}

/**
 * One document found in a lost and invalid documents register. The LID page's example has no
 * `checkDate` (https://github.com/indre-idenfy/Documentation/blob/master/pages/fraud-check-services/lid.md).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyLidRecord {
  /** The document's number. */
  documentNumber: string;
  /** The document's type, as the register names it. */
  documentType: string | null;
  /** Whether the register holds the document as valid. */
  valid: boolean;
  /** The document's expiry date, as the register writes it. */
  expiryDate: string;
  /** When the check ran. Absent from the LID page's example. */
  checkDate?: string;
}

/**
 * The result of one lost and invalid documents service (an element of `LID`, or the older lowercase `lid`).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyLidResult {
  /** Whether the service ran and what it concluded. */
  status: IdenfyServiceStatus;
  /** The documents found; `[]` when none. */
  data: IdenfyLidRecord[];
  /** The service's name, such as `IrdInvalidPapers`. */
  serviceName: string;
  /** The service's group, `LID`. */
  serviceGroupType?: IdenfyServiceGroupType;
  /** The check's ID at the service. */
  uid: string;
  /** Why the check failed, if it did. */
  errorMessage: string | null;
}

/**
 * One offense on a criminal record.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyCriminalOffense {
  /** The offense. */
  offense: string | null;
  /** The offense's class. */
  offenseClass: string | null;
  /** A description of the offense. */
  offenseDescription: string | null;
  /** The offense's level. */
  offenseLevel: string | null;
  /** When the sentence was passed. */
  sentenceDate: string | null;
  /** The court's name. */
  courtName: string | null;
  /** The court's case number. */
  courtCaseNumber: string | null;
  /** When the person was released. */
  releaseDate: string | null;
}

/**
 * One criminal record found.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyCriminalRecord {
  /** The offenses on the record. */
  offenses: IdenfyCriminalOffense[];
  /** The full name on the record. */
  fullName: string | null;
  /** The county of the record. */
  county: string | null;
  /** The US state of the record. */
  region: IdenfyUsState | null;
}

/**
 * The result of one criminal check service (an element of `CRIMINAL_CHECK`).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyCriminalCheckResult {
  /** Whether the service ran and what it concluded. */
  status: IdenfyServiceStatus;
  /** The records found; `[]` when none. */
  data: IdenfyCriminalRecord[];
  /** The service's name. */
  serviceName: string;
  /** The service's group, `CRIMINAL_CHECK`. */
  serviceGroupType?: IdenfyServiceGroupType;
  /** The check's ID at the service. */
  uid: string;
  /** Why the check failed, if it did. */
  errorMessage: string | null;
}

/**
 * The oldest form of the lowercase `aml` and `lid` objects: whether the service suspected anything,
 * and its results (always `{}` in iDenfy's example, so kept as they came).
 *
 * @see https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md
 */
export interface IdenfyServiceSummary {
  /** Whether the service suspected anything. */
  suspected: boolean;
  /** The service's results, an object iDenfy does not specify. */
  results: Record<string, unknown>;
}

/**
 * An address of a match in the AML check (version 3).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlCheckAddress {
  /** The city. */
  city: string | null;
  /** The country or region. */
  geography: string | null;
}

/**
 * A list match of the AML check (version 3).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlCheckMatch {
  /** The match's known addresses. */
  addresses: IdenfyAmlCheckAddress[] | null;
  /** The match's known dates of birth. */
  datesOfBirth: string[] | null;
  /** The match's gender. */
  gender: string | null;
  /** The match's nationalities. */
  nationalities: string[] | null;
  /** How the entry matched. */
  match: string;
  /** IDs of sanctioning bodies that used to list the match. */
  formerSanBodyIds: number[] | null;
  /** Countries linked to the match. */
  countries: string[] | null;
  /** The datasets the match was found in. */
  datasets: string[];
  /** IDs of sanctioning bodies that list the match now. */
  currentSanBodyIds: number[] | null;
  /** The entry's version, an integer. */
  version: number;
  /** The match's PEP tier. */
  pepTier?: string | null;
  /** How well the entry matches, an integer. */
  score: number | null;
  /** URL of the match's photo. */
  profileImage?: string | null;
  /** The match's name. */
  name: string | null;
  /** The entry's ID at the data provider. */
  resourceId: string;
}

/**
 * An adverse-media article of the AML check (version 3).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlCheckArticle {
  /** The article's title. */
  title: string | null;
  /** The article's URL. */
  url: string;
  /** The article's text or excerpt. */
  text: string | null;
  /** How relevant the article is; a string in iDenfy's specification. */
  score: string | null;
  /** The article's tone. */
  type: string | null;
  /** When the article was published. */
  publishDate: string | null;
}

/**
 * The AML check in its version 3 form (the `amlCheck` object), which replaces the `AML` list.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyAmlCheck {
  /** The check's ID. */
  id: string | null;
  /** The check's conclusion; iDenfy's specification lists no values. */
  overallStatus: string | null;
  /** Who set the conclusion, an object iDenfy does not specify further. */
  statusSetBy: Record<string, unknown> | null;
  /** When the conclusion was set, an ISO 8601 timestamp. */
  statusSetAt: string | null;
  /** The adverse-media articles found. */
  adverseMedia: IdenfyAmlCheckArticle[] | null;
  /** The list matches found. */
  amlCheck: IdenfyAmlCheckMatch[] | null;
}

// Other verifications

/**
 * One question and its answer.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyQuestionnaireQuestion {
  /** The question's key. */
  key: string;
  /** The question's title. */
  title: string;
  /** The question's input type. */
  type: IdenfyQuestionType;
  /** The answer: a string, a list of strings, a boolean, or `null` when unanswered. */
  value: string[] | string | boolean | null;
}

/**
 * One section of a questionnaire.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyQuestionnaireSection {
  /** The section's title. */
  title: string;
  /** The section's questions and answers. */
  questions: IdenfyQuestionnaireQuestion[];
}

/**
 * The client's answers to a questionnaire (the `questionnaireAnswers` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyQuestionnaireAnswers {
  /** The questionnaire's title. */
  title: string;
  /** The questionnaire's sections. */
  sections: IdenfyQuestionnaireSection[];
}

/**
 * The risk assessment of the client (the `riskAssessment` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyRiskAssessment {
  /** The risk score, an integer from 0 to 100. */
  riskScore: number | null;
  /** The risk level. */
  riskLevel: IdenfyRiskLevel | null;
}

/**
 * The balances of a bank account.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyBankBalances {
  /** The booked balance. */
  bookedBalance: number | null;
  /** The available balance. */
  availableBalance: number | null;
}

/**
 * One bank account of a bank verification.
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyBankAccount {
  /** The account's ID, a UUID. */
  id: string;
  /** The account's name. */
  name: string | null;
  /** The account's IBAN. */
  iban: string | null;
  /** The account's currency, ISO 4217. */
  currency: string;
  /** The account's balances. */
  balancesOverview: IdenfyBankBalances | null;
  /** How many transactions were read, an integer. */
  transactionsCount: number | null;
}

/**
 * The verification of the client's bank (the `bankVerification` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyBankVerification {
  /** The verification's ID, a UUID. */
  id: string;
  /** The bank's country, ISO 3166-1 alpha-2. */
  country: string | null;
  /** The bank. */
  bank: string | null;
  /** The accounts read. */
  accounts: IdenfyBankAccount[];
  /** The risk level. */
  riskLevel: IdenfyRiskLevel | null;
}

/**
 * The verification of the client's email address (the `emailVerification` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyEmailVerification {
  /** The email address. */
  email: string;
  /** Whether the client proved they own it. */
  emailVerified: boolean;
}

/**
 * The verification of the client's phone number (the `phoneVerification` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyPhoneVerification {
  /** The phone number, E.164. */
  phone: string;
  /** Whether the client proved they own it. */
  phoneVerified: boolean;
}

/**
 * The check of a US driving licence against the issuing state's records (the `driverLicenseCheck` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyDriverLicenseCheck {
  /** First name in the records. */
  name: string;
  /** Last name in the records. */
  surname: string;
  /** Date of birth in the records, `YYYY-MM-DD`. */
  dateOfBirth: string;
  /** The issuing state, two letters. */
  state: string;
  /** Gender in the records, one character. */
  gender: string | null;
  /** Issue date in the records, `YYYY-MM-DD`. */
  dateOfIssue: string | null;
  /** Expiry date in the records, `YYYY-MM-DD`. */
  dateOfExpiry: string | null;
  /** Licence number in the records. */
  documentNumber: string | null;
  /** Whether the first name matched. */
  nameMatch: boolean | null;
  /** Whether the last name matched. */
  surnameMatch: boolean | null;
  /** Whether the date of birth matched. */
  dateOfBirthMatch: boolean | null;
  /** Whether the issue date matched. */
  dateOfIssueMatch: boolean | null;
  /** Whether the expiry date matched. */
  dateOfExpiryMatch: boolean | null;
  /** Whether the licence number matched. */
  documentNumberMatch: boolean | null;
  /** Whether the gender matched. */
  genderMatch: boolean | null;
}

/**
 * The verification of the client's bank card (the `bankCardVerification` object).
 *
 * @see https://documentation.idenfy.com/openapi/kyc.yaml
 */
export interface IdenfyBankCardVerification {
  /** The verification's ID, a UUID. */
  id: string;
  /** Whether the card matched the client. */
  status: IdenfyBankCardVerificationStatus;
  /** Why the card did not match. */
  noMatchReason: IdenfyBankCardNoMatchReason | null;
  /** The name on the card. */
  name: string | null;
  /** The card number's first six digits. */
  firstSix: string | null;
  /** The card number's last four digits. */
  lastFour: string | null;
  /** The card's expiry date, `YYYY-MM-DD`. */
  expiryDate: string | null;
  /** Whether the name matched. */
  nameMatch: boolean | null;
  /** Whether the last four digits matched. */
  lastFourMatch: boolean | null;
}

// The callback

/**
 * The fields every identification result callback may carry, whatever its overall status. Field
 * names are iDenfy's, and three generations of AML and LID results appear exactly as they came:
 * `aml`/`lid` as `{ suspected, results }` (oldest) or as one service result (middle), and
 * `AML`/`LID` as lists of service results with `CRIMINAL_CHECK` and `amlCheck` (current).
 */
export interface IdenfyCallbackCommon extends IdenfyDualPlacementFields {
  /**
   * `true` when no further callback will follow for this identification (unless it is reviewed again);
   * absent from the oldest callbacks.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  final?: boolean;
  /**
   * The kind of device the client used.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  platform?: IdenfyPlatform;
  /**
   * The data read from the document.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  data: IdenfyData;
  /**
   * Links to the photos and videos; expire, so download rather than store them.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  fileUrls: IdenfyFileUrls | null;
  /**
   * Links to the additional steps' PDFs; `{}` when none.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  additionalStepPdfUrls?: IdenfyAdditionalStepPdfUrls | null;
  /**
   * The AML services' results (the legacy version 2 list; `amlCheck` is version 3).
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  AML?: IdenfyAmlResult[] | null;
  /**
   * The AML check in its version 3 form.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  amlCheck?: IdenfyAmlCheck | null;
  /**
   * The lost and invalid documents services' results.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  LID?: IdenfyLidResult[] | null;
  /**
   * The criminal check services' results.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  CRIMINAL_CHECK?: IdenfyCriminalCheckResult[] | null;
  /**
   * AML in older callbacks: one service result, or in the oldest `{ suspected, results }`
   * (tell them apart with `'suspected' in aml`).
   * @see https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md
   */
  aml?: IdenfyAmlResult | IdenfyServiceSummary;
  /**
   * LID in older callbacks: one service result, or in the oldest `{ suspected, results }`
   * (tell them apart with `'suspected' in lid`).
   * @see https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md
   */
  lid?: IdenfyLidResult | IdenfyServiceSummary;
  /**
   * iDenfy's reference for the identification (up to 36 characters; a UUID in practice).
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  scanRef: string;
  /**
   * The `externalRef` you sent with the token (up to 40 characters).
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  externalRef?: string | null;
  /**
   * Your reference for the client (up to 100 characters).
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  clientId: string;
  /**
   * The company the identification belongs to (KYB).
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  companyId?: string;
  /**
   * The company beneficiary the identification belongs to (KYB).
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  beneficiaryId?: string;
  /**
   * When the client started the identification, in Unix seconds; sent as a number or a numeric string, always a number here.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  startTime?: number;
  /**
   * When the automatic decision was made, in Unix seconds; sent as a number or a numeric string, always a number here.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  finishTime?: number;
  /**
   * The client's IP address, IPv4 or IPv6.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  clientIp?: string | null;
  /**
   * The country of the client's IP address, ISO 3166-1 alpha-2.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  clientIpCountry?: string | null;
  /**
   * Where the client's IP address is, such as `Kaunas, Lithuania`.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  clientLocation?: string | null;
  /**
   * Whether the additional data matched an entry of a global data source.
   * @see https://documentation.idenfy.com/kyc/webhooks
   */
  gdcMatch?: boolean | null;
  /**
   * The client's answers to a questionnaire.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  questionnaireAnswers?: IdenfyQuestionnaireAnswers | null;
  /**
   * The client's risk assessment.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  riskAssessment?: IdenfyRiskAssessment | null;
  /**
   * The bank verification.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  bankVerification?: IdenfyBankVerification | null;
  /**
   * The email verification.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  emailVerification?: IdenfyEmailVerification | null;
  /**
   * The phone verification.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  phoneVerification?: IdenfyPhoneVerification | null;
  /**
   * The US driving licence check.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  driverLicenseCheck?: IdenfyDriverLicenseCheck | null;
  /**
   * The bank card verification.
   * @see https://documentation.idenfy.com/openapi/kyc.yaml
   */
  bankCardVerification?: IdenfyBankCardVerification | null;
  /**
   * The identification's additional steps, by name.
   * @see https://documentation.idenfy.com/kyc/additional-steps
   */
  additionalSteps?: IdenfyAdditionalSteps | null;
}

/**
 * An identification that passed (`APPROVED`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyApproved extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'APPROVED'>;
}

/**
 * An identification that failed (`DENIED`), also sent when a session expires after failed attempts.
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyDenied extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'DENIED'>;
}

/**
 * An identification with fraud or mismatch indicators (`SUSPECTED`): see `fraudTags` and `mismatchTags`, and decide.
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfySuspected extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'SUSPECTED'>;
}

/**
 * An identification a human is reviewing (`REVIEWING`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyReviewing extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'REVIEWING'>;
}

/**
 * An identification whose token or session expired before the client finished (`EXPIRED`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyExpired extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'EXPIRED'>;
}

/**
 * An identification still in progress (`ACTIVE`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyActive extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'ACTIVE'>;
}

/**
 * An identification whose data was deleted (`DELETED`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyDeleted extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'DELETED'>;
}

/**
 * An identification that was archived (`ARCHIVED`).
 *
 * @see https://documentation.idenfy.com/guides/dashboard/kyc/verification-statuses#overall-status
 */
export interface IdenfyArchived extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'ARCHIVED'>;
}

/**
 * An identification whose token expired unused and whose data was then deleted (`EXPIRED-DELETED`).
 * iDenfy's status vocabulary lists it beside the other overall statuses; its specification does not,
 * and no page says whether a callback carries it.
 *
 * @see https://documentation.idenfy.com/resources/vocabulary
 */
export interface IdenfyExpiredDeleted extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'EXPIRED-DELETED'>;
}

/**
 * An identification not reviewed yet (`NOT_REVIEWED`), a status of the earliest callbacks.
 *
 * @see https://github.com/idenfy/Documentation/blob/master/pages/ResultCallback.md
 */
export interface IdenfyNotReviewed extends IdenfyCallbackCommon {
  /** The identification's status. */
  status: IdenfyStatus<'NOT_REVIEWED'>;
}

/** Each identification result callback type by its `status.overall`. */
export interface IdenfyCallbackMap {
  APPROVED: IdenfyApproved;
  DENIED: IdenfyDenied;
  SUSPECTED: IdenfySuspected;
  REVIEWING: IdenfyReviewing;
  EXPIRED: IdenfyExpired;
  ACTIVE: IdenfyActive;
  DELETED: IdenfyDeleted;
  ARCHIVED: IdenfyArchived;
  NOT_REVIEWED: IdenfyNotReviewed;
  'EXPIRED-DELETED': IdenfyExpiredDeleted;
}

/**
 * A decoded iDenfy identification result callback: a union discriminated by `status.overall`.
 * TypeScript narrows `callback.status` (not `callback`) on a nested discriminant; the variants differ
 * only in `status.overall`, so that is all there is to narrow.
 *
 * @example
 * ```ts
 * switch (callback.status.overall) {
 *   case 'APPROVED': return approve(callback.scanRef, callback.data.docDob);
 *   case 'SUSPECTED': return review(callback.scanRef, callback.status.fraudTags ?? []);
 *   // ...
 * }
 * ```
 */
export type IdenfyCallback = IdenfyCallbackMap[IdenfyOverallStatus];
