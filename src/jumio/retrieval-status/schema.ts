import * as z from '../../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { fieldsFor, type SchemaSettings } from '../../core/fields.js';
import { jsonWire, type JsonBody } from '../../core/json-body.js';
import { jumioRetrievalStatuses } from './enumerations.js';
import type { JumioRetrievalStatusResponse } from './types.js';

/**
 * Builds the workflow execution status schema: from the JSON body to the typed response. Exported
 * for the type tests.
 *
 * @param settings - with `strict`, unknown fields are rejected
 * @returns the schema
 */
export function buildJumioRetrievalStatusSchema(settings: SchemaSettings) {
  const { object } = fieldsFor(settings);
  return object({
    account: object({ id: z.string(), href: z.string() }),
    workflowExecution: object({ id: z.string(), href: z.string(), definitionKey: z.string(), status: z.enum(jumioRetrievalStatuses) }),
  });
}

/** The workflow execution status kind: an API response (not a webhook), told apart by `workflowExecution.status`. */
export const jumioRetrievalStatusDefinition: CallbackKindDefinition<'jumio-retrieval-status', 'jumio', JumioRetrievalStatusResponse, JsonBody> =
  /* @__PURE__ */ defineCallback({
    kind: 'jumio-retrieval-status',
    provider: 'jumio',
    webhook: false,
    wire: jsonWire,
    discriminants: [{ path: ['workflowExecution', 'status'], values: jumioRetrievalStatuses }],
    build: buildJumioRetrievalStatusSchema,
  });
