import { parseArgs } from 'node:util';
import { KycWebhookError } from '../core/errors.js';
import { callbackKinds, type KycCallbackKind } from '../kinds.js';

// The `kyc-webhooks` command, apart from the process it runs in: `kyc-webhooks parse [--kind KIND] [FILE|-]`.

// Every kind of the registry, each parsing raw bytes (a body type every kind accepts).
const parsers: Readonly<Record<KycCallbackKind, { readonly parse: (body: Uint8Array) => unknown }>> = callbackKinds;

const defaultKind: KycCallbackKind = 'jumio-netverify';

const usage = `Usage: kyc-webhooks parse [--kind KIND] [FILE|-]

Parses a KYC callback body (from FILE, or standard input when FILE is - or absent)
and prints the decoded callback as JSON.

Kinds: ${Object.keys(parsers).join(', ')} (default: ${defaultKind}); --provider is an older
name of --kind.

Exit status: 0 parsed, 1 the body was rejected (the reason goes to standard error,
without any value from the body), 2 usage or file error.`;

/** Where the command reads and writes, so tests can run it in process. */
export interface CommandIo {
  readonly readFile: (path: string | 0) => Uint8Array;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the program name
 * @param io - where to read and write
 * @returns the exit status
 */
export function run(args: readonly string[], io: CommandIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { kind: { type: 'string' }, provider: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'parse' || rest.length > 0) return fail(io, usage);
  if (values.kind !== undefined && values.provider !== undefined) return fail(io, `give --kind only (--provider is its older name)\n\n${usage}`);
  const kind = values.kind ?? values.provider ?? defaultKind;
  const parse = Object.hasOwn(parsers, kind) ? parsers[kind as KycCallbackKind].parse : undefined;
  if (parse === undefined) return fail(io, `unknown kind '${kind}' (known: ${Object.keys(parsers).join(', ')})`);

  let body: Uint8Array;
  try {
    body = io.readFile(file === undefined || file === '-' ? 0 : file);
  } catch (error) {
    return fail(io, `cannot read ${file ?? 'standard input'}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    io.stdout(`${JSON.stringify(parse(body), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KycWebhookError)) throw error;
    io.stderr(`kyc-webhooks: ${error.code}: ${error.message}\n`);
    return 1;
  }
}

function fail(io: CommandIo, message: string): number {
  io.stderr(`kyc-webhooks: ${message}\n`);
  return 2;
}
