// What every subcommand shares: where it reads and writes, the exit statuses, argument parsing,
// kind names, bodies and keys.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { callbackKinds, type KycCallbackKind } from '../kinds.js';

/** Where the command reads and writes, so tests can run it in process. */
export interface CommandIo {
  /** Reads a file, or standard input for `0`. */
  readonly readFile: (path: string | 0) => Uint8Array;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The environment, for `--key-env`; none by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard input is a terminal (then a command that would read it prints a hint instead). */
  readonly stdinIsTerminal?: boolean;
  /** The package version, for `--version`. */
  readonly version?: string;
  /** `fetch`, for `send`; the global one by default. */
  readonly fetch?: typeof globalThis.fetch;
  /** Stops `listen` when it aborts (Ctrl-C); without one, `listen` runs until the process ends. */
  readonly signal?: AbortSignal;
  /** Whether standard output is a terminal, so `listen` may print in colour. */
  readonly color?: boolean;
}

/** Exit statuses: the body or signature was fine, was rejected, or the command could not run. */
export const exitStatus = { ok: 0, rejected: 1, usage: 2 } as const;

/** A usage, file or key error: the command prints its message and exits 2. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

export const exitStatusHelp = `Exit status: 0 ok, 1 the body or signature was rejected (or, for send, the
response was not 2xx), 2 usage, file or connection error. Messages never contain a value from the body.`;

export const keyHelp = `The key: --key KEY, --key-env NAME (read from the environment variable NAME) or
--key-file FILE (one trailing newline is removed). Prefer --key-env or --key-file: a key on the
command line stays in the shell history and is visible to other users in \`ps\`.`;

const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Options of the subcommands that take a key. */
export const keyOptions = {
  key: { type: 'string' },
  'key-env': { type: 'string' },
  'key-file': { type: 'string' },
} as const;

/** Options of the subcommands that take a callback kind (`--provider` is its older name). */
export const kindOptions = {
  kind: { type: 'string' },
  provider: { type: 'string' },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's arguments, handling `--help` and `--version`.
 *
 * @param args - the arguments after the subcommand's name
 * @param options - the subcommand's own options
 * @param usage - its help text
 * @param io - where `--help` and `--version` print
 * @returns the values and positionals, or the exit status when `--help` or `--version` answered
 * @throws CommandError for an unknown option or a missing value
 */
export function parseCommandArgs<const O extends Options>(args: readonly string[], options: O, usage: string, io: CommandIo) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, ...commonOptions }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${usage}`);
  }
  const values = parsed.values as { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string } & { help?: boolean; version?: boolean };
  if (values.help) {
    io.stdout(`${usage}\n`);
    return exitStatus.ok;
  }
  if (values.version) {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return exitStatus.ok;
  }
  return { values, positionals: parsed.positionals };
}

const kinds = Object.keys(callbackKinds) as KycCallbackKind[];
/** Every provider that sends callbacks, from the registry. */
const providers = [...new Set(kinds.map((kind) => callbackKinds[kind].provider))];

/** @returns the value of `--kind` or its older name `--provider`, if either was given */
export function kindArgument(values: { kind?: string; provider?: string }): string | undefined {
  if (values.kind !== undefined && values.provider !== undefined) throw new CommandError('give --kind only (--provider is its older name)');
  return values.kind ?? values.provider;
}

/**
 * @param name - a callback kind's name, in any case
 * @returns the kind
 * @throws CommandError for a provider with several kinds or an unknown name
 */
export function resolveKind(name: string): KycCallbackKind {
  const lower = name.toLowerCase();
  if (Object.hasOwn(callbackKinds, lower)) return lower as KycCallbackKind;
  const ofProvider = kinds.filter((kind) => callbackKinds[kind].provider === lower);
  if (ofProvider.length > 1) throw new CommandError(`${lower} sends several kinds of callback: give one of ${ofProvider.join(', ')}`);
  throw new CommandError(`unknown kind '${name}' (known: ${kinds.join(', ')})`);
}

/** A provider that sends callbacks. */
export type Provider = (typeof callbackKinds)[KycCallbackKind]['provider'];

/**
 * @param name - a callback kind or a provider, in any case
 * @returns the provider that sends it
 * @throws CommandError for an unknown name
 */
export function resolveProvider(name: string): Provider {
  const lower = name.toLowerCase();
  if (Object.hasOwn(callbackKinds, lower)) return callbackKinds[lower as KycCallbackKind].provider;
  const provider = providers.find((known) => known === lower);
  if (provider === undefined) throw new CommandError(`unknown kind or provider '${name}' (known: ${[...kinds, ...providers.filter((known) => !Object.hasOwn(callbackKinds, known))].join(', ')})`);
  return provider;
}

/** Content types by wire. */
export const contentTypes = { form: 'application/x-www-form-urlencoded', json: 'application/json' } as const;

/**
 * Reads the body from a file, or from standard input for `-` or no file.
 *
 * @param io - where to read
 * @param file - the FILE argument
 * @param usage - the usage line to show when standard input is a terminal
 * @returns the bytes
 * @throws CommandError when the file cannot be read, or no file was given and standard input is a terminal
 */
export function readBody(io: CommandIo, file: string | undefined, usage: string): Uint8Array {
  if (file === undefined && io.stdinIsTerminal) {
    throw new CommandError(`no body: give a FILE, or pipe one in (for example: cat callback.json | kyc-webhooks ...)\n\n${usage}`);
  }
  return readFile(io, file === undefined || file === '-' ? 0 : file);
}

/**
 * @param io - where to read
 * @param path - a file, or `0` for standard input
 * @returns its bytes
 * @throws CommandError when it cannot be read (the message names the system's error code)
 */
export function readFile(io: CommandIo, path: string | 0): Uint8Array {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new CommandError(`cannot read ${path === 0 ? 'standard input' : path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/**
 * Reads the key from `--key`, `--key-env` or `--key-file` (exactly one of them).
 *
 * @param io - where to read files and the environment
 * @param values - the parsed options
 * @param required - whether a missing key is an error
 * @returns the key, or `undefined` when none was given and none is required
 * @throws CommandError when several or (if required) none are given, or the key is empty
 */
export function readKey(io: CommandIo, values: { key?: string; 'key-env'?: string; 'key-file'?: string }, required: boolean): string | undefined {
  const given = (['key', 'key-env', 'key-file'] as const).filter((name) => values[name] !== undefined);
  if (given.length > 1) throw new CommandError(`give one of --key, --key-env and --key-file, not ${given.map((name) => `--${name}`).join(' and ')}`);
  let key: string | undefined;
  if (values.key !== undefined) key = values.key;
  else if (values['key-env'] !== undefined) {
    key = io.env?.[values['key-env']];
    if (key === undefined) throw new CommandError(`the environment variable ${values['key-env']} (--key-env) is not set`);
  } else if (values['key-file'] !== undefined) {
    key = new TextDecoder().decode(readFile(io, values['key-file'])).replace(/\r?\n$/, '');
  }
  if (key === undefined) {
    if (required) throw new CommandError('give the key with --key-env NAME, --key-file FILE or --key KEY');
    return undefined;
  }
  if (key === '') throw new CommandError('the key is empty');
  if (key.trim() !== key) io.stderr('kyc-webhooks: note: the key starts or ends with whitespace, which is part of the key\n');
  return key;
}

/**
 * @param positionals - the positional arguments
 * @param most - how many are allowed
 * @throws CommandError when there are more
 */
export function atMost(positionals: readonly string[], most: number, usage: string): void {
  if (positionals.length > most) throw new CommandError(`unexpected argument '${positionals[most]}'\n\n${usage}`);
}
