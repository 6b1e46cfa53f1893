// The `kyc-webhooks` command, apart from the process it runs in: one file per subcommand.
import { CommandError, exitStatus, exitStatusHelp, type CommandIo } from './io.js';
import { listenCommand } from './listen.js';
import { parseCommand } from './parse.js';
import { sendCommand } from './send.js';
import { signCommand } from './sign.js';
import { verifyCommand } from './verify.js';

export type { CommandIo } from './io.js';

interface Subcommand {
  readonly summary: string;
  readonly run: (args: readonly string[], io: CommandIo) => number | Promise<number>;
}

const subcommands: Readonly<Record<string, Subcommand>> = {
  parse: { summary: 'parse [--kind KIND] [--strict] [--verbose] [FILE|-]      decode a body, print it as JSON', run: parseCommand },
  verify: { summary: 'verify --kind KIND --key-env NAME --headers FILE [FILE|-] check a body\'s signature', run: verifyCommand },
  sign: { summary: 'sign --kind KIND --key-env NAME [FILE|-]                  print the headers a provider would send', run: signCommand },
  listen: { summary: 'listen [--port N] [--kind KIND] [--key-env NAME]          receive, verify and print callbacks locally', run: listenCommand },
  send: { summary: 'send URL --kind KIND [--status S] [--key-env NAME] [FILE] POST a signed body or sample', run: sendCommand },
};

const usage = `Usage: kyc-webhooks COMMAND [OPTIONS]

${Object.values(subcommands)
  .map((command) => `  kyc-webhooks ${command.summary}`)
  .join('\n')}

kyc-webhooks COMMAND --help describes each command; kyc-webhooks --version prints the version.

${exitStatusHelp}`;

/**
 * Runs the command.
 *
 * @param args - the arguments after the program name
 * @param io - where to read and write
 * @returns a promise of the exit status: 0 ok, 1 rejected body or signature (or a non-2xx response), 2 usage, file or connection error
 */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') {
    io.stdout(`${usage}\n`);
    return exitStatus.ok;
  }
  if (name === '--version') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return exitStatus.ok;
  }
  const subcommand = name !== undefined && Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (subcommand === undefined) {
    io.stderr(`kyc-webhooks: ${name === undefined ? 'give a command' : `unknown command '${name}'`}\n\n${usage}\n`);
    return exitStatus.usage;
  }
  try {
    return await subcommand.run(rest, io);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    io.stderr(`kyc-webhooks: ${error.message}\n`);
    return exitStatus.usage;
  }
}
