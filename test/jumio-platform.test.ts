import { describe, expect, test } from 'vitest';
import {
  jumioRetrievalUrls,
  kycOutcome,
  parseJumioPlatform,
  parseJumioRetrieval,
  safeParseJumioPlatform,
  safeParseJumioRetrieval,
  safeParseJumioRetrievalStatus,
  safeParseKycWebhook,
} from '../src/index.js';
import { buildJumioPlatformBody, buildJumioRetrievalBody, buildJumioRetrievalStatusBody } from '../src/testing/index.js';
import { fixtureText } from './support/fixtures.js';
import { rejectionOf } from './support/errors.js';

const documented = () => parseJumioPlatform(fixtureText('jumio/platform', 'PROCESSED.doc-kyx-guide.json'));
const recorded = () => parseJumioPlatform(fixtureText('jumio/platform', 'PROCESSED.recorded-emea-2025.json'));

describe('the callback', () => {
  test("Jumio's own sample, with xxxx placeholder ids and no userReference, parses", () => {
    const callback = documented();
    expect(callback.workflowExecution.id).toBe('22222222-xxxx-xxxx-xxxx-xxxxxxxxxxxx');
    expect(callback).not.toHaveProperty('userReference');
  });

  test('an unknown status is unknown_variant, with the value, under every option', () => {
    for (const strict of [false, true]) {
      const error = rejectionOf(safeParseJumioPlatform(buildJumioPlatformBody('PROCESSED').replace('"PROCESSED"', '"KYX_SESSION_EXPIRED"'), { strict }));
      expect([error?.code, error?.kind, error?.variant]).toEqual(['unknown_variant', 'jumio-platform', 'KYX_SESSION_EXPIRED']);
    }
  });

  test('a missing callbackSentAt, or one not in the documented format, is invalid_payload at its path', () => {
    for (const callbackSentAt of [undefined, '21.01.2021 14:55']) {
      const error = rejectionOf(safeParseJumioPlatform(buildJumioPlatformBody('PROCESSED', { callbackSentAt })));
      expect([error?.code, error?.issues[0]?.path]).toEqual(['invalid_payload', ['callbackSentAt']]);
    }
  });

  test('a numeric definitionKey is refused: Jumio always sends a string', () => {
    const body = JSON.parse(buildJumioPlatformBody('PROCESSED')) as { workflowExecution: Record<string, unknown> };
    body.workflowExecution['definitionKey'] = 10013;
    expect(rejectionOf(safeParseJumioPlatform(body))?.issues[0]?.path).toEqual(['workflowExecution', 'definitionKey']);
  });

  test('detection finds it by callbackSentAt', () => {
    const result = safeParseKycWebhook(buildJumioPlatformBody('SESSION_EXPIRED'));
    expect(result.success && result.data.kind).toBe('jumio-platform');
  });
});

describe('jumioRetrievalUrls', () => {
  test('the documented and the recorded href give URLs of the same documented form', () => {
    expect(jumioRetrievalUrls(documented())).toEqual({
      details: 'https://retrieval.apac-1.jumio.ai/api/v1/accounts/11111111-xxxx-xxxx-xxxx-xxxxxxxxxxxx/workflow-executions/22222222-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      status: 'https://retrieval.apac-1.jumio.ai/api/v1/accounts/11111111-xxxx-xxxx-xxxx-xxxxxxxxxxxx/workflow-executions/22222222-xxxx-xxxx-xxxx-xxxxxxxxxxxx/status',
    });
    const callback = recorded();
    expect(callback.workflowExecution.href).not.toContain('/accounts/');
    expect(jumioRetrievalUrls(callback)?.details).toBe(
      `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${callback.account.id}/workflow-executions/${callback.workflowExecution.id}`,
    );
  });

  test('the data center given wins over the callback', () => {
    expect(jumioRetrievalUrls(recorded(), { dataCenter: 'amer-1' })?.status).toMatch(/^https:\/\/retrieval\.amer-1\.jumio\.ai\/api\/v1\/accounts\/[^/]+\/workflow-executions\/[^/]+\/status$/);
  });

  test('a forged host or id gives no URL', () => {
    const callback = recorded();
    const forged = { ...callback, account: { ...callback.account, href: 'https://retrieval.emea-1.jumio.ai.example.com/api/v1/accounts/x' } };
    const elsewhere = { account: { id: 'a', href: 'https://example.com/x' }, workflowExecution: { id: 'b', href: 'https://example.com/y' } };
    expect(jumioRetrievalUrls(forged)?.details).toMatch(/^https:\/\/retrieval\.emea-1\.jumio\.ai\//); // read from the workflow's href
    expect(jumioRetrievalUrls(elsewhere)).toBeUndefined();
    expect(jumioRetrievalUrls({ ...callback, account: { ...callback.account, id: '../../x' } })).toBeUndefined();
    expect(jumioRetrievalUrls(callback, { dataCenter: 'evil.com/x?' })).toBeUndefined();
  });
});

describe('the retrieval responses', () => {
  test('the invalid documentation examples fail as malformed_body, their corrected copies parse', () => {
    for (const name of ['NO_DECISION.doc-2023-api-guide-10003', 'PASSED.doc-2022-api-guide-kyx-10013', 'PASSED.doc-wf10014-authentication']) {
      expect(rejectionOf(safeParseJumioRetrieval(fixtureText('jumio/retrieval', `${name}.invalid-json.txt`)))?.code, name).toBe('malformed_body');
      expect(safeParseJumioRetrieval(fixtureText('jumio/retrieval', `${name}-corrected.json`)).success, name).toBe(true);
    }
  });

  test('what Jumio documents one way and sends another parses: currentAge as a string or a number, NOT_MATCH, SUCCESS', () => {
    const body = JSON.parse(buildJumioRetrievalBody('PASSED')) as { capabilities: Record<string, unknown> };
    body.capabilities['similarity'] = [{ id: 's', decision: { type: 'REJECTED', details: { label: 'NO_MATCH' } }, data: { similarity: 'NOT_MATCH' } }];
    body.capabilities['watchlistScreening'] = [{ id: 'w', decision: { type: 'PASSED', details: { label: 'OK' } }, data: { searchStatus: 'SUCCESS', searchResults: 0 } }];
    for (const currentAge of ['30', 30]) {
      const extraction = JSON.parse(buildJumioRetrievalBody('PASSED')).capabilities.extraction as { data: Record<string, unknown> }[];
      (extraction[0] as { data: Record<string, unknown> }).data['currentAge'] = currentAge;
      body.capabilities['extraction'] = extraction;
      const result = safeParseJumioRetrieval(body, { strict: true });
      expect(result.success && result.data.capabilities.extraction?.[0]?.data?.currentAge).toBe(currentAge);
    }
  });

  test('an empty capabilities object parses; a capability this version does not know is kept, and refused in strict mode', () => {
    const body = JSON.parse(buildJumioRetrievalBody('REJECTED', { capabilities: { xRiskSignals: [{ id: 'r' }] } })) as Record<string, unknown>;
    expect(parseJumioRetrieval(body).capabilities).toEqual({ xRiskSignals: [{ id: 'r' }] });
    expect(rejectionOf(safeParseJumioRetrieval(body, { strict: true }))?.issues[0]?.path).toEqual(['capabilities']);
    expect(parseJumioRetrieval(buildJumioRetrievalBody('REJECTED', { capabilities: {} })).capabilities).toEqual({});
  });

  test('an unknown decision type is unknown_variant; an unknown status response status too', () => {
    const details = rejectionOf(safeParseJumioRetrieval(buildJumioRetrievalBody('PASSED').replace('"type":"PASSED","details":{"label":"PASSED"}', '"type":"APPROVED","details":{"label":"PASSED"}')));
    expect([details?.code, details?.variant]).toEqual(['unknown_variant', 'APPROVED']);
    const status = rejectionOf(safeParseJumioRetrievalStatus(buildJumioRetrievalStatusBody('PROCESSED').replace('"PROCESSED"', '"ARCHIVED"')));
    expect([status?.code, status?.kind, status?.variant]).toEqual(['unknown_variant', 'jumio-retrieval-status', 'ARCHIVED']);
  });
});

describe('kycOutcome of the retrieval responses', () => {
  test('a NOT_EXECUTED decision is expired when the workflow expired, else error', () => {
    const expired = parseJumioRetrieval(buildJumioRetrievalBody('NOT_EXECUTED'));
    expect(kycOutcome({ kind: 'jumio-retrieval', callback: expired })).toMatchObject({ status: 'expired', final: true });
    const notExecuted = { ...expired, workflow: { ...expired.workflow, status: 'PROCESSED' } };
    expect(kycOutcome({ kind: 'jumio-retrieval', callback: notExecuted })).toMatchObject({ status: 'error', final: true });
    expect(kycOutcome({ kind: 'jumio-retrieval', callback: notExecuted }).reasons).toEqual([{ field: 'decision.details.label', code: 'TOKEN_EXPIRED' }]);
  });

  test('the person and the document come from the first extraction, as sent', () => {
    const details = parseJumioRetrieval(fixtureText('jumio/retrieval', 'PASSED.doc-2022-api-guide-kyx-10013-corrected.json'));
    const data = details.capabilities.extraction?.[0]?.data;
    expect(data?.firstName).toEqual(expect.any(String));
    const outcome = kycOutcome({ kind: 'jumio-retrieval', callback: details });
    expect(outcome).toMatchObject({ status: 'approved', final: true, providerReference: details.workflow.id });
    expect(outcome.person).toEqual({ firstName: data?.firstName, lastName: data?.lastName, dateOfBirth: data?.dateOfBirth });
    expect(outcome.document).toEqual({ type: data?.type, number: data?.documentNumber, expiry: data?.expiryDate });
  });

  test("a rejection's reasons are the decision's label and the rejected and warned capabilities' labels", () => {
    const details = parseJumioRetrieval(fixtureText('jumio/retrieval', 'REJECTED.recorded-usability-missing-signature.json'));
    const reasons = kycOutcome({ kind: 'jumio-retrieval', callback: details }).reasons;
    expect(reasons[0]).toEqual({ field: 'decision.details.label', code: 'REJECTED' });
    expect(reasons).toContainEqual({ field: 'capabilities.usability', code: 'MISSING_SIGNATURE' });
    expect(reasons.some((reason) => reason.code === 'OK' || reason.code === 'PRECONDITION_NOT_FULFILLED')).toBe(false);
  });

  test('a first name sent as N/A is no name', () => {
    const body = JSON.parse(buildJumioRetrievalBody('PASSED')) as { capabilities: { extraction: { data: Record<string, unknown> }[] } };
    (body.capabilities.extraction[0] as { data: Record<string, unknown> }).data['firstName'] = 'N/A';
    expect(kycOutcome({ kind: 'jumio-retrieval', callback: parseJumioRetrieval(body) }).person).not.toHaveProperty('firstName');
  });
});
