// The body builders, apart from the arbitraries: nothing here imports fast-check, so the command
// line and users without the optional peer dependency can build sample bodies.
export { buildIdenfyBody } from './idenfy.js';
export { buildJumioDocVerificationBody } from './jumio-doc-verification.js';
export { buildJumioNetverifyBody } from './jumio-netverify.js';
export { buildOnfidoBody } from './onfido.js';
export { buildShuftiBody } from './shufti.js';
export { buildJumioPlatformBody, buildJumioRetrievalBody, buildJumioRetrievalStatusBody } from './jumio-platform.js';
