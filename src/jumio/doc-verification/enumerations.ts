import type { JumioDocVerificationTransactionStatus, JumioDocumentStatus } from './types.js';

// Wire constants and enumerations

export const transactionStatuses = ['DONE', 'FAILED'] as const satisfies readonly JumioDocVerificationTransactionStatus[];
export const documentStatuses = ['UPLOADED', 'EXTRACTED', 'DISCARDED'] as const satisfies readonly JumioDocumentStatus[];

/** Every `document.status` this version knows. */
export const jumioDocumentStatuses: readonly JumioDocumentStatus[] = /* @__PURE__ */ Object.freeze([...documentStatuses]);


export const sources = ['DOC_UPLOAD', 'DOC_API', 'DOC_SDK'] as const;
export const documentTypes = [
  'CC',
  'BS',
  'IC',
  'UB',
  'CAAP',
  'CRC',
  'CCS',
  'LAG',
  'LOAP',
  'MOAP',
  'TR',
  'VT',
  'VC',
  'STUC',
  'HCC',
  'CB',
  'SENC',
  'MEDC',
  'BC',
  'WWCC',
  'SS',
  'TAC',
  'SEL',
  'PB',
  'USSS',
  'SSC',
  'CUSTOM',
  'OTHER',
] as const;
