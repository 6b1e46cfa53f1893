// The Document Verification fields that hold personal data, for redaction: paths into the callback,
// `*` for any key or array index. A path names a field and everything inside it.
export const jumioDocVerificationPersonalFields = [
  'transaction.clientIp',
  'transaction.merchantReportingCriteria',
  'document.images',
  'document.originalDocument',
  'document.extractedData.firstName',
  'document.extractedData.lastName',
  'document.extractedData.name',
  'document.extractedData.accountNumber',
  'document.extractedData.pan',
  'document.extractedData.cardNumberLastFourDigits',
  'document.extractedData.ssn',
  'document.extractedData.address',
] as const;
