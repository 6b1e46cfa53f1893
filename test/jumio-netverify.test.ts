import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  jumioNetverifySchema,
  parseJumioNetverify,
  safeParseJumioNetverify,
  serializeJumioNetverify,
  type JumioNetverifyCallback,
} from '../src/index.js';
import { buildJumioNetverifyBody } from '../src/testing/index.js';
import { errorFinder } from './support/errors.js';
import { fixtureText, loadFixtures } from './support/fixtures.js';

const directory = 'jumio/netverify';
const fixtures = loadFixtures(directory, '.form');

function fixture(name: string): JumioNetverifyCallback {
  return parseJumioNetverify(fixtureText(directory, name));
}

const errorOf = errorFinder(safeParseJumioNetverify);

describe('the base document samples decode field by field', () => {
  test('approved and verified', () => {
    expect(fixture('APPROVED_VERIFIED.form')).toEqual({
      callBackType: 'NETVERIFYID',
      verificationStatus: 'APPROVED_VERIFIED',
      jumioIdScanReference: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      idScanStatus: 'SUCCESS',
      idScanSource: 'SDK',
      idType: 'PASSPORT',
      idCountry: 'USA',
      idFirstName: 'FIRSTNAME',
      idLastName: 'LASTNAME',
      idDob: '1990-01-01',
      idExpiry: '2022-12-31',
      idNumber: 'P1234',
      personalNumber: null,
      merchantIdScanReference: 'YOURIDSCANREFERENCE',
      clientIp: 'xxx.xxx.xxx.xxx',
      idScanImage: 'https://netverify.com/recognition/v1/idscan/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/front',
      idAddress: { country: 'USA', stateCode: 'US-OH' },
      identityVerification: { similarity: 'MATCH', validity: true },
      idCheckDataPositions: 'OK',
      idCheckDocumentValidation: 'OK',
      idCheckHologram: 'OK',
      idCheckMRZcode: 'OK',
      idCheckMicroprint: 'OK',
      idCheckSecurityFeatures: 'OK',
      idCheckSignature: 'OK',
    });
  });

  test('fraud', () => {
    const callback = fixture('DENIED_FRAUD.form');
    expect(callback.verificationStatus).toBe('DENIED_FRAUD');
    if (callback.verificationStatus !== 'DENIED_FRAUD') return;
    expect(callback.idScanStatus).toBe('ERROR');
    expect(callback.idCheckHologram).toBe('N/A');
    expect(callback.rejectReason).toEqual({
      rejectReasonCode: '100',
      rejectReasonDescription: 'MANIPULATED_DOCUMENT',
      rejectReasonDetails: [
        { detailsCode: '1001', detailsDescription: 'PHOTO' },
        { detailsCode: '1004', detailsDescription: 'DOB' },
      ],
    });
  });
});

describe('the quirks of FIELDS.md §3.4', () => {
  test('1. rejectReasonDetails as a single object is an array of one', () => {
    const callback = fixture('ERROR_NOT_READABLE_ID.details-single-object.form');
    if (callback.verificationStatus !== 'ERROR_NOT_READABLE_ID') throw new Error('wrong status');
    expect(callback.rejectReason.rejectReasonDetails).toEqual([{ detailsCode: '2003', detailsDescription: 'MISSING_PART_DOCUMENT' }]);
    const fraud = fixture('DENIED_FRAUD.details-single-object.form');
    if (fraud.verificationStatus !== 'DENIED_FRAUD') throw new Error('wrong status');
    expect(fraud.rejectReason.rejectReasonDetails).toHaveLength(1);
    const none = fixture('ERROR_NOT_READABLE_ID.no-details.form');
    if (none.verificationStatus !== 'ERROR_NOT_READABLE_ID') throw new Error('wrong status');
    expect(none.rejectReason).not.toHaveProperty('rejectReasonDetails');
  });

  test('2. validity as TRUE, "true" or true is a boolean', () => {
    expect(fixture('APPROVED_VERIFIED.form').identityVerification?.validity).toBe(true);
    expect(fixture('APPROVED_VERIFIED.validity-uppercase-string.form').identityVerification?.validity).toBe(true);
    expect(fixture('APPROVED_VERIFIED.validity-lowercase-string.form').identityVerification?.validity).toBe(true);
    expect(fixture('DENIED_FRAUD.identity-verification-reason-valid.form').identityVerification?.validity).toBe(false);
    expect(fixture('APPROVED_VERIFIED.liveness-failed.form').identityVerification).toMatchObject({ validity: false, reason: 'LIVENESS_FAILED' });
    const maybe = buildJumioNetverifyBody('APPROVED_VERIFIED', { identityVerification: '{"validity":"maybe"}' });
    expect(errorOf(maybe).issues[0]?.path).toEqual(['identityVerification', 'validity']);
  });

  test('3. identityVerification may be an empty object', () => {
    expect(fixture('APPROVED_VERIFIED.identity-verification-empty.form').identityVerification).toEqual({});
  });

  test('4. N/A on a free-text field is null; the idCheck enumerations keep N/A', () => {
    const nonLatin = fixture('APPROVED_VERIFIED.non-latin-names.form');
    expect(nonLatin.idFirstName).toBeNull();
    expect(nonLatin.idLastName).toBeNull();
    expect(fixture('APPROVED_VERIFIED.identity-verification-empty.form').idCheckMRZcode).toBe('N/A');
    expect(fixture('APPROVED_VERIFIED.origin-dob.form').idExpiry).toBeNull();
    expect(parseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { idNumber: '' })).idNumber).toBeNull();
  });

  test('5. + is a space and %2D a hyphen, spaces inside the JSON are fine', () => {
    expect(fixture('APPROVED_VERIFIED.identity-verification-empty.form').idFirstName).toBe('KAL UWE');
    expect(fixture('APPROVED_VERIFIED.form').idAddress?.stateCode).toBe('US-OH');
  });

  test('6. parameter order does not matter', () => {
    const text = fixtureText(directory, 'APPROVED_VERIFIED.later-revision-fields.form');
    const reversed = text.split('&').reverse().join('&');
    expect(parseJumioNetverify(reversed)).toEqual(parseJumioNetverify(text));
  });

  test('7. every address format, and the older state key', () => {
    expect(fixture('APPROVED_VERIFIED.address-us-state-key.form').idAddress).toEqual({ country: 'USA', state: 'OH' });
    expect(fixture('APPROVED_VERIFIED.address-us.form').idAddress).toMatchObject({ stateCode: expect.any(String), zip: expect.any(String), streetName: expect.any(String) });
    expect(fixture('APPROVED_VERIFIED.address-us-canada.form').idAddress).toMatchObject({ stateCode: 'CA-BC', zip: 'A1A 1A1' });
    expect(fixture('APPROVED_VERIFIED.address-eu.form').idAddress).toMatchObject({ province: expect.any(String), postalCode: expect.any(String) });
    expect(fixture('APPROVED_VERIFIED.address-raw.form').idAddress).toMatchObject({ line1: expect.any(String), line5: expect.any(String) });
  });

  test('8. additionalChecks in both spellings, searchResults always a number', () => {
    const callback = fixture('APPROVED_VERIFIED.identity-verification-empty.form');
    expect(callback.additionalChecks?.watchListScreening).toMatchObject({ searchStatus: 'DONE', searchResults: 0 });
    const retrieval = fixture('APPROVED_VERIFIED.additional-checks-retrieval-casing.form');
    expect(retrieval.additionalChecks?.watchlistScreening?.searchResults).toBe(0);
    expect(fixture('APPROVED_VERIFIED.screening-not-done.form').additionalChecks?.watchListScreening).toEqual({ searchStatus: 'NOT_DONE' });
  });

  test('9. idScanSource with hyphens parses as it came', () => {
    expect(fixture('APPROVED_VERIFIED.hyphenated-source.form').idScanSource).toBe('WEB-CAM');
  });

  test('10. timestamps with or without milliseconds and zone parse; other text does not', () => {
    for (const transactionDate of ['2019-05-23T14:32:27.534', '2018-10-25T14:43:20Z', '2026-01-01T00:00:00.000+01:00']) {
      expect(parseJumioNetverify(buildJumioNetverifyBody('NO_ID_UPLOADED', { transactionDate })).transactionDate).toBe(transactionDate);
    }
    const error = errorOf(buildJumioNetverifyBody('NO_ID_UPLOADED', { callbackDate: 'yesterday' }));
    expect(error.issues).toEqual([{ path: ['callbackDate'], code: 'invalid_format', message: expect.stringContaining('ISO 8601') }]);
  });

  test('11. identityVerification with reason VALID on a fraud scan', () => {
    expect(fixture('DENIED_FRAUD.identity-verification-reason-valid.form').identityVerification).toEqual({
      similarity: 'MATCH',
      validity: false,
      reason: 'VALID',
    });
  });
});

describe('the fields of FIELDS.md §3.2 and the deprecated ones', () => {
  test('idFaceMatch is a number and idFaceLiveness a boolean', () => {
    const callback = fixture('APPROVED_VERIFIED.deprecated-face-fields.form');
    expect(callback.idFaceMatch).toBe(94);
    expect(callback.idFaceLiveness).toBe(true);
    expect(errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idFaceMatch: 'high' })).issues[0]?.path).toEqual(['idFaceMatch']);
  });

  test('masked scans leave fields out', () => {
    const callback = fixture('APPROVED_VERIFIED.masked-nld.form');
    for (const field of ['idCheckMRZcode', 'idNumber', 'personalNumber', 'idDob', 'optionalData1']) {
      expect(callback).not.toHaveProperty(field);
    }
  });

  test('later-revision fields', () => {
    expect(fixture('APPROVED_VERIFIED.later-revision-fields.form')).toMatchObject({
      curp: expect.any(String),
      issuingAuthority: expect.any(String),
      issuingDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      identityVerification: { handwrittenNoteMatches: true },
    });
    expect(fixture('APPROVED_VERIFIED.origin-dob.form')).toMatchObject({ originDob: '1990//', idDob: '1990-01-01' });
    expect(fixture('APPROVED_VERIFIED.free-text-us-state.form')).toMatchObject({ idUsState: 'TRIBAL NATION OF EXAMPLE', idSubtype: 'PUBLIC_SAFETY_ID' });
  });

  test('driving licence categories are an array, isReadable a boolean', () => {
    const callback = fixture('APPROVED_VERIFIED.driving-licence-categories.form');
    expect(callback.dlCarPermission).toBe('YES');
    expect(callback.dlCategories?.length).toBeGreaterThan(1);
    expect(callback.dlCategories?.some((category) => category.isReadable === false)).toBe(true);
    const single = buildJumioNetverifyBody('APPROVED_VERIFIED', { dlCategories: '{"category":"B","issueDate":"2010-05-01"}' });
    expect(parseJumioNetverify(single).dlCategories).toEqual([{ category: 'B', issueDate: '2010-05-01' }]);
  });

  test('visa fields', () => {
    expect(fixture('APPROVED_VERIFIED.visa.form')).toMatchObject({ idType: 'VISA', nationality: expect.any(String), visaCategory: expect.any(String) });
  });

  test('unknown fields are kept, at the top level and inside JSON fields, and written back', () => {
    const callback = fixture('APPROVED_VERIFIED.unknown-fields.form') as JumioNetverifyCallback & Record<string, unknown>;
    expect(callback['riskScore']).toBe('12');
    expect(callback.idAddress).toHaveProperty('geoPrecision');
    const written = serializeJumioNetverify(callback);
    expect(new URLSearchParams(written).get('riskScore')).toBe('12');
  });
});

describe('the discriminant', () => {
  test('each status has its own checks: SUCCESS only when approved, OK never when not', () => {
    const error = errorOf(buildJumioNetverifyBody('DENIED_UNSUPPORTED_ID_TYPE', { idScanStatus: 'SUCCESS' }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues[0]).toMatchObject({ path: ['idScanStatus'], code: 'invalid_value' });
    expect(errorOf(buildJumioNetverifyBody('NO_ID_UPLOADED', { idCheckHologram: 'OK' })).issues[0]?.path).toEqual(['idCheckHologram']);
  });

  test('fraud and unreadable scans require a reject reason', () => {
    const error = errorOf(buildJumioNetverifyBody('DENIED_FRAUD', { rejectReason: undefined }));
    expect(error.issues).toEqual([{ path: ['rejectReason'], code: 'invalid_type', message: 'Missing (expected string)' }]);
  });

  test('an unknown status is unknown_variant, carrying the value off the record', () => {
    const error = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus: 'APPROVED_WITH_NOTES' }));
    expect(error.code).toBe('unknown_variant');
    expect(error.variant).toBe('APPROVED_WITH_NOTES');
    expect(Object.keys(error)).not.toContain('variant');
    expect(error.issues[0]?.path).toEqual(['verificationStatus']);
  });

  test('prototype names are not statuses', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus: name })).code).toBe('unknown_variant');
    }
  });

  test('a missing or empty status is invalid_payload that lists the statuses', () => {
    for (const verificationStatus of [undefined, '']) {
      const error = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { verificationStatus }));
      expect(error.code).toBe('invalid_payload');
      expect(error.issues[0]).toMatchObject({ path: ['verificationStatus'], message: expect.stringContaining('"NO_ID_UPLOADED"') });
    }
  });
});

describe('error codes', () => {
  test('malformed_body: bad bytes, bad escapes, repeated fields, bad JSON, wrong body types', () => {
    const valid = buildJumioNetverifyBody('APPROVED_VERIFIED');
    const cases: [unknown, string][] = [
      [new Uint8Array([...new TextEncoder().encode(valid), 0xff]), 'invalid_utf8'],
      [`${valid}&idFirstName2=%E2%82`, 'invalid_utf8'],
      [`${valid}&note=100%`, 'invalid_percent_encoding'],
      [`${valid}&idFirstName=AGAIN`, 'duplicate_key'],
      [buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: '{"city":' }), 'invalid_json'],
      [42, 'unsupported_body_type'],
      [null, 'unsupported_body_type'],
    ];
    for (const [body, issue] of cases) {
      const error = errorOf(body as string);
      expect(error.code).toBe('malformed_body');
      expect(error.issues[0]?.code).toBe(issue);
    }
  });

  test('invalid_payload: wrong types and missing fields, each with its path', () => {
    const error = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { callBackType: 'NETVERIFY', jumioIdScanReference: undefined, idDob: '12/04/1988' }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((issue) => issue.path)).toEqual([['callBackType'], ['jumioIdScanReference'], ['idDob']]);
    const nested = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: '{"city":7}' }));
    expect(nested.issues).toEqual([{ path: ['idAddress', 'city'], code: 'invalid_type', message: 'Expected string, received number' }]);
    expect(errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: '[]' })).issues[0]?.path).toEqual(['idAddress']);
  });

  test('body_too_large: at maxBytes parses, one byte past does not', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED');
    const size = new TextEncoder().encode(body).length;
    expect(safeParseJumioNetverify(body, { maxBytes: size }).success).toBe(true);
    expect(errorOf(body, { maxBytes: size - 1 }).code).toBe('body_too_large');
    expect(errorOf(new TextEncoder().encode(body), { maxBytes: size - 1 }).code).toBe('body_too_large');
  });

  test('too_many_fields: at maxFields parses, one past does not', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED');
    const count = body.split('&').length;
    expect(safeParseJumioNetverify(body, { maxFields: count }).success).toBe(true);
    expect(errorOf(body, { maxFields: count - 1 }).code).toBe('too_many_fields');
  });

  test('nesting_too_deep: a JSON field at maxDepth parses, one past does not', () => {
    const deep = (depth: number) => `{"city":"X","extra":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect(safeParseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: deep(4) }), { maxDepth: 4 }).success).toBe(true);
    const error = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: deep(5) }), { maxDepth: 4 });
    expect(error.code).toBe('nesting_too_deep');
    expect(error.issues[0]?.path).toEqual(['idAddress']);
  });

  test('too_many_fields inside a JSON field: maxFields keys parse, one more does not', () => {
    const address = (keys: number) => JSON.stringify(Object.fromEntries(Array.from({ length: keys }, (_, index) => [`k${index}`, 'v'])));
    expect(safeParseJumioNetverify(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: address(256) })).success).toBe(true);
    const error = errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: address(257) }));
    expect(error).toMatchObject({ code: 'too_many_fields', issues: [{ path: ['idAddress'], code: 'too_many_fields' }] });
  });

  test('the default limits are generous for real bodies and hold against hostile ones', () => {
    expect(errorOf(`a=${'x'.repeat(140_000)}`).code).toBe('body_too_large');
    expect(errorOf(Array.from({ length: 300 }, (_, index) => `f${index}=1`).join('&')).code).toBe('too_many_fields');
    expect(errorOf(buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: `${'['.repeat(40)}${']'.repeat(40)}` })).code).toBe('nesting_too_deep');
  });

  test('parse throws the same KycWebhookError that safeParse returns', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', { idDob: 'soon' });
    expect(() => parseJumioNetverify(body)).toThrow(KycWebhookError);
    expect(() => parseJumioNetverify(body)).toThrow(errorOf(body).message);
  });
});

describe('strict mode', () => {
  test('rejects unknown fields and new enumeration values that the default accepts', () => {
    const unknownField = buildJumioNetverifyBody('APPROVED_VERIFIED', { riskScore: '12' });
    const newType = buildJumioNetverifyBody('APPROVED_VERIFIED', { idType: 'RESIDENCE_CARD' });
    const nestedUnknown = buildJumioNetverifyBody('APPROVED_VERIFIED', { idAddress: '{"city":"X","geo":1}' });
    for (const body of [unknownField, newType, nestedUnknown]) {
      expect(safeParseJumioNetverify(body).success).toBe(true);
      expect(errorOf(body, { strict: true }).code).toBe('invalid_payload');
    }
    expect(errorOf(unknownField, { strict: true }).issues[0]?.code).toBe('unrecognized_keys');
    expect(errorOf(nestedUnknown, { strict: true }).issues[0]?.path).toEqual(['idAddress']);
    expect(errorOf(newType, { strict: true }).issues[0]?.path).toEqual(['idType']);
  });

  test('accepts every fixture but the ones that show unknown values', () => {
    const drifting = ['unknown-fields', 'hyphenated-source', 'reason-valid', 'retrieval-casing'];
    for (const { name, bytes } of fixtures) {
      if (drifting.some((marker) => name.includes(marker))) continue;
      expect(safeParseJumioNetverify(bytes, { strict: true }).success, name).toBe(true);
    }
  });
});

describe('prototype keys', () => {
  test('never reach a prototype, at the top level or inside JSON fields', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED', {
      __proto__: 'polluted',
      constructor: 'kept',
      idAddress: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"city":"X"}',
    });
    const callback = parseJumioNetverify(body) as JumioNetverifyCallback & Record<string, unknown>;
    expect(Object.getPrototypeOf(callback)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(callback.idAddress)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(callback['constructor']).toBe('kept');
    expect(callback.idAddress).toHaveProperty('constructor', { prototype: { polluted: true } });
    // zod drops an unknown `__proto__` key rather than assign it through the prototype setter.
    expect(Object.keys(callback)).not.toContain('__proto__');
    expect(Object.keys(callback.idAddress ?? {})).not.toContain('__proto__');
  });
});

describe('serializeJumioNetverify', () => {
  test('writes null as N/A, booleans as TRUE/FALSE, JSON fields as JSON', () => {
    const callback = fixture('APPROVED_VERIFIED.deprecated-face-fields.form');
    const fields = new URLSearchParams(serializeJumioNetverify({ ...callback, idFirstName: null }));
    expect(fields.get('idFirstName')).toBe('N/A');
    expect(fields.get('idFaceLiveness')).toBe('TRUE');
    expect(fields.get('idFaceMatch')).toBe('94');
  });

  test('a callback that does not match its type is invalid_payload', () => {
    const callback = fixture('APPROVED_VERIFIED.form');
    const broken = { ...callback, idScanStatus: 'ERROR' } as unknown as JumioNetverifyCallback;
    expect(() => serializeJumioNetverify(broken)).toThrow(KycWebhookError);
    const nonString = { ...callback, extra: 7 } as unknown as JumioNetverifyCallback;
    expect(() => serializeJumioNetverify(nonString)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    const surrogate = { ...callback, idFirstName: '\uD800' };
    expect(() => serializeJumioNetverify(surrogate)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
  });
});

describe('the exported schema', () => {
  test('decodes form fields and encodes them back, for frameworks that validate with it', async () => {
    const { decode, encode } = await import('zod');
    const fields = Object.fromEntries(new URLSearchParams(fixtureText(directory, 'DENIED_FRAUD.form')));
    const callback = decode(jumioNetverifySchema, fields);
    expect(callback).toEqual(fixture('DENIED_FRAUD.form'));
    expect(decode(jumioNetverifySchema, encode(jumioNetverifySchema, callback))).toEqual(callback);
  });

  test('implements Standard Schema', () => {
    const result = jumioNetverifySchema['~standard'].validate({ verificationStatus: 'NO_ID_UPLOADED' });
    expect(result).toHaveProperty('issues');
  });
});
