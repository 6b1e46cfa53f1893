import * as fc from 'fast-check';
import type {
  JumioDocVerificationCallback,
  JumioDocVerificationTransaction,
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
