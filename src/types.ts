// `kyc-webhooks/types`: the payload, error, option and result types only. No runtime code and no zod, so its built
// declaration file imports nothing.
export type * from './jumio/types.js';
export type * from './shufti/types.js';
export type * from './idenfy/types.js';
export type * from './onfido/types.js';
export type { OpenEnum } from './core/open-enum.js';
export type { KycCallbackKind, KycCallbackMap } from './kinds.js';
export type {
  KycWebhookError,
  KycWebhookErrorCode,
  KycWebhookErrorJSON,
  KycWebhookErrorKind,
  KycWebhookIssue,
  KycWebhookIssueCode,
} from './core/error-types.js';
export type { ParseOptions } from './core/options.js';
export type { ParseResult } from './core/result.js';
export type { SignatureFailure, SignatureFailureReason, SignatureMatch, SignatureResult, SignatureSource, SigningKeys } from './core/signature.js';
export type { VerifyAndParseOptions } from './core/verified-parse.js';
export type { ShuftiSignatureMatch, ShuftiSignatureScheme } from './shufti/signature.js';
export type { OnfidoSignatureMatch, VerifyAndParseOnfidoOptions, VerifyOnfidoSignatureOptions } from './onfido/signature.js';
export type { JumioCallbackAddressList, JumioCallbackAddressOptions, JumioCallbackUrlMatch, JumioCallbackUrlResult, JumioDataCenter } from './jumio/index.js';
export type {
  KycOutcome,
  KycOutcomeDocument,
  KycOutcomePerson,
  KycOutcomeReason,
  KycOutcomeStatus,
  KycProvider,
  KycWebhook,
  KycWebhookOptions,
  KycWebhookHeaders,
  RedactedKycWebhook,
  Redacted,
} from './webhook/types.js';
