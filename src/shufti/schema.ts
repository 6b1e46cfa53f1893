import * as z from '../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../core/define.js';
import { optional, record, shared, type SchemaSettings } from '../core/fields.js';
import { jsonWire, type JsonBody } from '../core/json-body.js';
import { checkResult, documentTypes, noError, phpObject, serviceResult, text } from './fields.js';
import type { ShuftiCallback, ShuftiCancelledEvent, ShuftiEvent, ShuftiReceivedEvent, ShuftiUnauthorizedEvent } from './types.js';

// Wire constants and enumerations

const events = {
  'request.pending': true,
  'request.invalid': true,
  'request.unauthorized': true,
  'request.unauthorised': true,
  'request.timeout': true,
  'request.received': true,
  'request.recieved': true,
  'request.deleted': true,
  'verification.accepted': true,
  'verification.declined': true,
  'verification.cancelled': true,
  'request.cancelled': true,
  'verification.status.changed': true,
  'review.pending': true,
  'permission.denied': true,
} as const satisfies Record<ShuftiEvent, true>;

/** Every `event` this version knows, each spelling of an event on its own. */
export const shuftiEvents = /* @__PURE__ */ Object.freeze(Object.keys(events) as ShuftiEvent[]);

const documentTypeValues = ['passport', 'id_card', 'driving_license', 'credit_or_debit_card'] as const;
const addressDocumentTypeValues = [
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
const consentTypeValues = ['handwritten', 'printed', 'any'] as const;

// The schema

/**
 * Builds the Shufti schema: a codec from the parsed JSON body to the typed callback. Exported for the
 * type tests, which pin its output to the hand-written interfaces.
 *
 * @param settings - with `strict`, fields and enumeration values this version does not know are rejected
 * @returns the schema, a union discriminated by `event`
 */
export function buildShuftiSchema(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  // `""` means "no value" everywhere; `null` is written back as `""` or as `null`, as Shufti spells the field.
  const blank = shared(optional(text('')));
  const nullable = shared(optional(text(null)));
  const check = shared(optional(checkResult()));
  const codes = shared(optional(z.array(z.string())));

  // Sub-objects

  const requestError = object({
    service: text(''),
    key: text(''),
    message: z.string(),
  });

  const documentChecks = object({
    name: check(),
    dob: check(),
    expiry_date: check(),
    issue_date: check(),
    document_number: check(),
    document: check(),
    gender: check(),
    document_must_not_be_expired: check(),
    document_country: check(),
    selected_type: check(),
    document_proof: check(),
    document_visibility: check(),
    face_on_document_matched: check(),
  });

  const addressChecks = object({
    name: check(),
    full_address: check(),
    address_document: check(),
    address_document_country: check(),
    address_document_must_not_be_expired: check(),
    address_document_visibility: check(),
    selected_type: check(),
    address_document_proof: check(),
    match_address_proofs_with_document_proofs: check(),
    issue_date: check(),
  });

  const consentChecks = object({
    selected_type: check(),
    consent: check(),
  });

  const verificationResult = object({
    document: optional(serviceResult(documentChecks)),
    document_two: optional(serviceResult(documentChecks)),
    address: optional(serviceResult(addressChecks)),
    consent: optional(serviceResult(consentChecks)),
    face: check(),
    phone: check(),
    background_checks: check(),
  });

  const name = object({
    first_name: nullable(),
    middle_name: nullable(),
    last_name: nullable(),
    full_name: nullable(),
  });

  const documentData = object({
    name: optional(name),
    dob: nullable(),
    issue_date: nullable(),
    expiry_date: nullable(),
    document_number: nullable(),
    gender: nullable(),
    country: nullable(),
    selected_type: optional(documentTypes(documentTypeValues, settings)),
    supported_types: optional(documentTypes(documentTypeValues, settings)),
    face_match_confidence: optional(z.number()),
  });

  const addressData = object({
    name: optional(name),
    full_address: nullable(),
    issue_date: nullable(),
    country: nullable(),
    selected_type: optional(documentTypes(addressDocumentTypeValues, settings)),
    supported_types: optional(documentTypes(addressDocumentTypeValues, settings)),
  });

  const consentData = object({
    text: nullable(),
    selected_type: optional(documentTypes(consentTypeValues, settings)),
    supported_types: optional(documentTypes(consentTypeValues, settings)),
  });

  // Objects whose content Shufti does not specify field by field: kept as they came, in strict mode too.
  const open = shared(optional(z.looseObject({})));

  const backgroundChecksData = object({
    name: optional(name),
    dob: nullable(),
    aml_data: open(),
  });

  const verificationData = object({
    document: optional(documentData),
    document_two: optional(documentData),
    address: optional(addressData),
    consent: optional(consentData),
    phone: open(),
    background_checks: optional(backgroundChecksData),
  });

  const agent = object({
    is_desktop: optional(z.boolean()),
    is_phone: optional(z.boolean()),
    useragent: blank(),
    device_name: blank(),
    browser_name: blank(),
    platform_name: blank(),
  });

  const geolocation = object({
    host: blank(),
    ip: blank(),
    rdns: blank(),
    asn: blank(),
    isp: blank(),
    country_name: blank(),
    country_code: blank(),
    region_name: blank(),
    region_code: blank(),
    city: blank(),
    postal_code: blank(),
    continent_name: blank(),
    continent_code: blank(),
    latitude: blank(),
    longitude: blank(),
    metro_code: blank(),
    timezone: blank(),
    ip_type: blank(),
    capital: blank(),
    currency: blank(),
  });

  const info = object({
    agent: optional(agent),
    geolocation: optional(geolocation),
  });

  const documentProof = object({
    dob: blank(),
    mrz: blank(),
    face: blank(),
    gender: blank(),
    authority: blank(),
    last_name: blank(),
    signature: blank(),
    first_name: blank(),
    issue_date: blank(),
    expiry_date: blank(),
    nationality: blank(),
    country_code: blank(),
    document_type: blank(),
    gender_native: blank(),
    place_of_birth: blank(),
    document_number: blank(),
    personal_number: blank(),
    nationality_native: blank(),
    height: blank(),
    country: blank(),
  });

  const additionalData = object({
    document: optional(object({ proof: optional(documentProof) })),
  });

  const serviceProofs = object({
    proof: blank(),
    additional_proof: blank(),
  });

  const proofs = object({
    document: optional(serviceProofs),
    face: optional(serviceProofs),
    address: optional(serviceProofs),
  });

  const servicesDeclinedCodes = object({
    document: codes(),
    address: codes(),
    face: codes(),
    consent: codes(),
    background_checks: codes(),
  });

  // The variants

  const requestEcho = {
    email: nullable(),
    country: nullable(),
    verification_url: blank(),
  };

  const common = {
    ...requestEcho,
    reference: z.string(),
    error: optional(noError()),
  };

  const outcome = {
    ...common,
    verification_result: phpObject(verificationResult),
    verification_data: phpObject(verificationData),
    info: optional(phpObject(info)),
    additional_data: optional(phpObject(additionalData)),
    proofs: optional(phpObject(proofs)),
  };

  const requestUnauthorized = <E extends ShuftiUnauthorizedEvent>(event: E) =>
    object({
      ...requestEcho,
      event: z.literal(event),
      reference: text(''),
      error: requestError,
      token: blank(),
    });
  const requestReceived = <E extends ShuftiReceivedEvent>(event: E) => object({ ...common, event: z.literal(event) });
  const verificationCancelled = <E extends ShuftiCancelledEvent>(event: E) => object({ ...common, event: z.literal(event) });

  // The union

  return z.discriminatedUnion('event', [
    object({ ...common, event: z.literal('request.pending'), verification_url: text('') }),
    object({ ...requestEcho, event: z.literal('request.invalid'), reference: z.string(), error: requestError }),
    requestUnauthorized('request.unauthorized'),
    requestUnauthorized('request.unauthorised'),
    object({ ...common, event: z.literal('request.timeout') }),
    requestReceived('request.received'),
    requestReceived('request.recieved'),
    object({ ...common, event: z.literal('request.deleted') }),
    object({ ...outcome, event: z.literal('verification.accepted') }),
    object({
      ...outcome,
      event: z.literal('verification.declined'),
      declined_reason: blank(),
      declined_codes: codes(),
      services_declined_codes: optional(phpObject(servicesDeclinedCodes)),
    }),
    verificationCancelled('verification.cancelled'),
    verificationCancelled('request.cancelled'),
    object({ ...common, event: z.literal('verification.status.changed') }),
    object({ event: z.literal('review.pending'), reference: z.string() }),
    object({ event: z.literal('permission.denied'), reference: z.string() }),
  ]);
}

/** The Shufti Pro kind: one JSON document, told apart by `event`. */
export const shuftiDefinition: CallbackKindDefinition<'shufti', 'shufti', ShuftiCallback, JsonBody> = /* @__PURE__ */ defineCallback({
  kind: 'shufti',
  provider: 'shufti',
  webhook: true,
  wire: jsonWire,
  discriminants: [{ path: ['event'], values: shuftiEvents }],
  build: buildShuftiSchema,
});
