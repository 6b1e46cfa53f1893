import * as fc from 'fast-check';
import { jumioPlatformStatuses } from '../jumio/platform/enumerations.js';
import type { JumioPlatformCallback, JumioPlatformCallbackMap, JumioPlatformStatus } from '../jumio/platform/types.js';
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
} from '../jumio/retrieval/enumerations.js';
import type { JumioCapabilities, JumioCapability, JumioDecisionType, JumioExtractionData, JumioRetrievalResponse } from '../jumio/retrieval/types.js';
import { jumioRetrievalStatuses } from '../jumio/retrieval-status/enumerations.js';
import type { JumioRetrievalStatus, JumioRetrievalStatusResponse } from '../jumio/retrieval-status/types.js';
import { anyText, calendarDate, openEnumValue, timestamp, unknownFieldName, variantsOf, withUnknownFields, type ArbitraryOptions } from './values.js';


/** Options of {@link arbitraryJumioPlatform}. */
export interface JumioPlatformArbitraryOptions<S extends JumioPlatformStatus> extends ArbitraryOptions {
  /** The status or statuses to generate; every status by default. */
  readonly status?: S | readonly S[];
}

/** Options of {@link arbitraryJumioRetrievalStatus}. */
export interface JumioRetrievalStatusArbitraryOptions extends ArbitraryOptions {
  /** The status or statuses to generate; every status by default. */
  readonly status?: JumioRetrievalStatus | readonly JumioRetrievalStatus[];
}

/** Options of {@link arbitraryJumioRetrieval}. */
export interface JumioRetrievalArbitraryOptions extends ArbitraryOptions {
  /** The decision type or types to generate, `NO_DECISION` for a response without one; all by default. */
  readonly decision?: JumioDecisionType | 'NO_DECISION' | readonly (JumioDecisionType | 'NO_DECISION')[];
}

const host = fc.constantFrom('https://retrieval.amer-1.jumio.ai/api/v1', 'https://retrieval.emea-1.jumio.ai/api/v1', 'https://retrieval.apac-1.jumio.ai/api/v1');
const definitionKey = fc.constantFrom('3', '10011', '10013', '10148');

/**
 * A fast-check arbitrary of decoded Jumio Platform callbacks.
 * `parseJumioPlatform(serializeJumioPlatform(callback))` deep-equals every generated callback.
 *
 * @param options - which statuses, and whether to add unknown fields
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryJumioPlatform({ status: 'PROCESSED' })])('queues a retrieval', (callback) => {
 *   expect(jumioRetrievalUrls(callback, { dataCenter: 'emea-1' })).toBeDefined();
 * });
 * ```
 */
export function arbitraryJumioPlatform<S extends JumioPlatformStatus = JumioPlatformStatus>(
  options?: JumioPlatformArbitraryOptions<S>,
): fc.Arbitrary<JumioPlatformCallbackMap[S]> {
  const callbacks = variantsOf<JumioPlatformStatus, JumioPlatformCallback>(jumioPlatformStatuses, options?.status, (status) =>
    fc
      .tuple(host, fc.uuid(), fc.uuid(), fc.boolean())
      .chain(([base, account, workflow, accountScoped]) => {
        const known = fc.record(
          {
            callbackSentAt: timestamp(),
            userReference: anyText(),
            workflowExecution: withUnknownFields(
              fc.record({
                id: fc.constant(workflow),
                href: fc.constant(accountScoped ? `${base}/accounts/${account}/workflow-executions/${workflow}` : `${base}/workflow-executions/${workflow}`),
                definitionKey,
                status: fc.constant(status),
              }),
              ['id', 'href', 'definitionKey', 'status'],
              anyText(),
              options,
            ),
            account: fc.constant({ id: account, href: `${base}/accounts/${account}` }),
          },
          { requiredKeys: ['callbackSentAt', 'workflowExecution', 'account'] },
        );
        return withUnknownFields(known, ['callbackSentAt', 'userReference', 'workflowExecution', 'account'], anyText(), options);
      }) as fc.Arbitrary<JumioPlatformCallback>,
  );
  return callbacks as fc.Arbitrary<JumioPlatformCallbackMap[S]>;
}

/**
 * A fast-check arbitrary of decoded workflow execution status responses.
 *
 * @param options - which statuses, and whether to add unknown fields
 * @returns the arbitrary
 */
export function arbitraryJumioRetrievalStatus(options?: JumioRetrievalStatusArbitraryOptions): fc.Arbitrary<JumioRetrievalStatusResponse> {
  return variantsOf(jumioRetrievalStatuses, options?.status, (status) =>
    fc.tuple(host, fc.uuid(), fc.uuid(), definitionKey).chain(([base, account, workflow, key]) =>
      withUnknownFields(
        fc.constant({
          account: { id: account, href: `${base}/accounts/${account}` },
          workflowExecution: { id: workflow, href: `${base}/workflow-executions/${workflow}`, definitionKey: key, status },
        }),
        ['account', 'workflowExecution'],
        anyText(),
        options,
      ),
    ),
  );
}

/**
 * A fast-check arbitrary of decoded workflow execution details responses: every documented
 * capability, label and extraction field, in small numbers.
 * `parseJumioRetrieval(serializeJumioRetrieval(response))` deep-equals every generated response.
 *
 * @param options - which decision types, and whether to add unknown fields (a few, of short text)
 * @returns the arbitrary
 */
export function arbitraryJumioRetrieval(options?: JumioRetrievalArbitraryOptions): fc.Arbitrary<JumioRetrievalResponse> {
  const all = [...jumioDecisionTypes, 'NO_DECISION'] as const;
  return variantsOf<JumioDecisionType | 'NO_DECISION', JumioRetrievalResponse>(all, options?.decision, (type) => response(type, options));
}

type Model<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

/** @returns a record of the fields, each optional unless named in `required`, with unknown fields when asked */
function some<T extends object>(model: Model<T>, options: ArbitraryOptions | undefined, required: readonly (keyof T)[] = []): fc.Arbitrary<T> {
  const known = fc.record(model, { requiredKeys: required as (keyof T)[] }) as unknown as fc.Arbitrary<T>;
  return withUnknownFields(known, Object.keys(model), anyText(), options);
}

/** A small object of unspecified content, as Jumio sends it. */
function openObject(): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(unknownFieldName([]), anyText(), { maxKeys: 2 });
}

function text(): fc.Arbitrary<string> {
  return anyText();
}

function response(type: JumioDecisionType | 'NO_DECISION', options: ArbitraryOptions | undefined): fc.Arbitrary<JumioRetrievalResponse> {
  const decision =
    type === 'NO_DECISION'
      ? undefined
      : some(
          {
            type: fc.constant(type),
            details: fc.record({ label: openEnumValue(decisionLabels, options) }),
            risk: fc.record({ score: fc.integer({ min: -100, max: 10_000 }).map((hundredths) => hundredths / 100) }),
          },
          options,
          ['type', 'details'],
        );
  const model: Model<JumioRetrievalResponse> = {
    workflow: some(
      {
        id: fc.uuid(),
        status: openEnumValue(jumioWorkflowStatuses, options),
        definitionKey,
        userReference: text(),
        customerInternalReference: text(),
        originalDefinitionKey: definitionKey,
        reportingCriteria: text(),
        childIds: fc.array(fc.uuid(), { maxLength: 2 }),
        parentId: fc.uuid(),
      },
      options,
      ['id', 'status', 'definitionKey'],
    ),
    account: fc.record({ id: fc.uuid() }),
    createdAt: timestamp(),
    startedAt: timestamp(),
    completedAt: timestamp(),
    wipedOutAt: timestamp(),
    credentials: fc.array(credential(options), { maxLength: 3 }),
    decision: decision ?? fc.constant(undefined as never),
    steps: fc.record({ href: text() }),
    capabilities: capabilities(options),
    feedback: openObject(),
  };
  const required: (keyof JumioRetrievalResponse)[] = ['workflow', 'account', 'createdAt', 'credentials', 'capabilities'];
  if (decision !== undefined) required.push('decision');
  else delete (model as Partial<Model<JumioRetrievalResponse>>).decision;
  return some(model, options, required);
}

function credential(options: ArbitraryOptions | undefined) {
  return some(
    {
      id: fc.uuid(),
      category: openEnumValue(credentialCategories, options),
      parts: fc.array(some({ classifier: openEnumValue(partClassifiers, options), href: text(), captureType: text() }, options, ['classifier']), {
        maxLength: 3,
      }),
      label: text(),
      clientIp: fc.ipV4(),
      reusableIdentity: openObject(),
      consent: openObject(),
    },
    options,
    ['id', 'category'],
  );
}

function capability<L extends string, D>(labels: readonly L[], data: fc.Arbitrary<D>, options: ArbitraryOptions | undefined): fc.Arbitrary<JumioCapability<L, D>[]> {
  const item = some<JumioCapability<L, D>>(
    {
      id: fc.uuid(),
      credentials: fc.array(fc.record({ id: fc.uuid(), category: openEnumValue(credentialCategories, options) }), { maxLength: 2 }),
      decision: fc.record({ type: fc.constantFrom(...jumioDecisionTypes), details: fc.record({ label: openEnumValue(labels, options) }) }),
      data,
      validFaceMapForAuthentication: text(),
    },
    options,
    ['id', 'decision'],
  );
  return fc.array(item, { minLength: 1, maxLength: 2 });
}

function capabilities(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioCapabilities> {
  const open = openObject();
  return some<JumioCapabilities>(
    {
      usability: capability(usabilityLabels, open, options),
      liveness: capability(
        livenessLabels,
        some(
          { type: openEnumValue(livenessTypes, options), predictedAge: fc.integer({ min: 0, max: 120 }), ageConfidenceRange: fc.constantFrom('21-41', '18-30') },
          options,
        ),
        options,
      ),
      similarity: capability(similarityLabels, some({ similarity: openEnumValue(similarityValues, options) }, options), options),
      authentication: capability(authenticationLabels, some({ type: openEnumValue(livenessTypes, options) }, options), options),
      imageChecks: capability(
        imageCheckLabels,
        some(
          {
            faceSearchFindings: some(
              { status: openEnumValue(faceSearchStatuses, options), findings: fc.array(fc.uuid(), { maxLength: 2 }) },
              options,
              ['status'],
            ),
          },
          options,
        ),
        options,
      ),
      extraction: capability(extractionLabels, extraction(options), options),
      dataChecks: capability(dataCheckLabels, open, options),
      watchlistScreening: capability(
        watchlistLabels,
        some(
          {
            searchDate: timestamp(),
            searchStatus: openEnumValue(searchStatuses, options),
            searchId: fc.integer({ min: 1, max: 99_999_999 }).map(String),
            searchReference: text(),
            searchResultUrl: text(),
            searchResults: fc.nat({ max: 50 }),
          },
          options,
        ),
        options,
      ),
      addressValidation: capability(addressLabels, open, options),
      proofOfResidency: capability(addressLabels, open, options),
      drivingLicenseVerification: capability(drivingLicenseLabels, open, options),
      braCpfValidation: capability(cpfLabels, open, options),
      biometricVerification: capability(biometricLabels, open, options),
    },
    options,
  );
}

const extractionTexts = [
  'issuingCountry',
  'firstName',
  'lastName',
  'documentNumber',
  'personalNumber',
  'optionalMrzField1',
  'optionalMrzField2',
  'state',
  'nationality',
  'placeOfBirth',
  'issuingAuthority',
  'issuingPlace',
  'curp',
  'taxNumber',
  'cpf',
  'registrationNumber',
  'mothersName',
  'fathersName',
  'personalIdentificationNumber',
  'rgNumber',
  'voterIdNumber',
  'issuingNumber',
  'passportNumber',
  'durationOfStay',
  'numberOfEntries',
  'visaCategory',
  'dni',
  'pesel',
  'laborIdentificationNumber',
  'documentCopy',
  'residentPermitType',
  'residentPermitRemarks',
  'documentIdentificationNumber',
  'citizenship',
  'maritalStatus',
  'religion',
  'lastNameAtBirth',
  'remarks',
] as const satisfies readonly (keyof JumioExtractionData)[];

function extraction(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioExtractionData> {
  const parts = some({ year: fc.integer({ min: 1900, max: 2099 }).map(String), month: fc.constantFrom('01', '06', '12'), day: fc.constantFrom('01', '15', '31') }, options);
  const texts = Object.fromEntries(extractionTexts.map((name) => [name, text()])) as Model<Pick<JumioExtractionData, (typeof extractionTexts)[number]>>;
  return some<JumioExtractionData>(
    {
      ...texts,
      type: openEnumValue(documentTypes, options),
      subType: openEnumValue(documentSubTypes, options),
      dateOfBirth: calendarDate(),
      expiryDate: calendarDate(),
      issuingDate: calendarDate(),
      dateOfBirthParts: parts,
      expiryDateParts: parts,
      issuingDateParts: parts,
      address: some(
        {
          line1: text(),
          line2: text(),
          line3: text(),
          line4: text(),
          line5: text(),
          country: fc.constantFrom('AUT', 'USA', 'XKX'),
          postalCode: text(),
          subdivision: text(),
          city: text(),
          formattedAddress: text(),
        },
        options,
      ),
      gender: openEnumValue(genders, options),
      dlCategories: fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 2 }),
      disability: openEnumValue(disabilities, options),
      currentAge: fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.integer({ min: 0, max: 120 })),
      additionalLanguage: openObject(),
      nfcValidationResult: openEnumValue(nfcValidationResults, options),
    },
    options,
  );
}
