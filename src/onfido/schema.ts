import * as z from '../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../core/define.js';
import { fieldsFor, formatted, isoTimestamp, numeric, optional, type SchemaSettings } from '../core/fields.js';
import { jsonWire, type JsonBody } from '../core/json-body.js';
import {
  checkStatuses,
  linkLanguages,
  objectStatuses,
  onfidoActions,
  reportStatuses,
  resourceStatuses,
  workflowRunStatuses,
  workflowTaskStatuses,
} from './enumerations.js';
import type { OnfidoCallback } from './types.js';

/** Each member of the `payload` union `P`, in a body of its own: the callback union a nested discriminant makes. */
type SpreadPayload<T> = T extends { payload: infer P } ? (P extends unknown ? Omit<T, 'payload'> & { payload: P } : never) : never;

/**
 * Builds the Onfido schema: from the JSON body, as `JSON.parse` returns it, to the typed event.
 * Exported for the type tests, which pin its output to the hand-written interfaces.
 *
 * Onfido's specification is followed except where deliveries prove it wrong: it requires
 * `payload.resource_id` and `payload.event`, which belong to the resend request and no event has,
 * so neither is read. `payload.object` is required although the specification leaves it optional:
 * that same `required` list names the resource's id and the event as what every event has, and on
 * the wire they are `object.id` and `action`; every delivery recorded carries both, and an event
 * without the id of what it is about cannot be acted on. `object` and `resource` keep fields this
 * version does not know (the task fields the specification omits proved there are such fields).
 *
 * @param settings - `strict` (unknown fields and enumeration values rejected); the caps on JSON
 *   shape were applied when the body was read
 * @returns the schema, whose output is a union discriminated by `payload.action`
 */
export function buildOnfidoSchema(settings: SchemaSettings) {
  const { object, values } = fieldsFor(settings);
  const text = optional(z.string());
  const timestamp = optional(formatted(isoTimestamp));
  // What Onfido leaves open (a task's input and output): any JSON, kept as it came, in strict mode too.
  const openObject = z.looseObject({});
  const anyJson = z.union([openObject, z.array(z.unknown()), z.string(), z.number(), z.boolean(), z.null()]);

  const eventObject = <const S extends readonly [string, ...string[]]>(statuses: S) =>
    object({
      id: z.string(),
      status: optional(values(statuses)),
      started_at_iso8601: timestamp,
      completed_at_iso8601: timestamp,
      href: text,
      completed_at: text,
      task_spec_id: text,
      task_def_id: text,
      workflow_run_id: text,
    });

  const link = object({
    url: text,
    completed_redirect_url: optional(z.nullable(z.string())),
    expired_redirect_url: optional(z.nullable(z.string())),
    expires_at: optional(z.nullable(formatted(isoTimestamp))),
    language: optional(z.nullable(values(linkLanguages))),
  });

  const resource = object({
    id: text,
    applicant_id: text,
    status: optional(values(resourceStatuses)),
    created_at: timestamp,
    updated_at: timestamp,
    dashboard_url: text,
    workflow_id: text,
    workflow_run_id: text,
    workflow_version_id: optional(numeric('number', 'integer')),
    task_def_id: text,
    task_def_version: optional(z.nullable(z.string())),
    input: optional(openObject),
    output: optional(anyJson),
    reasons: optional(z.array(z.string())),
    tags: optional(z.array(z.string())),
    link: optional(link),
    error: optional(object({ type: text, message: text })),
    customer_user_id: text,
    timeline_file_download_url: text,
  });

  const variant = <const T extends string, const A extends string, const S extends readonly [string, ...string[]]>(type: T, action: A, statuses: S) =>
    object({
      resource_type: z.literal(type),
      action: z.literal(action),
      object: eventObject(statuses),
      resource: optional(resource),
    });

  const payload = z.discriminatedUnion('action', [
    // One line per action (not a map over the lists), so each is its own member of the output type.
    variant('check', 'check.started', checkStatuses),
    variant('check', 'check.reopened', checkStatuses),
    variant('check', 'check.withdrawn', checkStatuses),
    variant('check', 'check.completed', checkStatuses),
    variant('check', 'check.form_completed', checkStatuses),
    variant('check', 'check.form_opened', checkStatuses),
    variant('report', 'report.withdrawn', reportStatuses),
    variant('report', 'report.resumed', reportStatuses),
    variant('report', 'report.cancelled', reportStatuses),
    variant('report', 'report.awaiting_approval', reportStatuses),
    variant('report', 'report.completed', reportStatuses),
    variant('workflow_run', 'workflow_run.completed', workflowRunStatuses),
    variant('workflow_task', 'workflow_task.started', workflowTaskStatuses),
    variant('workflow_task', 'workflow_task.completed', workflowTaskStatuses),
    variant('workflow_timeline_file', 'workflow_timeline_file.created', objectStatuses),
    variant('workflow_run_evidence_folder', 'workflow_run_evidence_folder.created', objectStatuses),
    variant('watchlist_monitor', 'watchlist_monitor.matches_updated', objectStatuses),
    variant('audit_log', 'audit_log.created', objectStatuses),
  ]);

  const callback = object({ payload });
  // The same values, typed as the union they are; the type tests pin each member to its interface.
  return callback as unknown as z.ZodType<SpreadPayload<z.output<typeof callback>>, z.input<typeof callback>>;
}

/** The Onfido webhook kind: one JSON document, told apart by `payload.action`. */
export const onfidoDefinition: CallbackKindDefinition<'onfido', 'onfido', OnfidoCallback, JsonBody> = /* @__PURE__ */ defineCallback({
  kind: 'onfido',
  provider: 'onfido',
  webhook: true,
  wire: jsonWire,
  discriminants: [{ path: ['payload', 'action'], values: onfidoActions }],
  build: buildOnfidoSchema,
});
