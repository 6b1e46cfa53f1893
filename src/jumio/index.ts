// `kyc-webhooks/jumio`: the parsers of Jumio's callback kinds, their schemas and types.
export * from './netverify/index.js';
export * from './doc-verification/index.js';
export type * from './types.js';
export { KycWebhookError } from '../core/errors.js';
export type { KycCallbackKind, KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookIssue, KycWebhookIssueCode } from '../core/errors.js';
export type { FormBody } from '../core/form.js';
export type { CompilableSchema, ParseOptions, SchemaCompiler } from '../core/options.js';
export type { ParseResult } from '../core/result.js';
export type { OpenEnum } from '../core/open-enum.js';
