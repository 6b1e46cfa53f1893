// `kyc-webhooks/types`: the payload and error types only. No runtime code and no zod, so its built
// declaration file imports nothing.
export type * from './jumio/types.js';
export type * from './shufti/types.js';
export type * from './idenfy/types.js';
export type { OpenEnum } from './core/open-enum.js';
export type { KycProvider, KycWebhookErrorCode, KycWebhookIssue } from './core/errors.js';
export type { ParseResult } from './core/result.js';
