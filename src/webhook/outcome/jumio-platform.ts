import type { JumioPlatformCallback, JumioPlatformStatus } from '../../jumio/platform/types.js';
import type { JumioDecisionType, JumioRetrievalResponse } from '../../jumio/retrieval/types.js';
import type { JumioRetrievalStatus, JumioRetrievalStatusResponse } from '../../jumio/retrieval-status/types.js';
import type { KycOutcome, KycOutcomeReason } from '../types.js';
import { explained, keyOf, nonEmpty, present, withOptional, type StatusRow } from './shared.js';

/** Every callback `workflowExecution.status`, mapped (the README's Jumio Platform table). */
export const jumioPlatformStatusRows: { readonly [S in JumioPlatformStatus]: StatusRow } = {
  PROCESSED: ['pending', false],
  SESSION_EXPIRED: ['expired', true],
  TOKEN_EXPIRED: ['expired', true],
  ACQUISITION_STARTED: ['pending', false],
  ACQUIRED: ['pending', false],
};

/** Every status response's `workflowExecution.status`, mapped (the README's Jumio Platform table). */
export const jumioRetrievalStatusRows: { readonly [S in JumioRetrievalStatus]: StatusRow } = {
  INITIATED: ['pending', false],
  ACQUIRED: ['pending', false],
  PROCESSED: ['pending', false],
  SESSION_EXPIRED: ['expired', true],
  TOKEN_EXPIRED: ['expired', true],
};

/**
 * Every details `decision.type`, mapped, and a response without a decision (the README's Jumio
 * Platform table). `NOT_EXECUTED` is `expired` when the workflow expired, else `error`.
 */
export const jumioRetrievalDecisionRows: { readonly [D in JumioDecisionType | 'NO_DECISION']: StatusRow } = {
  PASSED: ['approved', true],
  REJECTED: ['rejected', true],
  WARNING: ['review', false],
  NOT_EXECUTED: ['error', true],
  NO_DECISION: ['pending', false],
};

const expiredStatuses: ReadonlySet<string> = new Set(['SESSION_EXPIRED', 'TOKEN_EXPIRED']);

/** @returns the outcome of a Jumio Platform callback: never a decision, which the Retrieval API gives */
export function jumioPlatformOutcome(callback: JumioPlatformCallback): KycOutcome {
  const { workflowExecution } = callback;
  const [status, final] = jumioPlatformStatusRows[workflowExecution.status] ?? (['error', true] as const);
  return withOptional({
    kind: 'jumio-platform',
    provider: 'jumio',
    providerReference: workflowExecution.id,
    clientReference: nonEmpty(callback.userReference),
    status,
    final,
    reasons: [],
    key: keyOf('jumio-platform', workflowExecution.id, workflowExecution.status, callback.callbackSentAt),
    resultFrom: undefined,
    person: undefined,
    document: undefined,
  });
}

/** @returns the outcome of a status response */
export function jumioRetrievalStatusOutcome(response: JumioRetrievalStatusResponse): KycOutcome {
  const { workflowExecution } = response;
  const [status, final] = jumioRetrievalStatusRows[workflowExecution.status] ?? (['error', true] as const);
  return withOptional({
    kind: 'jumio-retrieval-status',
    provider: 'jumio',
    providerReference: workflowExecution.id,
    clientReference: undefined,
    status,
    final,
    reasons: [],
    key: keyOf('jumio-retrieval-status', workflowExecution.id, workflowExecution.status),
    resultFrom: undefined,
    person: undefined,
    document: undefined,
  });
}

/** @returns the outcome of a workflow execution details response: its decision, person and document */
export function jumioRetrievalOutcome(response: JumioRetrievalResponse): KycOutcome {
  const { workflow, decision } = response;
  let [status, final] = jumioRetrievalDecisionRows[decision?.type ?? 'NO_DECISION'] ?? (['error', true] as const);
  if (decision?.type === 'NOT_EXECUTED' && expiredStatuses.has(workflow.status)) status = 'expired';
  if (decision === undefined && expiredStatuses.has(workflow.status)) [status, final] = ['expired', true];
  const reasons: KycOutcomeReason[] = [];
  if (decision !== undefined && explained.has(status)) {
    reasons.push({ field: 'decision.details.label', code: decision.details.label });
    for (const [name, items] of Object.entries(response.capabilities)) {
      for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
        const label = capabilityLabel(item);
        if (label !== undefined) reasons.push({ field: `capabilities.${name}`, code: label });
      }
    }
  }
  const data = response.capabilities.extraction?.find((item) => item.data !== undefined)?.data;
  return withOptional({
    kind: 'jumio-retrieval',
    provider: 'jumio',
    providerReference: workflow.id,
    clientReference: nonEmpty(workflow.customerInternalReference),
    status,
    final,
    reasons,
    key: keyOf('jumio-retrieval', workflow.id, workflow.status, decision?.type, response.completedAt ?? response.createdAt),
    resultFrom: undefined,
    person: present({ firstName: named(data?.firstName), lastName: named(data?.lastName), dateOfBirth: data?.dateOfBirth, nationality: data?.nationality }),
    document: present({ type: data?.type, number: data?.documentNumber, issuingCountry: data?.issuingCountry, expiry: data?.expiryDate }),
  });
}

/** @returns the label of a capability item that was rejected or warned about, if it is one */
function capabilityLabel(item: unknown): string | undefined {
  const decision = typeof item === 'object' && item !== null ? (item as { decision?: unknown }).decision : undefined;
  if (typeof decision !== 'object' || decision === null) return undefined;
  const { type, details } = decision as { type?: unknown; details?: { label?: unknown } };
  const label = typeof details === 'object' && details !== null ? details.label : undefined;
  return (type === 'REJECTED' || type === 'WARNING') && typeof label === 'string' && label !== '' ? label : undefined;
}

/** `N/A` stands for a name Jumio could not give. */
function named(value: string | undefined): string | undefined {
  return value === 'N/A' ? undefined : value;
}
