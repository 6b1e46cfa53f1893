// `kyc-webhooks/jumio`: the Jumio parsers, their schemas and types.
export {
  jumioNetverifySchema,
  jumioNetverifyStatuses,
  parseJumioNetverify,
  safeParseJumioNetverify,
  serializeJumioNetverify,
} from './netverify.js';
export {
  jumioDocVerificationSchema,
  jumioDocumentStatuses,
  parseJumioDocVerification,
  safeParseJumioDocVerification,
  serializeJumioDocVerification,
} from './doc-verification.js';
export { jumioFraudRejectReasons, jumioNotReadableRejectReasons, jumioRejectReasonDetails } from './codes.js';
export type * from './types.js';
export { KycWebhookError } from '../core/errors.js';
export type { KycProvider, KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookIssue, KycWebhookIssueCode } from '../core/errors.js';
export type { FormBody } from '../core/form.js';
export type { CompilableSchema, ParseOptions, SchemaCompiler } from '../core/options.js';
export type { ParseResult } from '../core/result.js';
export type { OpenEnum } from '../core/open-enum.js';
