// The status response's enumerations: the types in types.ts, the schema, the arbitraries of
// `kyc-webhooks/testing` and the type tests derive from this list.

/** Every `workflowExecution.status` of a status response this version knows. */
export const jumioRetrievalStatuses = /* @__PURE__ */ Object.freeze(['INITIATED', 'ACQUIRED', 'PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED'] as const);
