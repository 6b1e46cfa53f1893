// The slowest bodies that still fit under the default limits, timed per parse (medians), for every
// parser. Target on the reference machine: at most 2 ms per body. A report, not a test.
// Usage: node bench/hostile.mjs [--json FILE]   (after `npm run build`)
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { kinds } from './kinds.mjs';

const dist = new URL('../dist/', import.meta.url);
const { defaultLimits } = await import(new URL('index.js', dist).href);
const { maxBytes, maxFields, maxDepth } = defaultLimits;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fill = (unit, bytes) => unit.repeat(Math.floor(bytes / unit.length));

/** Arrays nested so that, one level below a top-level object, the body is exactly `maxDepth` deep. */
function deepJson(bytes) {
  const one = `${'['.repeat(maxDepth - 2)}${']'.repeat(maxDepth - 2)}`;
  return `[${fill(`${one},`, bytes - 2).slice(0, -1)}]`;
}

/** A JSON object with as many tiny unknown keys as fit in about `bytes`. */
function manyKeysJson(bytes, first = '') {
  const keys = [];
  let size = 2 + first.length;
  for (let index = 0; size < bytes - 16; index++) {
    const entry = `"k${index}":${index % 10}`;
    keys.push(entry);
    size += entry.length + 1;
  }
  return `{${first}${keys.join(',')}}`;
}

/** Hostile bodies for a form parser, each just under the limits, built on one valid fixture. */
function formBodies(kind) {
  const jsonField = kind.hostileJsonField;
  const valid = kind.bodies.find((body) => body.includes(`${jsonField}=`));
  const room = maxBytes - valid.length - 64;
  const fieldsLeft = maxFields - valid.split('&').length;
  const prefix = decodeURIComponent(new RegExp(`${jsonField}=([^&]+)`).exec(valid)[1].replaceAll('+', ' ')).slice(1, -1);
  const replaceJson = (json) => valid.replace(new RegExp(`${jsonField}=[^&]+`), `${jsonField}=${encodeURIComponent(json)}`);
  return {
    'many tiny fields': `${valid}${Array.from({ length: fieldsLeft }, (_, index) => `&f${index}=${'v'.repeat(Math.floor(room / fieldsLeft) - 6)}`).join('')}`,
    'long percent-encoded value': `${valid}&note=${fill('%E2%82%AC', room)}`,
    'deep JSON in a field': replaceJson(`{${prefix},"deep":${deepJson(Math.floor(room / 3) - 80)}}`),
    'many keys in a JSON field': replaceJson(manyKeysJson(Math.floor(room / 3), `${prefix},`)),
  };
}

/** Hostile bodies for a JSON parser. */
function jsonBodies(valid) {
  const room = maxBytes - valid.length - 64;
  const object = valid.trimEnd().slice(0, -1);
  return {
    'many unknown top-level keys': `${object},${manyKeysJson(room).slice(1)}`,
    'long string': `${object},"note":"${fill('\\u20ac', room)}"}`,
    'deep nesting': `${object},"deep":${deepJson(room)}}`,
  };
}

const rows = [];
for (const kind of kinds) {
  const parser = await import(new URL(kind.entry, dist).href);
  const safeParse = parser[kind.safeParse];
  const bodies = kind.format === 'json' ? jsonBodies(kind.bodies[0]) : formBodies(kind);
  for (const [name, body] of Object.entries(bodies)) {
    const bytes = Buffer.byteLength(body);
    if (bytes > maxBytes) throw new Error(`${kind.name} / ${name}: ${bytes} bytes is over maxBytes`);
    const outcome = safeParse(body);
    const time = (run) => {
      const samples = [];
      for (let repeat = 0; repeat < 31; repeat++) {
        const start = process.hrtime.bigint();
        run(body);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return median(samples);
    };
    const floor = (text) => {
      try {
        return kind.floor(text);
      } catch {
        return undefined;
      }
    };
    rows.push({ kind: kind.name, body: name, bytes, result: outcome.success ? 'parsed' : outcome.error.code, medianMs: time(safeParse), floorMs: time(floor) });
  }
}

console.log(`Slowest bodies under the default limits (maxBytes ${maxBytes}, maxFields ${maxFields}, maxDepth ${maxDepth}); median of 31 parses`);
console.log(`${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; target <= 2 ms per body; floor = the hand-rolled parse of the same body`);
console.log(`${'kind'.padEnd(24)}${'body'.padEnd(30)}${'bytes'.padStart(8)}  ${'ours'.padStart(9)}  ${'floor'.padStart(9)}  result`);
for (const row of rows) {
  console.log(`${row.kind.padEnd(24)}${row.body.padEnd(30)}${String(row.bytes).padStart(8)}  ${row.medianMs.toFixed(2).padStart(6)} ms  ${row.floorMs.toFixed(2).padStart(6)} ms  ${row.result}`);
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify({ machine: { cpu: cpus()[0]?.model, node: process.version }, rows }, null, 2)}\n`);
