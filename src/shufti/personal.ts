// The Shufti Pro fields that hold personal data, for redaction: paths into the callback, `*` for any
// key or array index. A path names a field and everything inside it.
export const shuftiPersonalFields = [
  'email',
  'verification_url',
  'token',
  'verification_data.*.name',
  'verification_data.*.dob',
  'verification_data.*.document_number',
  'verification_data.*.full_address',
  'verification_data.consent.text',
  'verification_data.phone',
  'verification_data.background_checks.aml_data',
  'info.geolocation.ip',
  'info.geolocation.host',
  'info.geolocation.rdns',
  'info.geolocation.city',
  'info.geolocation.postal_code',
  'info.geolocation.latitude',
  'info.geolocation.longitude',
  'additional_data.document.proof',
  'proofs',
] as const;
