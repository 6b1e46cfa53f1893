// `kyc-webhooks`: the whole public surface: what every entry shares (core/public.ts), then each kind's
// functions, schemas and constants, listed explicitly.
export * from './core/public.js';
export type { KycCallbackMap } from './kinds.js';
export type { FormBody } from './core/form.js';
export type { JsonBody } from './core/json-body.js';

export {
  jumioDocVerificationSchema,
  jumioDataCenters,
  jumioDecisionTypes,
  jumioDocumentStatuses,
  jumioFraudRejectReasons,
  jumioNetverifySchema,
  jumioNetverifyStatuses,
  jumioNotReadableRejectReasons,
  jumioPlatformSchema,
  jumioPlatformStatuses,
  jumioRejectReasonDetails,
  jumioRetrievalSchema,
  jumioRetrievalStatusSchema,
  jumioRetrievalStatuses,
  jumioRetrievalUrls,
  jumioWorkflowStatuses,
  parseJumioDocVerification,
  parseJumioNetverify,
  parseJumioPlatform,
  parseJumioRetrieval,
  parseJumioRetrievalStatus,
  safeParseJumioDocVerification,
  safeParseJumioNetverify,
  safeParseJumioPlatform,
  safeParseJumioRetrieval,
  safeParseJumioRetrievalStatus,
  serializeJumioDocVerification,
  serializeJumioNetverify,
  serializeJumioPlatform,
  serializeJumioRetrieval,
  serializeJumioRetrievalStatus,
  type JumioRetrievalReference,
  type JumioRetrievalUrlOptions,
} from './jumio/index.js';
export type * from './jumio/types.js';
export {
  isJumioCallbackAddress,
  jumioCallbackAddresses,
  jumioCallbackKeyIdParameter,
  jumioCallbackTokenParameter,
  jumioLegacyCallbackAddresses,
  signJumioCallbackUrl,
  verifyJumioCallbackUrl,
} from './jumio/index.js';
export type {
  JumioCallbackAddressList,
  JumioCallbackAddressOptions,
  JumioCallbackUrlMatch,
  JumioCallbackUrlResult,
  JumioDataCenter,
  SignJumioCallbackUrlOptions,
  VerifyJumioCallbackUrlOptions,
} from './jumio/index.js';

export {
  parseShufti,
  safeParseShufti,
  safeVerifyAndParseShufti,
  serializeShufti,
  shuftiEvents,
  shuftiSchema,
  verifyAndParseShufti,
  verifyShuftiSignature,
} from './shufti/index.js';
export type { ShuftiSignatureMatch, ShuftiSignatureScheme } from './shufti/index.js';
export type * from './shufti/types.js';

export {
  idenfyOverallStatuses,
  idenfySchema,
  parseIdenfy,
  safeParseIdenfy,
  safeVerifyAndParseIdenfy,
  serializeIdenfy,
  verifyAndParseIdenfy,
  verifyIdenfySignature,
} from './idenfy/index.js';
export type * from './idenfy/types.js';

export {
  onfidoActions,
  onfidoSchema,
  parseOnfido,
  safeParseOnfido,
  safeVerifyAndParseOnfido,
  serializeOnfido,
  verifyAndParseOnfido,
  verifyOnfidoSignature,
} from './onfido/index.js';
export type { OnfidoSignatureMatch, VerifyAndParseOnfidoOptions, VerifyOnfidoSignatureOptions } from './onfido/index.js';
export type * from './onfido/types.js';

export { parseKycWebhook, safeParseKycWebhook } from './webhook/detect.js';
export { kycOutcome } from './webhook/outcome.js';
export { redactKycWebhook } from './webhook/redact.js';
export type * from './webhook/types.js';
