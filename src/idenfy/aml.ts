import * as z from '../core/zod.js';
import { formatted, isoTimestamp, openEnum, optional, record, shared, type SchemaSettings } from '../core/fields.js';
import {
  amlServiceNames,
  amlSuspicions,
  articleTypes,
  serviceGroupTypes,
  serviceOverallStatuses,
  usStates,
} from './enumerations.js';
import { anyObject } from './fields.js';

// The AML, LID and criminal check results, in all three generations (FIELDS.md §1.7).

/**
 * Builds the schemas of the check services' results. Each is kept exactly where and as it came:
 * this module only describes the shapes; the callback schema places them.
 *
 * @param settings - `strict` (unknown fields and enumeration values rejected)
 * @returns the schemas: one AML, LID and criminal check service result, the oldest
 *   `{ suspected, results }` summary, and the version 3 `amlCheck`
 */
export function buildScreeningSchemas(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  const values = <const T extends readonly [string, ...string[]]>(known: T) => openEnum(known, settings);
  const text = shared(z.nullable(z.string()));
  const optionalText = shared(optional(text()));
  const optionalString = shared(optional(z.string()));

  const serviceStatus = object({
    serviceSuspected: z.boolean(),
    serviceUsed: z.boolean(),
    serviceFound: z.boolean(),
    checkSuccessful: z.boolean(),
    overallStatus: values(serviceOverallStatuses),
  });

  // Required: what every generation sends. The middle generation's hits (iDenfy's AML page) have
  // only these ten; the list, document, category and check date came with the specification.
  const nameMatch = object({
    name: text(),
    surname: text(),
    nationality: text(),
    dob: text(),
    suspicion: z.nullable(values(amlSuspicions)),
    reason: text(),
    listNumber: optionalText(),
    listName: optionalText(),
    score: z.nullable(z.int()),
    lastUpdate: text(),
    exitDate: optionalText(),
    isPerson: z.nullable(z.boolean()),
    isActive: z.nullable(z.boolean()),
    linkedDocument: optionalText(),
    pepLevel: optional(z.nullable(z.int())),
    category: optionalText(),
    otherInformation: optionalText(),
    checkDate: optionalText(),
    whitelisted: optional(z.nullable(z.boolean())),
  });

  // The negative-news service's articles (iDenfy's AML page) have only title, url, text and type.
  const adverseMediaArticle = object({
    title: text(),
    url: text(),
    text: text(),
    score: optionalText(),
    type: z.nullable(values(articleTypes)),
    checkDate: optionalString(),
    publishDate: optionalText(),
  });

  // A name match always has `name`, an article always has `title`: the two shapes never overlap.
  const amlHit = z.union([nameMatch, adverseMediaArticle], {
    error: 'Expected an AML name match or an adverse-media article',
  });

  const amlResult = object({
    status: serviceStatus,
    serviceName: values(amlServiceNames),
    serviceGroupType: values(serviceGroupTypes),
    uid: z.string(),
    errorMessage: text(),
    data: optional(z.array(amlHit)),
  });

  const lidRecord = object({
    documentNumber: z.string(),
    documentType: text(),
    valid: z.boolean(),
    expiryDate: z.string(),
    checkDate: optionalString(),
  });

  const lidResult = object({
    status: serviceStatus,
    data: z.array(lidRecord),
    serviceName: z.string(),
    serviceGroupType: optional(values(serviceGroupTypes)),
    uid: z.string(),
    errorMessage: text(),
  });

  const criminalOffense = object({
    offense: text(),
    offenseClass: text(),
    offenseDescription: text(),
    offenseLevel: text(),
    sentenceDate: text(),
    courtName: text(),
    courtCaseNumber: text(),
    releaseDate: text(),
  });

  const criminalRecord = object({
    offenses: z.array(criminalOffense),
    fullName: text(),
    county: text(),
    region: z.nullable(values(usStates)),
  });

  const criminalCheckResult = object({
    status: serviceStatus,
    data: z.array(criminalRecord),
    serviceName: z.string(),
    serviceGroupType: optional(values(serviceGroupTypes)),
    uid: z.string(),
    errorMessage: text(),
  });

  const serviceSummary = object({
    suspected: z.boolean(),
    results: anyObject(),
  });

  const amlCheckAddress = object({ city: text(), geography: text() });

  const amlCheckMatch = object({
    addresses: z.nullable(z.array(amlCheckAddress)),
    datesOfBirth: z.nullable(z.array(z.string())),
    gender: text(),
    nationalities: z.nullable(z.array(z.string())),
    match: z.string(),
    formerSanBodyIds: z.nullable(z.array(z.int())),
    countries: z.nullable(z.array(z.string())),
    datasets: z.array(z.string()),
    currentSanBodyIds: z.nullable(z.array(z.int())),
    version: z.int(),
    pepTier: optionalText(),
    score: z.nullable(z.int()),
    profileImage: optionalText(),
    name: text(),
    resourceId: z.string(),
  });

  const amlCheckArticle = object({
    title: text(),
    url: z.string(),
    text: text(),
    score: text(),
    type: text(),
    publishDate: text(),
  });

  const amlCheck = object({
    id: text(),
    overallStatus: text(),
    statusSetBy: z.nullable(anyObject()),
    statusSetAt: z.nullable(formatted(isoTimestamp)),
    adverseMedia: z.nullable(z.array(amlCheckArticle)),
    amlCheck: z.nullable(z.array(amlCheckMatch)),
  });

  return { amlResult, lidResult, criminalCheckResult, serviceSummary, amlCheck };
}
