// The raw Document Verification body builder: synthetic example data, no fast-check.
import { encodeFormBody } from '../../core/form.js';
import type { JumioDocumentStatus, JumioDocVerificationTransactionStatus } from '../../jumio/types.js';

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
