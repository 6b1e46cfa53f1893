// What every entry exports besides its kinds: the error, the raw body type, the options and the result.
export { KycWebhookError } from './errors.js';
export type { KycCallbackKind, KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookErrorKind, KycWebhookIssue, KycWebhookIssueCode } from './errors.js';
export type { RawBody } from './body.js';
export { defaultLimits } from './options.js';
export type { ParseOptions } from './options.js';
export type { ParseResult } from './result.js';
export type { OpenEnum } from './open-enum.js';
export type { SignatureFailure, SignatureFailureReason, SignatureMatch, SignatureResult, SignatureSource, SigningKeys } from './signature.js';
export type { VerifyAndParseOptions } from './verified-parse.js';
