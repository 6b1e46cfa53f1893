import * as z from '../../core/zod.js';
import {
  formatted,
  isoDate,
  isoTimestamp,
  jsonText,
  oneOrMany,
  openEnum,
  optional,
  record,
  shared,
  textBoolean,
  type SchemaSettings,
} from '../../core/fields.js';
import { defineCallback, type CallbackKindDefinition } from '../../core/define.js';
import { formWire, type FormBody } from '../../core/form.js';
import type { JumioDocVerificationCallback } from './types.js';
import { documentStatuses, documentTypes, sources, transactionStatuses } from './enumerations.js';

// The schema

/**
 * Builds the Document Verification schema: a codec from the form fields (`transaction` and
 * `document` holding JSON) to the typed callback. Exported for the type tests.
 *
 * @param settings - `strict` and the JSON depth cap
 * @returns the schema
 */
export function buildJumioDocVerificationSchema(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  const text = shared(optional(z.string()));
  const date = shared(optional(formatted(isoDate)));

  const transaction = object({
    date: formatted(isoTimestamp),
    status: z.enum(transactionStatuses),
    source: openEnum(sources, settings),
    merchantScanReference: z.string(),
    customerId: z.string(),
    merchantReportingCriteria: text(),
    clientIp: text(),
  });

  const address = object({
    line1: text(),
    line2: text(),
    line3: text(),
    line4: text(),
    line5: text(),
    countryCode: text(),
    postalCode: text(),
    city: text(),
    subdivision: text(),
  });

  const extractedData = object({
    firstName: text(),
    lastName: text(),
    name: text(),
    accountNumber: text(),
    swiftCode: text(),
    pan: text(),
    issueDate: date(),
    expiryDate: date(),
    dueDate: text(),
    cardNumberLastFourDigits: text(),
    ssn: text(),
    signatureAvailable: optional(textBoolean({ true: 'true', false: 'false' })),
    address: optional(address),
  });

  const documentCommon = {
    country: z.string(),
    type: openEnum(documentTypes, settings),
    images: oneOrMany(z.string()),
    originalDocument: text(),
    customDocumentCode: text(),
  };

  const document = z.discriminatedUnion('status', [
    object({ ...documentCommon, status: z.literal('UPLOADED') }),
    object({ ...documentCommon, status: z.literal('EXTRACTED'), extractedData }),
    object({ ...documentCommon, status: z.literal('DISCARDED') }),
  ]);

  return object({
    scanReference: z.string(),
    timestamp: formatted(isoTimestamp),
    transaction: jsonText(transaction, settings),
    document: optional(jsonText(document, settings)),
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
    { path: ['document', 'status'], values: documentStatuses },
  ],
  build: buildJumioDocVerificationSchema,
});
