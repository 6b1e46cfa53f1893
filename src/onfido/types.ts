import type { OpenEnum } from '../core/open-enum.js';
import type {
  checkActions,
  checkStatuses,
  linkLanguages,
  objectStatuses,
  onfidoActions,
  onfidoResourceTypes,
  reportActions,
  reportStatuses,
  resourceStatuses,
  workflowRunStatuses,
  workflowTaskActions,
  workflowTaskStatuses,
} from './enumerations.js';

// Onfido (Entrust Identity Verification) webhook event types. Hand-written, free of zod:
// `kyc-webhooks/types` exports them for type-only users. A type test pins the schema's output to them.
//
// Links: the webhooks reference (https://documentation.onfido.com/api/latest/#webhooks) and the
// OpenAPI specification it is generated from (https://github.com/onfido/onfido-openapi-spec,
// `schemas/webhooks/webhook_event.yaml`). Where the specification and the deliveries disagree, the
// types follow the deliveries.

// Enumerations

/** Every `payload.action` this version knows: the discriminant of {@link OnfidoCallback}. */
export type OnfidoAction = (typeof onfidoActions)[number];

/** The actions about a check. */
export type OnfidoCheckAction = (typeof checkActions)[number];

/** The actions about a report. */
export type OnfidoReportAction = (typeof reportActions)[number];

/** The actions about a Studio workflow task. */
export type OnfidoWorkflowTaskAction = (typeof workflowTaskActions)[number];

/** The kind of resource an event is about: the part of its action before the dot. */
export type OnfidoResourceType = (typeof onfidoResourceTypes)[number];

/** A check's status. */
export type OnfidoCheckStatus = OpenEnum<(typeof checkStatuses)[number]>;

/** A report's status. */
export type OnfidoReportStatus = OpenEnum<(typeof reportStatuses)[number]>;

/** A Studio workflow run's status. */
export type OnfidoWorkflowRunStatus = OpenEnum<(typeof workflowRunStatuses)[number]>;

/** A Studio workflow task's status. */
export type OnfidoWorkflowTaskStatus = OpenEnum<(typeof workflowTaskStatuses)[number]>;

/** The status of any resource an event is about (the specification's union of the four). */
export type OnfidoObjectStatus = OpenEnum<(typeof objectStatuses)[number]>;

/** The status of an expanded Studio resource: a workflow run's or a task's. */
export type OnfidoResourceStatus = OpenEnum<(typeof resourceStatuses)[number]>;

/** The language of a workflow run's link. */
export type OnfidoLinkLanguage = OpenEnum<(typeof linkLanguages)[number]>;

// Sub-objects

/**
 * The resource an event is about (`payload.object`). Only `id` is always there; the task fields are
 * not in the specification but every Studio task delivery carries them.
 *
 * @see https://github.com/onfido/onfido-openapi-spec/blob/master/schemas/webhooks/webhook_event.yaml
 */
export interface OnfidoEventObject<Status extends string = OnfidoObjectStatus> {
  /** The resource's id: a UUID for checks, reports and workflow runs, a task id such as `profile_1eb92` for tasks. */
  id: string;
  /** The resource's status when the event was sent. */
  status?: Status;
  /** When the task started (ISO 8601), on `workflow_task.started`. */
  started_at_iso8601?: string;
  /** The time of the event (ISO 8601, second precision); present on `check.started` too, so not proof of completion. */
  completed_at_iso8601?: string;
  /** The API URL of the resource, to fetch its result; optional since January 2025. */
  href?: string;
  /** The same time in API v1/v2's format (`2016-10-26 16:18:24 UTC`), in legacy deliveries only. */
  completed_at?: string;
  /** The task's specification id (equal to `id` in every delivery seen); Studio task events only. */
  task_spec_id?: string;
  /** The task's definition, such as `profile_data` or `document_check`; Studio task events only. */
  task_def_id?: string;
  /** The workflow run the task belongs to; Studio task events only. */
  workflow_run_id?: string;
}

/**
 * The link to a workflow run's interactive session.
 *
 * @see https://github.com/onfido/onfido-openapi-spec/blob/master/schemas/workflow_runs/definitions.yaml
 */
export interface OnfidoWorkflowRunLink {
  /** The session's URL: whoever holds it can act as the applicant. */
  url?: string;
  /** Where the applicant is sent after completing it. */
  completed_redirect_url?: string | null;
  /** Where the applicant is sent once it expired. */
  expired_redirect_url?: string | null;
  /** When it expires (ISO 8601). */
  expires_at?: string | null;
  /** The session's language. */
  language?: OnfidoLinkLanguage | null;
}

/** Why a workflow run ended in `error`. */
export interface OnfidoWorkflowRunError {
  /** The error's type. */
  type?: string;
  /** Onfido's description of it. */
  message?: string;
}

/**
 * What a task produced: any JSON value. An object for `document_check` (a document report, with the
 * applicant's name, date of birth and document number), an array for `upload_document_photo`
 * (`[{ type, id, checksum_sha256 }]`), `null` while a task has only started.
 */
export type OnfidoTaskOutput = { [key: string]: unknown } | unknown[] | string | number | boolean | null;

/**
 * The expanded Studio resource (`payload.resource`): the workflow run or task itself, as
 * `GET /workflow_runs/{id}` (or its task) would return it. Every field is optional.
 *
 * @see https://github.com/onfido/onfido-openapi-spec/blob/master/schemas/webhooks/webhook_event.yaml
 */
export interface OnfidoResource {
  /** The task's or the workflow run's id. */
  id?: string;
  /** The applicant's id. */
  applicant_id?: string;
  /** The run's or the task's status. */
  status?: OnfidoResourceStatus;
  /** When it was created (ISO 8601). */
  created_at?: string;
  /** When it last changed (ISO 8601). */
  updated_at?: string;
  /** The run's page in Onfido's dashboard. */
  dashboard_url?: string;
  /** The workflow's id. */
  workflow_id?: string;
  /** The workflow run's id. */
  workflow_run_id?: string;
  /** The workflow's version. */
  workflow_version_id?: number;
  /** The task's definition, such as `document_check`. */
  task_def_id?: string;
  /** The version of the task's definition; `null` in every delivery seen. */
  task_def_version?: string | null;
  /** What the task was given. */
  input?: { [key: string]: unknown };
  /** What the task or run produced: an object, an array or `null` (see {@link OnfidoTaskOutput}). */
  output?: OnfidoTaskOutput;
  /** Why the run ended as it did. */
  reasons?: string[];
  /** The run's tags. */
  tags?: string[];
  /** The link to the run's interactive session. */
  link?: OnfidoWorkflowRunLink;
  /** Why the run ended in `error`. */
  error?: OnfidoWorkflowRunError;
  /** Your own id for the user, as you gave it when creating the run. */
  customer_user_id?: string;
  /** A pre-signed URL of the run's timeline file. */
  timeline_file_download_url?: string;
}

/**
 * The body's `payload`: what happened (`action`), to what (`resource_type`, `object`), and for
 * Studio events the resource itself (`resource`).
 */
export interface OnfidoPayload<Type extends OnfidoResourceType, Action extends OnfidoAction, Status extends string> {
  /** The kind of resource the event is about. */
  resource_type: Type;
  /** What happened: the discriminant of {@link OnfidoCallback}. */
  action: Action;
  /** The resource the event is about. */
  object: OnfidoEventObject<Status>;
  /** The expanded Studio resource; classic check and report events do not carry it. */
  resource?: OnfidoResource;
}

/** The payload of a check event. */
export type OnfidoCheckPayload<Action extends OnfidoCheckAction> = OnfidoPayload<'check', Action, OnfidoCheckStatus>;

/** The payload of a report event. */
export type OnfidoReportPayload<Action extends OnfidoReportAction> = OnfidoPayload<'report', Action, OnfidoReportStatus>;

/** The payload of a workflow run event. */
export type OnfidoWorkflowRunPayload<Action extends 'workflow_run.completed'> = OnfidoPayload<'workflow_run', Action, OnfidoWorkflowRunStatus>;

/** The payload of a workflow task event. */
export type OnfidoWorkflowTaskPayload<Action extends OnfidoWorkflowTaskAction> = OnfidoPayload<'workflow_task', Action, OnfidoWorkflowTaskStatus>;

// The variants

/**
 * A check has started (`check.started`). Its `object.completed_at_iso8601`, when present, is the time of the event, not of a completion.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckStarted {
  /** The event. */
  payload: OnfidoCheckPayload<'check.started'>;
}

/**
 * A completed check was reopened (`check.reopened`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckReopened {
  /** The event. */
  payload: OnfidoCheckPayload<'check.reopened'>;
}

/**
 * A check was withdrawn (`check.withdrawn`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckWithdrawn {
  /** The event. */
  payload: OnfidoCheckPayload<'check.withdrawn'>;
}

/**
 * A check has completed (`check.completed`). The event carries its status, not its result: fetch `object.href` (`GET /checks/{id}`) for `result`.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckCompleted {
  /** The event. */
  payload: OnfidoCheckPayload<'check.completed'>;
}

/**
 * The applicant completed the applicant form of a check (`check.form_completed`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckFormCompleted {
  /** The event. */
  payload: OnfidoCheckPayload<'check.form_completed'>;
}

/**
 * The applicant opened the applicant form of a check (`check.form_opened`): an API v1 event no longer in the specification, kept because a recorded delivery carries it.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoCheckFormOpened {
  /** The event. */
  payload: OnfidoCheckPayload<'check.form_opened'>;
}

/**
 * A report was withdrawn (`report.withdrawn`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoReportWithdrawn {
  /** The event. */
  payload: OnfidoReportPayload<'report.withdrawn'>;
}

/**
 * A paused report was resumed (`report.resumed`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoReportResumed {
  /** The event. */
  payload: OnfidoReportPayload<'report.resumed'>;
}

/**
 * A report was cancelled (`report.cancelled`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoReportCancelled {
  /** The event. */
  payload: OnfidoReportPayload<'report.cancelled'>;
}

/**
 * A report awaits approval (`report.awaiting_approval`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoReportAwaitingApproval {
  /** The event. */
  payload: OnfidoReportPayload<'report.awaiting_approval'>;
}

/**
 * A report has completed (`report.completed`); fetch `object.href` for its result.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoReportCompleted {
  /** The event. */
  payload: OnfidoReportPayload<'report.completed'>;
}

/**
 * A Studio workflow run has completed (`workflow_run.completed`): its status (`approved`, `declined`, `review`, `abandoned`, `error`) is in `object.status` and, when expanded, `resource.status`.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWorkflowRunCompleted {
  /** The event. */
  payload: OnfidoWorkflowRunPayload<'workflow_run.completed'>;
}

/**
 * A task of a Studio workflow run has started (`workflow_task.started`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWorkflowTaskStarted {
  /** The event. */
  payload: OnfidoWorkflowTaskPayload<'workflow_task.started'>;
}

/**
 * A task of a Studio workflow run has completed (`workflow_task.completed`); `resource.output` holds what it produced.
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWorkflowTaskCompleted {
  /** The event. */
  payload: OnfidoWorkflowTaskPayload<'workflow_task.completed'>;
}

/**
 * The timeline file of a workflow run was created (`workflow_timeline_file.created`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWorkflowTimelineFileCreated {
  /** The event. */
  payload: OnfidoPayload<'workflow_timeline_file', 'workflow_timeline_file.created', OnfidoObjectStatus>;
}

/**
 * The evidence folder of a workflow run was created (`workflow_run_evidence_folder.created`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWorkflowRunEvidenceFolderCreated {
  /** The event. */
  payload: OnfidoPayload<'workflow_run_evidence_folder', 'workflow_run_evidence_folder.created', OnfidoObjectStatus>;
}

/**
 * The matches of a watchlist monitor changed (`watchlist_monitor.matches_updated`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoWatchlistMonitorMatchesUpdated {
  /** The event. */
  payload: OnfidoPayload<'watchlist_monitor', 'watchlist_monitor.matches_updated', OnfidoObjectStatus>;
}

/**
 * An audit log entry was created (`audit_log.created`).
 *
 * @see https://documentation.onfido.com/api/latest/#webhooks
 */
export interface OnfidoAuditLogCreated {
  /** The event. */
  payload: OnfidoPayload<'audit_log', 'audit_log.created', OnfidoObjectStatus>;
}

/** Each Onfido webhook event type by its `payload.action`. */
export interface OnfidoCallbackMap {
  'check.started': OnfidoCheckStarted;
  'check.reopened': OnfidoCheckReopened;
  'check.withdrawn': OnfidoCheckWithdrawn;
  'check.completed': OnfidoCheckCompleted;
  'check.form_completed': OnfidoCheckFormCompleted;
  'check.form_opened': OnfidoCheckFormOpened;
  'report.withdrawn': OnfidoReportWithdrawn;
  'report.resumed': OnfidoReportResumed;
  'report.cancelled': OnfidoReportCancelled;
  'report.awaiting_approval': OnfidoReportAwaitingApproval;
  'report.completed': OnfidoReportCompleted;
  'workflow_run.completed': OnfidoWorkflowRunCompleted;
  'workflow_task.started': OnfidoWorkflowTaskStarted;
  'workflow_task.completed': OnfidoWorkflowTaskCompleted;
  'workflow_timeline_file.created': OnfidoWorkflowTimelineFileCreated;
  'workflow_run_evidence_folder.created': OnfidoWorkflowRunEvidenceFolderCreated;
  'watchlist_monitor.matches_updated': OnfidoWatchlistMonitorMatchesUpdated;
  'audit_log.created': OnfidoAuditLogCreated;
}

/**
 * A decoded Onfido webhook event: a union discriminated by `payload.action`. TypeScript narrows
 * `callback.payload` (not `callback`) on a nested discriminant; a type guard with
 * {@link OnfidoCallbackMap} narrows the whole event.
 *
 * @example
 * ```ts
 * const { payload } = callback;
 * switch (payload.action) {
 *   case 'check.completed': return fetchCheck(payload.object.href ?? payload.object.id);
 *   case 'workflow_run.completed': return settle(payload.object.id, payload.object.status);
 *   // ...
 * }
 * ```
 */
export type OnfidoCallback = OnfidoCallbackMap[OnfidoAction];
