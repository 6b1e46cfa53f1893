import { describe, expect, test } from 'vitest';
import { onfidoActions, parseOnfido, safeParseOnfido, serializeOnfido, type OnfidoCallback } from '../src/onfido/index.js';
import { buildOnfidoBody } from '../src/testing/bodies/onfido.js';
import { errorFinder } from './support/errors.js';
import { fixtureFiles, fixtureText, loadSources } from './support/fixtures.js';
import { renderings } from './support/renderings.js';

// The fixture sweep (test/fixtures.test.ts) parses and round-trips every fixture; this file holds
// what is particular to Onfido: the SOURCES.md expectations, the specification's errors the parser
// follows the deliveries on, and the decisions on dropped and legacy events.

const directory = 'onfido';
const errorOf = errorFinder(safeParseOnfido);
const body = (payload: Record<string, unknown>) => JSON.stringify({ payload });
const parsed = (name: string): OnfidoCallback => parseOnfido(fixtureText(directory, name));

describe('every fixture parses or fails exactly as its SOURCES.md line says', () => {
  const rows = [...loadSources(directory).matchAll(/^\| `([^`]+)` \|.*\| ([^|]*) \|$/gm)].map(([, name, expected]) => ({ name: name as string, expected: (expected as string).trim() }));

  test('a row for every file', () => {
    expect(rows.map((row) => row.name).sort()).toEqual(fixtureFiles(directory));
  });

  test.each(rows)('$name: $expected', ({ name, expected }) => {
    const result = safeParseOnfido(fixtureText(directory, name));
    if (expected.startsWith('parses')) expect(result.success).toBe(true);
    else {
      const code = /fails with `([a-z_]+)`/.exec(expected)?.[1];
      expect(code).toBeDefined();
      expect(!result.success && [result.error.code, result.error.kind]).toEqual([code, 'onfido']);
    }
  });
});

describe('the envelope', () => {
  test('the SDK studio body: object and resource typed, output null, the task fields the specification omits kept', () => {
    const { payload } = parsed('workflow_task.started.json');
    if (payload.action !== 'workflow_task.started') throw new Error('fixture');
    expect(payload.resource_type).toBe('workflow_task');
    expect(payload.object).toMatchObject({ id: 'profile_1eb92', task_spec_id: 'profile_1eb92', task_def_id: 'profile_data', status: 'started' });
    expect(payload.resource?.output).toBeNull();
    expect(payload.resource?.task_def_version).toBeNull();
  });

  test('a task output is any JSON: an object, an array or null', () => {
    const object = parsed('workflow_task.completed.object-output.json').payload.resource?.output;
    expect(object).toMatchObject({ properties: { first_name: 'Jane', last_name: 'Doe' } });
    const list = parsed('workflow_task.completed.list-output.json').payload.resource?.output;
    expect(Array.isArray(list) && list[0]).toMatchObject({ type: 'document_photo' });
    for (const output of ['text', 7, true]) {
      expect(parseOnfido(buildOnfidoBody('workflow_task.completed', { resource: { output } })).payload.resource?.output).toBe(output);
    }
  });

  test('the specification requires resource_id and event, which no event has: neither is read', () => {
    expect(parsed('check.completed.json').payload).not.toHaveProperty('resource_id');
    const withThem = parseOnfido(buildOnfidoBody('check.completed', { resource_id: 'r', event: 'check.completed' }));
    expect(withThem.payload).toMatchObject({ resource_id: 'r', event: 'check.completed' }); // kept as unknown fields
  });

  test('object is required, with its id; href and the times are optional', () => {
    expect(errorOf(body({ resource_type: 'check', action: 'check.completed' })).issues).toContainEqual(expect.objectContaining({ path: ['payload', 'object'] }));
    expect(errorOf(body({ resource_type: 'check', action: 'check.completed', object: { status: 'complete' } })).issues).toContainEqual(
      expect.objectContaining({ path: ['payload', 'object', 'id'] }),
    );
    expect(parsed('workflow_run.completed.minimal.json').payload.object).toEqual({ id: 'run-123', status: 'approved' });
    expect(parsed('audit_log.created.json').payload.object).not.toHaveProperty('href');
  });

  test('the legacy check.form_opened, with API v1\'s completed_at, parses', () => {
    const { payload } = parsed('check.form_opened.json');
    expect(payload.action).toBe('check.form_opened');
    expect(payload.object.completed_at).toBe('2016-10-26 16:18:24 UTC');
  });

  test('the ISO 8601 times are checked; the legacy completed_at is not', () => {
    const error = errorOf(buildOnfidoBody('check.started', { object: { id: 'c', completed_at_iso8601: '2016-10-26 16:18:24 UTC' } }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues[0]?.path).toEqual(['payload', 'object', 'completed_at_iso8601']);
  });

  test('resource_type must be the action\'s: a check action about a report is invalid_payload', () => {
    expect(errorOf(buildOnfidoBody('check.completed', { resource_type: 'report' })).code).toBe('invalid_payload');
  });

  test('fields and statuses this version does not know are kept; strict mode rejects them', () => {
    const grown = buildOnfidoBody('workflow_run.completed', { object: { id: 'run-1', status: 'escalated', x_new: 1 }, resource: { status: 'escalated', x_new: [1] } });
    const { payload } = parseOnfido(grown);
    expect(payload.object).toMatchObject({ status: 'escalated', x_new: 1 });
    expect(payload.resource).toMatchObject({ status: 'escalated', x_new: [1] });
    expect(parseOnfido(serializeOnfido(parseOnfido(grown)))).toEqual(parseOnfido(grown));
    const error = errorOf(grown, { strict: true });
    expect(error.code).toBe('invalid_payload');
    // A status of another resource type is no check status.
    expect(errorOf(buildOnfidoBody('check.completed', { object: { id: 'c', status: 'approved' } }), { strict: true }).code).toBe('invalid_payload');
  });

  test('the task input and output stay open in strict mode too', () => {
    expect(safeParseOnfido(fixtureText(directory, 'workflow_task.completed.object-output.json'), { strict: true }).success).toBe(true);
  });
});

describe('actions', () => {
  test('every action of the specification, and the legacy one, is known', () => {
    expect(onfidoActions).toContain('check.form_opened');
    expect(onfidoActions).toHaveLength(18);
    for (const action of onfidoActions) expect(parseOnfido(buildOnfidoBody(action)).payload.action).toBe(action);
  });

  test.each([
    // Listed by the specification from 2024-03 to 2025-02, then removed as invalid; never seen on the wire.
    'workflow_signed_evidence_file.created',
    // django-onfido's own internal event, never sent by Onfido.
    'manual.override',
    'check.escalated',
  ])('%s is unknown_variant, with the value on error.variant and in no rendering', (action) => {
    const error = errorOf(body({ resource_type: action.slice(0, action.indexOf('.')), action, object: { id: 'x' } }));
    expect([error.code, error.kind, error.variant]).toEqual(['unknown_variant', 'onfido', action]);
    for (const rendering of renderings(error)) expect(rendering).not.toContain(action);
  });

  test('a missing action is invalid_payload', () => {
    expect(errorOf(body({ resource_type: 'check', object: { id: 'x' } })).code).toBe('invalid_payload');
  });
});

describe('bodies that are not events', () => {
  test('the SDK\'s truncated body is malformed_body', () => {
    const error = errorOf(fixtureText(directory, 'check.truncated-java.invalid-json.txt'));
    expect([error.code, error.kind]).toEqual(['malformed_body', 'onfido']);
  });

  test.each([['{}'], ['{"payload":null}'], ['{"payload":[]}'], ['[]']])('%s is refused', (text) => {
    expect(safeParseOnfido(text).success).toBe(false);
  });
});
