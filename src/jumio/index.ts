// `kyc-webhooks/jumio`: the parsers of Jumio's callback kinds, their schemas and types.
export * from './netverify/index.js';
export * from './doc-verification/index.js';
export * from './platform/index.js';
export * from './retrieval/index.js';
export * from './retrieval-status/index.js';
export type * from './types.js';
export { isJumioCallbackAddress, jumioCallbackAddresses, jumioLegacyCallbackAddresses } from './allowlist.js';
export type { JumioCallbackAddressList, JumioCallbackAddressOptions, JumioDataCenter } from './allowlist.js';
export { jumioCallbackKeyIdParameter, jumioCallbackTokenParameter, signJumioCallbackUrl, verifyJumioCallbackUrl } from './callback-token.js';
export type { JumioCallbackUrlMatch, JumioCallbackUrlResult, SignJumioCallbackUrlOptions, VerifyJumioCallbackUrlOptions } from './callback-token.js';
export * from '../core/public.js';
export type { FormBody } from '../core/form.js';
