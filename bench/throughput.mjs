// Parses per second of each parser against the hand-rolled floor (no validation), on valid bodies
// and on bodies that fail validation; then the cold start of each parser in fresh processes. Each
// kind is measured in a process of its own, as an application using one provider runs it, with its
// parser and the floor interleaved round by round; `--shared` measures every kind in one process
// instead. Prints one table and writes it as JSON.
// `--jitless` sets zod's `jitless` option first, as where code cannot be generated (Cloudflare
// Workers); `--dist DIR` measures another build (an earlier commit's, to compare in one run).
// Usage: node bench/throughput.mjs [--rounds 21] [--shared] [--jitless] [--dist DIR] [--json bench/results.json]   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { kinds } from './kinds.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const rounds = Number(option('--rounds', 21));
const jsonPath = option('--json', fileURLToPath(new URL('./results.json', import.meta.url)));
const dist = option('--dist', undefined) === undefined ? new URL('../dist/', import.meta.url) : pathToFileURL(`${option('--dist')}/`);
const jitless = process.argv.includes('--jitless');
const targetNanoseconds = 20_000_000; // each timed batch runs for about 20 ms

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** @returns nanoseconds per call of `run` over `inputs`, in one batch of `iterations` passes */
function batch(run, inputs, iterations) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < iterations; pass++) for (const input of inputs) sink ^= run(input) ? 1 : 0;
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink === 2) console.log('unreachable');
  return elapsed / (iterations * inputs.length);
}

/** Interleaved rounds of two functions over the same inputs; the order alternates each round. */
function compare(ours, floor, inputs) {
  for (let warm = 0; warm < 200; warm++) for (const input of inputs) (ours(input), floor(input));
  const perCall = batch(floor, inputs, 50);
  const iterations = Math.max(1, Math.round(targetNanoseconds / (perCall * inputs.length)));
  const ratios = [];
  const oursTimes = [];
  const floorTimes = [];
  for (let round = 0; round < rounds; round++) {
    let oursTime;
    let floorTime;
    if (round % 2 === 0) {
      oursTime = batch(ours, inputs, iterations);
      floorTime = batch(floor, inputs, iterations);
    } else {
      floorTime = batch(floor, inputs, iterations);
      oursTime = batch(ours, inputs, iterations);
    }
    ratios.push(oursTime / floorTime);
    oursTimes.push(oursTime);
    floorTimes.push(floorTime);
  }
  return { ours: median(oursTimes), floor: median(floorTimes), ratio: median(ratios) };
}

/** Median over fresh processes of: import the entry, then parse one body (zod's imports not counted). */
function coldStart(kind) {
  const entry = new URL(kind.entry, dist).href;
  const script = `
    const body = ${JSON.stringify(kind.bodies[0])};
    await import('zod');
    await import('zod/mini');
    const start = performance.now();
    const parser = await import(${JSON.stringify(entry)});
    const result = parser[${JSON.stringify(kind.safeParse)}](body);
    const elapsed = performance.now() - start;
    if (!result.success) throw new Error('the cold-start body did not parse');
    process.stdout.write(String(elapsed));`;
  const samples = [];
  for (let run = 0; run < 9; run++) {
    samples.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(dist), encoding: 'utf8' })));
  }
  return median(samples);
}

/** Measures one kind in this process. */
async function measureKind(kind) {
  if (jitless) (await import('zod')).config({ jitless: true });
  const parser = await import(new URL(kind.entry, dist).href);
  const safeParse = parser[kind.safeParse];
  const invalid = kind.bodies.map(kind.invalidate);
  if (!kind.bodies.every((body) => safeParse(body).success)) throw new Error(`${kind.name}: a valid body did not parse`);
  if (invalid.some((body) => safeParse(body).success)) throw new Error(`${kind.name}: an invalidated body parsed`);
  const tolerantFloor = (text) => {
    try {
      return kind.floor(text);
    } catch {
      return undefined;
    }
  };
  const valid = compare((body) => safeParse(body).success, tolerantFloor, kind.bodies);
  const failing = compare((body) => safeParse(body).success, tolerantFloor, invalid);
  return { kind: kind.name, bodies: kind.bodies.length, valid, invalid: failing };
}

const only = option('--kind', undefined);
if (only !== undefined) {
  // A child run: measure one kind and hand the row back to the parent.
  process.stdout.write(JSON.stringify(await measureKind(kinds.find((kind) => kind.name === only))));
  process.exit(0);
}
const shared = process.argv.includes('--shared');
const rows = [];
for (const kind of kinds) {
  const row = shared
    ? await measureKind(kind)
    : JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--kind', kind.name, '--rounds', String(rounds), '--dist', fileURLToPath(dist), ...(jitless ? ['--jitless'] : [])], { encoding: 'utf8' }));
  rows.push({ ...row, coldStartMs: coldStart(kind) });
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, rounds, processes: shared ? 'one for all kinds' : 'one per kind', jitless };
const pad = (value, width) => String(value).padStart(width);
const perSecond = (nanoseconds) => Math.round(1e9 / nanoseconds).toLocaleString('en-US');
console.log(`Throughput against the hand-rolled floor (medians of ${rounds} interleaved rounds; ratio = ours / floor)`);
console.log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ${machine.processes}${jitless ? "; zod's jitless mode" : ''}; ${fileURLToPath(dist)}`);
const ratio = (value) => pad(`${value.toFixed(2)}x`, 8);
console.log(`${'kind'.padEnd(24)}${pad('valid/s', 10)}${pad('floor/s', 10)}${pad('valid', 8)}${pad('invalid', 8)}${pad('cold ms', 9)}`);
for (const row of rows) {
  console.log(
    `${row.kind.padEnd(24)}${pad(perSecond(row.valid.ours), 10)}${pad(perSecond(row.valid.floor), 10)}${ratio(row.valid.ratio)}${ratio(row.invalid.ratio)}${pad(row.coldStartMs.toFixed(1), 9)}`,
  );
}
console.log('ratio = time per parse / time of the floor on the same bodies; valid and invalid bodies');
writeFileSync(jsonPath, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
console.log(`written to ${jsonPath}`);
