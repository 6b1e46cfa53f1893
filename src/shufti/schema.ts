import * as z from '../core/zod.js';
import { record, shared, type SchemaSettings } from '../core/fields.js';
import { checkResult, documentTypes, noError, phpObject, serviceResult, text } from './fields.js';
import type { ShuftiCancelledEvent, ShuftiEvent, ShuftiReceivedEvent, ShuftiUnauthorizedEvent } from './types.js';

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
const consentTypeValues = ['handwritten', 'printed'] as const;

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
  const blank = shared(text('').exactOptional());
  const nullable = shared(text(null).exactOptional());
  const check = shared(checkResult().exactOptional());
  const codes = shared(z.array(z.string()).exactOptional());

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
    document: serviceResult(documentChecks).exactOptional(),
    address: serviceResult(addressChecks).exactOptional(),
    consent: serviceResult(consentChecks).exactOptional(),
    face: check(),
    background_checks: check(),
  });

  const name = object({
    first_name: nullable(),
    middle_name: nullable(),
    last_name: nullable(),
    full_name: nullable(),
  });

  const documentData = object({
    name: name.exactOptional(),
    dob: nullable(),
    issue_date: nullable(),
    expiry_date: nullable(),
    document_number: nullable(),
    gender: nullable(),
    country: nullable(),
    selected_type: documentTypes(documentTypeValues, settings).exactOptional(),
    supported_types: documentTypes(documentTypeValues, settings).exactOptional(),
    face_match_confidence: z.exactOptional(z.number()),
  });

  const addressData = object({
    name: name.exactOptional(),
    full_address: nullable(),
    issue_date: nullable(),
    country: nullable(),
    selected_type: documentTypes(addressDocumentTypeValues, settings).exactOptional(),
    supported_types: documentTypes(addressDocumentTypeValues, settings).exactOptional(),
  });

  const consentData = object({
    text: nullable(),
    selected_type: documentTypes(consentTypeValues, settings).exactOptional(),
    supported_types: documentTypes(consentTypeValues, settings).exactOptional(),
  });

  const backgroundChecksData = object({
    name: name.exactOptional(),
    dob: nullable(),
  });

  const verificationData = object({
    document: documentData.exactOptional(),
    address: addressData.exactOptional(),
    consent: consentData.exactOptional(),
    background_checks: backgroundChecksData.exactOptional(),
  });

  const agent = object({
    is_desktop: z.exactOptional(z.boolean()),
    is_phone: z.exactOptional(z.boolean()),
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
    agent: agent.exactOptional(),
    geolocation: geolocation.exactOptional(),
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
    document: object({ proof: documentProof.exactOptional() }).exactOptional(),
  });

  const serviceProofs = object({
    proof: blank(),
    additional_proof: blank(),
  });

  const proofs = object({
    document: serviceProofs.exactOptional(),
    face: serviceProofs.exactOptional(),
    address: serviceProofs.exactOptional(),
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
    error: noError().exactOptional(),
  };

  const outcome = {
    ...common,
    verification_result: phpObject(verificationResult),
    verification_data: phpObject(verificationData),
    info: phpObject(info).exactOptional(),
    additional_data: phpObject(additionalData).exactOptional(),
    proofs: phpObject(proofs).exactOptional(),
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
      services_declined_codes: phpObject(servicesDeclinedCodes).exactOptional(),
    }),
    verificationCancelled('verification.cancelled'),
    verificationCancelled('request.cancelled'),
    object({ ...common, event: z.literal('verification.status.changed') }),
    object({ event: z.literal('review.pending'), reference: z.string() }),
    object({ event: z.literal('permission.denied'), reference: z.string() }),
  ]);
}
