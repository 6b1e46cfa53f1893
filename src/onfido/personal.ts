// The Onfido fields that hold personal data, for redaction: paths into the callback, `*` for any key
// or array index. A path names a field and everything inside it. A classic event holds only ids; a
// Studio event's expanded resource holds what the applicant gave and what was read from their
// document, a link that lets its holder act as the applicant, the page of their results, and a
// pre-signed file URL.
export const onfidoPersonalFields = [
  'payload.resource.input',
  'payload.resource.output',
  'payload.resource.link',
  'payload.resource.dashboard_url',
  'payload.resource.customer_user_id',
  'payload.resource.timeline_file_download_url',
] as const;
