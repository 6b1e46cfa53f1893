// `kyc-webhooks`: the whole public surface, listed explicitly.
export { KycWebhookError } from './core/errors.js';
export type { KycCallbackKind, KycCallbackMap } from './kinds.js';
export type { KycWebhookErrorCode, KycWebhookErrorJSON, KycWebhookIssue, KycWebhookIssueCode } from './core/errors.js';
export type { RawBody } from './core/body.js';
export type { FormBody } from './core/form.js';
export type { JsonBody } from './core/json-body.js';
export { defaultLimits } from './core/options.js';
export type { CompilableSchema, ParseOptions, SchemaCompiler } from './core/options.js';
export type { ParseResult } from './core/result.js';
export type { OpenEnum } from './core/open-enum.js';

export {
  jumioDocVerificationSchema,
  jumioDocumentStatuses,
  jumioFraudRejectReasons,
  jumioNetverifySchema,
  jumioNetverifyStatuses,
  jumioNotReadableRejectReasons,
  jumioRejectReasonDetails,
  parseJumioDocVerification,
  parseJumioNetverify,
  safeParseJumioDocVerification,
  safeParseJumioNetverify,
  serializeJumioDocVerification,
  serializeJumioNetverify,
} from './jumio/index.js';
export type * from './jumio/types.js';

export { parseShufti, safeParseShufti, serializeShufti, shuftiEvents, shuftiSchema } from './shufti/index.js';
export type * from './shufti/types.js';

export { idenfyOverallStatuses, idenfySchema, parseIdenfy, safeParseIdenfy, serializeIdenfy } from './idenfy/index.js';
export type * from './idenfy/types.js';
