// The status response holds no personal data.
export const jumioRetrievalStatusPersonalFields = [] as const;
