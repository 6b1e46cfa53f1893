// The README's Document Verification example, type-checked and run by test/readme.test.ts.
import type { JumioExtractedAddress } from 'kyc-webhooks/types';

export const saved: (JumioExtractedAddress | undefined)[] = [];
const saveAddress = async (_reference: string, address: JumioExtractedAddress | undefined) => void saved.push(address);

// #region readme
import { parseJumioDocVerification } from 'kyc-webhooks';

export async function handle(body: string): Promise<void> {
  const callback = parseJumioDocVerification(body);
  if (callback.transaction.status === 'FAILED') return; // may come without a document
  switch (callback.document?.status) {
    case 'EXTRACTED': // JumioDocumentExtracted: the only one with extractedData
      await saveAddress(callback.scanReference, callback.document.extractedData.address);
      break;
    case 'UPLOADED': // JumioDocumentUploaded
    case 'DISCARDED': // JumioDocumentDiscarded: not supported for extraction
      break;
  }
}
// #endregion
