// Compiled by the consumer suite in a project that has kyc-webhooks and nothing else: no zod.
import type { IdenfyCallbackMap, JumioNetverifyCallback, KycWebhookError, OnfidoCallback, OnfidoCallbackMap, ParseOptions, ParseResult, ShuftiCallback } from 'kyc-webhooks/types';

export function describe(result: ParseResult<JumioNetverifyCallback | ShuftiCallback>, options?: ParseOptions): string {
  if (result.success) return 'verificationStatus' in result.data ? result.data.verificationStatus : result.data.event;
  const error: KycWebhookError = result.error;
  return `${error.code} ${error.kind} ${error.issues.map((issue) => issue.code).join()} ${options?.maxBytes ?? ''}`;
}

export type Approved = IdenfyCallbackMap['APPROVED'];

export type RunCompleted = OnfidoCallbackMap['workflow_run.completed'];

export function onfidoHref({ payload }: OnfidoCallback): string | undefined {
  return payload.action === 'check.completed' ? payload.object.href : undefined;
}
