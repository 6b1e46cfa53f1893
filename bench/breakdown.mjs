// Where a JSON provider's parse goes: `JSON.parse` alone (the floor); zod's validation alone (the
// exported schema) of values parsed once and reused; `JSON.parse` then zod on each body, which is
// what any validated parse built on zod's object parser costs at least; and the library's whole
// parse. Also `JSON.parse` then the validation plan alone (src/core/plan.ts, which the library
// runs before zod; bundled here from the source, as no entry exports it). Timed on the same bodies
// in one process, rounds interleaved.
// Usage: node bench/breakdown.mjs   (after `npm run build`)
import { build } from 'esbuild';
import { kinds } from './kinds.mjs';

const dist = new URL('../dist/', import.meta.url);
const rounds = 21;
const passes = 100;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** @returns the nanoseconds per call of `run` over `inputs`, in one batch */
function batch(run, inputs) {
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) for (const input of inputs) run(input);
  return Number(process.hrtime.bigint() - start) / (passes * inputs.length);
}

/**
 * Times the parts in interleaved rounds (the order rotates each round), each against the floor
 * of the same round, so the shared host's swings cancel out of the ratios.
 *
 * @returns per part, the median time and the median ratio to the floor
 */
function measure(parts) {
  for (let warm = 0; warm < 3; warm++) for (const part of parts) batch(part.run, part.inputs);
  const times = parts.map(() => []);
  const ratios = parts.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = parts.map((_, index) => (index + round) % parts.length);
    const roundTimes = [];
    for (const index of order) roundTimes[index] = batch(parts[index].run, parts[index].inputs);
    parts.forEach((_, index) => {
      times[index].push(roundTimes[index]);
      ratios[index].push(roundTimes[index] / roundTimes[0]);
    });
  }
  return parts.map((part, index) => ({ name: part.name, time: median(times[index]), ratio: median(ratios[index]) }));
}

// Beside zod in node_modules, so the bundle's `zod` resolves to the same one dist/ uses.
const planModule = new URL('../node_modules/.cache/kyc-webhooks-bench/plan.mjs', import.meta.url);
await build({ entryPoints: [new URL('../src/core/plan.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'neutral', external: ['zod'], outfile: planModule.pathname, logLevel: 'silent' });
const { buildPlan } = await import(planModule.href);

const schemas = { idenfy: 'idenfySchema', shufti: 'shuftiSchema' };
console.log(`medians of ${rounds} interleaved rounds of ${passes} passes over every fixture; ratio = time / JSON.parse in the same round`);
for (const kind of kinds.filter((candidate) => candidate.name in schemas)) {
  const parser = await import(new URL(kind.entry, dist).href);
  const schema = parser[schemas[kind.name]]._zod.innerType; // the lazy schema's built one
  const values = kind.bodies.map((body) => JSON.parse(body));
  const plan = buildPlan(schema);
  const results = measure([
    { name: 'JSON.parse (the floor)', run: (body) => JSON.parse(body), inputs: kind.bodies },
    { name: 'zod alone, on the parsed value', run: (value) => schema.safeParse(value), inputs: values },
    { name: 'JSON.parse, then zod', run: (body) => schema.safeParse(JSON.parse(body)), inputs: kind.bodies },
    { name: 'JSON.parse, then the plan', run: (body) => plan.run(JSON.parse(body)), inputs: kind.bodies },
    { name: 'the library: safeParse of the body', run: (body) => parser[kind.safeParse](body), inputs: kind.bodies },
  ]);
  console.log(kind.name);
  for (const { name, time, ratio } of results) {
    console.log(`  ${name.padEnd(38)}${`${(time / 1000).toFixed(2)} µs`.padStart(10)}${`${ratio.toFixed(2)}x`.padStart(8)}`);
  }
}
