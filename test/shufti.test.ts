import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  parseShufti,
  safeParseShufti,
  serializeShufti,
  shuftiEvents,
  shuftiSchema,
  type KycWebhookErrorCode,
  type ShuftiCallback,
  type ShuftiEvent,
} from '../src/shufti/index.js';
import { buildShuftiBody } from '../src/testing/bodies/shufti.js';
import { errorFinder } from './support/errors.js';
import { fixtureText, loadFixtures } from './support/fixtures.js';
import { renderings } from './support/renderings.js';

// Fixture names are `<event>.json` or `<event>.<kebab-variant>.json` (the sweep, test/fixtures.test.ts,
// checks them). A variant ending in `-invalid` is a body that is not valid JSON, kept verbatim, which
// must fail with `malformed_body`.

const directory = 'shufti';
const fixtures = loadFixtures(directory, '.json', shuftiEvents);
const valid = fixtures.filter((entry) => !entry.name.endsWith('-invalid.json'));
const invalid = fixtures.filter((entry) => entry.name.endsWith('-invalid.json'));

function text(name: string): string {
  return fixtureText(directory, name);
}

function fixture(name: string): ShuftiCallback {
  return parseShufti(text(name));
}

function as<E extends ShuftiEvent>(callback: ShuftiCallback, ...events: E[]): Extract<ShuftiCallback, { event: E }> {
  if (!(events as string[]).includes(callback.event)) throw new Error(`expected ${events.join(' or ')}`);
  return callback as Extract<ShuftiCallback, { event: E }>;
}

const errorOf = errorFinder(safeParseShufti);

/** The two corrections the base document's invalid samples need, nothing else. */
function repairBaseDocumentSample(sample: string): string {
  return sample
    .replace(/AppleWebKit\/537\.36\n\s+\(KHTML/, 'AppleWebKit/537.36 (KHTML')
    .replace('"gender":"M""document_number"', '"gender":"M","document_number"');
}

describe('the invalid base-document samples', () => {
  test.each(invalid)('$name is not JSON: malformed_body, and its corrected sibling parses', ({ name, bytes }) => {
    const error = errorOf(bytes);
    expect(error.code).toBe('malformed_body');
    expect(error.issues).toEqual([{ path: [], code: 'invalid_json', message: 'The body is not a JSON document' }]);
    const sibling = name.replace(/\.base-document-invalid\.json$/, '.json');
    const repaired = repairBaseDocumentSample(new TextDecoder().decode(bytes));
    expect(repaired).not.toBe(new TextDecoder().decode(bytes));
    expect(repaired).toBe(text(sibling));
    expect(safeParseShufti(repaired).success).toBe(true);
  });

  test('the two invalid base-document samples are the ones FIELDS.md describes', () => {
    expect(invalid.map((entry) => entry.name)).toEqual([
      'verification.accepted.base-document-invalid.json',
      'verification.declined.base-document-invalid.json',
    ]);
    expect(text('verification.declined.base-document-invalid.json')).toContain('"gender":"M""document_number"');
    for (const entry of invalid) expect(text(entry.name)).toMatch(/AppleWebKit\/537\.36\n\s+\(KHTML/);
  });
});

describe('the base document samples decode field by field', () => {
  test('verification.accepted', () => {
    expect(fixture('verification.accepted.json')).toEqual({
      reference: '17374217',
      event: 'verification.accepted',
      error: null,
      verification_result: {
        document: { name: 1, dob: 1, expiry_date: 1, issue_date: 1, document_number: 1, document: 1, gender: '' },
        address: { name: 1, full_address: 1 },
      },
      verification_data: {
        document: {
          name: { first_name: 'John', middle_name: 'Carter', last_name: 'Doe' },
          dob: '1978-03-13',
          issue_date: '2015-10-10',
          expiry_date: '2025-12-31',
          document_number: '1456-0989-5567-0909',
          selected_type: ['id_card'],
          supported_types: ['id_card', 'driving_license', 'passport'],
          gender: 'M',
        },
        address: {
          name: { first_name: 'John', middle_name: 'Carter', last_name: 'Doe' },
          full_address: '3339 Maryland Avenue, Largo, Florida',
          selected_type: ['id_card'],
          supported_types: ['id_card', 'bank_statement'],
        },
      },
      info: {
        agent: {
          is_desktop: true,
          is_phone: false,
          useragent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.100 Safari/537.36',
          device_name: 'Macintosh',
          browser_name: null,
          platform_name: 'OS X - 10_14_0',
        },
        geolocation: {
          host: '212.103.50.243',
          ip: '212.103.50.243',
          rdns: '212.103.50.243',
          asn: '9009',
          isp: 'M247 Ltd',
          country_name: 'Germany',
          country_code: 'DE',
          region_name: 'Hesse',
          region_code: 'HE',
          city: 'Frankfurt am Main',
          postal_code: '60326',
          continent_name: 'Europe',
          continent_code: 'EU',
          latitude: '50.1049',
          longitude: '8.6295',
          metro_code: null,
          timezone: 'Europe/Berlin',
        },
      },
      additional_data: {
        document: {
          proof: {
            height: '183',
            country: 'United Kingdom',
            authority: 'HMPO',
            last_name: 'Doe',
            first_name: 'John',
            issue_date: '2018-01-31',
            expiry_date: '2028-01-30',
            nationality: 'BRITISH CITIZEN',
            country_code: 'GBR',
            document_type: 'P',
            place_of_birth: 'BRISTOL',
            document_number: 'GB1234567',
            personal_number: '12345678910',
            dob: '1978-03-13',
            gender: null,
          },
        },
      },
    });
  });

  test('verification.declined', () => {
    const callback = as(fixture('verification.declined.json'), 'verification.declined');
    expect(callback.verification_result).toEqual({
      document: { name: 0, dob: 1, expiry_date: 1, issue_date: 1, document_number: 1, document: null },
      address: { name: null, full_address: null },
    });
    expect(callback.declined_reason).toBe("Name on the document doesn't match");
    expect(callback.declined_codes).toEqual(['SPDR07', 'SPDR06', 'SPDR23']);
    expect(callback.verification_data.document?.gender).toBe('M');
    expect(callback.verification_data.document?.document_number).toBe('1456-0989-5567-0909');
  });

  test('the short events', () => {
    expect(fixture('request.pending.json')).toEqual({
      reference: '17374217',
      event: 'request.pending',
      error: null,
      verification_url: 'https://app.shuftipro.com/process/verification/-------',
      email: '[email\u00a0protected]',
      country: 'GB',
    });
    expect(fixture('request.invalid.json')).toEqual({
      reference: '17374217',
      event: 'request.invalid',
      error: { service: 'document', key: 'dob', message: 'The dob does not match the format Y-m-d.' },
      email: null,
      country: null,
    });
    expect(fixture('request.unauthorized.json')).toEqual({
      reference: null,
      event: 'request.unauthorized',
      error: { service: null, key: null, message: 'Authorization keys are missing/invalid.' },
      email: null,
      country: null,
    });
    expect(fixture('verification.cancelled.json')).toEqual({ reference: '17374217', event: 'verification.cancelled', error: null });
    expect(fixture('request.timeout.json')).toEqual({ reference: '17374217', event: 'request.timeout', error: null });
    expect(fixture('verification.status.changed.json')).toEqual({ reference: '17374217', event: 'verification.status.changed' });
    expect(fixture('request.deleted.json')).toEqual({ reference: '17374217', event: 'request.deleted' });
    expect(fixture('request.received.json')).toEqual({
      reference: '17374217',
      event: 'request.received',
      email: '[email\u00a0protected]',
      country: 'UK',
    });
  });
});

describe('the spelling variants', () => {
  const pairs: [string, string][] = [
    ['request.unauthorized.json', 'request.unauthorised.json'],
    ['request.received.json', 'request.recieved.json'],
  ];

  test.each(pairs)('%s and %s differ only in the event, which stays as it came', (first, second) => {
    const { event: firstEvent, ...firstRest } = fixture(first);
    const { event: secondEvent, ...secondRest } = fixture(second);
    expect(firstEvent).not.toBe(secondEvent);
    expect(secondRest).toEqual(firstRest);
  });

  test.each(['request.unauthorised', 'request.recieved', 'request.cancelled'] as const)('%s is written back in its own spelling', (event) => {
    const written = serializeShufti(parseShufti(buildShuftiBody(event)));
    expect((JSON.parse(written) as { event: string }).event).toBe(event);
  });

  test('the v1.3 request.cancelled has the shape of verification.cancelled', () => {
    expect(fixture('request.cancelled.json')).toEqual({ reference: '17374217', event: 'request.cancelled', error: null, verification_url: null });
    const { event, ...rest } = parseShufti(buildShuftiBody('verification.cancelled', { verification_url: '' }));
    expect(event).toBe('verification.cancelled');
    expect(rest).toEqual({ reference: 'order-1001', error: null, verification_url: null });
  });
});

describe('the fields and quirks of FIELDS.md §2', () => {
  test('error: "" is null, absent stays absent, an object on the error events', () => {
    expect(fixture('request.timeout.json')).toHaveProperty('error', null);
    expect(fixture('request.pending.redacted-url.json')).not.toHaveProperty('error');
    expect(as(fixture('request.invalid.v1-3.json'), 'request.invalid').error).toEqual({
      service: 'document',
      key: 'dob',
      message: 'The dob does not match the format Y-m-d.',
    });
    expect(parseShufti(buildShuftiBody('request.timeout', { error: null }))).toHaveProperty('error', null);
    const object = errorOf(buildShuftiBody('request.timeout', { error: { service: 'document', key: 'dob', message: 'x' } }));
    expect(object.issues[0]).toMatchObject({ path: ['error'], code: 'invalid_value' });
    expect(errorOf(buildShuftiBody('request.invalid', { error: '' })).issues[0]).toMatchObject({ path: ['error'], code: 'invalid_type' });
  });

  test('verification_result: 1, 0, null and "" stay as they came; a service is a number or an object of checks', () => {
    const callback = as(fixture('verification.declined.services-declined-codes.json'), 'verification.declined');
    expect(callback.verification_result.face).toBe(0);
    expect(callback.verification_result.background_checks).toBe(1);
    expect(callback.verification_result.consent).toEqual({ selected_type: 0, consent: 0 });
    expect(callback.verification_result.document).toMatchObject({ document: 0, name: null, face_on_document_matched: null });
    const accepted = as(fixture('verification.accepted.json'), 'verification.accepted');
    expect(accepted.verification_result.document).toMatchObject({ name: 1, gender: '' });
    const bare = parseShufti(buildShuftiBody('verification.accepted', { verification_result: { document: null, address: '' } }));
    expect(as(bare, 'verification.accepted').verification_result).toEqual({ document: null, address: '' });
    for (const result of [2, '1', true, 'yes']) {
      const error = errorOf(buildShuftiBody('verification.accepted', { verification_result: { face: result } }));
      expect(error.issues[0]).toMatchObject({ path: ['verification_result', 'face'], code: 'invalid_value' });
    }
    const nested = errorOf(buildShuftiBody('verification.accepted', { verification_result: { document: { name: 2 } } }));
    expect(nested.issues[0]).toMatchObject({ path: ['verification_result', 'document'], message: expect.stringContaining('object of such check results') });
  });

  test('verification_data: [] is an empty object, written back as one; any other array is an error', () => {
    const callback = as(fixture('verification.accepted.verification-data-empty-array.json'), 'verification.accepted');
    expect(callback.verification_data).toEqual({});
    expect(callback.verification_result).toEqual({ face: 1 });
    expect((JSON.parse(serializeShufti(callback)) as { verification_data: unknown }).verification_data).toEqual({});
    const error = errorOf(buildShuftiBody('verification.accepted', { verification_data: [{ document: {} }] }));
    expect(error.issues[0]).toMatchObject({ path: ['verification_data'], code: 'invalid_type' });
  });

  test('[] is accepted as {} on every other top-level object too, and nowhere else', () => {
    const empty = { verification_result: [], info: [], additional_data: [], proofs: [], services_declined_codes: [] };
    expect(parseShufti(buildShuftiBody('verification.declined', empty))).toMatchObject({
      verification_result: {},
      info: {},
      additional_data: {},
      proofs: {},
      services_declined_codes: {},
    });
    const nested = errorOf(buildShuftiBody('verification.accepted', { info: { agent: [] } }));
    expect(nested.issues[0]).toMatchObject({ path: ['info', 'agent'], code: 'invalid_type' });
  });

  test('selected_type [""] (no choice made) is an empty list', () => {
    const callback = as(fixture('verification.accepted.address-no-choice.json'), 'verification.accepted');
    expect(callback.verification_data.address?.selected_type).toEqual([]);
    expect(callback.verification_data.address?.supported_types).toContain('utility_bill');
    const declined = as(fixture('verification.declined.services-declined-codes.json'), 'verification.declined');
    expect(declined.verification_data.document?.selected_type).toEqual([]);
    expect(declined.verification_data.consent?.selected_type).toEqual(['printed']);
    const any = buildShuftiBody('verification.accepted', { verification_data: { consent: { selected_type: ['any'], supported_types: ['any'] } } });
    expect(safeParseShufti(any, { strict: true }).success).toBe(true);
  });

  test('declined_reason, declined_codes and services_declined_codes', () => {
    const callback = as(fixture('verification.declined.services-declined-codes.json'), 'verification.declined');
    expect(callback.declined_reason).toBe('Document originality could not be verified');
    expect(callback.declined_codes).toHaveLength(17);
    expect(callback.services_declined_codes).toMatchObject({ face: ['SPDR01'], consent: ['SPDR33', 'SPDR32'] });
    expect(callback.services_declined_codes?.address).toContain('SPDR06');
    expect(callback.services_declined_codes?.document).toContain('SPDR06');
    const aml = as(fixture('verification.declined.background-checks-aml.json'), 'verification.declined');
    expect(aml.services_declined_codes).toEqual({ background_checks: ['SPDR34'] });
    const v13 = as(fixture('verification.declined.v1-3-no-declined-reason.json'), 'verification.declined');
    expect(v13).not.toHaveProperty('declined_reason');
    expect(v13).not.toHaveProperty('declined_codes');
  });

  test('info.agent and info.geolocation: booleans, and strings as they came', () => {
    const callback = as(fixture('verification.declined.services-declined-codes.json'), 'verification.declined');
    expect(callback.info?.agent).toEqual({
      is_desktop: false,
      is_phone: false,
      useragent: 'PostmanRuntime/7.28.0',
      device_name: '0',
      browser_name: null,
      platform_name: null,
    });
    expect(callback.info?.geolocation).toMatchObject({ asn: '64502', latitude: '50.4501', ip_type: 'ipv4', currency: 'UAH', metro_code: null });
    const empty = as(fixture('verification.accepted.verification-data-empty-array.json'), 'verification.accepted');
    expect(empty.info?.geolocation).toMatchObject({ city: null, region_name: null, isp: '*****' });
  });

  test('additional_data proofs and proofs', () => {
    const callback = as(fixture('verification.accepted.additional-data-proof.json'), 'verification.accepted');
    expect(callback.additional_data?.document?.proof).toMatchObject({ face: '141,271,363,538', document_type: 'P.', mrz: '*****', gender_native: '4/M' });
    expect(callback.proofs).toEqual({ document: { proof: '*****' } });
    expect(callback.verification_result.document).toMatchObject({ document_proof: null, document_visibility: 1 });
    const urls = as(fixture('verification.declined.proof-urls.json'), 'verification.declined');
    expect(urls.proofs?.document?.additional_proof).toMatch(/^https:\/\/api\.shuftipro\.com\/storage\/.+\/additional_proof\.png\?access_token=/);
    expect(urls.verification_data.document?.face_match_confidence).toBe(96);
    expect(urls.verification_data.address?.name).toEqual({ first_name: null, middle_name: null, last_name: null, full_name: 'JOHN LIVONE' });
    expect(as(fixture('verification.declined.background-checks-aml.json'), 'verification.declined').proofs).toEqual({});
  });

  test('email and country: null, "" or absent; country is not checked against ISO 3166', () => {
    expect(fixture('request.pending.redacted-url.json')).toMatchObject({ email: null, country: null, verification_url: '*****' });
    expect(fixture('request.received.country-empty.json')).toMatchObject({ email: null, country: null });
    expect(fixture('request.received.json')).toHaveProperty('country', 'UK');
    expect(fixture('request.timeout.json')).not.toHaveProperty('email');
    expect(fixture('verification.declined.v1-3-no-declined-reason.json')).toMatchObject({ verification_url: null });
  });

  test('the v1.3 token and the unauthorised reference', () => {
    const callback = as(fixture('request.unauthorized.v1-3-token.json'), 'request.unauthorized');
    expect(callback).toMatchObject({ reference: null, token: null, verification_url: null });
  });

  test('multi-line values keep their line breaks; \\/ escapes decode', () => {
    const callback = as(fixture('verification.declined.address-multiline.json'), 'verification.declined');
    expect(callback.verification_data.address?.full_address).toBe('221B EXAMPLE STREET,\nLONDON NW1 6XE, UK');
    expect(text('verification.declined.proof-urls.json')).toContain('https:\\/\\/api.shuftipro.com');
  });

  test('review.pending and permission.denied type reference and event only, and keep the rest as it came', () => {
    expect(fixture('review.pending.json')).toEqual({ reference: 'order-1003', event: 'review.pending' });
    expect(fixture('review.pending.unknown-fields.json')).toEqual({
      reference: 'order-1004',
      event: 'review.pending',
      error: '',
      email: null,
      country: 'GB',
      verification_url: '',
    });
    expect(fixture('permission.denied.json')).toEqual({ reference: 'order-1005', event: 'permission.denied' });
    expect(errorOf(buildShuftiBody('review.pending', { reference: undefined })).issues[0]?.path).toEqual(['reference']);
  });

  test('unknown fields are kept, at the top level and inside sub-objects, and written back', () => {
    const callback = fixture('verification.declined.unknown-fields.json') as ShuftiCallback & Record<string, unknown>;
    expect(callback['duplicate_account']).toBe('1');
    expect(callback['risk_assessment']).toEqual({ score: 12 });
    const declined = as(callback, 'verification.declined');
    expect(declined.verification_result).toHaveProperty('retina_scan', 1);
    expect(declined.verification_result.document).toHaveProperty('age', 1);
    expect(declined.verification_data).toHaveProperty('retina_scan', { scan_id: 'R0000001' });
    expect(declined.info?.agent).toHaveProperty('is_tablet', false);
    const written = JSON.parse(serializeShufti(callback)) as Record<string, unknown>;
    expect(written['risk_assessment']).toEqual({ score: 12 });
    expect(written['verification_data']).toHaveProperty('document.name.name_native', 'JANE');
  });

  test('the AML data of background checks is kept as it came, in strict mode too', () => {
    const name = 'verification.declined.background-checks-aml.json';
    const callback = as(fixture(name), 'verification.declined');
    expect(callback.verification_result).toEqual({ background_checks: 0 });
    expect(callback.verification_data.background_checks).toMatchObject({ dob: '1980-01-01', aml_data: { hits: [{ score: 51.6026 }] } });
    expect(safeParseShufti(text(name), { strict: true })).toEqual({ success: true, data: callback });
    // Open, but an object: anything else is still an error at its path.
    const body = buildShuftiBody('verification.accepted', { verification_data: { background_checks: { aml_data: ['hit'] } } });
    expect(errorOf(body, { strict: true }).issues[0]?.path).toEqual(['verification_data', 'background_checks', 'aml_data']);
  });

  test('document_two, the document service under a second name, has the document service\'s shape, in strict mode too', () => {
    const name = 'verification.accepted.document-two.json';
    const callback = as(fixture(name), 'verification.accepted');
    expect(callback.verification_result.document_two).toEqual(callback.verification_result.document);
    expect(callback.verification_data.document_two).toMatchObject({ document_number: 'D0000001', selected_type: ['driving_license'] });
    expect(callback.verification_data.document_two?.name).toEqual({ first_name: 'Jane', middle_name: null, last_name: 'Example' });
    expect(safeParseShufti(text(name), { strict: true }).success).toBe(true);
    const wrong = buildShuftiBody('verification.accepted', { verification_result: { document_two: { document: 2 } } });
    expect(errorOf(wrong).issues[0]?.path).toEqual(['verification_result', 'document_two']);
  });

  test('phone, one of v1.3\'s six services: one result, and its data kept as it came, in strict mode too', () => {
    const name = 'verification.accepted.phone.json';
    const callback = as(fixture(name), 'verification.accepted');
    expect(callback.verification_result).toEqual({ face: 1, phone: 1 });
    expect(callback.verification_data.phone).toEqual({ phone_number: '+447700900123', random_code: '55212', text: 'Your verification code is 55212' });
    expect(safeParseShufti(text(name), { strict: true }).success).toBe(true);
    expect(errorOf(buildShuftiBody('verification.accepted', { verification_result: { phone: 2 } })).issues[0]?.path).toEqual(['verification_result', 'phone']);
  });
});

describe('the discriminant', () => {
  test('an unknown event is unknown_variant, carrying the value off the record', () => {
    const error = errorOf(buildShuftiBody('request.pending', { event: 'verification.reviewed' }));
    expect(error.code).toBe('unknown_variant');
    expect(error.variant).toBe('verification.reviewed');
    expect(Object.keys(error)).not.toContain('variant');
    expect(error.issues[0]).toMatchObject({ path: ['event'], code: 'unknown_variant', message: expect.stringContaining('request.recieved') });
  });

  test('prototype names and near misses are not events', () => {
    for (const event of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'Request.Pending', 'request.pending ', 'request']) {
      expect(errorOf(buildShuftiBody('request.pending', { event })).code, event).toBe('unknown_variant');
    }
  });

  test('a missing, empty or non-string event is invalid_payload that lists the events', () => {
    for (const event of [undefined, '', 5, null, ['request.pending']]) {
      const error = errorOf(buildShuftiBody('request.pending', { event }));
      expect(error.code).toBe('invalid_payload');
      expect(error.issues[0]).toMatchObject({ path: ['event'], message: expect.stringContaining('"verification.accepted"') });
    }
  });

  test('a JSON document that is not an object is invalid_payload', () => {
    for (const body of ['[]', '"request.pending"', '42', 'null']) {
      expect(errorOf(body).issues[0]).toMatchObject({ path: [], code: 'invalid_type' });
    }
  });

  test('each event has its own required fields', () => {
    expect(errorOf(buildShuftiBody('request.pending', { verification_url: undefined })).issues[0]?.path).toEqual(['verification_url']);
    expect(errorOf(buildShuftiBody('request.invalid', { error: undefined })).issues[0]?.path).toEqual(['error']);
    expect(errorOf(buildShuftiBody('verification.accepted', { verification_result: undefined })).issues[0]?.path).toEqual(['verification_result']);
    expect(errorOf(buildShuftiBody('verification.declined', { verification_data: undefined })).issues[0]?.path).toEqual(['verification_data']);
  });
});

describe('error codes', () => {
  test('malformed_body: not JSON, bad bytes, wrong body types', () => {
    const valid = buildShuftiBody('request.pending');
    const cases: [unknown, string][] = [
      [valid.slice(0, -1), 'invalid_json'],
      [`${valid}x`, 'invalid_json'],
      ['', 'invalid_json'],
      [new Uint8Array([...new TextEncoder().encode(valid.slice(0, -2)), 0xff, 0x22, 0x7d]), 'invalid_utf8'],
      [42, 'unsupported_body_type'],
      [null, 'unsupported_body_type'],
      [['request.pending'], 'unsupported_body_type'],
    ];
    for (const [body, issue] of cases) {
      const error = errorOf(body as string);
      expect(error.code).toBe('malformed_body');
      expect(error.issues[0]?.code).toBe(issue);
    }
  });

  test('invalid_payload: wrong types and missing fields, each with its path', () => {
    const error = errorOf(buildShuftiBody('request.invalid', { reference: 17374217, error: { service: 'document', message: 7 }, email: 5 }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((issue) => issue.path)).toEqual([['email'], ['reference'], ['error', 'key'], ['error', 'message']]);
    const nested = errorOf(buildShuftiBody('verification.accepted', { info: { agent: { is_phone: 'false' } } }));
    expect(nested.issues).toEqual([{ path: ['info', 'agent', 'is_phone'], code: 'invalid_type', message: 'Expected boolean, received string' }]);
    const listed = errorOf(buildShuftiBody('verification.declined', { declined_codes: ['SPDR06', 6] }));
    expect(listed.issues[0]).toMatchObject({ path: ['declined_codes', 1], code: 'invalid_type' });
  });

  test('body_too_large: at maxBytes parses, one byte past does not', () => {
    const body = buildShuftiBody('verification.accepted');
    const size = new TextEncoder().encode(body).length;
    expect(safeParseShufti(body, { maxBytes: size }).success).toBe(true);
    expect(errorOf(body, { maxBytes: size - 1 }).code).toBe('body_too_large');
    expect(errorOf(new TextEncoder().encode(body), { maxBytes: size - 1 }).code).toBe('body_too_large');
  });

  test('nesting_too_deep: at maxDepth parses, one past does not, as text or as a parsed object', () => {
    const deep = (depth: number) => buildShuftiBody('request.pending', { extra: JSON.parse(`${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`) as unknown });
    expect(safeParseShufti(deep(4), { maxDepth: 4 }).success).toBe(true);
    expect(errorOf(deep(5), { maxDepth: 4 }).code).toBe('nesting_too_deep');
    expect(errorOf(JSON.parse(deep(5)) as Record<string, unknown>, { maxDepth: 4 }).code).toBe('nesting_too_deep');
  });

  test('too_many_fields: an object with maxFields keys parses, one more does not, as text or as a parsed object', () => {
    const wide = (keys: number) => buildShuftiBody('request.pending', { extra: Object.fromEntries(Array.from({ length: keys }, (_, at) => [`k${at}`, at])) });
    expect(safeParseShufti(wide(8), { maxFields: 8 }).success).toBe(true);
    expect(errorOf(wide(9), { maxFields: 8 }).code).toBe('too_many_fields');
    expect(errorOf(JSON.parse(wide(9)) as Record<string, unknown>, { maxFields: 8 }).code).toBe('too_many_fields');
  });

  test('the default limits hold real bodies and refuse hostile ones', () => {
    for (const entry of valid) expect(safeParseShufti(entry.bytes).success, entry.name).toBe(true);
    expect(errorOf(buildShuftiBody('request.pending', { extra: 'x'.repeat(300_000) })).code).toBe('body_too_large');
    expect(errorOf(`{"event":"request.pending","x":${'['.repeat(40)}${']'.repeat(40)}}`).code).toBe('nesting_too_deep');
  });

  test('parse throws the same KycWebhookError that safeParse returns', () => {
    const body = buildShuftiBody('request.invalid', { error: '' });
    expect(() => parseShufti(body)).toThrow(KycWebhookError);
    expect(() => parseShufti(body)).toThrow(errorOf(body).message);
  });
});

describe('strict mode', () => {
  test('rejects unknown fields and new enumeration values that the default accepts', () => {
    const unknownField = buildShuftiBody('request.pending', { risk_score: 12 });
    const nestedUnknown = buildShuftiBody('request.invalid', { error: { service: 'document', key: 'dob', message: 'x', code: 1 } });
    const newType = buildShuftiBody('verification.accepted', { verification_data: { document: { supported_types: ['residence_permit'] } } });
    const unknownService = buildShuftiBody('verification.accepted', { verification_result: { retina_scan: 1 } });
    for (const body of [unknownField, nestedUnknown, newType, unknownService]) {
      expect(safeParseShufti(body).success).toBe(true);
      expect(errorOf(body, { strict: true }).code).toBe('invalid_payload');
    }
    expect(errorOf(unknownField, { strict: true }).issues[0]).toMatchObject({ path: [], code: 'unrecognized_keys' });
    expect(errorOf(nestedUnknown, { strict: true }).issues[0]?.path).toEqual(['error']);
    expect(errorOf(newType, { strict: true }).issues[0]?.path).toEqual(['verification_data', 'document', 'supported_types', 0]);
  });

  test('still accepts selected_type [""] and every other documented quirk', () => {
    const drifting = ['unknown-fields'];
    for (const { name, bytes } of valid) {
      if (drifting.some((marker) => name.includes(marker))) continue;
      expect(safeParseShufti(bytes, { strict: true }).success, name).toBe(true);
    }
  });
});

describe('prototype keys', () => {
  test('never reach a prototype, at the top level or in sub-objects', () => {
    const body = `{"reference":"r","event":"verification.accepted","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"verification_result":{"__proto__":{"polluted":true},"face":1},"verification_data":{"constructor":"kept"}}`;
    const callback = as(parseShufti(body), 'verification.accepted') as ShuftiCallback & Record<string, unknown>;
    expect(Object.getPrototypeOf(callback)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(callback['constructor']).toEqual({ prototype: { polluted: true } });
    expect(as(callback, 'verification.accepted').verification_data).toHaveProperty('constructor', 'kept');
    // zod drops an unknown `__proto__` key rather than assign it through the prototype setter.
    expect(Object.keys(callback)).not.toContain('__proto__');
    expect(Object.keys(as(callback, 'verification.accepted').verification_result)).toEqual(['face']);
  });
});

describe('serializeShufti', () => {
  test('writes null as "" or null, as Shufti spells each field', () => {
    const callback = as(fixture('verification.accepted.json'), 'verification.accepted');
    const written = JSON.parse(serializeShufti(callback)) as Record<string, unknown>;
    expect(written['error']).toBe('');
    expect(written['info']).toHaveProperty('agent.browser_name', '');
    expect(written['info']).toHaveProperty('geolocation.metro_code', '');
    const unauthorized = JSON.parse(serializeShufti(fixture('request.unauthorized.json'))) as Record<string, unknown>;
    expect(unauthorized).toMatchObject({ reference: '', error: { service: '', key: '' }, email: null, country: null });
    const address = JSON.parse(serializeShufti(fixture('verification.declined.proof-urls.json'))) as Record<string, unknown>;
    expect(address['verification_data']).toHaveProperty('address.name.first_name', null);
  });

  test('a callback that does not match its type is invalid_payload', () => {
    const callback = fixture('verification.accepted.json');
    const wrongError = { ...callback, error: 'failed' } as unknown as ShuftiCallback;
    expect(() => serializeShufti(wrongError)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    const missing = { event: 'request.invalid', reference: 'r' } as unknown as ShuftiCallback;
    expect(() => serializeShufti(missing)).toThrow(KycWebhookError);
  });
});

describe('the exported schema', () => {
  test('decodes a parsed body and encodes it back, for frameworks that validate with it', async () => {
    const { decode, encode } = await import('zod');
    const body = JSON.parse(text('verification.declined.services-declined-codes.json')) as Record<string, unknown>;
    const callback = decode(shuftiSchema, body);
    expect(callback).toEqual(fixture('verification.declined.services-declined-codes.json'));
    expect(decode(shuftiSchema, encode(shuftiSchema, callback))).toEqual(callback);
  });

  test('implements Standard Schema', () => {
    const result = shuftiSchema['~standard'].validate({ event: 'request.pending' });
    expect(result).toHaveProperty('issues');
  });
});

describe('no value from the body reaches any rendering of an error', () => {
  const canary = 'CANARY5b9e';
  const deep = `${'['.repeat(40)}"${canary}"${']'.repeat(40)}`;
  const bodies: [KycWebhookErrorCode, string | Uint8Array | Record<string, unknown>, object?][] = [
    ['invalid_payload', buildShuftiBody('request.invalid', { reference: { [canary]: canary }, error: { service: 7, key: canary, message: { [canary]: canary } } })],
    ['invalid_payload', buildShuftiBody('request.timeout', { error: canary, email: 7, country: [canary] })],
    ['invalid_payload', buildShuftiBody('verification.accepted', { verification_result: { document: { [canary]: canary, name: canary }, face: canary } })],
    ['invalid_payload', buildShuftiBody('verification.accepted', { verification_data: [canary], info: { agent: { is_desktop: canary } } })],
    ['invalid_payload', buildShuftiBody('verification.declined', { declined_codes: [canary, 7], services_declined_codes: { face: canary } })],
    ['invalid_payload', buildShuftiBody('verification.accepted', { verification_data: { document: { selected_type: [canary] } } }), { strict: true }],
    ['invalid_payload', buildShuftiBody('request.pending', { [canary]: canary, verification_url: 7 }), { strict: true }],
    ['invalid_payload', buildShuftiBody('request.pending', { event: { [canary]: canary } })],
    ['invalid_payload', JSON.parse(buildShuftiBody('request.invalid', { error: canary })) as Record<string, unknown>],
    ['unknown_variant', buildShuftiBody('request.pending', { event: canary, reference: canary })],
    ['malformed_body', `{"reference":"${canary}","event":"request.pending"`],
    ['malformed_body', `{"reference":"${canary}\n","event":"request.pending"}`],
    ['malformed_body', new Uint8Array([...new TextEncoder().encode(`{"reference":"${canary}`), 0xc3, 0x22, 0x7d])],
    ['nesting_too_deep', buildShuftiBody('request.pending', { [canary]: JSON.parse(deep) as unknown })],
    ['body_too_large', buildShuftiBody('request.pending', { reference: `${canary}${'x'.repeat(300_000)}` })],
    ['too_many_fields', buildShuftiBody('request.pending', { [canary]: Object.fromEntries(Array.from({ length: 300 }, (_, at) => [`${canary}${at}`, canary])) })],
  ];

  test.each(bodies)('%s', (code, body, options) => {
    const result = safeParseShufti(body, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe(code);
    expect(result.error.kind).toBe('shufti');
    for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
  });

  test('serialize errors are value-free too', () => {
    const callback = { ...fixture('request.timeout.json'), error: canary } as unknown as ShuftiCallback;
    try {
      serializeShufti(callback);
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof KycWebhookError)) throw error;
      for (const rendering of renderings(error)) expect(rendering).not.toContain(canary);
    }
  });

  test('unknown_variant keeps the value where a handler can read it on purpose', () => {
    const result = safeParseShufti(buildShuftiBody('request.pending', { event: canary }));
    expect(!result.success && result.error.variant).toBe(canary);
  });
});
