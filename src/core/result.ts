import type { KycWebhookError } from './error-types.js';

/**
 * What every `safeParse*` function returns, shaped like zod's `safeParse` result: the data on
 * success, a {@link KycWebhookError} otherwise.
 */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: KycWebhookError };
