// Shufti's enumerations, each written once: the types in types.ts, the schema, the arbitraries of
// `kyc-webhooks/testing` and the type tests all derive from these lists.

/** Every `event` this version knows, each spelling of an event on its own. */
export const shuftiEvents = /* @__PURE__ */ Object.freeze([
  'request.pending',
  'request.invalid',
  'request.unauthorized',
  'request.unauthorised',
  'request.timeout',
  'request.received',
  'request.recieved',
  'request.deleted',
  'verification.accepted',
  'verification.declined',
  'verification.cancelled',
  'request.cancelled',
  'verification.status.changed',
  'review.pending',
  'permission.denied',
] as const);

/** The two spellings of the unauthorized event: the base document's body and its heading. */
export const unauthorizedEvents = ['request.unauthorized', 'request.unauthorised'] as const;

/** The two spellings of the received event: the base document's body and its heading. */
export const receivedEvents = ['request.received', 'request.recieved'] as const;

/** The cancelled event, and the spelling the v1.3 documentation's sample uses for it. */
export const cancelledEvents = ['verification.cancelled', 'request.cancelled'] as const;

/** The values a check result can take: `1` passed, `0` failed, `null` not processed, `""` undocumented. */
export const checkResults = [1, 0, null, ''] as const;

export const documentTypes = ['passport', 'id_card', 'driving_license', 'credit_or_debit_card'] as const;
export const addressDocumentTypes = [
  'id_card',
  'passport',
  'driving_license',
  'utility_bill',
  'bank_statement',
  'rent_agreement',
  'employer_letter',
  'insurance_agreement',
  'tax_bill',
  'envelope',
  'cpr_smart_card_reader_copy',
  'property_tax',
  'lease_agreement',
  'insurance_card',
  'permanent_residence_permit',
  'credit_card_statement',
  'insurance_policy',
  'e_commerce_receipt',
  'bank_letter_receipt',
  'birth_certificate',
  'salary_slip',
  'any',
] as const;
export const consentTypes = ['handwritten', 'printed', 'any'] as const;
