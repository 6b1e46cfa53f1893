import { describe, expect, test } from 'vitest';
import * as z from '../src/core/zod.js';
import {
  formatted,
  isoDate,
  jsonText,
  numeric,
  oneOrMany,
  openEnum,
  optional,
  placeholderText,
  objectOf,
  textBoolean,
  type SchemaSettings,
} from '../src/core/fields.js';
import { safeParseCallback, serializeCallback, type CallbackFormat } from '../src/core/parse.js';
import { KycWebhookError } from '../src/core/errors.js';
import { issuesOf } from './support/errors.js';
import { anyObject, openMap } from '../src/idenfy/fields.js';
import { checkResult, chosenTypes, emptyAsNull, noError, phpObject, serviceResult } from '../src/shufti/fields.js';
import { safeParseJumioNetverify } from '../src/jumio/index.js';
import { safeParseJumioDocVerification } from '../src/jumio/index.js';
import { safeParseIdenfy } from '../src/idenfy/index.js';
import { safeParseShufti } from '../src/shufti/index.js';
import { buildJumioNetverifyBody } from '../src/testing/bodies/jumio-netverify.js';
import { buildJumioDocVerificationBody } from '../src/testing/bodies/jumio-doc-verification.js';
import { buildIdenfyBody } from '../src/testing/bodies/idenfy.js';
import { buildShuftiBody } from '../src/testing/bodies/shufti.js';

// A required field the body leaves out reads as missing, whatever builds its schema: the issue is at
// the field's path, its code is `invalid_type` (as zod reports an absent string or object) and its
// message starts with "Missing", followed by what was expected when the schema says so.

/** A callback kind of one required field, `field`, run through the library's own parse runner. */
function formatOf(field: (settings: SchemaSettings) => z.core.$ZodType): CallbackFormat<unknown> {
  return {
    kind: 'idenfy',
    read: (body) => body,
    findUnknownVariant: () => undefined,
    schema: (settings) => z.looseObject({ field: field(settings) }) as unknown as z.ZodType<unknown>,
    write: (wire) => JSON.stringify(wire),
  };
}

const object = z.looseObject({ name: z.string() });

/** Each builder, a value of the wrong kind for it, and what its missing message says was expected. */
const builders: { name: string; field: (settings: SchemaSettings) => z.core.$ZodType; wrong: unknown; expected: string }[] = [
  { name: 'core openEnum (default)', field: (s) => openEnum(['A', 'B'], s), wrong: 1, expected: 'Missing (expected string)' },
  { name: 'core objectOf', field: (s) => objectOf({ name: z.string() }, s), wrong: 'x', expected: 'Missing (expected object)' },
  { name: 'core formatted', field: () => formatted(isoDate), wrong: '2026', expected: 'Missing (expected string)' },
  { name: 'core placeholderText', field: () => placeholderText('N/A'), wrong: 7, expected: 'Missing (expected string)' },
  {
    name: 'core textBoolean',
    field: () => textBoolean({ true: 'TRUE', false: 'FALSE' }),
    wrong: 'YES',
    expected: 'Missing (expected TRUE or FALSE (any case) or a JSON boolean)',
  },
  { name: 'core numeric', field: () => numeric('number'), wrong: 'many', expected: 'Missing (expected a number)' },
  { name: 'core jsonText', field: (s) => jsonText(object, s), wrong: 7, expected: 'Missing (expected string)' },
  { name: 'core oneOrMany', field: () => oneOrMany(z.string()), wrong: 7, expected: 'Missing (expected array)' },
  {
    name: 'core integer',
    field: () => numeric('number', 'integer'),
    wrong: 1.5,
    expected: 'Missing (expected an integer (a JSON number or a string of digits))',
  },
  { name: 'iDenfy anyObject', field: () => anyObject(), wrong: [], expected: 'Missing (expected object)' },
  { name: 'iDenfy openMap', field: () => openMap({}, z.nullable(z.string()), 'a URL or null'), wrong: 'x', expected: 'Missing (expected object)' },
  { name: 'Shufti emptyAsNull', field: () => emptyAsNull(''), wrong: 7, expected: 'Missing (expected string)' },
  { name: 'Shufti noError', field: () => noError(), wrong: 'x', expected: 'Missing (expected one of "", null)' },
  { name: 'Shufti checkResult', field: () => checkResult(), wrong: 2, expected: 'Missing (expected one of 1, 0, null, "")' },
  {
    name: 'Shufti serviceResult',
    field: () => serviceResult(object),
    wrong: 2,
    expected: 'Missing (expected 1, 0, null, "" or an object of such check results)',
  },
  { name: 'Shufti phpObject', field: () => phpObject(object), wrong: 'x', expected: 'Missing (expected object)' },
  { name: 'Shufti chosenTypes', field: (s) => chosenTypes(['passport'], s), wrong: 'passport', expected: 'Missing (expected array)' },
];

describe('every field builder reports an absent required field as missing', () => {
  test.each(builders)('$name', ({ field, wrong, expected }) => {
    const format = formatOf(field);
    expect(issuesOf(safeParseCallback(format, {}))).toEqual([{ path: ['field'], code: 'invalid_type', message: expected }]);
    // A value that is there but wrong is not "missing".
    const [present] = issuesOf(safeParseCallback(format, { field: wrong }));
    expect(present?.path[0]).toBe('field');
    expect(present?.message).not.toMatch(/^Missing/);
  });

  test('in strict mode too, where an open enumeration is a closed one', () => {
    const format = formatOf((s) => openEnum(['A', 'B'], s));
    expect(issuesOf(safeParseCallback(format, {}, { strict: true }))).toEqual([{ path: ['field'], code: 'invalid_type', message: 'Missing (expected one of "A", "B")' }]);
    expect(issuesOf(safeParseCallback(format, { field: 'C' }, { strict: true }))).toEqual([{ path: ['field'], code: 'invalid_value', message: 'Expected one of "A", "B"' }]);
  });

  test('an optional field may be absent, and stays absent', () => {
    const result = safeParseCallback(formatOf(() => optional(z.string())), {});
    expect(result).toEqual({ success: true, data: {} });
  });

  test('serializing a callback that lacks a required field reports it as missing too', () => {
    const format = formatOf(() => z.enum(['OK', 'N/A']));
    let thrown: unknown;
    try {
      serializeCallback(format, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KycWebhookError);
    // serialize stops at the first problem, so a `more_issues` note follows it.
    expect((thrown as KycWebhookError).issues.map(({ code }) => code)).toEqual(['invalid_type', 'more_issues']);
    expect((thrown as KycWebhookError).issues[0]).toEqual({ path: ['field'], code: 'invalid_type', message: 'Missing (expected one of "OK", "N/A")' });
  });
});

describe('the parsers report absent fields as missing', () => {
  test('Netverify: an idCheck* field spelled otherwise is missing, not a wrong value', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED').replace('idCheckMicroprint=', 'idCheckMicroPrint=');
    const result = safeParseJumioNetverify(body);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['idCheckMicroprint'], code: 'invalid_type', message: 'Missing (expected one of "OK", "N/A")' },
    ]);
    expect(result.success ? '' : result.error.message).toContain('idCheckMicroprint: Missing');
  });

  test('Netverify: an absent verificationStatus is missing', () => {
    const body = buildJumioNetverifyBody('APPROVED_VERIFIED').replace(/(^|&)verificationStatus=[^&]*/, '');
    const result = safeParseJumioNetverify(body);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['verificationStatus'], code: 'invalid_type', message: expect.stringMatching(/^Missing \(expected one of "APPROVED_VERIFIED"/) },
    ]);
  });

  test('Document Verification: an absent document status is missing', () => {
    const body = buildJumioDocVerificationBody('EXTRACTED');
    const fields = new URLSearchParams(body);
    const document = JSON.parse(fields.get('document') ?? '{}') as Record<string, unknown>;
    delete document['status'];
    fields.set('document', JSON.stringify(document));
    const result = safeParseJumioDocVerification(fields.toString());
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['document', 'status'], code: 'invalid_type', message: expect.stringMatching(/^Missing \(expected one of /) },
    ]);
  });

  test('iDenfy: an absent face status is missing, in default and in strict mode (where its enumeration is closed)', () => {
    const body = buildIdenfyBody('APPROVED', { status: { autoFace: undefined } });
    for (const strictMode of [false, true]) {
      const result = safeParseIdenfy(body, { strict: strictMode });
      expect(result.success ? [] : result.error.issues).toEqual([
        { path: ['status', 'autoFace'], code: 'invalid_type', message: expect.stringMatching(/^Missing \(expected /) },
      ]);
    }
  });

  test('Shufti: an absent event and an absent verification_result are missing', () => {
    const noEvent = JSON.parse(buildShuftiBody('verification.accepted')) as Record<string, unknown>;
    delete noEvent['event'];
    const result = safeParseShufti(noEvent);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['event'], code: 'invalid_type', message: expect.stringMatching(/^Missing \(expected one of "request.pending"/) },
    ]);
    const noResult = JSON.parse(buildShuftiBody('verification.accepted')) as Record<string, unknown>;
    delete noResult['verification_result'];
    const second = safeParseShufti(noResult);
    expect(second.success ? [] : second.error.issues).toEqual([
      { path: ['verification_result'], code: 'invalid_type', message: 'Missing (expected object)' },
    ]);
  });
});
