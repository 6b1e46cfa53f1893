// The types of both Jumio callback kinds, for the barrels.
export type * from './netverify/types.js';
export type * from './doc-verification/types.js';
