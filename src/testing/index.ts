// `kyc-webhooks/testing`: fast-check arbitraries and body builders for your own tests.
// The arbitraries need the optional peer dependency fast-check; the body builders and signers do not.
export { arbitraryJumioDocVerification } from './jumio-doc-verification.js';
export type { JumioDocVerificationArbitraryOptions } from './jumio-doc-verification.js';
export { arbitraryJumioNetverify } from './jumio-netverify.js';
export type { JumioNetverifyArbitraryOptions } from './jumio-netverify.js';
export { arbitraryIdenfy } from './idenfy.js';
export type { IdenfyArbitraryOptions } from './idenfy.js';
export { arbitraryShufti } from './shufti.js';
export type { ShuftiArbitraryOptions } from './shufti.js';
export { arbitraryOnfido } from './onfido.js';
export type { OnfidoArbitraryOptions } from './onfido.js';
export type { ArbitraryOptions } from './values.js';
export { buildIdenfyBody, buildJumioDocVerificationBody, buildJumioNetverifyBody, buildOnfidoBody, buildShuftiBody } from './bodies/index.js';
export { signIdenfyBody, signOnfidoBody, signShuftiBody } from './signers.js';
export type { SignOnfidoBodyOptions, SignShuftiBodyOptions } from './signers.js';
export { arbitraryJumioPlatform, arbitraryJumioRetrieval, arbitraryJumioRetrievalStatus } from './jumio-platform.js';
export type { JumioPlatformArbitraryOptions, JumioRetrievalArbitraryOptions, JumioRetrievalStatusArbitraryOptions } from './jumio-platform.js';
export { buildJumioPlatformBody, buildJumioRetrievalBody, buildJumioRetrievalStatusBody } from './bodies/jumio-platform.js';
