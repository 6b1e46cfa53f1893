// Document Verification's enumerations, each written once: the types in types.ts, the schema, the
// arbitraries of `kyc-webhooks/testing` and the type tests all derive from these lists.

export const transactionStatuses = ['DONE', 'FAILED'] as const;

/** Every `document.status` this version knows. */
export const jumioDocumentStatuses = /* @__PURE__ */ Object.freeze(['UPLOADED', 'EXTRACTED', 'DISCARDED'] as const);

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
