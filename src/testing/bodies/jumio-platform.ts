import type { JumioPlatformStatus } from '../../jumio/platform/types.js';
import type { JumioDecisionType } from '../../jumio/retrieval/types.js';
import type { JumioRetrievalStatus } from '../../jumio/retrieval-status/types.js';

// Raw Jumio Platform bodies with synthetic data, for tests. No fast-check here: importing these
// builders needs nothing but the library.

const accountId = '5d7c1f2a-0000-4000-8000-0000000000a1';
const workflowId = '5d7c1f2a-0000-4000-8000-0000000000b2';
const host = 'https://retrieval.emea-1.jumio.ai/api/v1';

/**
 * Builds a valid raw Jumio Platform callback body with synthetic data, for tests.
 *
 * @param status - the `workflowExecution.status`
 * @param overrides - top-level fields to set (as wire JSON values) or, with `undefined`, to leave out
 * @returns the JSON body
 *
 * @example
 * ```ts
 * const body = buildJumioPlatformBody('PROCESSED');
 * expect(parseJumioPlatform(body).workflowExecution.status).toBe('PROCESSED');
 * ```
 */
export function buildJumioPlatformBody(status: JumioPlatformStatus, overrides: Readonly<Record<string, unknown>> = {}): string {
  return bodyOf({
    callbackSentAt: '2026-03-02T09:17:03.118Z',
    userReference: 'user-1001',
    workflowExecution: { id: workflowId, href: `${host}/workflow-executions/${workflowId}`, definitionKey: '10013', status },
    account: { id: accountId, href: `${host}/accounts/${accountId}` },
    ...overrides,
  });
}

/**
 * Builds a valid raw workflow execution status response with synthetic data, for tests.
 *
 * @param status - the `workflowExecution.status`
 * @param overrides - top-level fields to set (as wire JSON values) or, with `undefined`, to leave out
 * @returns the JSON body
 */
export function buildJumioRetrievalStatusBody(status: JumioRetrievalStatus, overrides: Readonly<Record<string, unknown>> = {}): string {
  return bodyOf({
    account: { id: accountId, href: `${host}/accounts/${accountId}` },
    workflowExecution: { id: workflowId, href: `${host}/workflow-executions/${workflowId}`, definitionKey: '10013', status },
    ...overrides,
  });
}

/**
 * Builds a valid raw workflow execution details response with synthetic data, for tests: an ID and
 * a selfie, usability, liveness, similarity and extraction results agreeing with the decision.
 * `NOT_EXECUTED` is an execution whose token expired; `NO_DECISION` a response without `decision`
 * (as in Jumio's 2023 guide).
 *
 * @param decision - the top-level `decision.type`, or `NO_DECISION`
 * @param overrides - top-level fields to set (as wire JSON values) or, with `undefined`, to leave out
 * @returns the JSON body
 *
 * @example
 * ```ts
 * const body = buildJumioRetrievalBody('PASSED');
 * expect(parseJumioRetrieval(body).decision?.type).toBe('PASSED');
 * ```
 */
export function buildJumioRetrievalBody(decision: JumioDecisionType | 'NO_DECISION', overrides: Readonly<Record<string, unknown>> = {}): string {
  const [label, score, capability, capabilityLabel] = decisions[decision];
  const idCredential = '5d7c1f2a-0000-4000-8000-0000000000c3';
  const selfieCredential = '5d7c1f2a-0000-4000-8000-0000000000d4';
  const item = (id: string, credential: string, category: string, data?: Record<string, unknown>) => ({
    id,
    credentials: [{ id: credential, category }],
    decision: { type: capability, details: { label: capabilityLabel } },
    ...(data === undefined ? {} : { data }),
  });
  return bodyOf({
    workflow: { id: workflowId, status: decision === 'NOT_EXECUTED' ? 'TOKEN_EXPIRED' : 'PROCESSED', definitionKey: '10013', userReference: 'user-1001' },
    account: { id: accountId },
    createdAt: '2026-03-02T09:10:00.000Z',
    startedAt: '2026-03-02T09:12:41.250Z',
    completedAt: '2026-03-02T09:17:02.840Z',
    credentials: [
      { id: idCredential, category: 'ID', parts: [{ classifier: 'FRONT', href: `${host}/accounts/${accountId}/credentials/${idCredential}/parts/FRONT` }] },
      { id: selfieCredential, category: 'SELFIE', parts: [{ classifier: 'FACE', href: `${host}/accounts/${accountId}/credentials/${selfieCredential}/parts/FACE` }] },
    ],
    ...(decision === 'NO_DECISION' ? {} : { decision: { type: decision, details: { label }, risk: { score } } }),
    steps: { href: `${host}/accounts/${accountId}/workflow-executions/${workflowId}/steps` },
    capabilities:
      decision === 'NOT_EXECUTED'
        ? {}
        : {
            usability: [item('5d7c1f2a-0000-4000-8000-0000000000e5', idCredential, 'ID')],
            extraction: [
              item('5d7c1f2a-0000-4000-8000-0000000000f6', idCredential, 'ID', {
                type: 'PASSPORT',
                issuingCountry: 'AUT',
                firstName: 'JANE',
                lastName: 'EXAMPLE',
                dateOfBirth: '1990-01-01',
                expiryDate: '2031-12-01',
                documentNumber: 'X0000001',
              }),
            ],
          },
    ...overrides,
  });
}

const decisions: { readonly [D in JumioDecisionType | 'NO_DECISION']: readonly [label: string, score: number, capability: JumioDecisionType, capabilityLabel: string] } = {
  PASSED: ['PASSED', 0, 'PASSED', 'OK'],
  REJECTED: ['REJECTED', 100, 'REJECTED', 'BAD_QUALITY'],
  WARNING: ['WARNING', 40, 'WARNING', 'UNSUPPORTED_DOCUMENT_TYPE'],
  NOT_EXECUTED: ['TOKEN_EXPIRED', -1, 'NOT_EXECUTED', 'TECHNICAL_ERROR'],
  NO_DECISION: ['', 0, 'PASSED', 'OK'],
};

function bodyOf(merged: Readonly<Record<string, unknown>>): string {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) fields[key] = value;
  return JSON.stringify(fields);
}
