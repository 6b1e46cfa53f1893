// The Jumio Platform callback's enumerations, each written once: the types in types.ts, the schema,
// the arbitraries of `kyc-webhooks/testing` and the type tests all derive from these lists.

/**
 * Every `workflowExecution.status` of a callback this version knows: the three Jumio documents, then
 * the two intermediate ones third-party sources report (sent only when enabled, it seems).
 */
export const jumioPlatformStatuses = /* @__PURE__ */ Object.freeze(['PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED', 'ACQUISITION_STARTED', 'ACQUIRED'] as const);

/** Jumio's data centers, each with its own retrieval host. */
export const jumioDataCenters = ['amer-1', 'emea-1', 'apac-1'] as const;
