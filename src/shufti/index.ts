// `kyc-webhooks/shufti`: the Shufti Pro parser, its schema and types.
export { parseShufti, safeParseShufti, serializeShufti, shuftiEvents, shuftiSchema } from './shufti.js';
export type * from './types.js';
export { KycWebhookError } from '../core/errors.js';
export type { KycProvider, KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookIssue, KycWebhookIssueCode } from '../core/errors.js';
export type { RawBody } from '../core/body.js';
export type { JsonBody } from '../core/json-body.js';
export type { CompilableSchema, ParseOptions, SchemaCompiler } from '../core/options.js';
export type { ParseResult } from '../core/result.js';
export type { OpenEnum } from '../core/open-enum.js';
