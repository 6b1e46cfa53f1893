// The raw Onfido body builder: synthetic example data, no fast-check.
import type { OnfidoAction } from '../../onfido/types.js';

const runId = 'bc77c6e5-753a-4580-96a6-aaed3e5a8d19';
const host = 'https://api.eu.onfido.com/v3.6';

/** The object and, for Studio events, the resource each resource type's events carry. */
function fieldsOf(action: OnfidoAction): Record<string, unknown> {
  const type = action.slice(0, action.indexOf('.'));
  const at = '2026-01-15T09:30:00Z';
  switch (type) {
    case 'check':
      return { object: { id: '5e3c9a1b-7d24-4f6e-8b0a-2c9d1e4f6a70', status: action === 'check.completed' ? 'complete' : 'in_progress', completed_at_iso8601: at, href: `${host}/checks/5e3c9a1b-7d24-4f6e-8b0a-2c9d1e4f6a70` } };
    case 'report':
      return { object: { id: '0b7e4c2d-91a3-4e58-b6f0-7a1d3c5e9b24', status: action === 'report.completed' ? 'complete' : 'awaiting_data', completed_at_iso8601: at, href: `${host}/reports/0b7e4c2d-91a3-4e58-b6f0-7a1d3c5e9b24` } };
    case 'workflow_run':
      return {
        object: { id: runId, status: 'approved', completed_at_iso8601: at, href: `${host}/workflow_runs/${runId}` },
        resource: { id: runId, applicant_id: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', workflow_id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', workflow_version_id: 3, status: 'approved', output: {}, reasons: [], created_at: at, updated_at: at },
      };
    case 'workflow_task': {
      const completed = action === 'workflow_task.completed';
      return {
        object: { id: 'profile_1eb92', task_spec_id: 'profile_1eb92', task_def_id: 'profile_data', workflow_run_id: runId, status: completed ? 'completed' : 'started', [completed ? 'completed_at_iso8601' : 'started_at_iso8601']: at, href: `${host}/workflow_runs/${runId}/tasks/profile_1eb92` },
        resource: { id: 'profile_1eb92', workflow_run_id: runId, task_def_id: 'profile_data', task_def_version: null, input: {}, output: completed ? { first_name: 'Jane', last_name: 'Example' } : null, created_at: at, updated_at: at },
      };
    }
    default:
      return { object: { id: '9f8e7d6c-5b4a-4392-8172-6a5b4c3d2e1f', completed_at_iso8601: at } };
  }
}

/**
 * Builds a valid raw Onfido body of an event with synthetic data, for tests.
 *
 * @param action - the `payload.action`
 * @param overrides - fields of `payload` to set (as wire JSON values) or, with `undefined`, to leave out
 * @returns the JSON body, compact as Onfido sends it
 *
 * @example
 * ```ts
 * const body = buildOnfidoBody('workflow_run.completed', { object: { id: 'run-1', status: 'declined' } });
 * expect(parseOnfido(body).payload.object.status).toBe('declined');
 * ```
 */
export function buildOnfidoBody(action: OnfidoAction, overrides: Readonly<Record<string, unknown>> = {}): string {
  const merged: Record<string, unknown> = { resource_type: action.slice(0, action.indexOf('.')), action, ...fieldsOf(action), ...overrides };
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) payload[key] = value;
  return JSON.stringify({ payload });
}
