import { isRawBody, readBodyText } from '../core/body.js';
import { KycWebhookError, type KycWebhookIssue } from '../core/errors.js';
import { isJsonContainer } from '../core/json.js';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from '../core/options.js';
import type { ParseResult } from '../core/result.js';
import { isWireFailure, wireFailure, type WireFailure } from '../core/wire-failure.js';
import { callbackKinds, type KycCallbackKind, type KycCallbackMap } from '../kinds.js';
import type { KycWebhook, KycWebhookHeaders, KycWebhookOptions } from './types.js';

type Definition = (typeof callbackKinds)[KycCallbackKind];
type WireName = Definition['wire']['name'];
type Provider = Definition['provider'];

/**
 * The top-level fields whose presence tells a decoded body of a kind's wire apart from the other
 * kinds of that wire (no other kind has any of them). A kind missing here does not compile.
 */
const markers: { readonly [K in KycCallbackKind]: readonly string[] } = {
  'jumio-netverify': ['verificationStatus', 'jumioIdScanReference', 'callBackType'],
  'jumio-doc-verification': ['scanReference', 'transaction'],
  'jumio-platform': ['callbackSentAt'],
  // API responses, never detected (`webhook: false`).
  'jumio-retrieval': [],
  'jumio-retrieval-status': [],
  idenfy: ['scanRef', 'status'],
  shufti: ['event'],
  // Onfido's whole body is one envelope, `payload`; no other kind has that field.
  onfido: ['payload'],
};

/** The headers each provider signs with (lowercase); a provider missing here does not compile. */
const signatureHeaders: { readonly [P in Provider]: readonly string[] } = {
  jumio: [],
  idenfy: ['idenfy-signature'],
  shufti: ['signature', 'sp_signature'],
  onfido: ['x-sha2-signature', 'x-signature'],
};

const limitCodes: ReadonlySet<string> = new Set(['body_too_large', 'too_many_fields', 'nesting_too_deep', 'too_many_items', 'invalid_options']);

/**
 * Detects which callback kind a body is, from its shape (form or JSON, and the fields only one kind
 * has) and the request headers when given, then parses it with that kind's parser, so the error of a
 * detected body is that kind's own. It never tries the parsers in turn.
 *
 * @param body - the raw body (`string`, `Uint8Array`, `ArrayBuffer`), `URLSearchParams`, or a record
 *   or parsed JSON object, as each kind's parser takes it
 * @param options - every parse option, and `headers`: a signature header (`Idenfy-Signature`,
 *   `Signature`, `sp_signature`, `X-SHA2-Signature`) names the provider, the content type the wire
 * @returns `{ kind, callback }` or the error: the detected kind's own, or for a body of no known kind
 *   the code `unknown_kind` with `kind: 'unknown'` (a body over a limit keeps the limit's code); it
 *   never throws
 */
export function safeParseKycWebhook(body: unknown, options?: KycWebhookOptions | null): ParseResult<KycWebhook> {
  try {
    return detectAndParse(body, options);
  } catch {
    return notDetected([wireFailure('internal_error', 'internal_error', 'Detection failed (a library fault); the body may be valid')]);
  }
}

/**
 * As {@link safeParseKycWebhook}, throwing the error.
 *
 * @param body - the raw body, `URLSearchParams`, or a record or parsed JSON object
 * @param options - every parse option, and `headers`
 * @returns `{ kind, callback }`, a union discriminated by `kind`
 * @throws KycWebhookError: the detected kind's own error, or `unknown_kind` (with `kind: 'unknown'`)
 *
 * @example
 * ```ts
 * const webhook = parseKycWebhook(await request.text(), { headers: request.headers });
 * if (webhook.kind === 'idenfy') await recordScan(webhook.callback.scanRef);
 * ```
 */
export function parseKycWebhook(body: unknown, options?: KycWebhookOptions | null): KycWebhook {
  const result = safeParseKycWebhook(body, options);
  if (result.success) return result.data;
  throw result.error;
}

function detectAndParse(body: unknown, options: KycWebhookOptions | null | undefined): ParseResult<KycWebhook> {
  let resolved: ResolvedOptions;
  let provider: Provider | undefined;
  let wire: WireName | undefined;
  try {
    resolved = resolveOptions(options);
    const headers = options?.headers ?? undefined;
    provider = headers === undefined ? undefined : providerFrom(headers);
    wire = headers === undefined ? undefined : wireFrom(headers);
  } catch (failure) {
    return notDetected([isWireFailure(failure) ? failure : wireFailure('invalid_options', 'invalid_option', 'Reading the options or headers threw')]);
  }
  let kinds = (Object.keys(callbackKinds) as KycCallbackKind[]).filter(
    (kind) => callbackKinds[kind].webhook && (provider === undefined || callbackKinds[kind].provider === provider),
  );
  let input = body;
  const failures: WireFailure[] = [];
  try {
    if (isRawBody(body)) {
      input = readBodyText(body, resolved.maxBytes);
      wire ??= (input as string).trimStart().startsWith('{') ? 'json' : 'form';
    } else if (body instanceof URLSearchParams) wire = 'form';
    else if (!isJsonContainer(body) || Array.isArray(body)) throw wireFailure('malformed_body', 'unsupported_body_type', 'Expected a string, Uint8Array, ArrayBuffer, URLSearchParams or an object');
  } catch (failure) {
    // A body that cannot be read: only a provider named by its headers makes it a kind's error.
    if (provider !== undefined && kinds.length === 1) return parseAs(kinds[0] as KycCallbackKind, body, resolved);
    return notDetected([isWireFailure(failure) ? failure : wireFailure('malformed_body', 'unreadable_body', 'Reading the body threw')]);
  }
  // A provider named by its signature header, with one kind of webhook, decides alone.
  if (provider !== undefined && kinds.length === 1) return parseAs(kinds[0] as KycCallbackKind, input, resolved);
  kinds = kinds.filter((kind) => wire === undefined || callbackKinds[kind].wire.name === wire);

  // Each wire decodes the body once; a kind matches when one of its markers is a top-level field,
  // and a body is detected only when exactly one kind matches.
  const decoded = new Map<WireName, unknown>();
  const matches = kinds.filter((kind) => {
    const fields = decode(callbackKinds[kind], input, resolved, decoded, failures);
    return typeof fields === 'object' && fields !== null && markers[kind].some((marker) => Object.hasOwn(fields, marker));
  });
  if (matches.length === 1) return parseAs(matches[0] as KycCallbackKind, input, resolved);
  return notDetected(failures, matches.length > 1);
}

function decode(definition: Definition, input: unknown, resolved: ResolvedOptions, decoded: Map<WireName, unknown>, failures: WireFailure[]): unknown {
  const name = definition.wire.name;
  if (decoded.has(name)) return decoded.get(name);
  let value: unknown;
  try {
    value = definition.wire.read(input as never, resolved);
  } catch (failure) {
    if (isWireFailure(failure)) failures.push(failure);
  }
  decoded.set(name, value);
  return value;
}

function parseAs<K extends KycCallbackKind>(kind: K, input: unknown, resolved: ResolvedOptions): ParseResult<KycWebhook> {
  const safeParse = callbackKinds[kind].safeParse as (body: unknown, options?: ParseOptions | null) => ParseResult<KycCallbackMap[K]>;
  // The resolved options are valid options, read again alike.
  const result = safeParse(input, resolved as ParseOptions);
  return result.success ? { success: true, data: { kind, callback: result.data } as KycWebhook } : result;
}

/**
 * @param failures - why the body could not be decoded on a wire, if it could not
 * @param ambiguous - whether the body has the fields of more than one kind
 * @returns the error of an undetected body: a limit's own code when one was broken, else `unknown_kind`
 */
function notDetected(failures: readonly WireFailure[], ambiguous = false): ParseResult<KycWebhook> {
  const limit = failures.find((failure) => limitCodes.has(failure.code) || failure.code === 'internal_error');
  if (limit !== undefined) return { success: false, error: new KycWebhookError(limit.code, 'unknown', limit.issues) };
  const issue: KycWebhookIssue = {
    path: [],
    code: 'unknown_kind',
    message: ambiguous
      ? 'The body has the fields of more than one callback kind'
      : 'The body is no callback kind this version knows (by its headers and its shape)',
  };
  return { success: false, error: new KycWebhookError('unknown_kind', 'unknown', [issue, ...failures.flatMap((failure) => failure.issues)]) };
}

function providerFrom(headers: KycWebhookHeaders): Provider | undefined {
  for (const provider of Object.keys(signatureHeaders) as Provider[]) {
    if (signatureHeaders[provider].some((name) => headerValue(headers, name) !== undefined)) return provider;
  }
  return undefined;
}

function wireFrom(headers: KycWebhookHeaders): WireName | undefined {
  const type = headerValue(headers, 'content-type')?.toLowerCase() ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) return 'form';
  if (/^application\/([\w.+-]+\+)?json\b/.test(type)) return 'json';
  return undefined;
}

/** @returns the header's value (the first of several), or `undefined` when absent */
function headerValue(headers: KycWebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return typeof value === 'string' ? value : typeof value?.[0] === 'string' ? value[0] : undefined;
}
