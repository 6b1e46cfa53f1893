// `kyc-webhooks/testing`: fast-check arbitraries and body builders for your own tests.
// Needs the optional peer dependency fast-check.
export { arbitraryJumioDocVerification, buildJumioDocVerificationBody } from './jumio-doc-verification.js';
export type { JumioDocVerificationArbitraryOptions } from './jumio-doc-verification.js';
export { arbitraryJumioNetverify, buildJumioNetverifyBody } from './jumio-netverify.js';
export type { JumioNetverifyArbitraryOptions } from './jumio-netverify.js';
export { arbitraryIdenfy, buildIdenfyBody } from './idenfy.js';
export type { IdenfyArbitraryOptions } from './idenfy.js';
export { arbitraryShufti, buildShuftiBody } from './shufti.js';
export type { ShuftiArbitraryOptions } from './shufti.js';
export type { ArbitraryOptions } from './values.js';
export { signIdenfyBody, signShuftiBody } from './signers.js';
export type { SignShuftiBodyOptions } from './signers.js';
export { arbitraryJumioPlatform, arbitraryJumioRetrieval, arbitraryJumioRetrievalStatus } from './jumio-platform.js';
export type { JumioPlatformArbitraryOptions, JumioRetrievalArbitraryOptions, JumioRetrievalStatusArbitraryOptions } from './jumio-platform.js';
export { buildJumioPlatformBody, buildJumioRetrievalBody, buildJumioRetrievalStatusBody } from './jumio-platform-bodies.js';
