import * as fc from 'fast-check';
import type {
  OnfidoAction,
  OnfidoCallbackMap,
  OnfidoEventObject,
  OnfidoResource,
  OnfidoResourceType,
  OnfidoWorkflowRunError,
  OnfidoWorkflowRunLink,
} from '../onfido/types.js';
import {
  checkStatuses,
  linkLanguages,
  objectStatuses,
  onfidoActions,
  reportStatuses,
  resourceStatuses,
  workflowRunStatuses,
  workflowTaskStatuses,
} from '../onfido/enumerations.js';
import { anyText, jsonData, openEnumValue, timestamp, variantsOf, withUnknownFields, type ArbitraryOptions } from './values.js';

/** Options of {@link arbitraryOnfido}. */
export interface OnfidoArbitraryOptions<A extends OnfidoAction> extends ArbitraryOptions {
  /** The action or actions to generate; every action by default. */
  readonly action?: A | readonly A[];
}

/**
 * A fast-check arbitrary of decoded Onfido webhook events: every field as the parser outputs it,
 * within what Onfido's specification describes, with Unicode and JSON-special characters in text
 * fields, and a task's `output` as an object, an array or `null`.
 * `parseOnfido(serializeOnfido(event))` deep-equals every generated event.
 *
 * @param options - which actions, and whether to add unknown fields (in `payload`, `object` and `resource`)
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryOnfido({ action: 'workflow_run.completed' })])('settles every run', (event) => {
 *   expect(settle(event)).toBeDefined();
 * });
 * ```
 */
export function arbitraryOnfido<A extends OnfidoAction = OnfidoAction>(options?: OnfidoArbitraryOptions<A>): fc.Arbitrary<OnfidoCallbackMap[A]> {
  const variants = variantsOf<OnfidoAction, unknown>(onfidoActions, options?.action, (action) => eventArbitrary(action, options));
  return variants as fc.Arbitrary<OnfidoCallbackMap[A]>;
}

type Model<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

/** @returns the statuses of the resource type an action is about */
function statusesOf(type: OnfidoResourceType): readonly string[] {
  switch (type) {
    case 'check':
      return checkStatuses;
    case 'report':
      return reportStatuses;
    case 'workflow_run':
      return workflowRunStatuses;
    case 'workflow_task':
      return workflowTaskStatuses;
    default:
      return objectStatuses;
  }
}

function eventArbitrary(action: OnfidoAction, options: ArbitraryOptions | undefined): fc.Arbitrary<unknown> {
  const type = action.slice(0, action.indexOf('.')) as OnfidoResourceType;
  const studio = type.startsWith('workflow_');
  const payloadModel = {
    resource_type: fc.constant(type),
    action: fc.constant(action),
    object: eventObject(statusesOf(type), options),
    resource: resource(options),
  };
  const payload = withUnknownFields(
    fc.record(payloadModel, { requiredKeys: studio ? ['resource_type', 'action', 'object', 'resource'] : ['resource_type', 'action', 'object'] }),
    Object.keys(payloadModel),
    jsonData(),
    options,
  );
  return payload.map((value) => ({ payload: value }));
}

function eventObject(statuses: readonly string[], options: ArbitraryOptions | undefined): fc.Arbitrary<OnfidoEventObject<string>> {
  const model: Model<OnfidoEventObject<string>> = {
    id: fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z][a-z_]{2,20}_[0-9a-f]{5}$/)),
    status: openEnumValue(statuses, options),
    started_at_iso8601: timestamp(),
    completed_at_iso8601: timestamp(),
    href: fc.webUrl(),
    completed_at: anyText(),
    task_spec_id: anyText(),
    task_def_id: anyText(),
    workflow_run_id: fc.uuid(),
  };
  return withUnknownFields(fc.record(model, { requiredKeys: ['id'] }), Object.keys(model), jsonData(), options);
}

function resource(options: ArbitraryOptions | undefined): fc.Arbitrary<OnfidoResource> {
  const nullable = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });
  const linkModel: Model<OnfidoWorkflowRunLink> = {
    url: fc.webUrl(),
    completed_redirect_url: nullable(fc.webUrl()),
    expired_redirect_url: nullable(fc.webUrl()),
    expires_at: nullable(timestamp()),
    language: nullable(openEnumValue(linkLanguages, options)),
  };
  const errorModel: Model<OnfidoWorkflowRunError> = { type: anyText(), message: anyText() };
  const openObject = fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), jsonData(), { maxKeys: 4 });
  const model: Model<OnfidoResource> = {
    id: anyText(),
    applicant_id: fc.uuid(),
    status: openEnumValue(resourceStatuses, options),
    created_at: timestamp(),
    updated_at: timestamp(),
    dashboard_url: fc.webUrl(),
    workflow_id: fc.uuid(),
    workflow_run_id: fc.uuid(),
    workflow_version_id: fc.nat(),
    task_def_id: anyText(),
    task_def_version: nullable(anyText()),
    input: openObject,
    output: fc.oneof(openObject, fc.array(openObject, { maxLength: 3 }), fc.constant(null)),
    reasons: fc.array(anyText(), { maxLength: 3 }),
    tags: fc.array(anyText(), { maxLength: 3 }),
    link: withUnknownFields(fc.record(linkModel, { requiredKeys: [] }), Object.keys(linkModel), jsonData(), options),
    error: withUnknownFields(fc.record(errorModel, { requiredKeys: [] }), Object.keys(errorModel), jsonData(), options),
    customer_user_id: anyText(),
    timeline_file_download_url: fc.webUrl(),
  };
  return withUnknownFields(fc.record(model, { requiredKeys: [] }), Object.keys(model), jsonData(), options);
}
