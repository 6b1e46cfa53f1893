// Onfido's enumerations, each written once: the types in types.ts, the schema, the arbitraries of
// `kyc-webhooks/testing` and the type tests all derive from these lists. Source: Onfido's OpenAPI
// specification (`onfido/onfido-openapi-spec`, `schemas/webhooks/definitions.yaml`) and its history.

/**
 * Every `payload.action` this version knows: every event type the specification has listed and
 * still lists, plus `check.form_opened`, which a recorded API v1 delivery carries although the
 * current enumeration no longer does. `workflow_signed_evidence_file.created` is left out on purpose:
 * the specification listed it from March 2024 to February 2025, then removed it as invalid (a
 * major release, onfido-openapi-spec PR 139), and no delivery of it was ever recorded; a body with
 * it fails as `unknown_variant`, like any action this version does not know.
 */
export const onfidoActions = /* @__PURE__ */ Object.freeze([
  'check.started',
  'check.reopened',
  'check.withdrawn',
  'check.completed',
  'check.form_completed',
  'check.form_opened',
  'report.withdrawn',
  'report.resumed',
  'report.cancelled',
  'report.awaiting_approval',
  'report.completed',
  'workflow_run.completed',
  'workflow_task.started',
  'workflow_task.completed',
  'workflow_timeline_file.created',
  'workflow_run_evidence_folder.created',
  'watchlist_monitor.matches_updated',
  'audit_log.created',
] as const);

/** The actions about a check (`resource_type` `check`). */
export const checkActions = ['check.started', 'check.reopened', 'check.withdrawn', 'check.completed', 'check.form_completed', 'check.form_opened'] as const;

/** The actions about a report (`resource_type` `report`). */
export const reportActions = ['report.withdrawn', 'report.resumed', 'report.cancelled', 'report.awaiting_approval', 'report.completed'] as const;

/** The actions about a workflow task (`resource_type` `workflow_task`). */
export const workflowTaskActions = ['workflow_task.started', 'workflow_task.completed'] as const;

/** Every `payload.resource_type`: the part of each action before its dot. */
export const onfidoResourceTypes = [
  'check',
  'report',
  'workflow_run',
  'workflow_task',
  'workflow_timeline_file',
  'workflow_run_evidence_folder',
  'watchlist_monitor',
  'audit_log',
] as const;

/** A check's status. */
export const checkStatuses = ['in_progress', 'awaiting_applicant', 'complete', 'withdrawn', 'paused', 'reopened'] as const;

/** A report's status. */
export const reportStatuses = ['awaiting_data', 'awaiting_approval', 'complete', 'withdrawn', 'cancelled'] as const;

/** A workflow run's status. */
export const workflowRunStatuses = ['processing', 'awaiting_input', 'awaiting_client_input', 'approved', 'declined', 'review', 'abandoned', 'error'] as const;

/** A workflow task's status. */
export const workflowTaskStatuses = ['started', 'cancelled', 'completed'] as const;

/** Any `payload.object.status`: the specification's union of the four lists above (`complete`, `withdrawn`, `cancelled` once). */
export const objectStatuses = [
  'in_progress',
  'awaiting_applicant',
  'complete',
  'withdrawn',
  'paused',
  'reopened',
  'awaiting_data',
  'awaiting_approval',
  'cancelled',
  'processing',
  'awaiting_input',
  'awaiting_client_input',
  'approved',
  'declined',
  'review',
  'abandoned',
  'error',
  'started',
  'completed',
] as const;

/** A `payload.resource.status`: a workflow run's or a workflow task's. */
export const resourceStatuses = [...workflowRunStatuses, ...workflowTaskStatuses] as const;

/** The languages of a workflow run's link. */
export const linkLanguages = ['en_US', 'de_DE', 'es_ES', 'fr_FR', 'it_IT', 'pt_PT', 'nl_NL'] as const;
