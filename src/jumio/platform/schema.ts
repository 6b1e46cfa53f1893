import * as z from '../../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { fieldsFor, formatted, isoTimestamp, optional, type SchemaSettings } from '../../core/fields.js';
import { jsonWire, type JsonBody } from '../../core/json-body.js';
import type { ByNestedDiscriminant } from '../../core/nested-union.js';
import { jumioPlatformStatuses } from './enumerations.js';
import type { JumioPlatformCallback } from './types.js';

/**
 * Builds the Jumio Platform callback schema: from the JSON body to the typed callback, one object
 * schema whose output is typed as the union by `workflowExecution.status`. Ids are any strings:
 * Jumio's own sample has `xxxx` placeholders in them. Exported for the type tests.
 *
 * @param settings - with `strict`, unknown fields are rejected
 * @returns the schema
 */
export function buildJumioPlatformSchema(settings: SchemaSettings) {
  const { object } = fieldsFor(settings);
  const callback = object({
    callbackSentAt: formatted(isoTimestamp),
    userReference: optional(z.string()),
    workflowExecution: object({
      id: z.string(),
      href: z.string(),
      definitionKey: z.string(),
      status: z.enum(jumioPlatformStatuses),
    }),
    account: object({ id: z.string(), href: z.string() }),
  });
  return callback as unknown as z.ZodType<ByNestedDiscriminant<z.output<typeof callback>, 'workflowExecution', 'status'>, z.input<typeof callback>>;
}

/** The Jumio Platform callback kind: one JSON document, told apart by `workflowExecution.status`. */
export const jumioPlatformDefinition: CallbackKindDefinition<'jumio-platform', 'jumio', JumioPlatformCallback, JsonBody> = /* @__PURE__ */ defineCallback({
  kind: 'jumio-platform',
  provider: 'jumio',
  webhook: true,
  wire: jsonWire,
  discriminants: [{ path: ['workflowExecution', 'status'], values: jumioPlatformStatuses }],
  build: buildJumioPlatformSchema,
});
