// `kyc-webhooks sign`: print the headers a provider would send with a body.
import type { ShuftiSignatureScheme } from '../shufti/signature.js';
import { signIdenfyBody, signOnfidoBody, signShuftiBody } from '../testing/signers.js';
import { callbackKinds, type KycCallbackKind } from '../kinds.js';
import {
  atMost,
  CommandError,
  contentTypes,
  exitStatus,
  exitStatusHelp,
  keyHelp,
  keyOptions,
  kindArgument,
  kindOptions,
  parseCommandArgs,
  readBody,
  readKey,
  resolveProvider,
  type CommandIo,
  type Provider,
} from './io.js';

export const signUsage = `Usage: kyc-webhooks sign --kind KIND --key-env NAME [--formula current|older] [FILE|-]

Prints the headers the provider would send with a body (from FILE, or standard input when
FILE is - or absent), as \`Name: value\` lines: the content type and the signature.

  --kind KIND        idenfy, shufti or onfido (a callback kind or its provider, any case;
                     --provider is an older name). Jumio signs nothing: only its content type is printed.
  --formula F        Shufti only: current (Signature: SHA-256 of the body and the hex SHA-256 of
                     the secret key; the default) or older (sp_signature: of the body and the key)
  --key KEY, --key-env NAME, --key-file FILE   the signing key (iDenfy), secret key (Shufti) or
                     webhook token (Onfido)

${keyHelp}

${exitStatusHelp}`;

/** Shufti's formulas by their command-line names. */
export const formulaOfScheme: Record<ShuftiSignatureScheme, 'current' | 'older'> = { 'hashed-secret': 'current', 'plain-secret': 'older' };

/**
 * @param formula - the `--formula` value
 * @param provider - the provider signing
 * @returns Shufti's scheme of that name
 * @throws CommandError for an unknown formula, or one given for a provider other than Shufti
 */
export function schemeOf(formula: string | undefined, provider: Provider): ShuftiSignatureScheme {
  if (formula !== undefined && provider !== 'shufti') throw new CommandError('--formula is for Shufti only');
  const lower = (formula ?? 'current').toLowerCase();
  const scheme = (Object.keys(formulaOfScheme) as ShuftiSignatureScheme[]).find((name) => formulaOfScheme[name] === lower);
  if (scheme === undefined) throw new CommandError(`unknown formula '${formula}' (known: current, older)`);
  return scheme;
}

/** @returns the content type of a provider's callbacks (every kind of a provider shares its wire) */
export function contentTypeOf(provider: Provider): string {
  const kind = (Object.keys(callbackKinds) as KycCallbackKind[]).find((name) => callbackKinds[name].provider === provider) as KycCallbackKind;
  return contentTypes[callbackKinds[kind].wire.name];
}

/**
 * @param provider - who sends the body
 * @param body - the raw body
 * @param key - the key; none for Jumio, or to send unsigned
 * @param scheme - Shufti's formula
 * @returns the headers the provider would send, in order
 */
export async function providerHeaders(provider: Provider, body: Uint8Array, key: string | undefined, scheme: ShuftiSignatureScheme): Promise<[string, string][]> {
  const headers: [string, string][] = [['Content-Type', contentTypeOf(provider)]];
  if (key === undefined || provider === 'jumio') return headers;
  if (provider === 'idenfy') headers.push(['Idenfy-Signature', await signIdenfyBody(body, key)]);
  else if (provider === 'onfido') headers.push(['X-SHA2-Signature', await signOnfidoBody(body, key)]);
  else headers.push([scheme === 'plain-secret' ? 'sp_signature' : 'Signature', await signShuftiBody(body, key, { scheme })]);
  return headers;
}

/**
 * Runs `kyc-webhooks sign`.
 *
 * @param args - the arguments after `sign`
 * @param io - where to read and write
 * @returns a promise of the exit status
 * @throws CommandError for a usage, key or file error
 */
export async function signCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...kindOptions, ...keyOptions, formula: { type: 'string' } }, signUsage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  atMost(positionals, 1, signUsage);
  const name = kindArgument(values);
  if (name === undefined) throw new CommandError(`give --kind idenfy, --kind shufti or --kind onfido\n\n${signUsage}`);
  const provider = resolveProvider(name);
  const scheme = schemeOf(values.formula, provider);
  const key = provider === 'jumio' ? undefined : readKey(io, values, true);
  const body = readBody(io, positionals[0], signUsage);
  if (provider === 'jumio') io.stderr('kyc-webhooks: note: Jumio signs nothing; only the content type is printed\n');
  for (const [header, value] of await providerHeaders(provider, body, key, scheme)) io.stdout(`${header}: ${value}\n`);
  return exitStatus.ok;
}
