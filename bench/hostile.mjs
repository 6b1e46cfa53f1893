// The slowest bodies that still fit under the default limits, for every parser: the original
// attacks (many fields, long values, deep nesting, many keys), then, for every list, map and level
// of nesting found in the fixtures, that place filled as badly as the limits allow. Per body: the
// median time of a parse, the issues the error lists (and the toJSON size); per kind, the worst, and
// the peak memory of its slowest body in a fresh process against a fixture's.
// Target on the reference machine: at most 50 ms per body, at most 100 issues (plus a `more_issues`
// note), toJSON at most 16 KB, peak memory at most 50 MB above a fixture's. A report, not a test.
// Usage: node bench/hostile.mjs [--json FILE] [--all]   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { kinds } from './kinds.mjs';

const dist = new URL('../dist/', import.meta.url);
const { defaultLimits } = await import(new URL('index.js', dist).href);
const { maxBytes, maxFields, maxDepth, maxItems } = defaultLimits;
const jsonFields = {
  'jumio-netverify': ['rejectReason', 'idAddress', 'identityVerification', 'dlCategories', 'additionalChecks'],
  'jumio-doc-verification': ['transaction', 'document'],
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fill = (unit, bytes) => unit.repeat(Math.floor(bytes / unit.length));
const bytesOf = (text) => Buffer.byteLength(text);

/**
 * As many arrays nested `depth` deep as fit in about `bytes`, in lists of at most maxItems, under the
 * keys of an object (so the value is `depth + 2` deep).
 */
function deepJson(bytes, depth = maxDepth - 3) {
  const one = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const lists = [];
  let left = bytes - 2;
  for (let key = 0; key < maxFields && left > one.length + 16; key++) {
    const items = Math.min(maxItems, Math.floor((left - 12) / (one.length + 1)));
    const list = `"d${key}":[${Array.from({ length: items }, () => one).join(',')}]`;
    lists.push(list);
    left -= list.length + 1;
  }
  return `{${lists.join(',')}}`;
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

/** The original attacks on a form parser, each just under the limits, built on one valid fixture. */
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

/** The original attacks on a JSON parser. */
function jsonBodies(valid) {
  const room = maxBytes - valid.length - 64;
  const object = valid.trimEnd().slice(0, -1);
  return {
    'many unknown top-level keys': `${object},${manyKeysJson(room).slice(1)}`,
    'long string': `${object},"note":"${fill('\\u20ac', room)}"}`,
    'deep nesting': `${object},"deep":${deepJson(room)}}`,
  };
}

// A body as a document: the parsed JSON, or a form's fields with their JSON parsed.

function toDocument(kind, text) {
  if (kind.format === 'json') return JSON.parse(text);
  const document = {};
  for (const [name, value] of new URLSearchParams(text)) document[name] = jsonFields[kind.name].includes(name) ? JSON.parse(value) : value;
  return document;
}

/** Writes a document back, a form with only the escapes its parser needs (so the most fits). */
function fromDocument(kind, document) {
  if (kind.format === 'json') return JSON.stringify(document);
  const escape = (text) => text.replace(/[%&+=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replaceAll(' ', '+');
  return Object.entries(document)
    .map(([name, value]) => `${escape(name)}=${escape(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join('&');
}

/** Every array and object in a document, with its path (form fields' JSON included). */
function places(document) {
  const found = [];
  const visit = (node, path) => {
    if (typeof node !== 'object' || node === null) return;
    found.push({ path, array: Array.isArray(node) });
    for (const [key, child] of Object.entries(node)) visit(child, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  visit(document, []);
  return found;
}

const at = (node, path) => path.reduce((parent, key) => parent[key], node);
const clone = (value) => structuredClone(value);
const shapeOf = (path) => path.map((key) => (typeof key === 'number' ? '[]' : key)).join('.');

/**
 * The most items of `item` that list `path` can hold with the body under maxBytes (and under `cap`,
 * and while `accept` holds for the body).
 */
function fitting(kind, document, path, item, cap = maxItems, accept = () => true) {
  const build = (count) => {
    const copy = clone(document);
    const parent = path.length === 0 ? undefined : at(copy, path.slice(0, -1));
    const list = Array.from({ length: count }, () => clone(item));
    if (parent === undefined) return fromDocument(kind, list);
    parent[path.at(-1)] = list;
    return fromDocument(kind, copy);
  };
  let low = 0;
  let high = cap;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const body = build(middle);
    if (bytesOf(body) <= maxBytes && accept(body)) low = middle;
    else high = middle - 1;
  }
  return build(low);
}

/** A bad copy of a list's item: its first scalar (deepest first) given the wrong type. */
function broken(item) {
  const copy = clone(item);
  if (typeof copy !== 'object' || copy === null) return typeof copy === 'number' ? 'x' : 7;
  const leaf = places(copy).reverse().find(({ path }) => {
    const node = at(copy, path);
    return Object.values(node).some((child) => typeof child !== 'object' || child === null);
  });
  if (!leaf) return copy;
  const node = at(copy, leaf.path);
  const key = Object.keys(node).find((name) => typeof node[name] !== 'object' || node[name] === null);
  node[key] = typeof node[key] === 'number' ? 'x' : 7;
  return copy;
}

/** Whether a body, when it fails, is checked in full (rather than up to its first problem). */
const checkedInFull = (safeParse) => (body) => {
  const outcome = safeParse(body);
  return outcome.success || !outcome.error.issues.some((issue) => issue.code === 'more_issues' && issue.message.startsWith('Checked up to'));
};

/** Bodies attacking every list, map and nesting level found in a kind's fixtures. */
function placeBodies(kind, safeParse) {
  const bodies = {};
  const seen = new Set();
  for (const text of kind.bodies) {
    const document = toDocument(kind, text);
    for (const { path, array } of places(document)) {
      const shape = shapeOf(path);
      if (seen.has(shape)) continue;
      seen.add(shape);
      const node = at(document, path);
      if (array) {
        const item = node[0] ?? {};
        bodies[`list ${shape}: {} x max`] = fitting(kind, document, path, {});
        bodies[`list ${shape}: {} x most checked in full`] = fitting(kind, document, path, {}, maxItems, checkedInFull(safeParse));
        bodies[`list ${shape}: wrong type x max`] = fitting(kind, document, path, 'x');
        bodies[`list ${shape}: broken item x max`] = fitting(kind, document, path, broken(item));
        bodies[`list ${shape}: maxItems + 1`] = fitting(kind, document, path, 0, maxItems + 1);
        bodies[`list ${shape}: {} filling the body`] = fitting(kind, document, path, {}, Math.floor(maxBytes / 3));
        // Nested lists: this list's first item, its own lists filled, repeated as often as fits.
        const inner = places(item).filter((place) => place.array && place.path.length > 0);
        if (inner.length > 0) {
          const filled = clone(item);
          for (const { path: innerPath } of inner) {
            const parent = at(filled, innerPath.slice(0, -1));
            parent[innerPath.at(-1)] = Array.from({ length: Math.floor(Math.sqrt(maxBytes / 3)) }, () => ({}));
          }
          bodies[`list ${shape}: nested lists filled`] = fitting(kind, document, path, filled);
        }
      } else if (path.length > 0) {
        const room = maxBytes - bytesOf(text) - 256;
        const withKeys = clone(document);
        const target = at(withKeys, path);
        const keys = Math.min(maxFields - Object.keys(target).length, Math.floor(room / 12));
        for (let index = 0; index < keys; index++) target[`x${index}`] = [{}, {}];
        bodies[`map ${shape}: unknown keys`] = fromDocument(kind, withKeys);
        const deep = clone(document);
        // Levels left below this object: the JSON of a form field starts one level down.
        const depthLeft = maxDepth - (kind.format === 'form' ? path.length - 1 : path.length);
        if (depthLeft > 3) {
          at(deep, path)['xDeep'] = JSON.parse(deepJson(room - 64, depthLeft - 3));
          const written = fromDocument(kind, deep);
          if (bytesOf(written) <= maxBytes) bodies[`nesting ${shape}: deepest under`] = written;
        }
      }
    }
  }
  return bodies;
}

const all = process.argv.includes('--all');
const rows = [];
const worstByKind = {};
for (const kind of kinds) {
  const parser = await import(new URL(kind.entry, dist).href);
  const safeParse = parser[kind.safeParse];
  const bodies = {
    ...(kind.format === 'json' ? jsonBodies(kind.bodies[0]) : formBodies(kind)),
    ...placeBodies(kind, safeParse),
  };
  for (const [name, body] of Object.entries(bodies)) {
    const bytes = bytesOf(body);
    if (bytes > maxBytes) throw new Error(`${kind.name} / ${name}: ${bytes} bytes is over maxBytes`);
    const outcome = safeParse(body);
    const time = (run) => {
      const samples = [];
      for (let repeat = 0; repeat < 7; repeat++) {
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
    const issues = outcome.success ? 0 : outcome.error.issues.length;
    const jsonBytes = outcome.success ? 0 : bytesOf(JSON.stringify(outcome.error.toJSON()));
    const row = { kind: kind.name, body: name, bytes, result: outcome.success ? 'parsed' : outcome.error.code, issues, jsonBytes, medianMs: time(safeParse), floorMs: time(floor) };
    rows.push(row);
    if (!worstByKind[kind.name] || row.medianMs > worstByKind[kind.name].row.medianMs) worstByKind[kind.name] = { row, body };
  }
}

/** Peak memory (max RSS) of one parse of `body` in a fresh process, above one of `fixture`. */
function peakMemory(kind, fixture, body) {
  const script = `
    const parser = await import(${JSON.stringify(new URL(kind.entry, dist).href)});
    const [fixture, body] = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    parser.${kind.safeParse}(fixture);
    const before = process.resourceUsage().maxRSS;
    parser.${kind.safeParse}(body);
    console.log(JSON.stringify({ before, after: process.resourceUsage().maxRSS }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script.replace('require(', '(await import("node:module")).createRequire(import.meta.url)(')], {
    input: JSON.stringify([fixture, body]),
    encoding: 'utf8',
    cwd: fileURLToPath(dist),
  });
  const { before, after } = JSON.parse(output);
  return (after - before) / 1024;
}

console.log(`Hostile bodies under the default limits (maxBytes ${maxBytes}, maxFields ${maxFields}, maxDepth ${maxDepth}, maxItems ${maxItems}); median of 7 parses`);
console.log(`${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; targets: <= 50 ms, <= 100 issues (+ a more_issues note), toJSON <= 16 KB, peak memory <= 50 MB above a fixture's`);
console.log('floor = the hand-rolled parse of the same body (URLSearchParams + JSON.parse, or JSON.parse)');
const header = `${'kind'.padEnd(24)}${'body'.padEnd(56)}${'bytes'.padStart(8)}  ${'ours'.padStart(9)}  ${'floor'.padStart(9)}  ${'issues'.padStart(6)}  ${'toJSON'.padStart(7)}  result`;
const line = (row) =>
  `${row.kind.padEnd(24)}${row.body.slice(0, 55).padEnd(56)}${String(row.bytes).padStart(8)}  ${row.medianMs.toFixed(2).padStart(6)} ms  ${row.floorMs.toFixed(2).padStart(6)} ms  ${String(row.issues).padStart(6)}  ${String(row.jsonBytes).padStart(7)}  ${row.result}`;
console.log(header);
for (const kind of kinds) {
  const ofKind = rows.filter((row) => row.kind === kind.name).sort((a, b) => b.medianMs - a.medianMs);
  for (const row of all ? ofKind : ofKind.slice(0, 6)) console.log(line(row));
  if (!all) console.log(`${''.padEnd(24)}(${ofKind.length - Math.min(6, ofKind.length)} more bodies, all faster; --all lists them)`);
}
console.log('\nPer kind: bodies, slowest, most issues listed, largest toJSON, peak memory of the slowest body above a fixture\'s');
const summary = [];
for (const kind of kinds) {
  const ofKind = rows.filter((row) => row.kind === kind.name);
  const { row, body } = worstByKind[kind.name];
  const memory = peakMemory(kind, kind.bodies[0], body);
  const entry = {
    kind: kind.name,
    bodies: ofKind.length,
    slowestMs: row.medianMs,
    slowestBody: row.body,
    mostIssues: Math.max(...ofKind.map((r) => r.issues)),
    largestJsonBytes: Math.max(...ofKind.map((r) => r.jsonBytes)),
    peakMemoryMb: memory,
  };
  summary.push(entry);
  console.log(`${kind.name.padEnd(24)}${String(entry.bodies).padStart(4)} bodies  ${entry.slowestMs.toFixed(2).padStart(6)} ms (${entry.slowestBody})  ${entry.mostIssues} issues  ${entry.largestJsonBytes} B  +${memory.toFixed(1)} MB`);
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify({ machine: { cpu: cpus()[0]?.model, node: process.version }, limits: defaultLimits, summary, rows }, null, 2)}\n`);
