// `kyc-webhooks send`: POST a body, signed as its provider would, to an endpoint.
import { idenfyOverallStatuses } from '../idenfy/enumerations.js';
import { jumioDocumentStatuses } from '../jumio/doc-verification/enumerations.js';
import { jumioNetverifyStatuses } from '../jumio/netverify/enumerations.js';
import { jumioPlatformStatuses } from '../jumio/platform/enumerations.js';
import { jumioDecisionTypes } from '../jumio/retrieval/enumerations.js';
import { jumioRetrievalStatuses } from '../jumio/retrieval-status/enumerations.js';
import { callbackKinds, type KycCallbackKind } from '../kinds.js';
import { onfidoActions } from '../onfido/enumerations.js';
import { shuftiEvents } from '../shufti/enumerations.js';
import {
  buildIdenfyBody,
  buildJumioDocVerificationBody,
  buildJumioNetverifyBody,
  buildJumioPlatformBody,
  buildJumioRetrievalBody,
  buildJumioRetrievalStatusBody,
  buildOnfidoBody,
  buildShuftiBody,
} from '../testing/bodies/index.js';
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
  readKey,
  resolveKind,
  type CommandIo,
} from './io.js';
import { providerHeaders, schemeOf } from './sign.js';

interface Sample {
  /** What `--status` chooses, in the provider's spelling. */
  readonly statuses: readonly string[];
  readonly fallback: string;
  readonly build: (status: string) => string;
}

// Built with the body builders of `kyc-webhooks/testing`, which import without fast-check.
const samples: { readonly [K in KycCallbackKind]: Sample } = {
  'jumio-netverify': { statuses: jumioNetverifyStatuses, fallback: 'APPROVED_VERIFIED', build: (status) => buildJumioNetverifyBody(status as never) },
  'jumio-doc-verification': {
    statuses: [...jumioDocumentStatuses, 'FAILED'],
    fallback: 'EXTRACTED',
    build: (status) => buildJumioDocVerificationBody(status as never),
  },
  'jumio-platform': { statuses: jumioPlatformStatuses, fallback: 'PROCESSED', build: (status) => buildJumioPlatformBody(status as never) },
  'jumio-retrieval': { statuses: [...jumioDecisionTypes, 'NO_DECISION'], fallback: 'PASSED', build: (status) => buildJumioRetrievalBody(status as never) },
  'jumio-retrieval-status': { statuses: jumioRetrievalStatuses, fallback: 'PROCESSED', build: (status) => buildJumioRetrievalStatusBody(status as never) },
  idenfy: { statuses: idenfyOverallStatuses, fallback: 'APPROVED', build: (status) => buildIdenfyBody(status as never) },
  shufti: { statuses: shuftiEvents, fallback: 'verification.accepted', build: (status) => buildShuftiBody(status as never) },
  onfido: { statuses: onfidoActions, fallback: 'check.completed', build: (status) => buildOnfidoBody(status as never) },
};

const statusLines = (Object.keys(samples) as KycCallbackKind[])
  .map((kind) => `    ${kind}: ${samples[kind].statuses.join(', ')} (default ${samples[kind].fallback})`)
  .join('\n');

export const sendUsage = `Usage: kyc-webhooks send URL --kind KIND [--status S] [--key-env NAME] [--formula current|older] [FILE|-]

POSTs a body to URL (http or https) with the provider's content type and, for iDenfy, Shufti and
Onfido, its signature header, and prints the response's status and content type. The body is FILE
(standard input for -) or, without FILE, a sample with synthetic data for the status or event S:
${statusLines}

  --kind KIND        ${Object.keys(callbackKinds).join(', ')} (any case; --provider is an older name)
  --status S         the sample's status (Jumio, iDenfy), event (Shufti) or action (Onfido), any case
  --formula F        Shufti only: current (Signature, the default) or older (sp_signature)
  --key KEY, --key-env NAME, --key-file FILE   the key to sign with; without one, iDenfy, Shufti
                     and Onfido bodies are sent unsigned (to test that your endpoint refuses them)

${keyHelp}

${exitStatusHelp}`;

/** How long to wait for the response. */
const timeoutMilliseconds = 30_000;

/**
 * Runs `kyc-webhooks send`.
 *
 * @param args - the arguments after `send`
 * @param io - where to read and write, and `fetch`
 * @returns a promise of the exit status: 0 for a 2xx response, 1 for any other
 * @throws CommandError for a usage, key, file or connection error
 */
export async function sendCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...kindOptions, ...keyOptions, status: { type: 'string' }, formula: { type: 'string' } }, sendUsage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  atMost(positionals, 2, sendUsage);
  const [address, file] = positionals;
  if (address === undefined) throw new CommandError(`give the URL to send to\n\n${sendUsage}`);
  const url = httpUrl(address);
  const name = kindArgument(values);
  if (name === undefined) throw new CommandError(`give --kind (one of ${Object.keys(callbackKinds).join(', ')})\n\n${sendUsage}`);
  const kind = resolveKind(name);
  const provider = callbackKinds[kind].provider;
  const scheme = schemeOf(values.formula, provider);
  if (file !== undefined && values.status !== undefined) throw new CommandError('give either FILE or --status, not both');
  const key = provider === 'jumio' ? undefined : readKey(io, values, false);
  if (provider === 'jumio' && (values.key ?? values['key-env'] ?? values['key-file']) !== undefined) throw new CommandError('Jumio signs nothing: give no key');
  const body = file === undefined ? new TextEncoder().encode(sample(kind, values.status)) : readBody(io, file, sendUsage);
  if (key === undefined && provider !== 'jumio') io.stderr('kyc-webhooks: note: no key given; sending without a signature header\n');

  const headers = await providerHeaders(provider, body, key, scheme);
  let response: Response;
  try {
    response = await (io.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMilliseconds),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as Error).name;
    throw new CommandError(`could not send to ${url.origin}: ${String(cause)}`);
  }
  await response.body?.cancel();
  const type = response.headers.get('content-type');
  io.stdout(`${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}${type === null ? '' : `\nContent-Type: ${type}`}\n`);
  return response.ok ? exitStatus.ok : exitStatus.rejected;
}

/** @returns the URL, if it is http or https */
function httpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new CommandError(`not a URL: ${address}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CommandError(`only http and https URLs can be sent to, not ${url.protocol}`);
  return url;
}

/** @returns a sample body of the kind, for the status asked for (any case) or the kind's default */
function sample(kind: KycCallbackKind, status: string | undefined): string {
  const { statuses, fallback, build } = samples[kind];
  if (status === undefined) return build(fallback);
  const found = statuses.find((known) => known.toLowerCase() === status.toLowerCase());
  if (found === undefined) throw new CommandError(`unknown status '${status}' for ${kind} (known: ${statuses.join(', ')})`);
  return build(found);
}
