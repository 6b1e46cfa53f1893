// `kyc-webhooks verify`: check a body's signature.
import type { SignatureFailureReason } from '../core/signature.js';
import { verifyIdenfySignature } from '../idenfy/signature.js';
import { verifyOnfidoSignature } from '../onfido/signature.js';
import { verifyShuftiSignature } from '../shufti/signature.js';
import { formulaOfScheme } from './sign.js';
import {
  atMost,
  CommandError,
  exitStatus,
  exitStatusHelp,
  keyHelp,
  keyOptions,
  kindArgument,
  kindOptions,
  parseCommandArgs,
  readBody,
  readFile,
  readKey,
  resolveProvider,
  type CommandIo,
  type Provider,
} from './io.js';

export const verifyUsage = `Usage: kyc-webhooks verify --kind KIND --key-env NAME [--signature S | --headers FILE] [FILE|-]

Checks the signature of a body (from FILE, or standard input when FILE is - or absent) and
prints whether it is valid; for Shufti, also which header and which formula matched.

  --kind KIND        idenfy, shufti or onfido (a callback kind or its provider, any case;
                     --provider is an older name). Jumio signs nothing: check the sender's address instead.
  --signature S      the signature header's value
  --headers FILE     the request's headers: \`Name: value\` lines (as \`curl -D FILE\` writes them)
                     or a JSON object
  --key KEY, --key-env NAME, --key-file FILE   the signing key (iDenfy), secret key (Shufti) or
                     webhook token (Onfido)

${keyHelp}

${exitStatusHelp}`;

const reasons: Record<SignatureFailureReason, string> = {
  missing: 'no signature header',
  malformed: 'the signature is not 64 hex digits (or the header was sent twice)',
  mismatch: 'the signature is not the body\'s under this key',
};

/**
 * Runs `kyc-webhooks verify`.
 *
 * @param args - the arguments after `verify`
 * @param io - where to read and write
 * @returns a promise of the exit status
 * @throws CommandError for a usage, key or file error
 */
export async function verifyCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...kindOptions, ...keyOptions, signature: { type: 'string' }, headers: { type: 'string' } }, verifyUsage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  atMost(positionals, 1, verifyUsage);
  const provider = signingProvider(kindArgument(values), verifyUsage);
  if ((values.signature === undefined) === (values.headers === undefined)) throw new CommandError(`give either --signature or --headers\n\n${verifyUsage}`);
  const key = readKey(io, values, true) as string;
  const signature = values.signature ?? parseHeaderFile(new TextDecoder().decode(readFile(io, values.headers as string)));
  const body = readBody(io, positionals[0], verifyUsage);

  if (provider === 'idenfy') {
    const result = await verifyIdenfySignature(body, signature, key);
    if (!result.valid) return invalid(io, result.reason);
    io.stdout('valid: Idenfy-Signature is the HMAC-SHA256 of the body under this key\n');
    return exitStatus.ok;
  }
  if (provider === 'onfido') {
    const result = await verifyOnfidoSignature(body, signature, key);
    if (!result.valid) return invalid(io, result.reason);
    io.stdout(`valid: ${result.header ?? 'the --signature value'} is the HMAC-SHA256 of the body under this token\n`);
    return exitStatus.ok;
  }
  const result = await verifyShuftiSignature(body, signature, key);
  if (!result.valid) return invalid(io, result.reason);
  const header = result.header ?? 'the --signature value';
  io.stdout(`valid: ${header}, formula ${formulaOfScheme[result.scheme]} (${result.scheme})\n`);
  return exitStatus.ok;
}

function invalid(io: CommandIo, reason: SignatureFailureReason): number {
  io.stdout(`invalid: ${reason}: ${reasons[reason]}\n`);
  return exitStatus.rejected;
}

/**
 * @param name - the `--kind` or `--provider` value
 * @param usage - the usage to show when it is missing
 * @returns the provider that signs that kind
 * @throws CommandError when no kind is given, it is unknown, or its provider signs nothing
 */
export function signingProvider(name: string | undefined, usage: string): Exclude<Provider, 'jumio'> {
  if (name === undefined) throw new CommandError(`give --kind idenfy, --kind shufti or --kind onfido\n\n${usage}`);
  const provider = resolveProvider(name);
  if (provider === 'jumio') {
    throw new CommandError('Jumio signs nothing: check that the request comes from a Jumio address (isJumioCallbackAddress) and carries your callback URL token');
  }
  return provider;
}

/**
 * @param text - `Name: value` lines (a status line and blank lines are skipped) or a JSON object
 * @returns the headers, names in lowercase; a header given twice becomes a list (which a check calls malformed)
 * @throws CommandError when JSON is not an object of strings
 */
export function parseHeaderFile(text: string): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  const add = (name: string, value: string) => {
    const lower = name.toLowerCase();
    const earlier = headers[lower];
    headers[lower] = earlier === undefined ? value : [...([] as string[]).concat(earlier), value];
  };
  if (text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CommandError('the headers file is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CommandError('the headers file must be a JSON object');
    for (const [name, value] of Object.entries(json)) {
      if (typeof value !== 'string') throw new CommandError(`the header ${name} in the headers file is not a string`);
      add(name, value);
    }
    return headers;
  }
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.startsWith('HTTP/')) continue;
    add(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
