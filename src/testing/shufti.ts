import * as fc from 'fast-check';
import type {
  ShuftiAddressChecks,
  ShuftiAddressData,
  ShuftiAdditionalData,
  ShuftiAgent,
  ShuftiBackgroundChecksData,
  ShuftiCallback,
  ShuftiCallbackCommon,
  ShuftiCallbackMap,
  ShuftiCheckResult,
  ShuftiConsentChecks,
  ShuftiConsentData,
  ShuftiDocumentChecks,
  ShuftiDocumentData,
  ShuftiDocumentProof,
  ShuftiEvent,
  ShuftiGeolocation,
  ShuftiInfo,
  ShuftiName,
  ShuftiProofs,
  ShuftiRequestError,
  ShuftiRequestInvalid,
  ShuftiRequestPending,
  ShuftiRequestUnauthorized,
  ShuftiServiceProofs,
  ShuftiServicesDeclinedCodes,
  ShuftiVerificationAccepted,
  ShuftiVerificationData,
  ShuftiVerificationDeclined,
  ShuftiVerificationOutcome,
  ShuftiVerificationResult,
} from '../shufti/types.js';
import { addressDocumentTypes, checkResults, consentTypes, documentTypes, shuftiEvents } from '../shufti/enumerations.js';
import { anyText, jsonData, openEnumValue, variantsOf, withUnknownFields, type ArbitraryOptions } from './values.js';

/** Options of {@link arbitraryShufti}. */
export interface ShuftiArbitraryOptions<E extends ShuftiEvent> extends ArbitraryOptions {
  /** The event or events to generate, each spelling on its own; every event by default. */
  readonly event?: E | readonly E[];
}

/**
 * A fast-check arbitrary of decoded Shufti Pro callbacks: every field as the parser outputs it,
 * within what Shufti documents, with Unicode and JSON-special characters in text fields.
 * `parseShufti(serializeShufti(callback))` deep-equals every generated callback.
 *
 * @param options - which events, and whether to add unknown fields (at the top level and in every sub-object)
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * test.prop([arbitraryShufti({ event: 'verification.declined' })])('never approves a decline', (callback) => {
 *   expect(decide(callback)).not.toBe('approve');
 * });
 * ```
 */
export function arbitraryShufti<E extends ShuftiEvent = ShuftiEvent>(
  options?: ShuftiArbitraryOptions<E>,
): fc.Arbitrary<ShuftiCallbackMap[E]> {
  const variants = variantsOf<ShuftiEvent, unknown>(shuftiEvents, options?.event, (event) => variantArbitrary(event, options));
  return variants as fc.Arbitrary<ShuftiCallbackMap[E]>;
}

type Model<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

function variantArbitrary(event: ShuftiEvent, options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiCallback> {
  switch (event) {
    case 'request.pending':
      return callback<ShuftiRequestPending>({ ...common(), event: fc.constant(event), verification_url: text() }, ['verification_url'], options);
    case 'request.invalid':
      return callback<ShuftiRequestInvalid>(
        { ...echo(), event: fc.constant(event), reference: reference(), error: requestError(options) },
        ['error'],
        options,
      );
    case 'request.unauthorized':
    case 'request.unauthorised':
      return callback<ShuftiRequestUnauthorized>(
        { ...echo(), event: fc.constant(event), reference: fc.option(reference(), { nil: null }), error: requestError(options), token: text() },
        ['error'],
        options,
      );
    case 'verification.accepted':
      return callback<ShuftiVerificationAccepted>({ ...outcome(options), event: fc.constant(event) }, ['verification_result', 'verification_data'], options);
    case 'verification.declined':
      return callback<ShuftiVerificationDeclined>(
        {
          ...outcome(options),
          event: fc.constant(event),
          declined_reason: text(),
          declined_codes: declinedCodes(),
          services_declined_codes: servicesDeclinedCodes(options),
        },
        ['verification_result', 'verification_data'],
        options,
      );
    case 'review.pending':
    case 'permission.denied':
      return callback<{ event: typeof event; reference: string }>({ event: fc.constant(event), reference: reference() }, [], options);
    case 'request.timeout':
    case 'request.received':
    case 'request.recieved':
    case 'request.deleted':
    case 'verification.cancelled':
    case 'request.cancelled':
    case 'verification.status.changed':
      return callback<ShuftiCallbackCommon & { event: typeof event }>({ ...common(), event: fc.constant(event) }, [], options);
  }
}

/** A callback of `model`: `event`, `reference` and the `required` fields always present, the others sometimes. */
function callback<T extends { event: ShuftiEvent }>(
  model: Model<T>,
  required: readonly (keyof T & string)[],
  options: ArbitraryOptions | undefined,
): fc.Arbitrary<ShuftiCallback> {
  const known = fc.record(model, { requiredKeys: ['event', 'reference', ...required] as (keyof T)[] });
  return withUnknownFields(known, Object.keys(model), jsonData(), options) as fc.Arbitrary<unknown> as fc.Arbitrary<ShuftiCallback>;
}

/** A sub-object whose fields are all optional unless `required`, with unknown fields when asked to. */
function subObject<T extends object>(model: Model<T>, options: ArbitraryOptions | undefined, required: (keyof T)[] = []): fc.Arbitrary<T> {
  const known = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<T>;
  return withUnknownFields(known, Object.keys(model), jsonData(), options);
}

/** Free text as the parser outputs it: a real (non-empty) value, or `null`. */
function text(): fc.Arbitrary<string | null> {
  return fc.option(anyText(), { nil: null });
}

function reference(): fc.Arbitrary<string> {
  return fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{6,40}$/), anyText());
}

function echo() {
  return { email: text(), country: fc.option(fc.constantFrom('GB', 'DE', 'UA', 'UK', 'US'), { nil: null }), verification_url: text() };
}

function common(): Model<ShuftiCallbackCommon> {
  return { ...echo(), reference: reference(), error: fc.constant(null) };
}

function requestError(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiRequestError> {
  return subObject<ShuftiRequestError>({ service: text(), key: text(), message: anyText() }, options, ['service', 'key', 'message']);
}

function checkResult(): fc.Arbitrary<ShuftiCheckResult> {
  return fc.constantFrom(...checkResults);
}

function checks<T extends object>(keys: readonly (keyof T & string)[], options: ArbitraryOptions | undefined): fc.Arbitrary<T> {
  const model = Object.fromEntries(keys.map((key) => [key, checkResult()])) as Model<T>;
  return subObject<T>(model, options);
}

function verificationResult(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiVerificationResult> {
  const documentChecks = checks<ShuftiDocumentChecks>(
    ['name', 'dob', 'expiry_date', 'issue_date', 'document_number', 'document', 'gender', 'document_must_not_be_expired', 'document_country', 'selected_type', 'document_proof', 'document_visibility', 'face_on_document_matched'],
    options,
  );
  const addressChecks = checks<ShuftiAddressChecks>(
    ['name', 'full_address', 'address_document', 'address_document_country', 'address_document_must_not_be_expired', 'address_document_visibility', 'selected_type', 'address_document_proof', 'match_address_proofs_with_document_proofs', 'issue_date'],
    options,
  );
  const consentChecks = checks<ShuftiConsentChecks>(['selected_type', 'consent'], options);
  return subObject<ShuftiVerificationResult>(
    {
      document: fc.oneof(checkResult(), documentChecks),
      document_two: fc.oneof(checkResult(), documentChecks),
      address: fc.oneof(checkResult(), addressChecks),
      consent: fc.oneof(checkResult(), consentChecks),
      face: checkResult(),
      phone: checkResult(),
      background_checks: checkResult(),
    },
    options,
  );
}

/** An object Shufti does not specify field by field: any keys, any JSON values. */
const openObject = () => fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), jsonData(), { maxKeys: 3 });

function name(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiName> {
  return subObject<ShuftiName>({ first_name: text(), middle_name: text(), last_name: text(), full_name: text() }, options);
}

function types<const T extends string>(known: readonly T[], options: ArbitraryOptions | undefined) {
  return fc.array(openEnumValue(known, options), { maxLength: 3 });
}

function verificationData(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiVerificationData> {
  const documentData = subObject<ShuftiDocumentData>(
    {
      name: name(options),
      dob: text(),
      issue_date: text(),
      expiry_date: text(),
      document_number: text(),
      gender: text(),
      country: text(),
      selected_type: types(documentTypes, options),
      supported_types: types(documentTypes, options),
      face_match_confidence: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100),
    },
    options,
  );
  return subObject<ShuftiVerificationData>(
    {
      document: documentData,
      document_two: documentData,
      address: subObject<ShuftiAddressData>(
        {
          name: name(options),
          full_address: text(),
          issue_date: text(),
          country: text(),
          selected_type: types(addressDocumentTypes, options),
          supported_types: types(addressDocumentTypes, options),
        },
        options,
      ),
      consent: subObject<ShuftiConsentData>({ text: text(), selected_type: types(consentTypes, options), supported_types: types(consentTypes, options) }, options),
      phone: openObject(),
      background_checks: subObject<ShuftiBackgroundChecksData>({ name: name(options), dob: text(), aml_data: openObject() }, options),
    },
    options,
  );
}

function info(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiInfo> {
  const agent = subObject<ShuftiAgent>(
    { is_desktop: fc.boolean(), is_phone: fc.boolean(), useragent: text(), device_name: text(), browser_name: text(), platform_name: text() },
    options,
  );
  const geolocationKeys = ['host', 'ip', 'rdns', 'asn', 'isp', 'country_name', 'country_code', 'region_name', 'region_code', 'city', 'postal_code', 'continent_name', 'continent_code', 'latitude', 'longitude', 'metro_code', 'timezone', 'ip_type', 'capital', 'currency'] as const;
  const geolocation = subObject<ShuftiGeolocation>(Object.fromEntries(geolocationKeys.map((key) => [key, text()])) as Model<ShuftiGeolocation>, options);
  return subObject<ShuftiInfo>({ agent, geolocation }, options);
}

function additionalData(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiAdditionalData> {
  const proofKeys = ['dob', 'mrz', 'face', 'gender', 'authority', 'last_name', 'signature', 'first_name', 'issue_date', 'expiry_date', 'nationality', 'country_code', 'document_type', 'gender_native', 'place_of_birth', 'document_number', 'personal_number', 'nationality_native', 'height', 'country'] as const;
  const proof = subObject<ShuftiDocumentProof>(Object.fromEntries(proofKeys.map((key) => [key, text()])) as Model<ShuftiDocumentProof>, options);
  return subObject<ShuftiAdditionalData>({ document: subObject({ proof }, options) }, options);
}

function proofs(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiProofs> {
  const service = subObject<ShuftiServiceProofs>({ proof: text(), additional_proof: text() }, options);
  return subObject<ShuftiProofs>({ document: service, face: service, address: service }, options);
}

function outcome(options: ArbitraryOptions | undefined): Model<ShuftiVerificationOutcome> {
  return {
    ...common(),
    verification_result: verificationResult(options),
    verification_data: verificationData(options),
    info: info(options),
    additional_data: additionalData(options),
    proofs: proofs(options),
  };
}

function declinedCodes(): fc.Arbitrary<string[]> {
  return fc.array(fc.stringMatching(/^SPDR\d{2,3}$/), { maxLength: 4 });
}

function servicesDeclinedCodes(options: ArbitraryOptions | undefined): fc.Arbitrary<ShuftiServicesDeclinedCodes> {
  return subObject<ShuftiServicesDeclinedCodes>(
    { document: declinedCodes(), address: declinedCodes(), face: declinedCodes(), consent: declinedCodes(), background_checks: declinedCodes() },
    options,
  );
}
