// The raw Shufti body builder: synthetic example data, no fast-check.
import type { ShuftiEvent } from '../../shufti/types.js';

const geolocation = {
  host: '192.0.2.10',
  ip: '192.0.2.10',
  rdns: '192.0.2.10',
  asn: '64500',
  isp: 'Example Telecom',
  country_name: 'Germany',
  country_code: 'DE',
  region_name: 'Berlin',
  region_code: 'BE',
  city: 'Berlin',
  postal_code: '10115',
  continent_name: 'Europe',
  continent_code: 'EU',
  latitude: '52.5200',
  longitude: '13.4050',
  metro_code: '',
  timezone: 'Europe/Berlin',
};

const outcomeFields = {
  error: '',
  email: 'jane@example.com',
  country: 'DE',
  verification_result: {
    document: { name: 1, dob: 1, expiry_date: 1, issue_date: 1, document_number: 1, document: 1, gender: '' },
    face: 1,
  },
  verification_data: {
    document: {
      name: { first_name: 'Jane', middle_name: '', last_name: 'Example' },
      dob: '1990-01-01',
      issue_date: '2020-01-01',
      expiry_date: '2030-01-01',
      document_number: 'X0000001',
      selected_type: ['id_card'],
      supported_types: ['id_card', 'driving_license', 'passport'],
      gender: 'F',
    },
  },
  info: {
    agent: {
      is_desktop: true,
      is_phone: false,
      useragent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      device_name: 'Linux',
      browser_name: '',
      platform_name: 'Linux',
    },
    geolocation,
  },
};

const invalidRequestError = { service: 'document', key: 'dob', message: 'The dob does not match the format Y-m-d.' };
const unauthorizedError = { service: '', key: '', message: 'Authorization keys are missing/invalid.' };

const eventFields: Record<ShuftiEvent, Readonly<Record<string, unknown>>> = {
  'request.pending': { error: '', verification_url: 'https://app.shuftipro.com/process/verification/EXAMPLE', email: 'jane@example.com', country: 'DE' },
  'request.invalid': { error: invalidRequestError, email: null, country: null },
  'request.unauthorized': { reference: '', error: unauthorizedError, email: null, country: null },
  'request.unauthorised': { reference: '', error: unauthorizedError, email: null, country: null },
  'request.timeout': { error: '' },
  'request.received': { email: 'jane@example.com', country: 'DE' },
  'request.recieved': { email: 'jane@example.com', country: 'DE' },
  'request.deleted': {},
  'verification.accepted': outcomeFields,
  'verification.declined': {
    ...outcomeFields,
    verification_result: { document: { name: 0, dob: 1, expiry_date: 1, issue_date: 1, document_number: 1, document: null }, face: 1 },
    declined_reason: "Name on the document doesn't match",
    declined_codes: ['SPDR07', 'SPDR06'],
    services_declined_codes: { document: ['SPDR07', 'SPDR06'] },
  },
  'verification.cancelled': { error: '' },
  'request.cancelled': { error: '', verification_url: '' },
  'verification.status.changed': {},
  'review.pending': {},
  'permission.denied': {},
};

/**
 * Builds a valid raw Shufti body of an event with synthetic data, for tests.
 *
 * @param event - the `event`, in the spelling to send
 * @param overrides - top-level fields to set (as wire JSON values) or, with `undefined`, to leave out
 * @returns the JSON body
 *
 * @example
 * ```ts
 * const body = buildShuftiBody('verification.declined', { declined_codes: ['SPDR06'] });
 * expect(parseShufti(body)).toMatchObject({ event: 'verification.declined', declined_codes: ['SPDR06'] });
 * ```
 */
export function buildShuftiBody(event: ShuftiEvent, overrides: Readonly<Record<string, unknown>> = {}): string {
  const merged: Record<string, unknown> = { reference: 'order-1001', event, ...eventFields[event], ...overrides };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) fields[key] = value;
  return JSON.stringify(fields);
}
