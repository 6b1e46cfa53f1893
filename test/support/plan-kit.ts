// What the plan's differential test needs from the source, in one entry: the test imports it as it
// is (the newest zod of the peer range) and bundles it with the lowest (`zod-floor`).
export { callbackKinds } from '../../src/kinds.js';
export { buildPlan } from '../../src/core/plan.js';
export { parseUnchecked } from '../../src/core/json.js';
