import * as fc from 'fast-check';
import { encodeFormBody } from '../core/form.js';
import type {
  JumioDocVerificationCallback,
  JumioDocVerificationTransaction,
  JumioDocVerificationTransactionStatus,
  JumioDocument,
  JumioDocumentCommon,
  JumioDocumentStatus,
  JumioExtractedAddress,
  JumioExtractedData,
} from '../jumio/types.js';
import { documentTypes, jumioDocumentStatuses, sources } from '../jumio/doc-verification/enumerations.js';
import { anyText, calendarDate, jsonData, openEnumValue, timestamp, variantsOf, withUnknownFields, type ArbitraryOptions } from './values.js';

/** Options of {@link arbitraryJumioDocVerification}. */
export interface JumioDocVerificationArbitraryOptions extends ArbitraryOptions {
  /**
   * The document statuses to generate, or `'FAILED'` for a failed transaction without a
   * document; every kind by default.
   */
  readonly status?: JumioDocumentStatus | 'FAILED' | readonly (JumioDocumentStatus | 'FAILED')[];
}

const allKinds: readonly (JumioDocumentStatus | 'FAILED')[] = [...jumioDocumentStatuses, 'FAILED'];

/**
 * A fast-check arbitrary of decoded Jumio Document Verification callbacks, within what Jumio
 * documents: a `DONE` transaction with a document of each status, or a `FAILED` one, with or
 * without a document. `parseJumioDocVerification(serializeJumioDocVerification(callback))`
 * deep-equals every generated callback.
 *
 * @param options - which document statuses, and whether to add unknown fields
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryJumioDocVerification({ status: 'EXTRACTED' })])('stores the address', (callback) => {
 *   expect(() => store(callback)).not.toThrow();
 * });
 * ```
 */
export function arbitraryJumioDocVerification(
  options?: JumioDocVerificationArbitraryOptions,
): fc.Arbitrary<JumioDocVerificationCallback> {
  return variantsOf(allKinds, options?.status, (kind) => callbackOf(kind, options));
}

function callbackOf(kind: JumioDocumentStatus | 'FAILED', options: ArbitraryOptions | undefined): fc.Arbitrary<JumioDocVerificationCallback> {
  const common = {
    scanReference: fc.uuid(),
    timestamp: timestamp(),
    transaction: transaction(kind === 'FAILED' ? 'FAILED' : 'DONE', options),
  };
  const known: fc.Arbitrary<JumioDocVerificationCallback> =
    kind === 'FAILED'
      ? fc.record({ ...common, document: document(fc.constantFrom(...jumioDocumentStatuses), options) }, { requiredKeys: ['scanReference', 'timestamp', 'transaction'] })
      : fc.record({ ...common, document: document(fc.constant(kind), options) });
  return withUnknownFields(known, ['scanReference', 'timestamp', 'transaction', 'document'], anyText(), options);
}

function transaction(status: 'DONE' | 'FAILED', options: ArbitraryOptions | undefined): fc.Arbitrary<JumioDocVerificationTransaction> {
  const known = fc.record(
    {
      date: timestamp(),
      status: fc.constant(status),
      source: openEnumValue(sources, options),
      merchantScanReference: anyText(),
      customerId: anyText(),
      merchantReportingCriteria: anyText(),
      clientIp: fc.ipV4(),
    },
    { requiredKeys: ['date', 'status', 'source', 'merchantScanReference', 'customerId'] },
  );
  return withUnknownFields(known, ['date', 'status', 'source', 'merchantScanReference', 'customerId', 'merchantReportingCriteria', 'clientIp'], jsonData(), options);
}

function document(status: fc.Arbitrary<JumioDocumentStatus>, options: ArbitraryOptions | undefined): fc.Arbitrary<JumioDocument> {
  const common: { [K in keyof JumioDocumentCommon]-?: fc.Arbitrary<JumioDocumentCommon[K]> } = {
    country: fc.constantFrom('USA', 'GBR', 'AUT', 'XKX'),
    type: openEnumValue(documentTypes, options),
    images: fc.array(fc.webUrl(), { maxLength: 3 }),
    originalDocument: fc.webUrl(),
    customDocumentCode: anyText(),
  };
  const commonKeys = Object.keys(common);
  const required = ['country', 'type', 'images'] as const;
  return status.chain((value): fc.Arbitrary<JumioDocument> => {
    if (value === 'EXTRACTED') {
      const known = fc.record({ ...common, status: fc.constant(value), extractedData: extractedData(options) }, { requiredKeys: [...required, 'status', 'extractedData'] });
      return withUnknownFields(known, [...commonKeys, 'status', 'extractedData'], jsonData(), options);
    }
    const known = fc.record({ ...common, status: fc.constant(value) }, { requiredKeys: [...required, 'status'] });
    return withUnknownFields(known, [...commonKeys, 'status'], jsonData(), options);
  });
}

function extractedData(options: ArbitraryOptions | undefined): fc.Arbitrary<JumioExtractedData> {
  const addressModel: { [K in keyof JumioExtractedAddress]-?: fc.Arbitrary<string> } = {
    line1: anyText(),
    line2: anyText(),
    line3: anyText(),
    line4: anyText(),
    line5: anyText(),
    countryCode: fc.constantFrom('USA', 'GBR'),
    postalCode: anyText(),
    city: anyText(),
    subdivision: anyText(),
  };
  const address = withUnknownFields(fc.record(addressModel, { requiredKeys: [] }), Object.keys(addressModel), jsonData(), options);
  const model: { [K in keyof JumioExtractedData]-?: fc.Arbitrary<NonNullable<JumioExtractedData[K]>> } = {
    firstName: anyText(),
    lastName: anyText(),
    name: anyText(),
    accountNumber: anyText(),
    swiftCode: anyText(),
    pan: anyText(),
    issueDate: calendarDate(),
    expiryDate: calendarDate(),
    dueDate: anyText(),
    cardNumberLastFourDigits: fc.stringMatching(/^\d{4}$/),
    ssn: anyText(),
    signatureAvailable: fc.boolean(),
    address,
  };
  return withUnknownFields(fc.record(model, { requiredKeys: [] }), Object.keys(model), jsonData(), options);
}

// Builders

const transactionJson = (status: JumioDocVerificationTransactionStatus) =>
  JSON.stringify({ date: '2026-03-02T09:15:27.412Z', status, source: 'DOC_UPLOAD', merchantScanReference: 'order-1001', customerId: 'customer-42' });

const documentJson: Record<JumioDocumentStatus, string> = {
  UPLOADED: '{"status":"UPLOADED","country":"USA","type":"UB","images":["https://retrieval.netverify.com/api/netverify/v2/documents/7c1c8e2a-51f0-4b7e-9d1e-0a4c2f3b9e10/pages/1"]}',
  EXTRACTED:
    '{"status":"EXTRACTED","country":"USA","type":"SSC","images":["https://retrieval.netverify.com/api/netverify/v2/documents/7c1c8e2a-51f0-4b7e-9d1e-0a4c2f3b9e10/pages/1"],"extractedData":{"firstName":"JANE","lastName":"EXAMPLE","ssn":"000000000","signatureAvailable":true}}',
  DISCARDED: '{"status":"DISCARDED","country":"AUT","type":"BS","images":["https://retrieval.netverify.com/api/netverify/v2/documents/7c1c8e2a-51f0-4b7e-9d1e-0a4c2f3b9e10/pages/1"]}',
};

/**
 * Builds a valid raw Document Verification body with synthetic data, for tests.
 *
 * @param status - the document status, or `'FAILED'` for a failed transaction without a document
 * @param overrides - form fields to set (as wire strings: `transaction` and `document` are JSON) or,
 *   with `undefined`, to leave out
 * @returns the `application/x-www-form-urlencoded` body
 *
 * @example
 * ```ts
 * const body = buildJumioDocVerificationBody('EXTRACTED');
 * expect(parseJumioDocVerification(body).document?.status).toBe('EXTRACTED');
 * ```
 */
export function buildJumioDocVerificationBody(
  status: JumioDocumentStatus | 'FAILED',
  overrides: Readonly<Record<string, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = {
    scanReference: '7c1c8e2a-51f0-4b7e-9d1e-0a4c2f3b9e10',
    timestamp: '2026-03-02T09:17:03.118Z',
    transaction: transactionJson(status === 'FAILED' ? 'FAILED' : 'DONE'),
    document: status === 'FAILED' ? undefined : documentJson[status],
    ...overrides,
  };
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (value !== undefined) fields[name] = value;
  return encodeFormBody(fields);
}
