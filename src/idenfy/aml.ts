import * as z from '../core/zod.js';
import { fieldsFor, formatted, isoTimestamp, optional, type SchemaSettings } from '../core/fields.js';
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
  const { object, values } = fieldsFor(settings);
  const nullableString = z.nullable(z.string());
  const optionalNullableString = optional(nullableString);
  const optionalString = optional(z.string());

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
    name: nullableString,
    surname: nullableString,
    nationality: nullableString,
    dob: nullableString,
    suspicion: z.nullable(values(amlSuspicions)),
    reason: nullableString,
    listNumber: optionalNullableString,
    listName: optionalNullableString,
    score: z.nullable(z.int()),
    lastUpdate: nullableString,
    exitDate: optionalNullableString,
    isPerson: z.nullable(z.boolean()),
    isActive: z.nullable(z.boolean()),
    linkedDocument: optionalNullableString,
    pepLevel: optional(z.nullable(z.int())),
    category: optionalNullableString,
    otherInformation: optionalNullableString,
    checkDate: optionalNullableString,
    whitelisted: optional(z.nullable(z.boolean())),
  });

  // The negative-news service's articles (iDenfy's AML page) have only title, url, text and type.
  const adverseMediaArticle = object({
    title: nullableString,
    url: nullableString,
    text: nullableString,
    score: optionalNullableString,
    type: z.nullable(values(articleTypes)),
    checkDate: optionalString,
    publishDate: optionalNullableString,
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
    errorMessage: nullableString,
    data: optional(z.array(amlHit)),
  });

  const lidRecord = object({
    documentNumber: z.string(),
    documentType: nullableString,
    valid: z.boolean(),
    expiryDate: z.string(),
    checkDate: optionalString,
  });

  const lidResult = object({
    status: serviceStatus,
    data: z.array(lidRecord),
    serviceName: z.string(),
    serviceGroupType: optional(values(serviceGroupTypes)),
    uid: z.string(),
    errorMessage: nullableString,
  });

  const criminalOffense = object({
    offense: nullableString,
    offenseClass: nullableString,
    offenseDescription: nullableString,
    offenseLevel: nullableString,
    sentenceDate: nullableString,
    courtName: nullableString,
    courtCaseNumber: nullableString,
    releaseDate: nullableString,
  });

  const criminalRecord = object({
    offenses: z.array(criminalOffense),
    fullName: nullableString,
    county: nullableString,
    region: z.nullable(values(usStates)),
  });

  const criminalCheckResult = object({
    status: serviceStatus,
    data: z.array(criminalRecord),
    serviceName: z.string(),
    serviceGroupType: optional(values(serviceGroupTypes)),
    uid: z.string(),
    errorMessage: nullableString,
  });

  const serviceSummary = object({
    suspected: z.boolean(),
    results: anyObject(),
  });

  const amlCheckAddress = object({ city: nullableString, geography: nullableString });

  const amlCheckMatch = object({
    addresses: z.nullable(z.array(amlCheckAddress)),
    datesOfBirth: z.nullable(z.array(z.string())),
    gender: nullableString,
    nationalities: z.nullable(z.array(z.string())),
    match: z.string(),
    formerSanBodyIds: z.nullable(z.array(z.int())),
    countries: z.nullable(z.array(z.string())),
    datasets: z.array(z.string()),
    currentSanBodyIds: z.nullable(z.array(z.int())),
    version: z.int(),
    pepTier: optionalNullableString,
    score: z.nullable(z.int()),
    profileImage: optionalNullableString,
    name: nullableString,
    resourceId: z.string(),
  });

  const amlCheckArticle = object({
    title: nullableString,
    url: z.string(),
    text: nullableString,
    score: nullableString,
    type: nullableString,
    publishDate: nullableString,
  });

  const amlCheck = object({
    id: nullableString,
    overallStatus: nullableString,
    statusSetBy: z.nullable(anyObject()),
    statusSetAt: z.nullable(formatted(isoTimestamp)),
    adverseMedia: z.nullable(z.array(amlCheckArticle)),
    amlCheck: z.nullable(z.array(amlCheckMatch)),
  });

  return { amlResult, lidResult, criminalCheckResult, serviceSummary, amlCheck };
}
