// The types of the Jumio kinds, for the barrels.
export type * from './netverify/types.js';
export type * from './doc-verification/types.js';
export type * from './platform/types.js';
export type * from './retrieval/types.js';
export type * from './retrieval-status/types.js';
