import type { OnfidoAction, OnfidoCallback } from '../../onfido/types.js';
import type { KycOutcome, KycOutcomeReason } from '../types.js';
import { explained, keyOf, nonEmpty, present, withOptional, type StatusRow } from './shared.js';

/**
 * Every `payload.action`, mapped (the README's Onfido table). An event carries no verdict but a
 * workflow run's status: a completed check or report is `pending` until you fetch its result.
 */
export const onfidoStatusRows: { readonly [A in OnfidoAction]: StatusRow } = {
  'check.started': ['pending', false],
  'check.reopened': ['pending', false],
  'check.withdrawn': ['cancelled', true],
  'check.completed': ['pending', false],
  'check.form_completed': ['pending', false],
  'check.form_opened': ['pending', false],
  'report.withdrawn': ['cancelled', true],
  'report.resumed': ['pending', false],
  'report.cancelled': ['cancelled', true],
  'report.awaiting_approval': ['review', false],
  'report.completed': ['pending', false],
  // Replaced by the run's status (below) when the event carries one.
  'workflow_run.completed': ['pending', false],
  'workflow_task.started': ['pending', false],
  'workflow_task.completed': ['pending', false],
  'workflow_timeline_file.created': ['pending', false],
  'workflow_run_evidence_folder.created': ['pending', false],
  'watchlist_monitor.matches_updated': ['review', false],
  'audit_log.created': ['pending', false],
};

/** A workflow run's status, mapped; a status this version does not know is `error`, never `approved`. */
export const onfidoWorkflowRunRows: { readonly [status: string]: StatusRow } = {
  approved: ['approved', true],
  declined: ['rejected', true],
  review: ['review', false],
  abandoned: ['expired', true],
  error: ['error', true],
  processing: ['pending', false],
  awaiting_input: ['pending', false],
  awaiting_client_input: ['pending', false],
};

/** The actions whose event carries no result: the result is fetched from the resource's `href`. */
const fetched: ReadonlySet<OnfidoAction> = new Set(['check.completed', 'report.completed']);

/** @returns the outcome of an Onfido webhook event */
export function onfidoOutcome(callback: OnfidoCallback): KycOutcome {
  const { payload } = callback;
  const { object, resource } = payload;
  let [status, final] = onfidoStatusRows[payload.action] ?? (['error', true] as const);
  const runStatus = payload.action === 'workflow_run.completed' ? (resource?.status ?? object.status) : undefined;
  if (runStatus !== undefined) [status, final] = Object.hasOwn(onfidoWorkflowRunRows, runStatus) ? (onfidoWorkflowRunRows[runStatus] as StatusRow) : ['error', true];
  const reasons: KycOutcomeReason[] = [];
  if (explained.has(status) && payload.action === 'workflow_run.completed') {
    for (const reason of resource?.reasons ?? []) if (nonEmpty(reason) !== undefined) reasons.push({ field: 'resource.reasons', code: reason });
    const code = nonEmpty(resource?.error?.type);
    const description = nonEmpty(resource?.error?.message);
    if (code !== undefined || description !== undefined) {
      reasons.push({ field: 'resource.error', ...(code === undefined ? {} : { code }), ...(description === undefined ? {} : { description }) });
    }
  }
  // A task belongs to a workflow run: the run is the verification.
  const runId = object.workflow_run_id ?? resource?.workflow_run_id;
  const properties = documentProperties(resource?.output);
  return withOptional({
    kind: 'onfido',
    provider: 'onfido',
    providerReference: payload.resource_type === 'workflow_task' ? (runId ?? object.id) : object.id,
    clientReference: nonEmpty(resource?.customer_user_id),
    status,
    final,
    reasons,
    key: keyOf('onfido', payload.action, object.id, object.status, object.completed_at_iso8601 ?? object.started_at_iso8601 ?? object.completed_at),
    resultFrom: fetched.has(payload.action) || (status === 'pending' && payload.action === 'workflow_run.completed') ? nonEmpty(object.href) : undefined,
    person: present({
      firstName: properties?.['first_name'],
      lastName: properties?.['last_name'],
      dateOfBirth: properties?.['date_of_birth'],
      nationality: properties?.['nationality'],
    }),
    document: present({
      type: properties?.['document_type'],
      number: properties?.['document_number'],
      issuingCountry: properties?.['issuing_country'],
      expiry: properties?.['date_of_expiry'],
    }),
  });
}

/** @returns the `properties` of a document check's output (a document report), when the output is one */
function documentProperties(output: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return undefined;
  const properties = (output as Record<string, unknown>)['properties'];
  return typeof properties === 'object' && properties !== null && !Array.isArray(properties) ? (properties as Record<string, unknown>) : undefined;
}
