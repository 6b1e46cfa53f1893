import * as z from '../../core/zod.js';
import {
  fieldsFor,
  formatted,
  isoDate,
  isoTimestamp,
  oneOrMany,
  optional,
  textBoolean,
  type SchemaSettings,
} from '../../core/fields.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { formWire, type FormBody } from '../../core/form.js';
import type { JumioDocVerificationCallback } from './types.js';
import { jumioDocumentStatuses, documentTypes, sources, transactionStatuses } from './enumerations.js';

// The schema

/**
 * Builds the Document Verification schema: a codec from the form fields (`transaction` and
 * `document` holding JSON) to the typed callback. Exported for the type tests.
 *
 * @param settings - `strict` and the JSON depth cap
 * @returns the schema
 */
export function buildJumioDocVerificationSchema(settings: SchemaSettings) {
  const { object, values, json } = fieldsFor(settings);
  const optionalString = optional(z.string());
  const optionalDate = optional(formatted(isoDate));

  const transaction = object({
    date: formatted(isoTimestamp),
    status: z.enum(transactionStatuses),
    source: values(sources),
    merchantScanReference: z.string(),
    customerId: z.string(),
    merchantReportingCriteria: optionalString,
    clientIp: optionalString,
  });

  const address = object({
    line1: optionalString,
    line2: optionalString,
    line3: optionalString,
    line4: optionalString,
    line5: optionalString,
    countryCode: optionalString,
    postalCode: optionalString,
    city: optionalString,
    subdivision: optionalString,
  });

  const extractedData = object({
    firstName: optionalString,
    lastName: optionalString,
    name: optionalString,
    accountNumber: optionalString,
    swiftCode: optionalString,
    pan: optionalString,
    issueDate: optionalDate,
    expiryDate: optionalDate,
    dueDate: optionalString,
    cardNumberLastFourDigits: optionalString,
    ssn: optionalString,
    signatureAvailable: optional(textBoolean({ true: 'true', false: 'false' })),
    address: optional(address),
  });

  const documentCommon = {
    country: z.string(),
    type: values(documentTypes),
    images: oneOrMany(z.string()),
    originalDocument: optionalString,
    customDocumentCode: optionalString,
  };

  const document = z.discriminatedUnion('status', [
    object({ ...documentCommon, status: z.literal('UPLOADED') }),
    object({ ...documentCommon, status: z.literal('EXTRACTED'), extractedData }),
    object({ ...documentCommon, status: z.literal('DISCARDED') }),
  ]);

  return object({
    scanReference: z.string(),
    timestamp: formatted(isoTimestamp),
    transaction: json(transaction),
    document: optional(json(document)),
  }).check((payload) => {
    const callback = payload.value;
    if (callback.transaction.status === 'DONE' && callback.document === undefined) {
      payload.issues.push({
        code: 'custom',
        input: callback,
        path: ['document'],
        message: 'Missing (a DONE transaction always has a document)',
        params: { code: 'invalid_type' },
      });
    }
  });
}

/**
 * The Document Verification callback kind: form fields, whose `transaction` and `document` JSON each
 * carry a `status` (a new transaction status is looked for first).
 */
export const jumioDocVerificationDefinition: CallbackKindDefinition<'jumio-doc-verification', 'jumio', JumioDocVerificationCallback, FormBody> = /* @__PURE__ */ defineCallback({
  kind: 'jumio-doc-verification',
  provider: 'jumio',
  webhook: true,
  wire: formWire,
  discriminants: [
    { path: ['transaction', 'status'], values: transactionStatuses },
    { path: ['document', 'status'], values: jumioDocumentStatuses },
  ],
  build: buildJumioDocVerificationSchema,
});
