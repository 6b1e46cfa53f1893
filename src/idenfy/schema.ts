import * as z from '../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../core/define.js';
import { fieldsFor, numeric, optional, type SchemaSettings } from '../core/fields.js';
import { jsonWire, type JsonBody } from '../core/json-body.js';
import type { ByNestedDiscriminant } from '../core/nested-union.js';
import { buildScreeningSchemas } from './aml.js';
import {
  additionalStepStatuses,
  additionalStepTypes,
  ageEstimates,
  documentStatuses,
  documentTypes,
  faceStatuses,
  fraudTags,
  mismatchTags,
  idenfyOverallStatuses,
  platforms,
  riskLevels,
  sexes,
  suspicionReasons,
} from './enumerations.js';
import { anyObject, openMap } from './fields.js';
import type { IdenfyCallback } from './types.js';
import { buildVerificationSchemas } from './verifications.js';

/**
 * Builds the schema of the identification result callback: from the JSON body, as `JSON.parse`
 * returns it, to the typed callback. Exported for the type tests, which pin its output to the
 * hand-written interfaces.
 *
 * The variants differ only in `status.overall`. zod discriminates on top-level keys only, so one
 * object schema checks every variant (with `overall` a closed enumeration), and its output is typed
 * as the union of the variants.
 *
 * @param settings - `strict` (unknown fields and enumeration values rejected); the caps on JSON
 *   shape were applied when the body was read
 * @returns the schema, whose output is a union discriminated by `status.overall`
 */
export function buildIdenfySchema(settings: SchemaSettings) {
  const { object, values } = fieldsFor(settings);
  const nullable = z.nullable;
  const optionalNullableString = optional(nullable(z.string()));
  const screening = buildScreeningSchemas(settings);
  const verifications = buildVerificationSchemas(settings);

  const status = object({
    overall: z.enum(idenfyOverallStatuses),
    autoFace: nullable(values(faceStatuses)),
    manualFace: nullable(values(faceStatuses)),
    autoDocument: nullable(values(documentStatuses)),
    manualDocument: nullable(values(documentStatuses)),
    fraudTags: optional(z.array(values(fraudTags))),
    mismatchTags: optional(z.array(values(mismatchTags))),
    additionalSteps: optional(nullable(values(additionalStepStatuses))),
    suspicionReasons: optional(z.array(values(suspicionReasons))),
  });

  // Top level in the specification, inside `data` in iDenfy's examples: typed in both places.
  const dualPlacement = {
    manualAddress: optionalNullableString,
    manualAddressMatch: optional(z.boolean()),
    registryCenterCheck: optional(nullable(verifications.registryCenterCheck)),
    addressVerification: optional(nullable(verifications.addressVerification)),
  };

  const data = object({
    docFirstName: optionalNullableString,
    docLastName: optionalNullableString,
    docNumber: optionalNullableString,
    docPersonalCode: optionalNullableString,
    docExpiry: optionalNullableString,
    docDob: optionalNullableString,
    docDateOfIssue: optionalNullableString,
    docType: optional(nullable(values(documentTypes))),
    docSex: optional(nullable(values(sexes))),
    docNationality: optionalNullableString,
    docIssuingCountry: optionalNullableString,
    selectedCountry: optionalNullableString,
    birthPlace: optionalNullableString,
    authority: optionalNullableString,
    address: optionalNullableString,
    docTemporaryAddress: optionalNullableString,
    mothersMaidenName: optionalNullableString,
    docBirthName: optionalNullableString,
    docPatronymic: optionalNullableString,
    driverLicenseCategory: optionalNullableString,
    manuallyDataChanged: optional(nullable(z.boolean())),
    fullName: optionalNullableString,
    orgFirstName: optionalNullableString,
    orgLastName: optionalNullableString,
    orgNationality: optionalNullableString,
    orgBirthPlace: optionalNullableString,
    orgAuthority: optionalNullableString,
    orgAddress: optionalNullableString,
    orgTemporaryAddress: optionalNullableString,
    orgMothersMaidenName: optionalNullableString,
    orgPatronymic: optionalNullableString,
    orgBirthName: optionalNullableString,
    ageEstimate: optional(nullable(values(ageEstimates))),
    clientIpProxyRiskLevel: optional(nullable(values(riskLevels))),
    duplicateFaces: optional(nullable(z.array(z.string()))),
    duplicateDocFaces: optional(nullable(z.array(z.string()))),
    additionalData: optional(nullable(anyObject())),
    ...dualPlacement,
  });

  const url = optionalNullableString;
  const fileUrls = openMap(
    { FRONT: url, BACK: url, FACE: url, FRONT_VIDEO: url, BACK_VIDEO: url, FACE_VIDEO: url },
    // Typed with `undefined` to match the declared index signature (a file not sent); the check
    // itself still refuses an `undefined` value.
    nullable(z.string()) as z.ZodType<string | null | undefined>,
    'a URL or null',
  );
  const additionalStepPdfUrls = openMap({}, nullable(z.string()), 'a URL or null');
  const additionalSteps = openMap({}, nullable(values(additionalStepTypes)), 'UPLOAD, COMPARE, EXTRACT or null');

  const callback = object({
    final: optional(z.boolean()),
    platform: optional(values(platforms)),
    status,
    data,
    fileUrls: nullable(fileUrls),
    additionalStepPdfUrls: optional(nullable(additionalStepPdfUrls)),
    AML: optional(nullable(z.array(screening.amlResult))),
    amlCheck: optional(nullable(screening.amlCheck)),
    LID: optional(nullable(z.array(screening.lidResult))),
    CRIMINAL_CHECK: optional(nullable(z.array(screening.criminalCheckResult))),
    aml: optional(
      z.union([screening.amlResult, screening.serviceSummary], {
        error: 'Expected an AML service result or a { suspected, results } summary',
      }),
    ),
    lid: optional(
      z.union([screening.lidResult, screening.serviceSummary], {
        error: 'Expected a LID service result or a { suspected, results } summary',
      }),
    ),
    scanRef: z.string(),
    externalRef: optionalNullableString,
    clientId: z.string(),
    companyId: optional(z.string()),
    beneficiaryId: optional(z.string()),
    startTime: optional(numeric('number', 'integer')),
    finishTime: optional(numeric('number', 'integer')),
    clientIp: optionalNullableString,
    clientIpCountry: optionalNullableString,
    clientLocation: optionalNullableString,
    gdcMatch: optional(nullable(z.boolean())),
    questionnaireAnswers: optional(nullable(verifications.questionnaireAnswers)),
    riskAssessment: optional(nullable(verifications.riskAssessment)),
    bankVerification: optional(nullable(verifications.bankVerification)),
    emailVerification: optional(nullable(verifications.emailVerification)),
    phoneVerification: optional(nullable(verifications.phoneVerification)),
    driverLicenseCheck: optional(nullable(verifications.driverLicenseCheck)),
    bankCardVerification: optional(nullable(verifications.bankCardVerification)),
    additionalSteps: optional(nullable(additionalSteps)),
    ...dualPlacement,
  });

  // The same values, typed as the union they are; the type tests pin each member to its interface.
  return callback as unknown as z.ZodType<ByNestedDiscriminant<z.output<typeof callback>, 'status', 'overall'>, z.input<typeof callback>>;
}

/** The iDenfy identification result kind: one JSON document, told apart by `status.overall`. */
export const idenfyDefinition: CallbackKindDefinition<'idenfy', 'idenfy', IdenfyCallback, JsonBody> = /* @__PURE__ */ defineCallback({
  kind: 'idenfy',
  provider: 'idenfy',
  webhook: true,
  wire: jsonWire,
  discriminants: [{ path: ['status', 'overall'], values: idenfyOverallStatuses }],
  build: buildIdenfySchema,
});
