// Compiled by the consumer suite against the packed tarball: every entry, as an ES module.
import * as z from 'zod';
import { KycWebhookError, defaultLimits, parseJumioNetverify, safeParseIdenfy } from 'kyc-webhooks';
import { parseJumioDocVerification, safeParseJumioNetverify } from 'kyc-webhooks/jumio';
import { safeParseIdenfy as safeParseIdenfyAlone } from 'kyc-webhooks/idenfy';
import { parseShufti } from 'kyc-webhooks/shufti';
import { arbitraryIdenfy, buildShuftiBody } from 'kyc-webhooks/testing';
import type {
  IdenfyCallback,
  JumioNetverifyCallback,
  KycWebhookError as KycWebhookErrorType,
  KycWebhookIssueCode,
  ParseOptions,
  ParseResult,
} from 'kyc-webhooks/types';

const options: ParseOptions = { strict: true, maxBytes: defaultLimits.maxBytes, compile: z.compile };
const idenfy: ParseResult<IdenfyCallback> = safeParseIdenfy('{}', options);
const idenfyAlone: ParseResult<IdenfyCallback> = safeParseIdenfyAlone('{}');
const netverify: ParseResult<JumioNetverifyCallback> = safeParseJumioNetverify('verificationStatus=');
const error: KycWebhookErrorType = new KycWebhookError('invalid_payload', 'idenfy', []);

export function firstIssueCode(result: ParseResult<unknown>): KycWebhookIssueCode | undefined {
  return result.success ? undefined : result.error.issues[0]?.code;
}

export const uses = [
  idenfy,
  idenfyAlone,
  netverify,
  error.variant,
  parseJumioNetverify,
  parseJumioDocVerification,
  parseShufti(buildShuftiBody('request.timeout')).event,
  arbitraryIdenfy({ overall: 'APPROVED' }),
];
