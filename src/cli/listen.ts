// `kyc-webhooks listen`: a local receiver for development against a tunnel. It verifies, parses and
// prints each callback as it arrives, and answers by the handlers' response policy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as util from 'node:util';
import { createNodeHandler, type KycNodeHandler } from '../http/node.js';
import type { KycCallbackContext, KycHandlerFailure, KycUnhandledDelivery, WebhookKind } from '../http/options.js';
import { deliveryChecks, type KycCallbackKind } from '../kinds.js';
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
  readKey,
  resolveKind,
  type CommandIo,
} from './io.js';

const usage = `Usage: kyc-webhooks listen [--port N] [--host HOST] [--kind KIND] [--key-env NAME | --key-file FILE | --key KEY]

Starts a local receiver that verifies, parses and prints each callback as it arrives, for
developing against a tunnel. It answers as the kyc-webhooks/node handler does: 200 for a parsed
callback (and for a status this version does not know), 401 for a bad signature, 400 for a body
that does not parse. On a terminal each callback is one coloured line; otherwise one JSON line
{ kind, key, outcome, callback } per callback, on standard output. Refusals go to standard error.

With --kind, every POST is read as that kind. Without it, each kind is served at /KIND
(POST http://HOST:PORT/idenfy, /shufti, /onfido, /jumio-netverify, ...); the signed kinds (idenfy,
shufti, onfido) only with a key, which is then used for each.

Options:
  --port N       the port (default 4000; 0 picks a free one)
  --host HOST    the address to listen on (default 127.0.0.1)

${keyHelp}

Stop it with Ctrl-C. ${exitStatusHelp}`;

/**
 * Runs `kyc-webhooks listen` until `io.signal` aborts (Ctrl-C in the terminal).
 *
 * @param args - the arguments after `listen`
 * @param io - where to write, and the signal that stops the server
 * @returns a promise of the exit status, once the server has stopped
 * @throws CommandError for a usage error
 */
export async function listenCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...kindOptions, ...keyOptions, port: { type: 'string' }, host: { type: 'string' } }, usage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  atMost(positionals, 0, usage);
  const port = Number(values.port ?? '4000');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CommandError(`--port takes a port number, 0 to 65535\n\n${usage}`);
  const kindName = kindArgument(values);
  const key = readKey(io, values, false);
  const served = kindName === undefined ? servedKinds(key) : [webhookKind(resolveKind(kindName))];
  const handlers = new Map(served.map((kind) => [kind, handlerFor(kind, key, io)]));

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/+|\/+$/g, '');
    const handler = kindName === undefined ? handlers.get(path as WebhookKind) : handlers.values().next().value;
    if (handler !== undefined) return handler(request, response);
    response.statusCode = 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ error: 'unknown_path', kinds: [...handlers.keys()].map((kind) => `/${kind}`) }));
  });
  await start(server, port, values.host ?? '127.0.0.1');
  const { address, port: bound } = server.address() as AddressInfo;
  const base = `http://${address.includes(':') ? `[${address}]` : address}:${bound}`;
  io.stderr(`kyc-webhooks: listening on ${base}${kindName === undefined ? ` (${served.map((kind) => `/${kind}`).join(', ')})` : ` for ${served[0]}`}\n`);
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await new Promise((resolve) => server.close(resolve));
  return exitStatus.ok;
}

/** @returns the kinds served without --kind: every webhook kind, the signed ones only with a key */
function servedKinds(key: string | undefined): WebhookKind[] {
  return (Object.keys(deliveryChecks) as KycCallbackKind[]).filter(isWebhookKind).filter((kind) => key !== undefined || deliveryChecks[kind].signature === null);
}

function isWebhookKind(kind: KycCallbackKind): kind is WebhookKind {
  return deliveryChecks[kind] !== null;
}

function webhookKind(kind: KycCallbackKind): WebhookKind {
  if (!isWebhookKind(kind)) throw new CommandError(`${kind} is an API response you fetch, not a webhook: give a webhook kind to listen for`);
  return kind;
}

function handlerFor(kind: WebhookKind, key: string | undefined, io: CommandIo): KycNodeHandler {
  if (deliveryChecks[kind].signature !== null && key === undefined) throw new CommandError(`${kind} callbacks are signed: give the key with --key-env NAME, --key-file FILE or --key KEY`);
  const options = {
    kind,
    key,
    onCallback: (callback: unknown, context: KycCallbackContext) => io.stdout(line(io, callback, context)),
    onUnhandled: (delivery: KycUnhandledDelivery) =>
      io.stderr(`kyc-webhooks: ${kind}: acknowledged, not handled: ${delivery.reason === 'other_event' ? `event type ${delivery.eventType ?? ''}` : 'a status this version does not know'}\n`),
    onError: (failure: KycHandlerFailure) =>
      io.stderr(`kyc-webhooks: ${kind}: answered ${failure.status}: ${failure.error instanceof Error ? failure.error.message : 'error'}\n`),
  };
  return createNodeHandler(options as never);
}

function line(io: CommandIo, callback: unknown, context: KycCallbackContext): string {
  const { kind, key, outcome } = context;
  // util.styleText is Node 20.12 and later: before it, no colour.
  const style = (util as { styleText?: (format: string, text: string) => string }).styleText;
  if (!io.color || style === undefined) return `${JSON.stringify({ kind, key, outcome, callback })}\n`;
  const colour = outcome.status === 'approved' ? 'green' : outcome.status === 'rejected' ? 'red' : outcome.status === 'review' ? 'yellow' : 'cyan';
  const reference = outcome.providerReference ?? outcome.clientReference ?? '';
  return `${style('bold', kind)} ${style(colour, outcome.status)}${outcome.final ? '' : ' (not final)'} ${reference}\n${JSON.stringify(callback, null, 2)}\n`;
}

function start(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new CommandError(`cannot listen on ${host}:${port}: ${error.code ?? 'error'}`)));
    server.listen(port, host, resolve);
  });
}
