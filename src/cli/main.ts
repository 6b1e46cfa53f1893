import { readFileSync } from 'node:fs';
import { run } from './run.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// Ctrl-C stops `listen`; any other command is done before it could matter.
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

process.exitCode = await run(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdinIsTerminal: process.stdin.isTTY === true,
  version,
  signal: stop.signal,
  color: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
});
