// `kyc-webhooks parse`: decode a body and print it as JSON.
import type { KycWebhookError } from '../core/errors.js';
import type { ParseResult } from '../core/result.js';
import { callbackKinds } from '../kinds.js';
import { safeParseKycWebhook } from '../webhook/detect.js';
import { atMost, exitStatus, exitStatusHelp, kindArgument, kindOptions, parseCommandArgs, readBody, resolveKind, type CommandIo } from './io.js';

const kinds = Object.keys(callbackKinds).join(', ');

export const parseUsage = `Usage: kyc-webhooks parse [--kind KIND] [--strict] [--verbose] [FILE|-]

Parses a KYC callback body (from FILE, or standard input when FILE is - or absent)
and prints the decoded callback as JSON.

  --kind KIND   the callback kind: ${kinds} (any case);
                without it the kind is detected from the body, and named on standard error.
                --provider is an older name of --kind.
  --strict      reject fields and enumeration values this version does not know
  --verbose     print every issue of a rejected body, not only the first few
  --version     print the version

${exitStatusHelp}`;

/**
 * Runs `kyc-webhooks parse`.
 *
 * @param args - the arguments after `parse`
 * @param io - where to read and write
 * @returns the exit status
 * @throws CommandError for a usage or file error
 */
export function parseCommand(args: readonly string[], io: CommandIo): number {
  const parsed = parseCommandArgs(args, { ...kindOptions, strict: { type: 'boolean' }, verbose: { type: 'boolean' } }, parseUsage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  atMost(positionals, 1, parseUsage);
  const name = kindArgument(values);
  const kind = name === undefined ? undefined : resolveKind(name);
  const body = readBody(io, positionals[0], parseUsage);
  const options = { strict: values.strict === true };

  let result: ParseResult<unknown>;
  if (kind === undefined) {
    const detected = safeParseKycWebhook(body, options);
    if (detected.success) {
      io.stderr(`kyc-webhooks: detected ${detected.data.kind} (choose with --kind)\n`);
      result = { success: true, data: detected.data.callback };
    } else {
      if (detected.error.kind !== 'unknown') io.stderr(`kyc-webhooks: detected ${detected.error.kind} (choose with --kind)\n`);
      result = detected;
    }
  } else {
    result = (callbackKinds[kind] as { safeParse: (body: Uint8Array, options: { strict: boolean }) => ParseResult<unknown> }).safeParse(body, options);
  }
  if (result.success) {
    io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
    return exitStatus.ok;
  }
  reportRejection(io, result.error, values.verbose === true);
  return exitStatus.rejected;
}

/** Prints the error's code and value-free message, and with `verbose` each issue on its own line. */
function reportRejection(io: CommandIo, error: KycWebhookError, verbose: boolean): void {
  io.stderr(`kyc-webhooks: ${error.code}: ${error.message}\n`);
  if (!verbose) return;
  for (const issue of error.issues) {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    io.stderr(`  ${where}: ${issue.message} [${issue.code}]\n`);
  }
}

