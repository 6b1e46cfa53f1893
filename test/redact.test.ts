import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseKycWebhook, redactKycWebhook, type KycWebhook } from '../src/index.js';
import { callbackKinds } from '../src/kinds.js';
import { parsers } from './support/parsers.js';
import { arbitraries, kinds, webhookOf } from './support/webhooks.js';

type Path = readonly (string | number)[];

/** @returns every leaf of a JSON value with its path */
function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** @returns a copy with every string replaced by a numbered canary, and the canaries by path */
function plantCanaries(value: unknown): { planted: unknown; canaries: Map<string, Path> } {
  const canaries = new Map<string, Path>();
  const plant = (item: unknown, path: Path): unknown => {
    if (typeof item === 'string') {
      const canary = `CANARY${canaries.size}Z`;
      canaries.set(canary, path);
      return canary;
    }
    if (typeof item !== 'object' || item === null) return item;
    if (Array.isArray(item)) return item.map((child, index) => plant(child, [...path, index]));
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, plant(child, [...path, key])]));
  };
  return { planted: plant(value, []), canaries };
}

// Written independently of the lists beside the schemas: a field whose name says it holds personal
// data (a name, a date of birth, a number, an address, a URL, an IP address, contact details, free
// text). A surviving canary in such a field is a leak.
const personalName =
  /name|dob|birth|address|street|city|zip|postal|number|ssn|^pan$|iban|email|phone|^ip$|clientIp$|url|image|photo|proof|latitude|longitude|^host$|rdns|^mrz$|^signature$|^text$|criteria|optionalData|personalCode|patronymic|location|^token$|first_?six|last_?four/i;

// Fields whose names match but hold no personal data, each with why.
const notPersonal = new Set([
  'serviceName', // iDenfy's name of a screening service (an enumeration)
  'listName', // the name of a sanctions list, not of a person
  'browser_name', // Shufti's agent: the browser, not the person
  'device_name',
  'platform_name',
  'country_name', // the country of the request's geolocation, kept like every country
  'continent_name',
  'region_name',
  'merchantScanReference', // your own reference, kept to find the verification
  'numberOfEntries', // how many entries a visa allows
  'addressFormat', // which of Jumio's address formats (`RAW`), in a fixture's field this version does not know
]);

// Where a field named like a personal one holds a check result or a code: Jumio's `idCheck*`
// ('OK' or 'N/A'), Shufti's results and declined codes per service (`address`, `document`, …), and
// iDenfy's additional steps (named by you, each holding a step type).
const checkResults = /^idCheck/;
const codesBy = new Set(['verification_result', 'services_declined_codes', 'additionalSteps']);
// The names the arbitraries give fields this version does not know, which redaction keeps as they came.
const unknownField = /^x[A-Za-z0-9]{1,12}$/;

function leaked(path: Path): boolean {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (key === undefined || checkResults.test(key) || codesBy.has(String(path[0]))) return false;
  if (path.some((part) => typeof part === 'string' && unknownField.test(part))) return false;
  return personalName.test(key) && !notPersonal.has(key);
}

describe('redactKycWebhook', () => {
  for (const kind of kinds) {
    test.prop([arbitraries[kind]], { numRuns: 80 })(`${kind}: no canary in a personal field survives`, (callback) => {
      const { planted, canaries } = plantCanaries(callback);
      const redacted = JSON.stringify(redactKycWebhook(webhookOf(kind, planted as never)));
      for (const [canary, path] of canaries) {
        if (redacted.includes(`"${canary}"`)) expect(leaked(path), `${kind} ${path.join('.')} survived`).toBe(false);
      }
    });

    test.prop([arbitraries[kind]], { numRuns: 40 })(`${kind}: the same shape, sharing nothing, the input untouched`, (callback) => {
      const before = JSON.stringify(callback);
      const webhook = webhookOf(kind, callback);
      const redacted = redactKycWebhook(webhook);
      expect(JSON.stringify(callback)).toBe(before);
      expect(redacted.kind).toBe(kind);
      const shape = (value: unknown) => leaves(value).map(([path, leaf]) => `${path.join('.')}:${leaf === null ? 'null' : typeof leaf === 'boolean' ? 'boolean' : 'value'}`);
      expect(shape(redacted.callback)).toEqual(shape(callback));
      expect(JSON.parse(JSON.stringify(redacted))).toStrictEqual(redacted);
      for (const [path, leaf] of leaves(redacted.callback)) {
        // A redacted value is the marker, never a part of the original.
        if (typeof leaf === 'string' && leaf === '[redacted]') expect(path.length).toBeGreaterThan(0);
      }
    });
  }

  // API responses are parsed by their own parser: detection leaves them out.
  const fixtures = parsers.flatMap((parser) => parser.fixtures.map((fixture) => ({ kind: parser.name, bytes: fixture.bytes, webhook: callbackKinds[parser.name].webhook })));
  test.prop([fc.constantFrom(...fixtures)])('fixtures: identifiers and statuses stay, personal values go', (fixture) => {
    const webhook = fixture.webhook ? parseKycWebhook(fixture.bytes) : webhookOf(fixture.kind, callbackKinds[fixture.kind].parse(fixture.bytes as never) as never);
    const redacted = JSON.stringify(redactKycWebhook(webhook));
    const after = new Map(leaves(redactKycWebhook(webhook).callback).map(([path, value]) => [path.join('.'), value]));
    for (const [path, value] of leaves(webhook.callback)) {
      if (typeof value === 'string' && leaked(path)) expect(after.get(path.join('.')), path.join('.')).toBe('[redacted]');
    }
    const kept = (webhook: KycWebhook): string[] => {
      switch (webhook.kind) {
        case 'jumio-netverify':
          return [webhook.callback.jumioIdScanReference, webhook.callback.verificationStatus];
        case 'jumio-doc-verification':
          return [webhook.callback.scanReference, webhook.callback.transaction.status];
        case 'idenfy':
          return [webhook.callback.scanRef, webhook.callback.status.overall];
        case 'shufti':
          return [webhook.callback.event];
        case 'jumio-platform':
          return [webhook.callback.workflowExecution.id, webhook.callback.workflowExecution.status];
        case 'jumio-retrieval':
          return [webhook.callback.workflow.id, webhook.callback.workflow.status];
        case 'jumio-retrieval-status':
          return [webhook.callback.workflowExecution.id, webhook.callback.workflowExecution.status];
        case 'onfido':
          return [webhook.callback.payload.object.id, webhook.callback.payload.action];
      }
    };
    for (const value of kept(webhook)) expect(redacted).toContain(JSON.stringify(value));
  });

  test('names, dates of birth and document numbers of the fixtures are the marker', () => {
    const webhook = parseKycWebhook(parsers.find((parser) => parser.name === 'idenfy')?.fixtures.find((fixture) => fixture.name === 'APPROVED.json')?.bytes ?? '');
    if (webhook.kind !== 'idenfy') throw new Error('fixture missing');
    expect(webhook.callback.data.docFirstName).toEqual(expect.any(String));
    const redacted = redactKycWebhook(webhook);
    if (redacted.kind !== 'idenfy') throw new Error('kind changed');
    expect(redacted.callback.data).toMatchObject({ docFirstName: '[redacted]', docDob: '[redacted]', docNumber: '[redacted]' });
    expect(redacted.callback.scanRef).toBe(webhook.callback.scanRef);
  });
});
