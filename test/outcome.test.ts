import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  idenfyOverallStatuses,
  jumioDecisionTypes,
  jumioDocumentStatuses,
  jumioNetverifyStatuses,
  jumioPlatformStatuses,
  jumioRetrievalStatuses,
  kycOutcome,
  onfidoActions,
  parseIdenfy,
  parseJumioDocVerification,
  parseJumioNetverify,
  parseJumioPlatform,
  parseJumioRetrieval,
  parseJumioRetrievalStatus,
  parseKycWebhook,
  parseOnfido,
  parseShufti,
  shuftiEvents,
  type KycCallbackKind,
  type KycOutcome,
  type KycWebhook,
} from '../src/index.js';
import { callbackKinds } from '../src/kinds.js';
import {
  buildIdenfyBody,
  buildJumioDocVerificationBody,
  buildJumioNetverifyBody,
  buildJumioPlatformBody,
  buildJumioRetrievalBody,
  buildJumioRetrievalStatusBody,
  buildOnfidoBody,
  buildShuftiBody,
} from '../src/testing/index.js';
import { parsers } from './support/parsers.js';
import { arbitraries, kinds, serializeAs, webhookOf } from './support/webhooks.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Several providers'), readme.indexOf('## Errors'));

/** The rows of the README's mapping tables: kind, discriminant value, status, and the `final` column. */
const rows = [...section.matchAll(/^\| `([a-z-]+)` \| `([^`]+)` \| `([a-z]+)` \| ([^|]+) \|$/gm)].map(
  ([, kind, value, status, final]) => ({ kind: kind as KycCallbackKind, value: value as string, status: status as string, final: (final as string).trim() }),
);

/** Every discriminant value each kind's public constants list; the tables must cover each once. */
const values: { readonly [K in KycCallbackKind]: readonly string[] } = {
  'jumio-netverify': jumioNetverifyStatuses,
  'jumio-doc-verification': [...jumioDocumentStatuses, 'FAILED'],
  'jumio-platform': jumioPlatformStatuses,
  'jumio-retrieval': [...jumioDecisionTypes, 'NO_DECISION'],
  'jumio-retrieval-status': jumioRetrievalStatuses,
  idenfy: idenfyOverallStatuses,
  shufti: shuftiEvents,
  onfido: onfidoActions,
};

/** A callback of each kind with the given discriminant value, built as the provider sends it. */
function webhookWith(kind: KycCallbackKind, value: string, idenfyFinal?: boolean): KycWebhook {
  switch (kind) {
    case 'jumio-netverify':
      return webhookOf(kind, parseJumioNetverify(buildJumioNetverifyBody(value as never)));
    case 'jumio-doc-verification':
      return webhookOf(kind, parseJumioDocVerification(buildJumioDocVerificationBody(value as never)));
    case 'idenfy':
      return webhookOf(kind, parseIdenfy(buildIdenfyBody(value as never, idenfyFinal === undefined ? {} : { final: idenfyFinal })));
    case 'shufti':
      return webhookOf(kind, parseShufti(buildShuftiBody(value as never)));
    case 'jumio-platform':
      return webhookOf(kind, parseJumioPlatform(buildJumioPlatformBody(value as never)));
    case 'jumio-retrieval':
      return webhookOf(kind, parseJumioRetrieval(buildJumioRetrievalBody(value as never)));
    case 'jumio-retrieval-status':
      return webhookOf(kind, parseJumioRetrievalStatus(buildJumioRetrievalStatusBody(value as never)));
    case 'onfido':
      return webhookOf(kind, parseOnfido(buildOnfidoBody(value as never)));
  }
}

describe('the README\'s mapping tables', () => {
  test('list every discriminant value of every kind exactly once', () => {
    for (const kind of kinds) {
      const listed = rows.filter((row) => row.kind === kind).map((row) => row.value);
      expect([...listed].sort(), kind).toEqual([...values[kind]].sort());
    }
    expect(rows).toHaveLength(kinds.reduce((count, kind) => count + values[kind].length, 0));
  });

  for (const row of rows) {
    test(`${row.kind} ${row.value} is ${row.status}, final: ${row.final}`, () => {
      const outcome = kycOutcome(webhookWith(row.kind, row.value, row.kind === 'idenfy' ? true : undefined));
      expect(outcome.status).toBe(row.status);
      expect(outcome.kind).toBe(row.kind);
      expect(outcome.final).toBe(row.final.startsWith('yes'));
      if (row.final === 'yes, unless') {
        // The automatic result before a manual review is not the last word.
        expect(kycOutcome(webhookWith(row.kind, row.value, false))).toMatchObject({ status: row.status, final: false });
        const { final: _final, ...oldest } = JSON.parse(buildIdenfyBody(row.value as never)) as Record<string, unknown>;
        expect(kycOutcome(webhookOf('idenfy', parseIdenfy(oldest))).final).toBe(true);
      }
      if (row.kind === 'idenfy' && row.final === 'no') expect(kycOutcome(webhookWith(row.kind, row.value, true)).final).toBe(false);
      if (row.value === 'verification.status.changed') expect(outcome.resultFrom).toBe('https://api.shuftipro.com/status');
      else if (row.value === 'check.completed' || row.value === 'report.completed') {
        // Onfido sends no result: the outcome says where to fetch it, the object's own URL.
        const webhook = webhookWith(row.kind, row.value);
        expect(webhook.kind === 'onfido' && outcome.resultFrom === webhook.callback.payload.object.href && outcome.resultFrom !== undefined).toBe(true);
      } else expect(outcome).not.toHaveProperty('resultFrom');
    });
  }
});

/** The values documented as a pass, by kind: `approved` comes from these only. */
const passes: { readonly [K in KycCallbackKind]: (webhook: Extract<KycWebhook, { kind: K }>) => boolean } = {
  'jumio-netverify': ({ callback }) => callback.verificationStatus === 'APPROVED_VERIFIED',
  'jumio-doc-verification': ({ callback }) => callback.transaction.status === 'DONE' && callback.document?.status === 'EXTRACTED',
  idenfy: ({ callback }) => callback.status.overall === 'APPROVED',
  shufti: ({ callback }) => callback.event === 'verification.accepted',
  'jumio-platform': () => false,
  'jumio-retrieval': ({ callback }) => callback.decision?.type === 'PASSED',
  'jumio-retrieval-status': () => false,
  // Only a workflow run carries a verdict; its expanded resource's status is the newer word.
  onfido: ({ callback: { payload } }) => payload.action === 'workflow_run.completed' && (payload.resource?.status ?? payload.object.status) === 'approved',
};
const passed = (webhook: KycWebhook) => (passes[webhook.kind] as (webhook: KycWebhook) => boolean)(webhook);

const statuses = ['approved', 'rejected', 'review', 'pending', 'expired', 'cancelled', 'error'];

/** @returns every string in a JSON value */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : [];

describe('every generated callback', () => {
  for (const kind of kinds) {
    test.prop([arbitraries[kind]], { numRuns: 60 })(`${kind}: one status, approved only from a pass, plain JSON data, nothing invented`, (callback) => {
      const webhook = webhookOf(kind, callback);
      let outcome: KycOutcome | undefined;
      expect(() => (outcome = kycOutcome(webhook))).not.toThrow();
      if (outcome === undefined) return;
      expect(statuses).toContain(outcome.status);
      expect(outcome.status === 'approved').toBe(passed(webhook));
      expect(JSON.parse(JSON.stringify(outcome))).toStrictEqual(outcome);
      // The person, the document and the reasons are the provider's own values.
      const sent = new Set(stringsIn(callback));
      for (const value of [...stringsIn(outcome.person), ...stringsIn(outcome.document)]) expect(sent).toContain(value);
      for (const reason of outcome.reasons) {
        if (reason.code !== undefined) expect(sent).toContain(reason.code);
        if (reason.description !== undefined) expect(sent).toContain(reason.description);
      }
      if (!['rejected', 'review', 'error'].includes(outcome.status)) expect(outcome.reasons).toEqual([]);
    });

    test.prop([arbitraries[kind]], { numRuns: 40 })(`${kind}: two deliveries of a callback have one key`, (callback) => {
      const body = serializeAs(kind, callback);
      // API responses are never detected: parsed by their own parser.
      const again = callbackKinds[kind].webhook ? parseKycWebhook(body) : webhookOf(kind, callbackKinds[kind].parse(body as never) as never);
      expect(kycOutcome(again).key).toBe(kycOutcome(webhookOf(kind, callback)).key);
    });
  }

  test.prop([arbitraries.idenfy, arbitraries.idenfy], { numRuns: 60 })('iDenfy: different callbacks have different keys', (first, second) => {
    const [a, b] = [kycOutcome(webhookOf('idenfy', first)), kycOutcome(webhookOf('idenfy', second))];
    const same = first.scanRef === second.scanRef && first.status.overall === second.status.overall && first.final === second.final &&
      first.status.manualDocument === second.status.manualDocument && first.status.manualFace === second.status.manualFace &&
      (first.finishTime ?? first.startTime) === (second.finishTime ?? second.startTime);
    expect(a.key === b.key).toBe(same);
  });

  test.prop([arbitraries.shufti, fc.string()])('Shufti: the key changes with the reference and the event', (callback, other) => {
    fc.pre(other !== callback.reference);
    const moved = { ...callback, reference: other } as typeof callback;
    expect(kycOutcome(webhookOf('shufti', moved)).key).not.toBe(kycOutcome(webhookOf('shufti', callback)).key);
  });
});

describe('regressions found by fast-check', () => {
  test('a Shufti service this version does not know, whose declined codes are no list, gives no reason and no throw', () => {
    for (const codes of [false, {}, 0]) {
      const callback = parseShufti({ reference: 'ref-1', verification_result: {}, verification_data: {}, event: 'verification.declined', services_declined_codes: { xa: codes } });
      expect(kycOutcome(webhookOf('shufti', callback))).toMatchObject({ status: 'rejected', reasons: [] });
    }
  });
});

describe('a status this version does not know', () => {
  test.each(kinds)('%s: never approved', (kind) => {
    const value = values[kind][0] as string;
    const webhook = webhookWith(kind, value);
    const renamed = JSON.parse(JSON.stringify(webhook).replaceAll(`"${value}"`, '"BRAND_NEW_STATUS"')) as KycWebhook;
    expect(JSON.stringify(renamed)).toContain('BRAND_NEW_STATUS');
    expect(kycOutcome(renamed).status).toBe('error');
  });
});

describe('fixtures', () => {
  const outcomes = parsers.flatMap((parser) =>
    parser.fixtures.map((fixture) => ({
      name: `${parser.name}/${fixture.name}`,
      webhook: callbackKinds[parser.name].webhook ? parseKycWebhook(fixture.bytes) : webhookOf(parser.name, callbackKinds[parser.name].parse(fixture.bytes as never) as never),
    })),
  );

  test('Jumio reject reasons and their details are the reasons, in order', () => {
    const fraud = outcomes.find(({ name }) => name === 'jumio-netverify/DENIED_FRAUD.form')?.webhook;
    if (fraud?.kind !== 'jumio-netverify' || fraud.callback.verificationStatus !== 'DENIED_FRAUD') throw new Error('fixture missing');
    const { rejectReason } = fraud.callback;
    expect(kycOutcome(fraud).reasons).toEqual([
      { field: 'rejectReason', code: rejectReason.rejectReasonCode, description: rejectReason.rejectReasonDescription },
      ...(rejectReason.rejectReasonDetails ?? []).map((detail) => ({
        field: 'rejectReason.rejectReasonDetails',
        code: detail.detailsCode,
        description: detail.detailsDescription,
      })),
    ]);
    expect(rejectReason.rejectReasonDetails?.length).toBeGreaterThan(0);
  });

  test('iDenfy fraud and mismatch tags are reasons of a suspected identification', () => {
    for (const { name, webhook } of outcomes.filter(({ name }) => name.startsWith('idenfy/SUSPECTED'))) {
      if (webhook.kind !== 'idenfy') throw new Error(name);
      const reasons = kycOutcome(webhook).reasons;
      for (const tag of webhook.callback.status.fraudTags ?? []) expect(reasons, name).toContainEqual({ field: 'status.fraudTags', code: tag });
      for (const tag of webhook.callback.status.mismatchTags ?? []) expect(reasons, name).toContainEqual({ field: 'status.mismatchTags', code: tag });
    }
  });

  test('Shufti declined codes and the declined reason are reasons of a declined verification', () => {
    for (const { name, webhook } of outcomes.filter(({ name }) => name.startsWith('shufti/verification.declined'))) {
      if (webhook.kind !== 'shufti' || webhook.callback.event !== 'verification.declined') throw new Error(name);
      const reasons = kycOutcome(webhook).reasons;
      for (const code of webhook.callback.declined_codes ?? []) expect(reasons, name).toContainEqual({ field: 'declined_codes', code });
      if (webhook.callback.declined_reason) expect(reasons, name).toContainEqual({ field: 'declined_reason', description: webhook.callback.declined_reason });
    }
  });

  test('the person and the document are the fields the provider sent, absent when it did not', () => {
    const approved = outcomes.find(({ name }) => name === 'jumio-netverify/APPROVED_VERIFIED.form')?.webhook;
    if (approved?.kind !== 'jumio-netverify') throw new Error('fixture missing');
    const { callback } = approved;
    const outcome = kycOutcome(approved);
    expect(outcome.person?.firstName).toBe(callback.idFirstName ?? undefined);
    expect(outcome.person?.dateOfBirth).toBe(callback.idDob ?? undefined);
    expect(outcome.document?.number).toBe(callback.idNumber ?? undefined);
    expect(outcome.providerReference).toBe(callback.jumioIdScanReference);
    expect(callback.idFirstName).toEqual(expect.any(String));
    const empty = kycOutcome(webhookOf('jumio-netverify', parseJumioNetverify(buildJumioNetverifyBody('NO_ID_UPLOADED', { idFirstName: 'N/A', idLastName: 'N/A', idDob: 'N/A', idNumber: 'N/A', idType: undefined, idCountry: 'N/A', idExpiry: 'N/A', nationality: undefined }))));
    expect(empty.person).toBeUndefined();
  });

  test('every fixture maps without throwing, and its key is its own', () => {
    const keys = outcomes.map(({ webhook }) => kycOutcome(webhook).key);
    expect(keys.every((key) => typeof key === 'string')).toBe(true);
  });
});
