import { describe, expect, test } from 'vitest';
import {
  KycWebhookError,
  jumioDocVerificationSchema,
  parseJumioDocVerification,
  safeParseJumioDocVerification,
  serializeJumioDocVerification,
  type JumioDocVerificationCallback,
  type JumioExtractedData,
} from '../src/index.js';
import { buildJumioDocVerificationBody } from '../src/testing/index.js';
import { errorFinder } from './support/errors.js';
import { fixtureText } from './support/fixtures.js';
import { renderings } from './support/renderings.js';

const directory = 'jumio/doc-verification';

function fixture(name: string): JumioDocVerificationCallback {
  return parseJumioDocVerification(fixtureText(directory, name));
}

function extracted(name: string): JumioExtractedData {
  const { document } = fixture(name);
  if (document?.status !== 'EXTRACTED') throw new Error(`${name} is not an extracted document`);
  return document.extractedData;
}

const errorOf = errorFinder(safeParseJumioDocVerification);

describe('the base document samples', () => {
  test('UPLOADED decodes field by field', () => {
    expect(fixture('UPLOADED.form')).toEqual({
      timestamp: '2017-06-06T12:06:49.016Z',
      scanReference: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      document: {
        type: 'SSC',
        country: 'AUT',
        images: ['https://retrieval.netverify.com/api/netverify/v2/documents/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/pages/1'],
        status: 'UPLOADED',
      },
      transaction: {
        customerId: 'CUSTOMERID',
        date: '2014-10-17T06:37:51.969Z',
        merchantScanReference: 'YOURSCANREFERENCE',
        source: 'DOC_SDK',
        status: 'DONE',
      },
    });
  });

  test('EXTRACTED has extracted data with signatureAvailable as a boolean', () => {
    expect(extracted('EXTRACTED.form')).toEqual({ firstName: 'FIRSTNAME', lastName: 'LASTNAME', signatureAvailable: true, ssn: 'xxxxxxxxx' });
  });

  test('DISCARDED has no extracted data', () => {
    expect(fixture('DISCARDED.form').document).not.toHaveProperty('extractedData');
  });
});

describe('the quirks of FIELDS.md §4', () => {
  test('signatureAvailable as a JSON boolean or as "true"/"false" is a boolean, written back as documented', () => {
    expect(extracted('EXTRACTED.signature-available-string.form').signatureAvailable).toBe(true);
    expect(extracted('EXTRACTED.signature-unavailable-string.form').signatureAvailable).toBe(false);
    const written = serializeJumioDocVerification(fixture('EXTRACTED.form'));
    expect(new URLSearchParams(written).get('document')).toContain('"signatureAvailable":"true"');
    const maybe = buildJumioDocVerificationBody('EXTRACTED', {
      document: '{"status":"EXTRACTED","country":"USA","type":"SSC","images":[],"extractedData":{"signatureAvailable":"yes"}}',
    });
    expect(errorOf(maybe).issues[0]?.path).toEqual(['document', 'extractedData', 'signatureAvailable']);
  });

  test('a credit card, a bank statement with an address, a utility bill', () => {
    expect(extracted('EXTRACTED.credit-card.form')).toMatchObject({ pan: expect.any(String), expiryDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(extracted('EXTRACTED.bank-statement-address.form')).toMatchObject({
      accountNumber: expect.any(String),
      swiftCode: expect.any(String),
      address: { line1: expect.any(String), countryCode: expect.any(String), postalCode: expect.any(String) },
    });
    expect(extracted('EXTRACTED.utility-bill.form')).toHaveProperty('dueDate');
  });

  test('document types are open: OTHER and CUSTOM with its code', () => {
    expect(fixture('UPLOADED.type-other.form').document?.type).toBe('OTHER');
    expect(fixture('UPLOADED.custom-document.form').document).toMatchObject({ type: 'CUSTOM', customDocumentCode: expect.any(String), originalDocument: expect.any(String) });
    const newType = buildJumioDocVerificationBody('UPLOADED', { document: '{"status":"UPLOADED","country":"USA","type":"PAYSLIP","images":[]}' });
    expect(parseJumioDocVerification(newType).document?.type).toBe('PAYSLIP');
    expect(errorOf(newType, { strict: true }).issues[0]?.path).toEqual(['document', 'type']);
  });

  test('images as one bare URL is an array of one', () => {
    const body = buildJumioDocVerificationBody('UPLOADED', { document: '{"status":"UPLOADED","country":"USA","type":"UB","images":"https://example.test/1"}' });
    expect(parseJumioDocVerification(body).document?.images).toEqual(['https://example.test/1']);
    expect(fixture('UPLOADED.multi-page.form').document?.images).toHaveLength(3);
  });

  test('a FAILED transaction comes without a document; a DONE one must have one', () => {
    const failed = fixture('FAILED.form');
    expect(failed.transaction.status).toBe('FAILED');
    expect(failed).not.toHaveProperty('document');
    const error = errorOf(buildJumioDocVerificationBody('UPLOADED', { document: undefined }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues).toEqual([{ path: ['document'], code: 'invalid_type', message: 'Missing (a DONE transaction always has a document)' }]);
  });

  test('the API source carries clientIp', () => {
    expect(fixture('UPLOADED.custom-document.form').transaction).toMatchObject({ source: 'DOC_API', clientIp: expect.any(String) });
  });

  test('unknown fields are kept at every level and written back', () => {
    const callback = fixture('EXTRACTED.unknown-fields.form');
    const again = parseJumioDocVerification(serializeJumioDocVerification(callback));
    expect(again).toEqual(callback);
    expect(Object.keys(callback).length).toBeGreaterThan(4);
    expect(safeParseJumioDocVerification(fixtureText(directory, 'EXTRACTED.unknown-fields.form'), { strict: true }).success).toBe(false);
  });
});

describe('the discriminants', () => {
  test('only an EXTRACTED document has extractedData', () => {
    const body = buildJumioDocVerificationBody('EXTRACTED', {
      document: '{"status":"EXTRACTED","country":"USA","type":"SSC","images":[]}',
    });
    expect(errorOf(body).issues).toEqual([{ path: ['document', 'extractedData'], code: 'invalid_type', message: 'Missing (expected object)' }]);
  });

  test('an unknown document status is unknown_variant, with its value', () => {
    const body = buildJumioDocVerificationBody('UPLOADED', { document: '{"status":"ARCHIVED","country":"USA","type":"UB","images":[]}' });
    const error = errorOf(body);
    expect(error.code).toBe('unknown_variant');
    expect(error.variant).toBe('ARCHIVED');
    expect(error.issues[0]?.path).toEqual(['document', 'status']);
  });

  test('an unknown transaction status is unknown_variant too', () => {
    const transaction = '{"date":"2026-03-02T09:15:27.412Z","status":"EXPIRED","source":"DOC_API","merchantScanReference":"r","customerId":"c"}';
    const error = errorOf(buildJumioDocVerificationBody('FAILED', { transaction }));
    expect(error).toMatchObject({ code: 'unknown_variant', variant: 'EXPIRED', issues: [{ path: ['transaction', 'status'] }] });
  });

  test('a missing status is invalid_payload', () => {
    const body = buildJumioDocVerificationBody('UPLOADED', { document: '{"country":"USA","type":"UB","images":[]}' });
    expect(errorOf(body)).toMatchObject({ code: 'invalid_payload', issues: [{ path: ['document', 'status'] }] });
  });
});

describe('error codes', () => {
  test('malformed_body: invalid JSON in a JSON field, a repeated field, bad bytes', () => {
    expect(errorOf(buildJumioDocVerificationBody('UPLOADED', { document: '{"status":' })).issues[0]).toMatchObject({ path: ['document'], code: 'invalid_json' });
    expect(errorOf(`${buildJumioDocVerificationBody('FAILED')}&scanReference=again`).issues[0]?.code).toBe('duplicate_key');
    expect(errorOf(new Uint8Array([0x61, 0x3d, 0xff])).issues[0]?.code).toBe('invalid_utf8');
  });

  test('invalid_payload: a wrong timestamp, a wrong date, missing transaction fields', () => {
    expect(errorOf(buildJumioDocVerificationBody('FAILED', { timestamp: 'today' })).issues[0]?.path).toEqual(['timestamp']);
    const transaction = '{"date":"2026-03-02T09:15:27.412Z","status":"FAILED","source":"DOC_API"}';
    expect(errorOf(buildJumioDocVerificationBody('FAILED', { transaction })).issues.map((issue) => issue.path)).toEqual([
      ['transaction', 'merchantScanReference'],
      ['transaction', 'customerId'],
    ]);
    const badDate = '{"status":"EXTRACTED","country":"USA","type":"CC","images":[],"extractedData":{"expiryDate":"12/29"}}';
    expect(errorOf(buildJumioDocVerificationBody('EXTRACTED', { document: badDate })).issues[0]?.path).toEqual(['document', 'extractedData', 'expiryDate']);
  });

  test('limits: nesting_too_deep, body_too_large, too_many_fields', () => {
    const deep = `{"status":"UPLOADED","country":"USA","type":"UB","images":[],"x":${'['.repeat(40)}${']'.repeat(40)}}`;
    expect(errorOf(buildJumioDocVerificationBody('UPLOADED', { document: deep })).code).toBe('nesting_too_deep');
    expect(errorOf(buildJumioDocVerificationBody('UPLOADED'), { maxBytes: 100 }).code).toBe('body_too_large');
    expect(errorOf(buildJumioDocVerificationBody('UPLOADED'), { maxFields: 3 }).code).toBe('too_many_fields');
  });

  test('no value from the body reaches any rendering of an error', () => {
    const canary = 'CANARY51c2';
    const bodies = [
      buildJumioDocVerificationBody('EXTRACTED', {
        document: `{"status":"EXTRACTED","country":"USA","type":"SSC","images":["${canary}"],"extractedData":{"ssn":7,"name":"${canary}","expiryDate":"${canary}"}}`,
      }),
      buildJumioDocVerificationBody('UPLOADED', { document: `{"status":"${canary}","country":"${canary}"}` }),
      buildJumioDocVerificationBody('UPLOADED', { document: `{"status":"UPLOADED","${canary}":1` }),
      buildJumioDocVerificationBody('FAILED', { timestamp: canary, [canary]: canary }),
    ];
    for (const body of bodies) {
      for (const options of [undefined, { strict: true }]) {
        const error = errorOf(body, options);
        for (const rendering of renderings(error)) expect(rendering).not.toContain(canary);
      }
    }
  });
});

describe('serializeJumioDocVerification and the schema', () => {
  test('a callback that does not match its type is invalid_payload', () => {
    const callback = fixture('UPLOADED.form');
    const broken = { ...callback, transaction: { ...callback.transaction, status: 'DONE', date: 'now' } } as JumioDocVerificationCallback;
    expect(() => serializeJumioDocVerification(broken)).toThrow(expect.objectContaining({ code: 'invalid_payload' }));
    const { document: _dropped, ...withoutDocument } = callback;
    expect(() => serializeJumioDocVerification(withoutDocument)).toThrow(KycWebhookError);
  });

  test('the exported schema decodes form fields and encodes them back', async () => {
    const { decode, encode } = await import('zod');
    const fields = Object.fromEntries(new URLSearchParams(fixtureText(directory, 'EXTRACTED.form')));
    const callback = decode(jumioDocVerificationSchema, fields);
    expect(callback).toEqual(fixture('EXTRACTED.form'));
    expect(decode(jumioDocVerificationSchema, encode(jumioDocVerificationSchema, callback))).toEqual(callback);
  });
});
