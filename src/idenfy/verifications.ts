import * as z from '../core/zod.js';
import { formatted, isoDate, openEnum, optional, record, shared, type SchemaSettings } from '../core/fields.js';
import {
  addressVerificationQualities,
  addressVerificationStatuses,
  bankCardNoMatchReasons,
  bankCardVerificationStatuses,
  questionTypes,
  registryCenterKinds,
  riskLevels,
  softKycMatchStatuses,
} from './enumerations.js';
import { anyObject } from './fields.js';

// The verifications beyond the document that the current specification adds to the callback.

/**
 * Builds the schemas of the registry center check, the address verification and the other
 * verifications of the current specification (questionnaire, risk, bank, email, phone, driving
 * licence, bank card). Formats are checked where the specification gives one (`date`); other
 * strings are accepted as they come.
 *
 * @param settings - `strict` (unknown fields and enumeration values rejected)
 * @returns the schemas, by the callback field each belongs to
 */
export function buildVerificationSchemas(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  const values = <const T extends readonly [string, ...string[]]>(known: T) => openEnum(known, settings);
  const text = shared(z.nullable(z.string()));
  const date = shared(z.nullable(formatted(isoDate)));
  const matchStatus = () => optional(z.nullable(values(softKycMatchStatuses)));

  // One object with the fields of all three registries, each optional: no shape is rejected for
  // holding another registry's fields, and a registry this version does not know still parses.
  const registryCenterCheck = object({
    resourceType: values(registryCenterKinds),
    checkedMrz: optional(z.string()),
    firstName: optional(text()),
    lastName: optional(text()),
    maidenName: optional(text()),
    mothersMaidenName: optional(text()),
    birthDate: optional(date()),
    birthPlace: optional(text()),
    address: optional(z.nullable(anyObject())),
    residentialAddress: optional(z.nullable(anyObject())),
    nationality: optional(text()),
    idCard: optional(z.nullable(anyObject())),
    passport: optional(z.nullable(anyObject())),
    additionalData: optional(z.nullable(anyObject())),
    checkedPersonalNumber: optional(z.string()),
    checkedDocumentType: optional(z.string()),
    personalNumber: optional(text()),
    name: optional(text()),
    surname: optional(text()),
    documentNumber: optional(text()),
    documentExpiration: optional(date()),
    facePhoto: optional(text()),
    middleName: optional(text()),
    dob: optional(date()),
    yob: optional(z.nullable(z.int())),
    address1: optional(text()),
    address2: optional(text()),
    city: optional(text()),
    state: optional(text()),
    zip: optional(text()),
    idNum: optional(text()),
    phone: optional(text()),
    email: optional(text()),
    firstNameStatus: matchStatus(),
    lastNameStatus: matchStatus(),
    middleNameStatus: matchStatus(),
    dobStatus: matchStatus(),
    yobStatus: matchStatus(),
    address1Status: matchStatus(),
    address2Status: matchStatus(),
    cityStatus: matchStatus(),
    stateStatus: matchStatus(),
    zipStatus: matchStatus(),
    idNumStatus: matchStatus(),
    phoneStatus: matchStatus(),
    emailStatus: matchStatus(),
  });

  const addressVerification = object({
    address: z.string(),
    country: optional(text()),
    status: values(addressVerificationStatuses),
    accuracy: z.nullable(z.int()),
    quality: z.nullable(values(addressVerificationQualities)),
  });

  const question = object({
    key: z.string(),
    title: z.string(),
    type: values(questionTypes),
    value: z.nullable(
      z.union([z.array(z.string()), z.string(), z.boolean()], { error: 'Expected a string, a list of strings, a boolean or null' }),
    ),
  });

  const questionnaireAnswers = object({
    title: z.string(),
    sections: z.array(object({ title: z.string(), questions: z.array(question) })),
  });

  const riskAssessment = object({
    riskScore: z.nullable(z.int().check(z.gte(0), z.lte(100))),
    riskLevel: z.nullable(values(riskLevels)),
  });

  const bankAccount = object({
    id: z.string(),
    name: text(),
    iban: text(),
    currency: z.string(),
    balancesOverview: z.nullable(object({ bookedBalance: z.nullable(z.number()), availableBalance: z.nullable(z.number()) })),
    transactionsCount: z.nullable(z.int()),
  });

  const bankVerification = object({
    id: z.string(),
    country: text(),
    bank: text(),
    accounts: z.array(bankAccount),
    riskLevel: z.nullable(values(riskLevels)),
  });

  const emailVerification = object({ email: z.string(), emailVerified: z.boolean() });

  const phoneVerification = object({ phone: z.string(), phoneVerified: z.boolean() });

  const driverLicenseCheck = object({
    name: z.string(),
    surname: z.string(),
    dateOfBirth: formatted(isoDate),
    state: z.string(),
    gender: text(),
    dateOfIssue: date(),
    dateOfExpiry: date(),
    documentNumber: text(),
    nameMatch: z.nullable(z.boolean()),
    surnameMatch: z.nullable(z.boolean()),
    dateOfBirthMatch: z.nullable(z.boolean()),
    dateOfIssueMatch: z.nullable(z.boolean()),
    dateOfExpiryMatch: z.nullable(z.boolean()),
    documentNumberMatch: z.nullable(z.boolean()),
    genderMatch: z.nullable(z.boolean()),
  });

  const bankCardVerification = object({
    id: z.string(),
    status: values(bankCardVerificationStatuses),
    noMatchReason: z.nullable(values(bankCardNoMatchReasons)),
    name: text(),
    firstSix: text(),
    lastFour: text(),
    expiryDate: date(),
    nameMatch: z.nullable(z.boolean()),
    lastFourMatch: z.nullable(z.boolean()),
  });

  return {
    registryCenterCheck,
    addressVerification,
    questionnaireAnswers,
    riskAssessment,
    bankVerification,
    emailVerification,
    phoneVerification,
    driverLicenseCheck,
    bankCardVerification,
  };
}
