import * as z from '../core/zod.js';
import { defineCallback, type CallbackKindDefinition } from '../core/define.js';
import { fieldsFor, optional, type SchemaSettings } from '../core/fields.js';
import { jsonWire, type JsonBody } from '../core/json-body.js';
import { addressDocumentTypes, consentTypes, documentTypes, shuftiEvents } from './enumerations.js';
import { checkResult, chosenTypes, emptyAsNull, noError, phpObject, serviceResult } from './fields.js';
import type { ShuftiCallback, ShuftiCancelledEvent, ShuftiReceivedEvent, ShuftiUnauthorizedEvent } from './types.js';

// The schema

/**
 * Builds the Shufti schema: a codec from the parsed JSON body to the typed callback. Exported for the
 * type tests, which pin its output to the hand-written interfaces.
 *
 * @param settings - with `strict`, fields and enumeration values this version does not know are rejected
 * @returns the schema, a union discriminated by `event`
 */
export function buildShuftiSchema(settings: SchemaSettings) {
  const { object } = fieldsFor(settings);
  // `""` means "no value" everywhere; `null` is written back as `""` or as `null`, as Shufti spells the field.
  const blankText = optional(emptyAsNull(''));
  const nullText = optional(emptyAsNull(null));
  const check = optional(checkResult());
  const codes = optional(z.array(z.string()));

  // Sub-objects

  const requestError = object({
    service: emptyAsNull(''),
    key: emptyAsNull(''),
    message: z.string(),
  });

  const documentChecks = object({
    name: check,
    dob: check,
    expiry_date: check,
    issue_date: check,
    document_number: check,
    document: check,
    gender: check,
    document_must_not_be_expired: check,
    document_country: check,
    selected_type: check,
    document_proof: check,
    document_visibility: check,
    face_on_document_matched: check,
  });

  const addressChecks = object({
    name: check,
    full_address: check,
    address_document: check,
    address_document_country: check,
    address_document_must_not_be_expired: check,
    address_document_visibility: check,
    selected_type: check,
    address_document_proof: check,
    match_address_proofs_with_document_proofs: check,
    issue_date: check,
  });

  const consentChecks = object({
    selected_type: check,
    consent: check,
  });

  const verificationResult = object({
    document: optional(serviceResult(documentChecks)),
    document_two: optional(serviceResult(documentChecks)),
    address: optional(serviceResult(addressChecks)),
    consent: optional(serviceResult(consentChecks)),
    face: check,
    phone: check,
    background_checks: check,
  });

  const name = object({
    first_name: nullText,
    middle_name: nullText,
    last_name: nullText,
    full_name: nullText,
  });

  const documentData = object({
    name: optional(name),
    dob: nullText,
    issue_date: nullText,
    expiry_date: nullText,
    document_number: nullText,
    gender: nullText,
    country: nullText,
    selected_type: optional(chosenTypes(documentTypes, settings)),
    supported_types: optional(chosenTypes(documentTypes, settings)),
    face_match_confidence: optional(z.number()),
  });

  const addressData = object({
    name: optional(name),
    full_address: nullText,
    issue_date: nullText,
    country: nullText,
    selected_type: optional(chosenTypes(addressDocumentTypes, settings)),
    supported_types: optional(chosenTypes(addressDocumentTypes, settings)),
  });

  const consentData = object({
    text: nullText,
    selected_type: optional(chosenTypes(consentTypes, settings)),
    supported_types: optional(chosenTypes(consentTypes, settings)),
  });

  // Objects whose content Shufti does not specify field by field: kept as they came, in strict mode too.
  const open = optional(z.looseObject({}));

  const backgroundChecksData = object({
    name: optional(name),
    dob: nullText,
    aml_data: open,
  });

  const verificationData = object({
    document: optional(documentData),
    document_two: optional(documentData),
    address: optional(addressData),
    consent: optional(consentData),
    phone: open,
    background_checks: optional(backgroundChecksData),
  });

  const agent = object({
    is_desktop: optional(z.boolean()),
    is_phone: optional(z.boolean()),
    useragent: blankText,
    device_name: blankText,
    browser_name: blankText,
    platform_name: blankText,
  });

  const geolocation = object({
    host: blankText,
    ip: blankText,
    rdns: blankText,
    asn: blankText,
    isp: blankText,
    country_name: blankText,
    country_code: blankText,
    region_name: blankText,
    region_code: blankText,
    city: blankText,
    postal_code: blankText,
    continent_name: blankText,
    continent_code: blankText,
    latitude: blankText,
    longitude: blankText,
    metro_code: blankText,
    timezone: blankText,
    ip_type: blankText,
    capital: blankText,
    currency: blankText,
  });

  const info = object({
    agent: optional(agent),
    geolocation: optional(geolocation),
  });

  const documentProof = object({
    dob: blankText,
    mrz: blankText,
    face: blankText,
    gender: blankText,
    authority: blankText,
    last_name: blankText,
    signature: blankText,
    first_name: blankText,
    issue_date: blankText,
    expiry_date: blankText,
    nationality: blankText,
    country_code: blankText,
    document_type: blankText,
    gender_native: blankText,
    place_of_birth: blankText,
    document_number: blankText,
    personal_number: blankText,
    nationality_native: blankText,
    height: blankText,
    country: blankText,
  });

  const additionalData = object({
    document: optional(object({ proof: optional(documentProof) })),
  });

  const serviceProofs = object({
    proof: blankText,
    additional_proof: blankText,
  });

  const proofs = object({
    document: optional(serviceProofs),
    face: optional(serviceProofs),
    address: optional(serviceProofs),
  });

  const servicesDeclinedCodes = object({
    document: codes,
    address: codes,
    face: codes,
    consent: codes,
    background_checks: codes,
  });

  // The variants

  const requestEcho = {
    email: nullText,
    country: nullText,
    verification_url: blankText,
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
      reference: emptyAsNull(''),
      error: requestError,
      token: blankText,
    });
  const requestReceived = <E extends ShuftiReceivedEvent>(event: E) => object({ ...common, event: z.literal(event) });
  const verificationCancelled = <E extends ShuftiCancelledEvent>(event: E) => object({ ...common, event: z.literal(event) });

  // The union

  return z.discriminatedUnion('event', [
    object({ ...common, event: z.literal('request.pending'), verification_url: emptyAsNull('') }),
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
      declined_reason: blankText,
      declined_codes: codes,
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
