import * as z from '../core/zod.js';
import { fieldsFor, formatted, isoDate, optional, type SchemaSettings } from '../core/fields.js';
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
  const { object, values } = fieldsFor(settings);
  const nullableString = z.nullable(z.string());
  const nullableDate = z.nullable(formatted(isoDate));
  const matchStatus = () => optional(z.nullable(values(softKycMatchStatuses)));

  // One object with the fields of all three registries, each optional: no shape is rejected for
  // holding another registry's fields, and a registry this version does not know still parses.
  const registryCenterCheck = object({
    resourceType: values(registryCenterKinds),
    checkedMrz: optional(z.string()),
    firstName: optional(nullableString),
    lastName: optional(nullableString),
    maidenName: optional(nullableString),
    mothersMaidenName: optional(nullableString),
    birthDate: optional(nullableDate),
    birthPlace: optional(nullableString),
    address: optional(z.nullable(anyObject())),
    residentialAddress: optional(z.nullable(anyObject())),
    nationality: optional(nullableString),
    idCard: optional(z.nullable(anyObject())),
    passport: optional(z.nullable(anyObject())),
    additionalData: optional(z.nullable(anyObject())),
    checkedPersonalNumber: optional(z.string()),
    checkedDocumentType: optional(z.string()),
    personalNumber: optional(nullableString),
    name: optional(nullableString),
    surname: optional(nullableString),
    documentNumber: optional(nullableString),
    documentExpiration: optional(nullableDate),
    facePhoto: optional(nullableString),
    middleName: optional(nullableString),
    dob: optional(nullableDate),
    yob: optional(z.nullable(z.int())),
    address1: optional(nullableString),
    address2: optional(nullableString),
    city: optional(nullableString),
    state: optional(nullableString),
    zip: optional(nullableString),
    idNum: optional(nullableString),
    phone: optional(nullableString),
    email: optional(nullableString),
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
    country: optional(nullableString),
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
    name: nullableString,
    iban: nullableString,
    currency: z.string(),
    balancesOverview: z.nullable(object({ bookedBalance: z.nullable(z.number()), availableBalance: z.nullable(z.number()) })),
    transactionsCount: z.nullable(z.int()),
  });

  const bankVerification = object({
    id: z.string(),
    country: nullableString,
    bank: nullableString,
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
    gender: nullableString,
    dateOfIssue: nullableDate,
    dateOfExpiry: nullableDate,
    documentNumber: nullableString,
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
    name: nullableString,
    firstSix: nullableString,
    lastFour: nullableString,
    expiryDate: nullableDate,
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
