import * as z from '../../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { fieldsFor, formatted, isoDate, isoTimestamp, numeric, optional, type SchemaSettings } from '../../core/fields.js';
import { jsonWire, type JsonBody } from '../../core/json-body.js';
import {
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
import type { JumioRetrievalResponse } from './types.js';

/**
 * Builds the workflow execution details schema: from the JSON body to the typed response. Only what
 * every version of Jumio's documentation and every recorded response has is required; ids are any
 * strings (Jumio's examples use placeholders). Exported for the type tests.
 *
 * @param settings - with `strict`, unknown fields and enumeration values are rejected
 * @returns the schema
 */
export function buildJumioRetrievalSchema(settings: SchemaSettings) {
  const { object, values } = fieldsFor(settings);
  const text = optional(z.string());
  const date = optional(formatted(isoDate));
  const timestamp = formatted(isoTimestamp);
  // Objects whose content Jumio does not specify field by field: kept as they came, in strict mode too.
  const open = z.looseObject({});
  const category = values(credentialCategories);

  const decision = <const L extends readonly [string, ...string[]]>(labels: L) =>
    object({ type: z.enum(jumioDecisionTypes), details: object({ label: values(labels) }) });

  const capability = <const L extends readonly [string, ...string[]], D extends z.core.SomeType>(labels: L, data: D) =>
    z.array(
      object({
        id: z.string(),
        credentials: optional(z.array(object({ id: z.string(), category }))),
        decision: decision(labels),
        data: optional(data),
        validFaceMapForAuthentication: text,
      }),
    );

  const dateParts = optional(object({ year: text, month: text, day: text }));

  const extractionData = object({
    type: optional(values(documentTypes)),
    subType: optional(values(documentSubTypes)),
    dateOfBirth: date,
    expiryDate: date,
    issuingDate: date,
    dateOfBirthParts: dateParts,
    expiryDateParts: dateParts,
    issuingDateParts: dateParts,
    address: optional(
      object({
        line1: text,
        line2: text,
        line3: text,
        line4: text,
        line5: text,
        country: text,
        postalCode: text,
        subdivision: text,
        city: text,
        formattedAddress: text,
      }),
    ),
    gender: optional(values(genders)),
    dlCategories: optional(z.array(z.unknown())),
    disability: optional(values(disabilities)),
    currentAge: optional(z.union([z.string(), z.number()])),
    additionalLanguage: optional(open),
    nfcValidationResult: optional(values(nfcValidationResults)),
    issuingCountry: text,
    firstName: text,
    lastName: text,
    documentNumber: text,
    personalNumber: text,
    optionalMrzField1: text,
    optionalMrzField2: text,
    state: text,
    nationality: text,
    placeOfBirth: text,
    issuingAuthority: text,
    issuingPlace: text,
    curp: text,
    taxNumber: text,
    cpf: text,
    registrationNumber: text,
    mothersName: text,
    fathersName: text,
    personalIdentificationNumber: text,
    rgNumber: text,
    voterIdNumber: text,
    issuingNumber: text,
    passportNumber: text,
    durationOfStay: text,
    numberOfEntries: text,
    visaCategory: text,
    dni: text,
    pesel: text,
    laborIdentificationNumber: text,
    documentCopy: text,
    residentPermitType: text,
    residentPermitRemarks: text,
    documentIdentificationNumber: text,
    citizenship: text,
    maritalStatus: text,
    religion: text,
    lastNameAtBirth: text,
    remarks: text,
  });

  const capabilities = object({
    usability: optional(capability(usabilityLabels, open)),
    liveness: optional(
      capability(livenessLabels, object({ type: optional(values(livenessTypes)), predictedAge: optional(numeric('number', 'integer')), ageConfidenceRange: text })),
    ),
    similarity: optional(capability(similarityLabels, object({ similarity: optional(values(similarityValues)) }))),
    authentication: optional(capability(authenticationLabels, object({ type: optional(values(livenessTypes)) }))),
    imageChecks: optional(
      capability(
        imageCheckLabels,
        object({ faceSearchFindings: optional(object({ status: values(faceSearchStatuses), findings: optional(z.array(z.string())) })) }),
      ),
    ),
    extraction: optional(capability(extractionLabels, extractionData)),
    dataChecks: optional(capability(dataCheckLabels, open)),
    watchlistScreening: optional(
      capability(
        watchlistLabels,
        object({
          searchDate: text,
          searchStatus: optional(values(searchStatuses)),
          searchId: text,
          searchReference: text,
          searchResultUrl: text,
          searchResults: optional(numeric('number', 'integer')),
        }),
      ),
    ),
    addressValidation: optional(capability(addressLabels, open)),
    proofOfResidency: optional(capability(addressLabels, open)),
    drivingLicenseVerification: optional(capability(drivingLicenseLabels, open)),
    braCpfValidation: optional(capability(cpfLabels, open)),
    biometricVerification: optional(capability(biometricLabels, open)),
  });

  return object({
    workflow: object({
      id: z.string(),
      status: values(jumioWorkflowStatuses),
      definitionKey: z.string(),
      userReference: text,
      customerInternalReference: text,
      originalDefinitionKey: text,
      reportingCriteria: text,
      childIds: optional(z.array(z.string())),
      parentId: text,
    }),
    account: object({ id: z.string() }),
    createdAt: timestamp,
    startedAt: optional(timestamp),
    completedAt: optional(timestamp),
    wipedOutAt: optional(timestamp),
    credentials: z.array(
      object({
        id: z.string(),
        category,
        parts: optional(z.array(object({ classifier: values(partClassifiers), href: text, captureType: text }))),
        label: text,
        clientIp: text,
        reusableIdentity: optional(open),
        consent: optional(open),
      }),
    ),
    decision: optional(object({ ...decision(decisionLabels).shape, risk: optional(object({ score: z.number() })) })),
    steps: optional(object({ href: z.string() })),
    capabilities,
    feedback: optional(open),
  });
}

/** The workflow execution details kind: an API response (not a webhook), told apart by `decision.type`. */
export const jumioRetrievalDefinition: CallbackKindDefinition<'jumio-retrieval', 'jumio', JumioRetrievalResponse, JsonBody> = /* @__PURE__ */ defineCallback({
  kind: 'jumio-retrieval',
  provider: 'jumio',
  webhook: false,
  wire: jsonWire,
  discriminants: [{ path: ['decision', 'type'], values: jumioDecisionTypes }],
  build: buildJumioRetrievalSchema,
});
