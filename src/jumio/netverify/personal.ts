// The Netverify fields that hold personal data, for redaction: paths into the callback, `*` for any
// key or array index. A path names a field and everything inside it.
export const jumioNetverifyPersonalFields = [
  'idFirstName',
  'idLastName',
  'idDob',
  'originDob',
  'idNumber',
  'personalNumber',
  'passportNumber',
  'dni',
  'curp',
  'idAddress',
  'issuingPlace',
  'idScanImage',
  'idScanImageFace',
  'idScanImageBackside',
  'clientIp',
  'merchantReportingCriteria',
  'optionalData1',
  'optionalData2',
  'additionalChecks.*.searchResultUrl',
] as const;
