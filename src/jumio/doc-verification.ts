import * as z from '../core/zod.js';
import {
  formatted,
  isoDate,
  isoTimestamp,
  jsonText,
  oneOrMany,
  openEnum,
  optional,
  record,
  shared,
  textBoolean,
  type SchemaSettings,
} from '../core/fields.js';
import { parseJson, type JsonShapeLimits } from '../core/json.js';
import { encodeFormBody, readFormBody, type FormBody, type FormFields } from '../core/form.js';
import type { ParseOptions } from '../core/options.js';
import { defaultLimits } from '../core/options.js';
import {
  memoizeSchema,
  parseCallback,
  safeParseCallback,
  serializeCallback,
  type CallbackFormat,
  type UnknownVariant,
} from '../core/parse.js';
import type { ParseResult } from '../core/result.js';
import type { JumioDocVerificationCallback, JumioDocVerificationTransactionStatus, JumioDocumentStatus } from './types.js';

// Wire constants and enumerations

const transactionStatuses = ['DONE', 'FAILED'] as const satisfies readonly JumioDocVerificationTransactionStatus[];
const documentStatuses = ['UPLOADED', 'EXTRACTED', 'DISCARDED'] as const satisfies readonly JumioDocumentStatus[];

/** Every `document.status` this version knows. */
export const jumioDocumentStatuses: readonly JumioDocumentStatus[] = /* @__PURE__ */ Object.freeze([...documentStatuses]);

const sources = ['DOC_UPLOAD', 'DOC_API', 'DOC_SDK'] as const;
const documentTypes = [
  'CC',
  'BS',
  'IC',
  'UB',
  'CAAP',
  'CRC',
  'CCS',
  'LAG',
  'LOAP',
  'MOAP',
  'TR',
  'VT',
  'VC',
  'STUC',
  'HCC',
  'CB',
  'SENC',
  'MEDC',
  'BC',
  'WWCC',
  'SS',
  'TAC',
  'SEL',
  'PB',
  'USSS',
  'SSC',
  'CUSTOM',
  'OTHER',
] as const;

// The schema

/**
 * Builds the Document Verification schema: a codec from the form fields (`transaction` and
 * `document` holding JSON) to the typed callback. Exported for the type tests.
 *
 * @param settings - `strict` and the JSON depth cap
 * @returns the schema
 */
export function buildJumioDocVerificationSchema(settings: SchemaSettings) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) => record(shape, settings);
  const text = shared(optional(z.string()));
  const date = shared(optional(formatted(isoDate)));

  const transaction = object({
    date: formatted(isoTimestamp),
    status: z.enum(transactionStatuses),
    source: openEnum(sources, settings),
    merchantScanReference: z.string(),
    customerId: z.string(),
    merchantReportingCriteria: text(),
    clientIp: text(),
  });

  const address = object({
    line1: text(),
    line2: text(),
    line3: text(),
    line4: text(),
    line5: text(),
    countryCode: text(),
    postalCode: text(),
    city: text(),
    subdivision: text(),
  });

  const extractedData = object({
    firstName: text(),
    lastName: text(),
    name: text(),
    accountNumber: text(),
    swiftCode: text(),
    pan: text(),
    issueDate: date(),
    expiryDate: date(),
    dueDate: text(),
    cardNumberLastFourDigits: text(),
    ssn: text(),
    signatureAvailable: optional(textBoolean({ true: 'true', false: 'false' })),
    address: optional(address),
  });

  const documentCommon = {
    country: z.string(),
    type: openEnum(documentTypes, settings),
    images: oneOrMany(z.string()),
    originalDocument: text(),
    customDocumentCode: text(),
  };

  const document = z.discriminatedUnion('status', [
    object({ ...documentCommon, status: z.literal('UPLOADED') }),
    object({ ...documentCommon, status: z.literal('EXTRACTED'), extractedData }),
    object({ ...documentCommon, status: z.literal('DISCARDED') }),
  ]);

  return object({
    scanReference: z.string(),
    timestamp: formatted(isoTimestamp),
    transaction: jsonText(transaction, settings),
    document: optional(jsonText(document, settings)),
  }).check((payload) => {
    const callback = payload.value;
    if (callback.transaction.status === 'DONE' && callback.document === undefined) {
      payload.issues.push({
        code: 'custom',
        input: callback,
        path: ['document'],
        message: 'Missing (a DONE transaction always has a document)',
        params: { code: 'invalid_type' },
      });
    }
  });
}

const schemaFor = /* @__PURE__ */ memoizeSchema(buildJumioDocVerificationSchema, ['strict', 'maxDepth', 'maxFields', 'maxItems']);

/**
 * The Document Verification schema (zod 4, and so a Standard Schema): from the form fields, as a
 * record of strings, to a {@link JumioDocVerificationCallback}; `z.encode` runs it backwards. Prefer
 * {@link parseJumioDocVerification}, which also decodes the raw body and turns failures into
 * value-free {@link KycWebhookError}s. Built on first use, with the default options.
 */
export const jumioDocVerificationSchema: z.ZodType<JumioDocVerificationCallback, Record<string, unknown>> =
  /* @__PURE__ */ z.lazy(() => schemaFor({ strict: false, ...defaultLimits }));

const knownTransactionStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(transactionStatuses);
const knownDocumentStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(documentStatuses);

/** Looks inside the JSON fields for a status this version does not know (only after a failed parse). */
function findUnknownStatus(wire: unknown, limits: JsonShapeLimits): UnknownVariant | undefined {
  const fields = wire as FormFields;
  const checks = [
    { field: 'transaction', known: knownTransactionStatuses, list: transactionStatuses },
    { field: 'document', known: knownDocumentStatuses, list: documentStatuses },
  ] as const;
  for (const { field, known, list } of checks) {
    const text = fields[field];
    if (text === undefined) continue;
    const status = statusIn(text, limits);
    if (typeof status === 'string' && status !== '' && !known.has(status)) {
      return { path: [field, 'status'], value: status, known: list };
    }
  }
  return undefined;
}

/**
 * The `status` of a JSON object's text, if it has one: read as the schema reads it, so a text the
 * schema refuses (a repeated key, a broken limit) has none, and its refusal is what is reported.
 */
function statusIn(text: string, limits: JsonShapeLimits): unknown {
  const parsed = parseJson(text, limits);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>)['status'] : undefined;
}

const docVerification: CallbackFormat<JumioDocVerificationCallback> = {
  provider: 'jumio-doc-verification',
  read: (body, options) => readFormBody(body, options),
  findUnknownVariant: findUnknownStatus,
  schema: schemaFor,
  write: (wire) => encodeFormBody(wire as Record<string, unknown>),
};

// Parse and serialize

/**
 * Parses a Jumio Document Verification callback body.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns the callback; `document.status` narrows its document
 * @throws {@link KycWebhookError} when the body does not parse; never anything else
 *
 * @example
 * ```ts
 * const callback = parseJumioDocVerification(await request.text());
 * if (callback.document?.status === 'EXTRACTED') {
 *   await saveAddress(callback.scanReference, callback.document.extractedData.address);
 * }
 * ```
 */
export function parseJumioDocVerification(body: FormBody, options?: ParseOptions | null): JumioDocVerificationCallback {
  return parseCallback(docVerification, body, options);
}

/**
 * Parses a Jumio Document Verification callback body without throwing.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), or its fields as
 *   `URLSearchParams` or the record `express.urlencoded()` produces
 * @param options - limits and strictness; see {@link ParseOptions} (`null` means none)
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws, for any body and
 *   any options (invalid options are the error `invalid_options`)
 *
 * @example
 * ```ts
 * const result = safeParseJumioDocVerification(body);
 * if (!result.success) return reply.status(400).send({ code: result.error.code });
 * ```
 */
export function safeParseJumioDocVerification(
  body: FormBody,
  options?: ParseOptions | null,
): ParseResult<JumioDocVerificationCallback> {
  return safeParseCallback(docVerification, body, options);
}

/**
 * Writes a Document Verification callback back as a form body: `transaction` and `document` as JSON
 * strings, `signatureAvailable` as `"true"`/`"false"`, unknown fields as they came. Parsing the
 * result gives an equal callback.
 *
 * @param callback - a parsed (possibly edited) callback
 * @param options - the limits and strictness of the parse that will read the body (defaults when
 *   omitted); see {@link ParseOptions}
 * @returns the `application/x-www-form-urlencoded` body
 * @throws {@link KycWebhookError} with `invalid_payload` when the callback does not match its type,
 *   holds a value that is not JSON data, or would not read back equal; with `body_too_large` when
 *   the body would break a limit of `options`. Never anything else.
 */
export function serializeJumioDocVerification(callback: JumioDocVerificationCallback, options?: ParseOptions | null): string {
  return serializeCallback(docVerification, callback, options);
}
