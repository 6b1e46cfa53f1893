import * as z from 'zod';
import { describe, expectTypeOf, test } from 'vitest';
import { KycWebhookError, safeParseIdenfy, safeParseJumioNetverify } from '../src/index.js';
import type * as Types from '../src/types.js';

describe('the error and result types of kyc-webhooks/types', () => {
  test('describe what the runtime returns, both ways', () => {
    expectTypeOf<KycWebhookError>().toExtend<Types.KycWebhookError>();
    expectTypeOf<Types.KycWebhookError>().toExtend<KycWebhookError>();
    expectTypeOf(safeParseIdenfy).returns.toEqualTypeOf<Types.ParseResult<Types.IdenfyCallback>>();
    expectTypeOf(safeParseJumioNetverify).parameter(1).toEqualTypeOf<Types.ParseOptions | null | undefined>();
  });

  test('issue codes are a closed union that holds every code zod reports', () => {
    expectTypeOf<z.core.$ZodIssue['code']>().toExtend<Types.KycWebhookIssueCode>();
    expectTypeOf<string>().not.toExtend<Types.KycWebhookIssueCode>();
    expectTypeOf<Types.KycWebhookIssue['code']>().toEqualTypeOf<Types.KycWebhookIssueCode>();
  });
});
