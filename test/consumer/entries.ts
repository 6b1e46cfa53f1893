// Compiled by the consumer suite against the packed tarball: every entry, as an ES module.
import { KycWebhookError, defaultLimits, parseJumioNetverify, safeParseIdenfy, verifyIdenfySignature } from 'kyc-webhooks';
import { isJumioCallbackAddress, parseJumioDocVerification, safeParseJumioNetverify, verifyJumioCallbackUrl } from 'kyc-webhooks/jumio';
import { safeParseIdenfy as safeParseIdenfyAlone, safeVerifyAndParseIdenfy } from 'kyc-webhooks/idenfy';
import { parseShufti, verifyShuftiSignature } from 'kyc-webhooks/shufti';
import { parseOnfido, safeVerifyAndParseOnfido, verifyOnfidoSignature } from 'kyc-webhooks/onfido';
import { arbitraryIdenfy, arbitraryOnfido, buildOnfidoBody, buildShuftiBody, signOnfidoBody, signShuftiBody } from 'kyc-webhooks/testing';
import { buildIdenfyBody } from 'kyc-webhooks/testing/bodies';
import { createFetchHandler, type KycCallbackContext } from 'kyc-webhooks/fetch';
import { createNodeHandler, type KycNodeHandler } from 'kyc-webhooks/node';
import type {
  IdenfyCallback,
  JumioNetverifyCallback,
  KycWebhookError as KycWebhookErrorType,
  KycWebhookIssueCode,
  OnfidoCallback,
  OnfidoSignatureMatch,
  ParseOptions,
  ParseResult,
  ShuftiSignatureMatch,
  SignatureResult,
} from 'kyc-webhooks/types';

const options: ParseOptions = { strict: true, maxBytes: defaultLimits.maxBytes };
const idenfy: ParseResult<IdenfyCallback> = safeParseIdenfy('{}', options);
const idenfyAlone: ParseResult<IdenfyCallback> = safeParseIdenfyAlone('{}');
const netverify: ParseResult<JumioNetverifyCallback> = safeParseJumioNetverify('verificationStatus=');
const error: KycWebhookErrorType = new KycWebhookError('invalid_payload', 'idenfy', []);

export function firstIssueCode(result: ParseResult<unknown>): KycWebhookIssueCode | undefined {
  return result.success ? undefined : result.error.issues[0]?.code;
}

export async function signatures(body: Uint8Array, headers: Headers): Promise<unknown[]> {
  const idenfyCheck: SignatureResult = await verifyIdenfySignature(body, headers, ['new', 'old']);
  const shuftiCheck: SignatureResult<ShuftiSignatureMatch> = await verifyShuftiSignature(body, await signShuftiBody(body, 'secret'), 'secret');
  const parsed: ParseResult<IdenfyCallback> = await safeVerifyAndParseIdenfy(body, headers.get('idenfy-signature'), { key: 'k', strict: true });
  const token = await verifyJumioCallbackUrl('/webhooks/jumio?callback_token=00', { key: { a: 'k' } });
  const onfidoCheck: SignatureResult<OnfidoSignatureMatch> = await verifyOnfidoSignature(body, await signOnfidoBody(body, 'token'), ['old', 'token'], { acceptLegacySha1: false });
  const onfidoEvent: ParseResult<OnfidoCallback> = await safeVerifyAndParseOnfido(body, headers, { key: 'token', acceptLegacySha1: true });
  return [idenfyCheck.valid || idenfyCheck.reason, shuftiCheck.valid && shuftiCheck.scheme, parsed, token, isJumioCallbackAddress('::ffff:3.0.109.121'), onfidoCheck.valid && onfidoCheck.algorithm, onfidoEvent];
}

export const fetchHandler = createFetchHandler({
  kind: 'idenfy',
  key: 'k',
  onCallback: (callback: IdenfyCallback, context: KycCallbackContext<'idenfy'>) => [callback.scanRef, context.key],
});
export const nodeHandler: KycNodeHandler = createNodeHandler({ kind: 'jumio-netverify', onCallback: (callback) => callback.verificationStatus });

export const uses = [
  buildIdenfyBody('APPROVED'),
  idenfy,
  idenfyAlone,
  netverify,
  error.variant,
  parseJumioNetverify,
  parseJumioDocVerification,
  parseShufti(buildShuftiBody('request.timeout')).event,
  arbitraryIdenfy({ overall: 'APPROVED' }),
  parseOnfido(buildOnfidoBody('check.completed')).payload.action,
  arbitraryOnfido({ action: 'workflow_run.completed' }),
];
