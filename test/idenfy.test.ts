import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  idenfyOverallStatuses,
  idenfySchema,
  parseIdenfy,
  safeParseIdenfy,
  serializeIdenfy,
  type IdenfyCallback,
  type KycWebhookErrorCode,
} from '../src/idenfy/index.js';
import { defaultLimits } from '../src/core/options.js';
import { fullCheckValues } from '../src/core/parse.js';
import { buildIdenfyBody } from '../src/testing/bodies/idenfy.js';
import { errorFinder } from './support/errors.js';
import { fixtureText, loadFixtures } from './support/fixtures.js';
import { renderings } from './support/renderings.js';

const directory = 'idenfy';
const fixtures = loadFixtures(directory, '.json');

function fixture(name: string): IdenfyCallback {
  return parseIdenfy(fixtureText(directory, name));
}

function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(directory, name)) as Record<string, unknown>;
}

const errorOf = errorFinder(safeParseIdenfy as (body: unknown, options?: Parameters<typeof parseIdenfy>[1]) => ReturnType<typeof safeParseIdenfy>);

/** A clear service status, as every example has it. */
const notSuspected = { serviceSuspected: false, checkSuccessful: true, serviceFound: true, serviceUsed: true, overallStatus: 'NOT_SUSPECTED' };

describe('the fixtures', () => {
  test.each(fixtures)('$name keeps every key where it came: the written body has the same shape', ({ bytes }) => {
    const sent = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    const written = JSON.parse(serializeIdenfy(parseIdenfy(bytes))) as unknown;
    // Only startTime and finishTime change representation (numeric strings become numbers).
    const numbersOnly = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (key, item: unknown) =>
        (key === 'startTime' || key === 'finishTime') && typeof item === 'string' ? Number(item) : item,
      );
    expect(written).toEqual(numbersOnly(sent));
  });
});

describe('the callback page and its revisions decode field by field', () => {
  test('the middle revision: lowercase aml and lid as one service result each', () => {
    expect(fixture('APPROVED.json')).toEqual({
      clientId: '123',
      scanRef: 'scan-ref',
      platform: 'MOBILE_APP',
      startTime: 1554726960,
      finishTime: 1554727002,
      status: {
        overall: 'APPROVED',
        suspicionReasons: [],
        autoDocument: 'DOC_VALIDATED',
        autoFace: 'FACE_MATCH',
        manualDocument: null,
        manualFace: null,
      },
      data: {
        selectedCountry: 'LT',
        docFirstName: 'FIRST-NAME-EXAMPLE',
        docLastName: 'LAST-NAME-EXAMPLE',
        docNumber: 'XXXXXXXXX',
        docPersonalCode: 'XXXXXXXXX',
        docExpiry: 'YYYY-MM-DD',
        docDob: 'YYYY-MM-DD',
        docType: 'ID_CARD',
        docSex: 'UNDEFINED',
        docNationality: 'LT',
        docIssuingCountry: 'LT',
        manuallyDataChanged: false,
      },
      fileUrls: {
        FRONT: expect.stringContaining('/FRONT.png?AWSAccessKeyId=<KEY>'),
        BACK: expect.stringContaining('/BACK.png?'),
        FACE: expect.stringContaining('/FACE.png?'),
      },
      aml: {
        status: notSuspected,
        data: [],
        serviceName: 'PilotApiAmlV2',
        serviceGroupType: 'AML',
        uid: 'OHT8GR5ESRF5XROWE5ZGCC123',
        errorMessage: null,
      },
      lid: {
        status: notSuspected,
        data: [],
        serviceName: 'IrdInvalidPapers',
        serviceGroupType: 'LID',
        uid: 'OHT8GR5ESRF5XROWE5ZGCC123',
        errorMessage: null,
      },
    });
  });

  test('the oldest revision: aml and lid as { suspected, results }', () => {
    const callback = fixture('APPROVED.oldest-revision.json');
    expect(callback.aml).toEqual({ suspected: false, results: {} });
    expect(callback.lid).toEqual({ suspected: false, results: {} });
    for (const absent of ['final', 'platform', 'startTime', 'finishTime', 'AML', 'LID']) expect(callback).not.toHaveProperty(absent);
    expect(callback.fileUrls?.FRONT).toBe('https://ivs.idenfy.com/storage/get/<JWT_TOKEN>/FRONT.jpg');
  });

  test('the current shape: uppercase AML and LID lists, the data table filled in', () => {
    const callback = fixture('APPROVED.aml-lid-lists.json');
    expect(callback).not.toHaveProperty('aml');
    expect(callback.AML).toEqual([
      { status: notSuspected, data: [], serviceName: 'PilotApiAmlV2', serviceGroupType: 'AML', uid: 'OHT8GR5ESRF5XROWE5ZGCC123', errorMessage: null },
    ]);
    expect(callback.LID?.[0]).toMatchObject({ serviceName: 'IrdInvalidPapers', data: [] });
    expect(callback.final).toBe(false);
    expect(callback.status).toEqual({
      overall: 'APPROVED',
      suspicionReasons: [],
      mismatchTags: [],
      fraudTags: [],
      autoDocument: 'DOC_VALIDATED',
      autoFace: 'FACE_MATCH',
      manualDocument: 'DOC_VALIDATED',
      manualFace: 'FACE_MATCH',
      additionalSteps: null,
    });
    expect(callback.data).toMatchObject({
      docDateOfIssue: '2018-03-02',
      orgBirthPlace: 'ŠILUVA',
      ageEstimate: 'OVER_25',
      duplicateFaces: null,
      additionalData: { UTILITY_BILL: { ssn: { value: 'ssn number', status: 'MATCH' } } },
    });
    expect(callback.additionalStepPdfUrls).toEqual({});
  });
});

describe('the quirks of FIELDS.md §1.9', () => {
  test('1. each AML/LID generation stays in its own key, and is written back there', () => {
    const generations = [
      { name: 'APPROVED.oldest-revision.json', keys: ['aml', 'lid'] },
      { name: 'APPROVED.json', keys: ['aml', 'lid'] },
      { name: 'SUSPECTED.aml-lid-middle-generation.json', keys: ['aml', 'lid'] },
      { name: 'APPROVED.aml-lid-lists.json', keys: ['AML', 'LID'] },
      { name: 'SUSPECTED.aml-check-v3.json', keys: ['amlCheck', 'AML', 'LID'] },
      { name: 'SUSPECTED.criminal-check.json', keys: ['CRIMINAL_CHECK', 'AML', 'LID'] },
    ];
    const checkKeys = ['aml', 'lid', 'AML', 'LID', 'amlCheck', 'CRIMINAL_CHECK'];
    for (const { name, keys } of generations) {
      const written = JSON.parse(serializeIdenfy(fixture(name))) as Record<string, unknown>;
      expect(checkKeys.filter((key) => key in written).sort(), name).toEqual([...keys].sort());
      for (const key of keys) expect(written[key], `${name} ${key}`).toEqual(fixtureJson(name)[key]);
    }
  });

  test('1. an AML hit, adverse media, the version 3 check, a LID hit and a criminal record are typed', () => {
    const hit = fixture('SUSPECTED.aml-hit.json').AML?.[0];
    expect(hit?.status.serviceSuspected).toBe(true);
    expect(hit?.data?.[0]).toMatchObject({ name: 'JANE', suspicion: 'PEPS', score: 87, pepLevel: 2, exitDate: null, whitelisted: false });
    const media = fixture('SUSPECTED.adverse-media.json').AML?.[1];
    expect(media?.serviceName).toBe('INHOUSE_ADVERSE_MEDIA');
    expect(media?.data?.[0]).toMatchObject({ score: '0.82', type: 'NEGATIVE', publishDate: '2025-06-14' });
    const v3 = fixture('SUSPECTED.aml-check-v3.json');
    expect(v3.AML).toBeNull();
    expect(v3.amlCheck?.amlCheck?.[0]).toMatchObject({ version: 3, score: 92, formerSanBodyIds: [], currentSanBodyIds: null });
    expect(v3.amlCheck?.statusSetAt).toBe('2026-03-02T09:41:07.512308Z');
    expect(fixture('SUSPECTED.lid-invalid-document.json').LID?.[0]?.data).toEqual([
      { documentNumber: 'X0000001', documentType: 'ID_CARD', valid: false, expiryDate: '2031-04-11', checkDate: '2026-03-02 09:02:44' },
    ]);
    expect(fixture('SUSPECTED.criminal-check.json').CRIMINAL_CHECK?.[0]?.data[0]).toMatchObject({ region: 'OH', offenses: [{ offenseLevel: 'M1' }] });
  });

  test('1. a name match and an article are told apart by their keys; a hit that is neither is an error at its path', () => {
    const [article] = fixture('SUSPECTED.adverse-media.json').AML?.[1]?.data ?? [];
    expect(article !== undefined && 'title' in article).toBe(true);
    const body = (score: unknown) =>
      buildIdenfyBody('SUSPECTED', {
        AML: [
          {
            status: notSuspected,
            serviceName: 'AML_NEWS',
            serviceGroupType: 'AML',
            uid: 'u',
            errorMessage: null,
            data: [{ title: 't', url: null, text: null, score, type: 'NEGATIVE', checkDate: '2026-03-02', publishDate: null }],
          },
        ],
      });
    expect(safeParseIdenfy(body('0.5')).success).toBe(true);
    expect(errorOf(body(0.5)).issues).toEqual([
      { path: ['AML', 0, 'data', 0], code: 'invalid_union', message: 'Expected an AML name match or an adverse-media article' },
    ]);
  });

  test("1. the AML page's name-check hits parse, in lowercase aml and in the AML list, with only the ten fields it lists", () => {
    const hit = {
      name: 'JANE',
      surname: 'EXAMPLE',
      reason: 'EXAMPLELAND: GOVERNMENT - MUNICIPAL COUNCIL',
      nationality: 'EXAMPLELAND',
      dob: '1988',
      suspicion: 'PEPS',
      score: 100,
      lastUpdate: '2025-11-30',
      isPerson: true,
      isActive: true,
    };
    const middle = fixture('SUSPECTED.aml-lid-middle-generation.json').aml;
    expect(middle !== undefined && !('suspected' in middle) ? middle.data?.[0] : undefined).toStrictEqual(hit);
    expect(fixture('SUSPECTED.aml-lid-lists-page-hits.json').AML?.[0]?.data?.[0]).toStrictEqual(hit);
    for (const name of ['SUSPECTED.aml-lid-middle-generation.json', 'SUSPECTED.aml-lid-lists-page-hits.json']) {
      expect(safeParseIdenfy(fixtureText(directory, name), { strict: true }).success, name).toBe(true);
    }
  });

  test("1. the LID page's record parses without checkDate, in lowercase lid and in the LID list", () => {
    const record = { documentNumber: 'X0000001', documentType: 'ID_CARD', valid: false, expiryDate: '2031-04-11' };
    const middle = fixture('SUSPECTED.aml-lid-middle-generation.json').lid;
    expect(middle !== undefined && !('suspected' in middle) ? middle.data : undefined).toStrictEqual([record]);
    expect(fixture('SUSPECTED.aml-lid-lists-page-hits.json').LID?.[0]?.data).toStrictEqual([record]);
  });

  test("1. the negative-news service's articles parse with only title, url, text and type, and are articles", () => {
    const [result] = fixture('SUSPECTED.negative-news.json').AML ?? [];
    expect(result?.serviceName).toBe('PilotApiAmlV2NegativeNews');
    const [article] = result?.data ?? [];
    expect(article !== undefined && 'title' in article).toBe(true);
    expect(article).toStrictEqual({
      title: 'JANE EXAMPLE NAMED IN INVENTED INQUIRY | EXAMPLE NEWS',
      url: 'HTTPS://NEWS.EXAMPLE.COM/ARTICLES/0001',
      text: 'AN INVENTED EXTRACT: JANE EXAMPLE, A MEMBER OF AN EXAMPLE COUNCIL, WAS NAMED IN AN INQUIRY ...',
      type: 'NEGATIVE',
    });
  });

  test('1. the fields every generation sends stay required: a hit without them is neither shape', () => {
    const hit = fixtureJson('SUSPECTED.aml-lid-middle-generation.json')['aml'] as { data: Record<string, unknown>[] };
    for (const field of ['name', 'surname', 'reason', 'nationality', 'dob', 'suspicion', 'score', 'lastUpdate', 'isPerson', 'isActive']) {
      const { [field]: _left, ...rest } = hit.data[0] ?? {};
      const error = errorOf(buildIdenfyBody('SUSPECTED', { AML: [{ ...hit, data: [rest] }] }));
      expect(error.issues, field).toEqual([{ path: ['AML', 0, 'data', 0], code: 'invalid_union', message: expect.any(String) }]);
    }
    const article = { title: 't', url: null, text: null, type: 'NEGATIVE' };
    for (const field of Object.keys(article)) {
      const { [field]: _left, ...rest } = article as Record<string, unknown>;
      const error = errorOf(buildIdenfyBody('SUSPECTED', { AML: [{ ...hit, data: [rest] }] }));
      expect(error.issues, field).toEqual([{ path: ['AML', 0, 'data', 0], code: 'invalid_union', message: expect.any(String) }]);
    }
    const record = { documentNumber: 'X0000001', documentType: null, valid: true, expiryDate: '2031-04-11' };
    for (const field of Object.keys(record)) {
      const { [field]: _left, ...rest } = record as Record<string, unknown>;
      const lid = { status: notSuspected, data: [rest], serviceName: 'IrdInvalidPapers', uid: 'u', errorMessage: null };
      expect(errorOf(buildIdenfyBody('SUSPECTED', { LID: [lid] })).issues[0]?.path, field).toEqual(['LID', 0, 'data', 0, field]);
    }
  });

  test('1. aml in neither older form is an error at aml', () => {
    const error = errorOf(buildIdenfyBody('APPROVED', { aml: { suspected: 'no', results: {} } }));
    expect(error.issues).toEqual([{ path: ['aml'], code: 'invalid_union', message: expect.stringContaining('{ suspected, results }') }]);
  });

  test('2. the drifting fields stay where they came: at the top level or in data', () => {
    const top = fixture('APPROVED.top-level-placement.json');
    expect(top).toMatchObject({
      manualAddress: '12 EXAMPLE STREET, LT-01100 VILNIUS',
      manualAddressMatch: true,
      registryCenterCheck: { resourceType: 'LithuaniaRegistryCenterCheck', documentExpiration: '2031-04-11' },
      addressVerification: { status: 'VERIFIED', accuracy: 95, quality: 'GOOD' },
    });
    for (const key of ['manualAddress', 'manualAddressMatch', 'registryCenterCheck', 'addressVerification']) expect(top.data).not.toHaveProperty(key);
    const inData = fixture('APPROVED.aml-lid-lists.json');
    expect(inData.data).toMatchObject({ manualAddress: null, manualAddressMatch: false, registryCenterCheck: null, addressVerification: null });
    for (const key of ['manualAddress', 'manualAddressMatch', 'registryCenterCheck', 'addressVerification']) expect(inData).not.toHaveProperty(key);
    expect(fixture('APPROVED.registry-center-hungary.json').data.registryCenterCheck).toMatchObject({
      resourceType: 'HungaryRegistryCenterCheck',
      address: { city: 'BUDAPEST' },
      passport: null,
    });
  });

  test('2. both placements at once are both kept', () => {
    const callback = parseIdenfy(buildIdenfyBody('APPROVED', { manualAddress: 'TOP', data: { manualAddress: 'IN DATA' } }));
    expect([callback.manualAddress, callback.data.manualAddress]).toEqual(['TOP', 'IN DATA']);
  });

  test('3. the published example is not JSON: its defects are malformed_body, and so is its duplicate key', () => {
    const unquotedIp = buildIdenfyBody('APPROVED').replace('"clientIp":"192.0.2.44"', '"clientIp": 192.0.2.0');
    const strayBrace = buildIdenfyBody('APPROVED').replace('"manuallyDataChanged":false', '"manuallyDataChanged":false,},');
    for (const body of [unquotedIp, strayBrace]) {
      const error = errorOf(body);
      expect(error.code).toBe('malformed_body');
      expect(error.issues).toEqual([{ path: [], code: 'invalid_json', message: 'The body is not a JSON document' }]);
    }
    const duplicate = buildIdenfyBody('APPROVED').replace('"selectedCountry":"LT"', '"selectedCountry":"LV","selectedCountry":"LT"');
    expect(errorOf(duplicate)).toMatchObject({ code: 'malformed_body', issues: [{ path: [], code: 'duplicate_key' }] });
  });

  test('4. startTime and finishTime as numeric strings become numbers, and are written back as numbers', () => {
    const callback = fixture('APPROVED.numeric-string-times.json');
    expect([callback.startTime, callback.finishTime]).toEqual([1772442000, 1772442184]);
    expect(serializeIdenfy(callback)).toContain('"startTime":1772442000');
    for (const startTime of ['soon', '1.5', 1.5, '', ' 1', true]) {
      expect(errorOf(buildIdenfyBody('APPROVED', { startTime })).issues).toEqual([
        { path: ['startTime'], code: expect.any(String), message: 'Expected an integer (a JSON number or a string of digits)' },
      ]);
    }
    for (const finishTime of ['99999999999999999999', 1e20]) {
      expect(errorOf(buildIdenfyBody('APPROVED', { finishTime })).issues[0]).toMatchObject({ path: ['finishTime'], code: 'too_big' });
    }
  });

  test('5. the manual results are null before review, and may not be left out', () => {
    expect(fixture('APPROVED.auto-callback.json').status).toMatchObject({ manualFace: null, manualDocument: null });
    expect(fixture('APPROVED.manual-callback.json').status).toMatchObject({ manualFace: 'FACE_MATCH', manualDocument: 'DOC_VALIDATED' });
    const error = errorOf(buildIdenfyBody('APPROVED', { status: { manualFace: undefined } }));
    expect(error.issues).toEqual([{ path: ['status', 'manualFace'], code: 'invalid_type', message: 'Missing (expected string)' }]);
  });

  test('6. new status, tag, document type and platform values parse as they came', () => {
    const callback = fixture('SUSPECTED.new-enumeration-values.json');
    expect(callback.status).toMatchObject({ autoFace: 'FACE_LIVENESS_FAILED', autoDocument: 'DOC_HOLOGRAM_MISSING', fraudTags: ['DEEPFAKE_SUSPECTED'] });
    expect(callback.data).toMatchObject({ docType: 'HEALTH_CARD', ageEstimate: 'OVER_65' });
    expect(callback.platform).toBe('SMART_TV');
  });

  test('7. companyId and beneficiaryId may be absent, as in every example', () => {
    expect(fixture('APPROVED.auto-callback.json')).not.toHaveProperty('companyId');
    expect(fixture('APPROVED.every-field.json')).toMatchObject({ companyId: expect.any(String), beneficiaryId: expect.any(String) });
  });
});

describe('the fields of FIELDS.md §1.3–§1.6', () => {
  test('every top-level object of the specification decodes', () => {
    const callback = fixture('APPROVED.every-field.json');
    expect(callback.registryCenterCheck).toMatchObject({ resourceType: 'Us15RegistryCenterCheck', yob: 1979, address1Status: 'PARTIAL_MATCH' });
    expect(callback.questionnaireAnswers?.sections[0]?.questions.map((question) => question.value)).toEqual(['Engineer', ['SALARY', 'SAVINGS'], false, null]);
    expect(callback.bankVerification?.accounts[0]?.balancesOverview).toEqual({ bookedBalance: 1520.5, availableBalance: 1480.25 });
    expect(callback.riskAssessment).toEqual({ riskScore: 12, riskLevel: 'LOW' });
    expect(callback.emailVerification?.emailVerified).toBe(true);
    expect(callback.phoneVerification?.phone).toBe('+12025550123');
    expect(callback.driverLicenseCheck).toMatchObject({ dateOfBirth: '1979-08-31', genderMatch: null });
    expect(callback.bankCardVerification).toMatchObject({ status: 'MATCH', lastFour: '0002', expiryDate: '2028-09-30' });
    expect(callback.additionalSteps).toEqual({ UTILITY_BILL: 'UPLOAD', SSN: 'COMPARE', POA2: null });
    expect(callback.gdcMatch).toBe(true);
    expect(callback.CRIMINAL_CHECK).toEqual([]);
  });

  test('every data field may be null, and older callbacks carry few of them', () => {
    const nulls = fixture('EXPIRED.json').data;
    expect(Object.values(nulls).every((value) => value === null)).toBe(true);
    expect(Object.keys(nulls)).toHaveLength(37);
    expect(Object.keys(fixture('APPROVED.oldest-revision.json').data)).toHaveLength(12);
  });

  test('data dates are strings of any form: iDenfy specifies none', () => {
    for (const docDob of ['1988-04-12', 'YYYY-MM-DD', '12.04.1988', '']) {
      expect(parseIdenfy(buildIdenfyBody('APPROVED', { data: { docDob } })).data.docDob).toBe(docDob);
    }
  });

  test('dates and timestamps are checked where the specification gives a format', () => {
    const licence = fixtureJson('APPROVED.every-field.json')['driverLicenseCheck'] as Record<string, unknown>;
    const badDate = errorOf(buildIdenfyBody('APPROVED', { driverLicenseCheck: { ...licence, dateOfBirth: '31/08/1979' } }));
    expect(badDate.issues).toEqual([{ path: ['driverLicenseCheck', 'dateOfBirth'], code: 'invalid_format', message: 'Expected a date in the format YYYY-MM-DD' }]);
    const check = fixtureJson('SUSPECTED.aml-check-v3.json')['amlCheck'] as Record<string, unknown>;
    const badTimestamp = errorOf(buildIdenfyBody('SUSPECTED', { amlCheck: { ...check, statusSetAt: 'yesterday' } }));
    expect(badTimestamp.issues[0]).toMatchObject({ path: ['amlCheck', 'statusSetAt'], code: 'invalid_format' });
    const risk = errorOf(buildIdenfyBody('APPROVED', { riskAssessment: { riskScore: 101, riskLevel: 'HIGH' } }));
    expect(risk.issues[0]).toMatchObject({ path: ['riskAssessment', 'riskScore'], code: 'too_big' });
  });

  test('fileUrls is an open map: other files are kept, every value must be a URL or null, reported at fileUrls', () => {
    expect(fixture('APPROVED.top-level-placement.json').fileUrls?.['UTILITY_BILL']).toMatch(/UTILITY_BILL\.jpg/);
    expect(fixture('EXPIRED.json').fileUrls).toMatchObject({ FACE: null });
    expect(fixture('ACTIVE.json').fileUrls).toBeNull();
    const error = errorOf(buildIdenfyBody('APPROVED', { fileUrls: { FRONT: null, SELFIE_2: 7 } }));
    expect(error.issues).toEqual([{ path: ['fileUrls'], code: 'invalid_type', message: 'Expected every value to be a URL or null' }]);
    expect(errorOf(buildIdenfyBody('APPROVED', { fileUrls: { FRONT: 7 } })).issues[0]?.path).toEqual(['fileUrls', 'FRONT']);
  });

  test('additionalSteps and additionalStepPdfUrls are open maps too', () => {
    expect(errorOf(buildIdenfyBody('APPROVED', { additionalSteps: { UTILITY_BILL: 7 } })).issues).toEqual([
      { path: ['additionalSteps'], code: 'invalid_type', message: 'Expected every value to be UPLOAD, COMPARE, EXTRACT or null' },
    ]);
    expect(errorOf(buildIdenfyBody('APPROVED', { additionalStepPdfUrls: { POA: {} } })).issues[0]?.path).toEqual(['additionalStepPdfUrls']);
    expect(parseIdenfy(buildIdenfyBody('APPROVED', { additionalSteps: { SIGN: 'SIGN' } })).additionalSteps).toEqual({ SIGN: 'SIGN' });
  });

  test('objects iDenfy leaves open take any keys, in strict mode too, but must be objects', () => {
    const additionalData = { UTILITY_BILL: { ssn: { value: '000-12-3456', status: 'MATCH' } }, ANY_STEP: [1, 2] };
    for (const strict of [false, true]) {
      expect(parseIdenfy(buildIdenfyBody('APPROVED', { data: { additionalData } }), { strict }).data.additionalData).toEqual(additionalData);
    }
    expect(errorOf(buildIdenfyBody('APPROVED', { data: { additionalData: [] } })).issues).toEqual([
      { path: ['data', 'additionalData'], code: 'invalid_type', message: 'Expected object, received array' },
    ]);
  });

  test('a registry this version does not know parses with its own fields', () => {
    const registryCenterCheck = { resourceType: 'PolandRegistryCenterCheck', pesel: '00000000000', firstName: 'JANE' };
    expect(parseIdenfy(buildIdenfyBody('APPROVED', { registryCenterCheck })).registryCenterCheck).toEqual(registryCenterCheck);
    expect(errorOf(buildIdenfyBody('APPROVED', { registryCenterCheck: { firstName: 'JANE' } })).issues[0]?.path).toEqual([
      'registryCenterCheck',
      'resourceType',
    ]);
  });

  test('unknown fields are kept at every level and written back', () => {
    const callback = fixture('APPROVED.unknown-fields.json') as IdenfyCallback & Record<string, unknown>;
    expect(callback['livenessScore']).toBe(0.98);
    expect(callback.status).toMatchObject({ denyReasons: [], amlResultClass: 'NOT_CHECKED' });
    expect(callback.data).toHaveProperty('docSubtype', 'NATIONAL_ID');
    expect(callback.fileUrls?.['SIGNATURE']).toMatch(/SIGNATURE\.png/);
    expect(callback.AML?.[0]).toHaveProperty('providerReference', { id: 'REF-0001', source: 'EXAMPLE' });
    const written = JSON.parse(serializeIdenfy(callback)) as Record<string, unknown>;
    expect(written['livenessScore']).toBe(0.98);
  });
});

describe('the discriminant', () => {
  test('an unknown overall status is unknown_variant, carrying the value off the record', () => {
    const error = errorOf(buildIdenfyBody('APPROVED', { status: { overall: 'APPROVED_WITH_NOTES' } }));
    expect(error.code).toBe('unknown_variant');
    expect(error.variant).toBe('APPROVED_WITH_NOTES');
    expect(Object.keys(error)).not.toContain('variant');
    expect(error.issues).toEqual([{ path: ['status', 'overall'], code: 'unknown_variant', message: expect.stringContaining('NOT_REVIEWED') }]);
  });

  test('an unknown overall status wins over any other problem in the body', () => {
    expect(errorOf(buildIdenfyBody('APPROVED', { status: { overall: 'NEW' }, scanRef: 7, data: 'x' })).code).toBe('unknown_variant');
  });

  test('prototype names are not overall statuses', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(errorOf(buildIdenfyBody('APPROVED', { status: { overall: name } })).code).toBe('unknown_variant');
    }
  });

  test('EXPIRED-DELETED, from the status vocabulary, is a known overall status, in strict mode too', () => {
    const callback = fixture('EXPIRED-DELETED.json');
    expect(callback.status.overall).toBe('EXPIRED-DELETED');
    expect(idenfyOverallStatuses).toContain('EXPIRED-DELETED');
    expect(safeParseIdenfy(fixtureText(directory, 'EXPIRED-DELETED.json'), { strict: true }).success).toBe(true);
    // Only the vocabulary's spelling: the underscore form other statuses use is still a new status.
    expect(errorOf(buildIdenfyBody('EXPIRED-DELETED', { status: { overall: 'EXPIRED_DELETED' } })).code).toBe('unknown_variant');
  });

  test('a missing, empty or non-string overall status is invalid_payload that lists the statuses', () => {
    for (const overall of ['', 7, null]) {
      const error = errorOf(buildIdenfyBody('APPROVED', { status: { overall } }));
      expect(error.code).toBe('invalid_payload');
      expect(error.issues).toEqual([{ path: ['status', 'overall'], code: 'invalid_value', message: expect.stringMatching(/^Expected one of .*"NOT_REVIEWED"/) }]);
    }
    expect(errorOf(buildIdenfyBody('APPROVED', { status: { overall: undefined } })).issues).toEqual([
      { path: ['status', 'overall'], code: 'invalid_type', message: expect.stringMatching(/^Missing \(expected one of .*"NOT_REVIEWED"/) },
    ]);
    expect(errorOf(buildIdenfyBody('APPROVED', { status: undefined })).issues).toEqual([
      { path: ['status'], code: 'invalid_type', message: 'Missing (expected object)' },
    ]);
    expect(errorOf(buildIdenfyBody('APPROVED', { status: ['APPROVED'] })).issues[0]?.path).toEqual(['status']);
  });
});

describe('error codes', () => {
  test('malformed_body: not JSON, bad bytes, a lone surrogate, wrong body types', () => {
    const valid = buildIdenfyBody('APPROVED');
    const cases: [unknown, string][] = [
      [valid.slice(0, -1), 'invalid_json'],
      ['', 'invalid_json'],
      ['scanRef=x&clientId=y', 'invalid_json'],
      [new Uint8Array([...new TextEncoder().encode(valid.slice(0, -2)), 0xff, 0x7d]), 'invalid_utf8'],
      [valid.replace('JANE', '\uD800'), 'invalid_utf8'],
      [42, 'unsupported_body_type'],
      [null, 'unsupported_body_type'],
      [[], 'unsupported_body_type'],
    ];
    for (const [body, issue] of cases) {
      const error = errorOf(body);
      expect(error.code, issue).toBe('malformed_body');
      expect(error.issues[0]?.code).toBe(issue);
    }
  });

  test('invalid_payload: JSON that is not an object, wrong types and missing fields, each with its path', () => {
    for (const body of ['[]', '42', '"APPROVED"', 'null']) {
      expect(errorOf(body).issues).toEqual([{ path: [], code: 'invalid_type', message: expect.stringMatching(/^Expected object, received /) }]);
    }
    const error = errorOf(buildIdenfyBody('APPROVED', { scanRef: undefined, clientId: 7, final: 'yes', data: { docDob: 19880412 } }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((issue) => issue.path)).toEqual([['final'], ['data', 'docDob'], ['scanRef'], ['clientId']]);
    expect(errorOf(buildIdenfyBody('APPROVED', { data: undefined })).issues).toEqual([{ path: ['data'], code: 'invalid_type', message: 'Missing (expected object)' }]);
    expect(errorOf(buildIdenfyBody('APPROVED', { LID: [{ status: notSuspected, serviceName: 'X', uid: 'u', errorMessage: null }] })).issues[0]?.path).toEqual([
      'LID',
      0,
      'data',
    ]);
  });

  test('body_too_large: at maxBytes parses, one byte past does not', () => {
    const body = buildIdenfyBody('APPROVED');
    const size = new TextEncoder().encode(body).length;
    expect(safeParseIdenfy(body, { maxBytes: size }).success).toBe(true);
    expect(errorOf(body, { maxBytes: size - 1 }).code).toBe('body_too_large');
    expect(errorOf(new TextEncoder().encode(body), { maxBytes: size - 1 }).code).toBe('body_too_large');
  });

  test('nesting_too_deep and too_many_fields: the caps hold for raw and parsed bodies', () => {
    const deep = (depth: number) => buildIdenfyBody('APPROVED', { extra: JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown });
    expect(safeParseIdenfy(deep(31)).success).toBe(true);
    expect(errorOf(deep(32)).code).toBe('nesting_too_deep');
    expect(errorOf(JSON.parse(deep(32)) as Record<string, unknown>).code).toBe('nesting_too_deep');
    const wide = buildIdenfyBody('APPROVED', { data: Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`f${index}`, null])) });
    expect(errorOf(wide).code).toBe('too_many_fields');
    expect(safeParseIdenfy(wide, { maxFields: 400 }).success).toBe(true);
  });

  test('the default limits leave room for the largest fixture', () => {
    const largest = Math.max(...fixtures.map((entry) => entry.bytes.length));
    expect(largest * 10).toBeLessThan(defaultLimits.maxBytes);
  });

  test('parse throws the same KycWebhookError that safeParse returns', () => {
    const body = buildIdenfyBody('APPROVED', { startTime: 'soon' });
    expect(() => parseIdenfy(body)).toThrow(KycWebhookError);
    expect(() => parseIdenfy(body)).toThrow(errorOf(body).message);
  });
});

describe('strict mode', () => {
  test('rejects unknown fields and new enumeration values that the default accepts', () => {
    const unknownField = buildIdenfyBody('APPROVED', { riskScore: 12 });
    const nestedUnknown = buildIdenfyBody('APPROVED', { data: { docSubtype: 'NATIONAL_ID' } });
    const newFace = buildIdenfyBody('APPROVED', { status: { autoFace: 'FACE_LIVENESS_FAILED' } });
    const newRegistry = buildIdenfyBody('APPROVED', { registryCenterCheck: { resourceType: 'PolandRegistryCenterCheck' } });
    for (const body of [unknownField, nestedUnknown, newFace, newRegistry]) {
      expect(safeParseIdenfy(body).success).toBe(true);
      expect(errorOf(body, { strict: true }).code).toBe('invalid_payload');
    }
    expect(errorOf(unknownField, { strict: true }).issues[0]).toMatchObject({ path: [], code: 'unrecognized_keys' });
    expect(errorOf(nestedUnknown, { strict: true }).issues[0]?.path).toEqual(['data']);
    expect(errorOf(newFace, { strict: true }).issues[0]?.path).toEqual(['status', 'autoFace']);
  });

  test('accepts every value the vocabulary, suspicions, supported-documents and AML pages document', () => {
    const body = buildIdenfyBody('SUSPECTED', {
      status: { autoFace: 'FACE_SUSPECTED', manualFace: 'FACE_BLACKLISTED', suspicionReasons: ['FACE_BLACKLISTED', 'DOC_FACE_BLACKLISTED'] },
      data: { docType: 'ITSME' },
    });
    expect(safeParseIdenfy(body, { strict: true }).success).toBe(true);
    expect(fixture('SUSPECTED.face-blacklisted.json').data.docType).toBe('SPID');
    expect(fixture('SUSPECTED.face-suspected.json').status.suspicionReasons).toEqual(['FACE_SUSPECTED']);
  });

  test('a large body with a new value reports it, then the more_issues note, and nothing else', () => {
    // Found by the property "fail strict mode only on new values": a generated body of about 10 KB
    // and more than fullCheckValues values stopped at its first problem, and fast-check's shrinking
    // of that counterexample then ran for minutes.
    const fraudTags = Array.from({ length: fullCheckValues }, () => 'DATA_BLACKLISTED');
    const body = buildIdenfyBody('APPROVED', { status: { autoFace: 'FACE_LIVENESS_FAILED', fraudTags } });
    expect(safeParseIdenfy(body).success).toBe(true);
    const { issues } = errorOf(body, { strict: true });
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['status.autoFace', 'invalid_value'],
      ['', 'more_issues'],
    ]);
  });

  test('keeps the open maps open: new file names and step names are data, not drift', () => {
    const body = buildIdenfyBody('APPROVED', { fileUrls: { FRONT: null, SELFIE_2: null }, additionalStepPdfUrls: { POA2: null } });
    expect(safeParseIdenfy(body, { strict: true }).success).toBe(true);
  });

  test('accepts every fixture but the ones that show unknown fields or values', () => {
    const drifting = ['unknown-fields', 'new-enumeration-values'];
    expect(fixtures.filter(({ name }) => !drifting.some((marker) => name.includes(marker))).length).toBeGreaterThan(20);
    for (const { name, bytes } of fixtures) {
      const result = safeParseIdenfy(bytes, { strict: true });
      expect(result.success, name).toBe(!drifting.some((marker) => name.includes(marker)));
    }
  });
});

describe('prototype keys', () => {
  test('never reach a prototype, at the top level, in data or in an open map', () => {
    const body = buildIdenfyBody('APPROVED')
      .replace('{"clientId"', '{"__proto__":{"polluted":true},"constructor":"kept","clientId"')
      .replace('"data":{', '"data":{"__proto__":{"polluted":true},')
      .replace('"fileUrls":{', '"fileUrls":{"__proto__":null,"constructor":null,');
    const callback = parseIdenfy(body) as IdenfyCallback & Record<string, unknown>;
    expect(Object.getPrototypeOf(callback)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(callback.data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(callback.fileUrls)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(callback['constructor']).toBe('kept');
    expect(callback.fileUrls?.['constructor']).toBeNull();
    // zod drops an unknown `__proto__` key rather than assign it through the prototype setter.
    expect(Object.keys(callback)).not.toContain('__proto__');
    expect(Object.keys(callback.data)).not.toContain('__proto__');
  });
});

describe('serializeIdenfy', () => {
  test('writes compact JSON with every field where it came', () => {
    const callback = fixture('APPROVED.top-level-placement.json');
    const written = JSON.parse(serializeIdenfy(callback)) as Record<string, unknown>;
    expect(written).toMatchObject({ manualAddressMatch: true, additionalSteps: { UTILITY_BILL: 'UPLOAD' } });
    expect(serializeIdenfy(callback)).not.toMatch(/\n/);
  });

  test('a callback that does not match its type is invalid_payload', () => {
    const callback = fixture('APPROVED.auto-callback.json');
    const broken = { ...callback, status: { ...callback.status, overall: 'MAYBE' } } as unknown as IdenfyCallback;
    expect(() => serializeIdenfy(broken)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    const fractional = { ...callback, startTime: 1.5 };
    expect(() => serializeIdenfy(fractional)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    const notJson = { ...callback, extra: 1n } as unknown as IdenfyCallback;
    expect(() => serializeIdenfy(notJson)).toThrow(expect.objectContaining({ code: 'invalid_payload', kind: 'idenfy' }));
  });
});

describe('the exported schema', () => {
  test('decodes the parsed JSON and encodes it back, for frameworks that validate with it', async () => {
    const { decode, encode } = await import('zod');
    const callback = decode(idenfySchema, fixtureJson('APPROVED.numeric-string-times.json'));
    expect(callback).toEqual(fixture('APPROVED.numeric-string-times.json'));
    expect(decode(idenfySchema, encode(idenfySchema, callback))).toEqual(callback);
  });

  test('implements Standard Schema', () => {
    const result = idenfySchema['~standard'].validate({ status: { overall: 'APPROVED' } });
    expect(result).toHaveProperty('issues');
  });
});

describe('no value from the body reaches any rendering of an error', () => {
  const canary = 'CANARY9d2e';
  const bodies: [KycWebhookErrorCode, unknown, object?][] = [
    ['invalid_payload', buildIdenfyBody('APPROVED', { scanRef: 7, clientId: { [canary]: canary }, data: { docDob: [canary], docType: 7 } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { startTime: canary, finishTime: `${canary}1` })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { fileUrls: { FRONT: null, [canary]: { [canary]: canary } } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { additionalSteps: { [canary]: canary }, additionalStepPdfUrls: { [canary]: 7 } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { aml: { suspected: canary, results: { [canary]: canary } } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { AML: [{ status: canary, serviceName: canary, data: [{ title: canary, score: 1 }] }] })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { driverLicenseCheck: { dateOfBirth: canary, state: canary } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { registryCenterCheck: { resourceType: 7, [canary]: canary } })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { status: { overall: '', autoFace: 7 }, [canary]: canary })],
    ['invalid_payload', buildIdenfyBody('APPROVED', { [canary]: canary, data: { [canary]: canary } }), { strict: true }],
    ['invalid_payload', buildIdenfyBody('APPROVED', { status: { autoFace: canary, fraudTags: [canary] }, platform: canary }), { strict: true }],
    ['invalid_payload', `"${canary}"`],
    ['unknown_variant', buildIdenfyBody('APPROVED', { status: { overall: canary }, data: { docFirstName: canary } })],
    ['malformed_body', buildIdenfyBody('APPROVED', { clientId: canary }).slice(0, -1)],
    ['malformed_body', `{"${canary}": ${canary}}`],
    ['malformed_body', new Uint8Array([...new TextEncoder().encode(`{"clientId":"${canary}`), 0xc3])],
    ['nesting_too_deep', buildIdenfyBody('APPROVED', { [canary]: JSON.parse(`${'['.repeat(40)}"${canary}"${']'.repeat(40)}`) as unknown })],
    ['too_many_fields', buildIdenfyBody('APPROVED', { data: Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`${canary}${index}`, canary])) })],
    ['body_too_large', buildIdenfyBody('APPROVED', { clientId: `${canary}${'x'.repeat(140_000)}` })],
  ];

  test.each(bodies)('%s', (code, body, options) => {
    const result = safeParseIdenfy(body as string, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe(code);
    for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
  });

  test('serialize errors hold no value either', () => {
    const callback = fixture('APPROVED.auto-callback.json');
    const broken = { ...callback, scanRef: 7, data: { ...callback.data, docDob: { [canary]: canary } } } as unknown as IdenfyCallback;
    try {
      serializeIdenfy(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KycWebhookError);
      for (const rendering of renderings(error as KycWebhookError)) expect(rendering).not.toContain(canary);
    }
  });

  test('unknown_variant keeps the value where a handler can read it on purpose', () => {
    const result = safeParseIdenfy(buildIdenfyBody('APPROVED', { status: { overall: canary } }));
    expect(!result.success && result.error.variant).toBe(canary);
  });
});
