import * as fc from 'fast-check';
import * as values from '../idenfy/enumerations.js';
import type {
  IdenfyAddressVerification,
  IdenfyAdverseMediaArticle,
  IdenfyAmlCheck,
  IdenfyAmlCheckArticle,
  IdenfyAmlCheckMatch,
  IdenfyAmlNameMatch,
  IdenfyAmlResult,
  IdenfyBankAccount,
  IdenfyBankCardVerification,
  IdenfyBankVerification,
  IdenfyCallbackCommon,
  IdenfyCallbackMap,
  IdenfyCriminalCheckResult,
  IdenfyCriminalOffense,
  IdenfyCriminalRecord,
  IdenfyData,
  IdenfyDriverLicenseCheck,
  IdenfyDualPlacementFields,
  IdenfyFileUrls,
  IdenfyLidRecord,
  IdenfyLidResult,
  IdenfyOverallStatus,
  IdenfyQuestionnaireAnswers,
  IdenfyQuestionnaireQuestion,
  IdenfyRegistryCenterCheck,
  IdenfyServiceStatus,
  IdenfyServiceSummary,
  IdenfyStatus,
} from '../idenfy/types.js';
import {
  anyText,
  calendarDate,
  jsonData,
  openEnumValue,
  timestamp,
  variantsOf,
  withUnknownFields,
  type ArbitraryOptions,
} from './values.js';

/** Options of {@link arbitraryIdenfy}. */
export interface IdenfyArbitraryOptions<O extends IdenfyOverallStatus> extends ArbitraryOptions {
  /** The overall status or statuses to generate; every status by default. */
  readonly overall?: O | readonly O[];
}

/** An arbitrary for every key of `T`, for `fc.record`. */
type Model<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

/**
 * A fast-check arbitrary of decoded iDenfy identification result callbacks: every field as the
 * parser outputs it, within what iDenfy specifies, with each AML and LID generation and both
 * placements of `manualAddress` and its companions, and Unicode in text fields.
 * `parseIdenfy(serializeIdenfy(callback))` deep-equals every generated callback.
 *
 * @param options - which overall statuses, and whether to add unknown fields
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryIdenfy({ overall: 'SUSPECTED' })])('never approves a suspected client', (callback) => {
 *   expect(decide(callback)).not.toBe('approve');
 * });
 * ```
 */
export function arbitraryIdenfy<O extends IdenfyOverallStatus = IdenfyOverallStatus>(
  options?: IdenfyArbitraryOptions<O>,
): fc.Arbitrary<IdenfyCallbackMap[O]> {
  const variants = variantsOf<IdenfyOverallStatus, unknown>(values.idenfyOverallStatuses, options?.overall, (overall) => callback(overall, options));
  return variants as fc.Arbitrary<IdenfyCallbackMap[O]>;
}

function callback(overall: IdenfyOverallStatus, options: ArbitraryOptions | undefined): fc.Arbitrary<unknown> {
  const model = { ...commonFields(options), status: status(overall, options) };
  const known = fc.record(model, { requiredKeys: ['scanRef', 'clientId', 'status', 'data', 'fileUrls'] });
  return withUnknownFields(known, Object.keys(model), jsonData(), options);
}

/** An object whose fields are all optional but `required`, with unknown fields when asked to. */
function object<T extends object>(model: Model<T>, options: ArbitraryOptions | undefined, required: (keyof T)[] = []): fc.Arbitrary<T> {
  const known = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<T>;
  return withUnknownFields(known, Object.keys(model), jsonData(), options);
}

/** An object whose fields are all required, with unknown fields when asked to. */
function complete<T extends object>(model: Model<T>, options: ArbitraryOptions | undefined): fc.Arbitrary<T> {
  return object(model, options, Object.keys(model) as (keyof T)[]);
}

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const text = () => nullable(anyText());
const integer = () => fc.integer({ min: -1_000_000, max: 1_000_000 });
const openObject = () => fc.dictionary(stepName(), jsonData(), { maxKeys: 3 });
const stepName = () => fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/);
const url = () => anyText().map((path) => `https://files.example.com/${encodeURIComponent(path)}`);

function status(overall: IdenfyOverallStatus, options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyStatus> {
  const face = () => nullable(openEnumValue(values.faceStatuses, options));
  const document = () => nullable(openEnumValue(values.documentStatuses, options));
  return object<IdenfyStatus>(
    {
      overall: fc.constant(overall),
      autoFace: face(),
      manualFace: face(),
      autoDocument: document(),
      manualDocument: document(),
      fraudTags: fc.array(openEnumValue(values.fraudTags, options), { maxLength: 3 }),
      mismatchTags: fc.array(openEnumValue(values.mismatchTags, options), { maxLength: 3 }),
      additionalSteps: nullable(openEnumValue(values.additionalStepStatuses, options)),
      suspicionReasons: fc.array(openEnumValue(values.suspicionReasons, options), { maxLength: 3 }),
    },
    options,
    ['overall', 'autoFace', 'manualFace', 'autoDocument', 'manualDocument'],
  );
}

function dualPlacementFields(options: ArbitraryOptions | undefined): Model<IdenfyDualPlacementFields> {
  return {
    manualAddress: text(),
    manualAddressMatch: fc.boolean(),
    registryCenterCheck: nullable(registryCenterCheck(options)),
    addressVerification: nullable(addressVerification(options)),
  };
}

function commonFields(options: ArbitraryOptions | undefined): Model<IdenfyCallbackCommon> {
  return {
    final: fc.boolean(),
    platform: openEnumValue(values.platforms, options),
    data: data(options),
    fileUrls: nullable(fileUrls()),
    additionalStepPdfUrls: nullable(fc.dictionary(stepName(), nullable(url()), { maxKeys: 2 })),
    AML: nullable(fc.array(amlResult(options), { maxLength: 2 })),
    amlCheck: nullable(amlCheck(options)),
    LID: nullable(fc.array(lidResult(options), { maxLength: 2 })),
    CRIMINAL_CHECK: nullable(fc.array(criminalCheckResult(options), { maxLength: 2 })),
    aml: fc.oneof(amlResult(options), serviceSummary(options)),
    lid: fc.oneof(lidResult(options), serviceSummary(options)),
    scanRef: fc.uuid(),
    externalRef: text(),
    clientId: anyText(),
    companyId: fc.uuid(),
    beneficiaryId: fc.uuid(),
    startTime: fc.integer({ min: 0, max: 2 ** 32 }),
    finishTime: fc.integer({ min: 0, max: 2 ** 32 }),
    clientIp: nullable(fc.oneof(fc.ipV4(), fc.ipV6())),
    clientIpCountry: nullable(fc.constantFrom('LT', 'US', 'DE', 'HU')),
    clientLocation: text(),
    gdcMatch: nullable(fc.boolean()),
    questionnaireAnswers: nullable(questionnaireAnswers(options)),
    riskAssessment: nullable(
      object({ riskScore: nullable(fc.integer({ min: 0, max: 100 })), riskLevel: nullable(openEnumValue(values.riskLevels, options)) }, options, [
        'riskScore',
        'riskLevel',
      ]),
    ),
    bankVerification: nullable(bankVerification(options)),
    emailVerification: nullable(complete({ email: anyText(), emailVerified: fc.boolean() }, options)),
    phoneVerification: nullable(complete({ phone: anyText(), phoneVerified: fc.boolean() }, options)),
    driverLicenseCheck: nullable(driverLicenseCheck(options)),
    bankCardVerification: nullable(bankCardVerification(options)),
    additionalSteps: nullable(fc.dictionary(stepName(), nullable(openEnumValue(values.additionalStepTypes, options)), { maxKeys: 3 })),
    ...dualPlacementFields(options),
  };
}

function data(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyData> {
  const date = () => nullable(fc.oneof(calendarDate(), anyText()));
  const country = () => nullable(fc.constantFrom('LT', 'US', 'DE', 'HU', 'GB'));
  const scanRefs = () => nullable(fc.array(fc.uuid(), { minLength: 1, maxLength: 2 }));
  return object<IdenfyData>(
    {
      docFirstName: text(),
      docLastName: text(),
      docNumber: text(),
      docPersonalCode: text(),
      docExpiry: date(),
      docDob: date(),
      docDateOfIssue: date(),
      docType: nullable(openEnumValue(values.documentTypes, options)),
      docSex: nullable(openEnumValue(values.sexes, options)),
      docNationality: country(),
      docIssuingCountry: country(),
      selectedCountry: country(),
      birthPlace: text(),
      authority: text(),
      address: text(),
      docTemporaryAddress: text(),
      mothersMaidenName: text(),
      docBirthName: text(),
      docPatronymic: text(),
      driverLicenseCategory: text(),
      manuallyDataChanged: nullable(fc.boolean()),
      fullName: text(),
      orgFirstName: text(),
      orgLastName: text(),
      orgNationality: text(),
      orgBirthPlace: text(),
      orgAuthority: text(),
      orgAddress: text(),
      orgTemporaryAddress: text(),
      orgMothersMaidenName: text(),
      orgPatronymic: text(),
      orgBirthName: text(),
      ageEstimate: nullable(openEnumValue(values.ageEstimates, options)),
      clientIpProxyRiskLevel: nullable(openEnumValue(values.riskLevels, options)),
      duplicateFaces: scanRefs(),
      duplicateDocFaces: scanRefs(),
      additionalData: nullable(openObject()),
      ...dualPlacementFields(options),
    },
    options,
  );
}

function fileUrls(): fc.Arbitrary<IdenfyFileUrls> {
  const known = fc.record(
    {
      FRONT: nullable(url()),
      BACK: nullable(url()),
      FACE: nullable(url()),
      FRONT_VIDEO: nullable(url()),
      BACK_VIDEO: nullable(url()),
      FACE_VIDEO: nullable(url()),
    },
    { requiredKeys: [] },
  );
  const others = fc.dictionary(stepName().map((name) => `${name}_FILE`), nullable(url()), { maxKeys: 2 });
  return fc.tuple(known, others).map(([files, more]): IdenfyFileUrls => ({ ...more, ...files }));
}

function registryCenterCheck(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyRegistryCenterCheck> {
  const date = () => nullable(calendarDate());
  const match = () => nullable(openEnumValue(values.softKycMatchStatuses, options));
  return object<IdenfyRegistryCenterCheck>(
    {
      resourceType: openEnumValue(values.registryCenterKinds, options),
      checkedMrz: anyText(),
      firstName: text(),
      lastName: text(),
      maidenName: text(),
      mothersMaidenName: text(),
      birthDate: date(),
      birthPlace: text(),
      address: nullable(openObject()),
      residentialAddress: nullable(openObject()),
      nationality: text(),
      idCard: nullable(openObject()),
      passport: nullable(openObject()),
      additionalData: nullable(openObject()),
      checkedPersonalNumber: anyText(),
      checkedDocumentType: anyText(),
      personalNumber: text(),
      name: text(),
      surname: text(),
      documentNumber: text(),
      documentExpiration: date(),
      facePhoto: nullable(url()),
      middleName: text(),
      dob: date(),
      yob: nullable(fc.integer({ min: 1900, max: 2099 })),
      address1: text(),
      address2: text(),
      city: text(),
      state: text(),
      zip: text(),
      idNum: text(),
      phone: text(),
      email: text(),
      firstNameStatus: match(),
      lastNameStatus: match(),
      middleNameStatus: match(),
      dobStatus: match(),
      yobStatus: match(),
      address1Status: match(),
      address2Status: match(),
      cityStatus: match(),
      stateStatus: match(),
      zipStatus: match(),
      idNumStatus: match(),
      phoneStatus: match(),
      emailStatus: match(),
    },
    options,
    ['resourceType'],
  );
}

function addressVerification(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyAddressVerification> {
  return object<IdenfyAddressVerification>(
    {
      address: anyText(),
      country: nullable(fc.constantFrom('LT', 'US')),
      status: openEnumValue(values.addressVerificationStatuses, options),
      accuracy: nullable(fc.integer({ min: 0, max: 100 })),
      quality: nullable(openEnumValue(values.addressVerificationQualities, options)),
    },
    options,
    ['address', 'status', 'accuracy', 'quality'],
  );
}

function serviceStatus(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyServiceStatus> {
  return complete<IdenfyServiceStatus>(
    {
      serviceSuspected: fc.boolean(),
      serviceUsed: fc.boolean(),
      serviceFound: fc.boolean(),
      checkSuccessful: fc.boolean(),
      overallStatus: openEnumValue(values.serviceOverallStatuses, options),
    },
    options,
  );
}

function amlResult(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyAmlResult> {
  const nameMatch = object<IdenfyAmlNameMatch>(
    {
      name: text(),
      surname: text(),
      nationality: text(),
      dob: text(),
      suspicion: nullable(openEnumValue(values.amlSuspicions, options)),
      reason: text(),
      listNumber: text(),
      listName: text(),
      score: nullable(integer()),
      lastUpdate: text(),
      exitDate: text(),
      isPerson: nullable(fc.boolean()),
      isActive: nullable(fc.boolean()),
      linkedDocument: nullable(url()),
      pepLevel: nullable(integer()),
      category: text(),
      otherInformation: text(),
      checkDate: text(),
      whitelisted: fc.option(fc.boolean(), { nil: null }),
    },
    options,
    // prettier-ignore
    ['name', 'surname', 'nationality', 'dob', 'suspicion', 'reason', 'score', 'lastUpdate', 'isPerson', 'isActive'],
  );
  const article = object<IdenfyAdverseMediaArticle>(
    {
      title: text(),
      url: nullable(url()),
      text: text(),
      score: text(),
      type: nullable(openEnumValue(values.articleTypes, options)),
      checkDate: anyText(),
      publishDate: text(),
    },
    options,
    ['title', 'url', 'text', 'type'],
  );
  return object<IdenfyAmlResult>(
    {
      status: serviceStatus(options),
      serviceName: openEnumValue(values.amlServiceNames, options),
      serviceGroupType: openEnumValue(values.serviceGroupTypes, options),
      uid: anyText(),
      errorMessage: text(),
      data: fc.array(fc.oneof(nameMatch, article), { maxLength: 3 }),
    },
    options,
    ['status', 'serviceName', 'serviceGroupType', 'uid', 'errorMessage'],
  );
}

function lidResult(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyLidResult> {
  const record = object<IdenfyLidRecord>(
    { documentNumber: anyText(), documentType: text(), valid: fc.boolean(), expiryDate: anyText(), checkDate: anyText() },
    options,
    ['documentNumber', 'documentType', 'valid', 'expiryDate'],
  );
  return serviceResult<IdenfyLidResult>(record, options);
}

function criminalCheckResult(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyCriminalCheckResult> {
  const offense = complete<IdenfyCriminalOffense>(
    {
      offense: text(),
      offenseClass: text(),
      offenseDescription: text(),
      offenseLevel: text(),
      sentenceDate: text(),
      courtName: text(),
      courtCaseNumber: text(),
      releaseDate: text(),
    },
    options,
  );
  const record = complete<IdenfyCriminalRecord>(
    { offenses: fc.array(offense, { maxLength: 2 }), fullName: text(), county: text(), region: nullable(openEnumValue(values.usStates, options)) },
    options,
  );
  return serviceResult<IdenfyCriminalCheckResult>(record, options);
}

/** @returns a service's result object around its data records */
function serviceResult<T extends IdenfyLidResult | IdenfyCriminalCheckResult>(record: fc.Arbitrary<T['data'][number]>, options: ArbitraryOptions | undefined): fc.Arbitrary<T> {
  // The two results share every field but the type of their records.
  const model = {
    status: serviceStatus(options),
    data: fc.array(record, { maxLength: 2 }),
    serviceName: anyText(),
    serviceGroupType: openEnumValue(values.serviceGroupTypes, options),
    uid: anyText(),
    errorMessage: text(),
  } as Model<T>;
  return object<T>(model, options, ['status', 'data', 'serviceName', 'uid', 'errorMessage']);
}

function serviceSummary(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyServiceSummary> {
  return complete<IdenfyServiceSummary>({ suspected: fc.boolean(), results: openObject() }, options);
}

function amlCheck(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyAmlCheck> {
  const strings = () => nullable(fc.array(anyText(), { maxLength: 2 }));
  const ids = () => nullable(fc.array(fc.nat(), { maxLength: 3 }));
  const match = object<IdenfyAmlCheckMatch>(
    {
      addresses: nullable(fc.array(complete({ city: text(), geography: text() }, options), { maxLength: 2 })),
      datesOfBirth: strings(),
      gender: text(),
      nationalities: strings(),
      match: anyText(),
      formerSanBodyIds: ids(),
      countries: strings(),
      datasets: fc.array(anyText(), { maxLength: 2 }),
      currentSanBodyIds: ids(),
      version: fc.nat(),
      pepTier: text(),
      score: nullable(integer()),
      profileImage: nullable(url()),
      name: text(),
      resourceId: anyText(),
    },
    options,
    // prettier-ignore
    ['addresses', 'datesOfBirth', 'gender', 'nationalities', 'match', 'formerSanBodyIds', 'countries', 'datasets', 'currentSanBodyIds', 'version', 'score', 'name', 'resourceId'],
  );
  const article = complete<IdenfyAmlCheckArticle>(
    { title: text(), url: url(), text: text(), score: text(), type: text(), publishDate: text() },
    options,
  );
  return complete<IdenfyAmlCheck>(
    {
      id: text(),
      overallStatus: text(),
      statusSetBy: nullable(openObject()),
      statusSetAt: nullable(timestamp()),
      adverseMedia: nullable(fc.array(article, { maxLength: 2 })),
      amlCheck: nullable(fc.array(match, { maxLength: 2 })),
    },
    options,
  );
}

function questionnaireAnswers(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyQuestionnaireAnswers> {
  const question = complete<IdenfyQuestionnaireQuestion>(
    {
      key: anyText(),
      title: anyText(),
      type: openEnumValue(values.questionTypes, options),
      value: fc.oneof(fc.array(anyText(), { maxLength: 2 }), anyText(), fc.boolean(), fc.constant(null)),
    },
    options,
  );
  const section = complete({ title: anyText(), questions: fc.array(question, { maxLength: 2 }) }, options);
  return complete<IdenfyQuestionnaireAnswers>({ title: anyText(), sections: fc.array(section, { maxLength: 2 }) }, options);
}

function bankVerification(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyBankVerification> {
  const amount = () => nullable(integer().map((cents) => cents / 100));
  const account = complete<IdenfyBankAccount>(
    {
      id: fc.uuid(),
      name: text(),
      iban: text(),
      currency: fc.constantFrom('EUR', 'USD'),
      balancesOverview: nullable(complete({ bookedBalance: amount(), availableBalance: amount() }, options)),
      transactionsCount: nullable(fc.nat()),
    },
    options,
  );
  return complete<IdenfyBankVerification>(
    {
      id: fc.uuid(),
      country: nullable(fc.constantFrom('LT', 'US')),
      bank: text(),
      accounts: fc.array(account, { maxLength: 2 }),
      riskLevel: nullable(openEnumValue(values.riskLevels, options)),
    },
    options,
  );
}

function driverLicenseCheck(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyDriverLicenseCheck> {
  const flag = () => nullable(fc.boolean());
  return complete<IdenfyDriverLicenseCheck>(
    {
      name: anyText(),
      surname: anyText(),
      dateOfBirth: calendarDate(),
      state: fc.constantFrom('OH', 'CA'),
      gender: nullable(fc.constantFrom('M', 'F')),
      dateOfIssue: nullable(calendarDate()),
      dateOfExpiry: nullable(calendarDate()),
      documentNumber: text(),
      nameMatch: flag(),
      surnameMatch: flag(),
      dateOfBirthMatch: flag(),
      dateOfIssueMatch: flag(),
      dateOfExpiryMatch: flag(),
      documentNumberMatch: flag(),
      genderMatch: flag(),
    },
    options,
  );
}

function bankCardVerification(options: ArbitraryOptions | undefined): fc.Arbitrary<IdenfyBankCardVerification> {
  return complete<IdenfyBankCardVerification>(
    {
      id: fc.uuid(),
      status: openEnumValue(values.bankCardVerificationStatuses, options),
      noMatchReason: nullable(openEnumValue(values.bankCardNoMatchReasons, options)),
      name: text(),
      firstSix: nullable(fc.stringMatching(/^\d{6}$/)),
      lastFour: nullable(fc.stringMatching(/^\d{4}$/)),
      expiryDate: nullable(calendarDate()),
      nameMatch: nullable(fc.boolean()),
      lastFourMatch: nullable(fc.boolean()),
    },
    options,
  );
}
