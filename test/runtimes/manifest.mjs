// Writes the portability suite's manifest: every fixture of every kind, the error cases, and what
// Node makes of each (the other runtimes must match it). Browsers and workerd cannot read files, so
// the runners inline this JSON. Usage: node test/runtimes/manifest.mjs <out.json> (after `npm run build`)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeError, kindsByFolder } from './suite.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Every entry a user can import at run time, by its import name, with the file Node's `import` condition names. */
export function packageEntries() {
  return Object.entries(packageJson.exports)
    .filter(([subpath, target]) => subpath !== './package.json' && typeof target?.import?.default === 'string')
    .map(([subpath, target]) => ({ name: packageJson.name + subpath.slice(1), file: target.import.default }));
}

/** The folders under fixtures/ that hold bodies: those with a SOURCES.md, as `jumio/netverify`. */
function fixtureFolders(directory = '') {
  const here = `${root}fixtures/${directory}`;
  const names = readdirSync(here);
  const own = names.includes('SOURCES.md') ? [directory] : [];
  return own.concat(...names.filter((name) => statSync(here + name).isDirectory()).map((name) => fixtureFolders(`${directory}${name}/`)));
}

const synthetic = [
  { label: 'empty body', body: '' },
  { label: 'JSON null', body: 'null' },
  { label: 'empty object', body: '{}' },
  { label: 'empty array', body: '[]' },
  { label: 'a string', body: '"CANARY-string-1"', canaries: ['CANARY-string-1'] },
  { label: 'an unknown field only', body: '{"CANARY-key-2":"CANARY-value-2"}', canaries: ['CANARY-key-2', 'CANARY-value-2'] },
  { label: 'a form of one unknown field', body: 'CANARY-key-3=CANARY-value-3', canaries: ['CANARY-key-3', 'CANARY-value-3'] },
  { label: 'a broken percent escape', body: 'a=%E0%A4%A' },
  { label: 'deep nesting', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { label: 'invalid options', body: '{}', options: { maxBytes: -1 } },
];

/** Node's outcome for one case. */
function outcome(row, entry, body, options) {
  const result = entry[row.safeParse](body, options);
  if (!result.success) return { ok: false, error: describeError(result.error) };
  const serialized = entry[row.serialize](result.data, options);
  return { ok: true, serialized, json: JSON.stringify(result.data) };
}

export async function buildManifest() {
  const entries = packageEntries();
  const loaded = Object.fromEntries(await Promise.all(entries.map(async ({ name, file }) => [name, await import(pathToFileURL(root + file).href)])));
  const mainEntry = packageJson.name;
  const folders = [];
  const expectedEntries = {};
  for (const folder of fixtureFolders().map((path) => path.replace(/\/$/, ''))) {
    const row = kindsByFolder[folder];
    const files = readdirSync(`${root}fixtures/${folder}`).filter((name) => !name.endsWith('.md') && statSync(`${root}fixtures/${folder}/${name}`).isFile()).sort();
    if (row === undefined) {
      // The suite reports the missing row; the manifest still lists the folder.
      folders.push({ folder, format: files[0]?.endsWith('.form') ? 'form' : 'json', cases: [] });
      continue;
    }
    const entry = loaded[mainEntry];
    expectedEntries[folder] = Object.entries(loaded).filter(([, namespace]) => typeof namespace[row.parse] === 'function').map(([name]) => name);
    const format = files.every((name) => name.endsWith('.form')) ? 'form' : 'json';
    const cases = [];
    for (const fixture of files) {
      const body = readFileSync(`${root}fixtures/${folder}/${fixture}`, 'utf8');
      cases.push({ label: fixture, fixture, body, expected: outcome(row, entry, body) });
      cases.push({ label: `${fixture} (strict)`, fixture, body, options: { strict: true }, expected: outcome(row, entry, body, { strict: true }) });
    }
    const first = cases[0].body;
    cases.push({ label: `${files[0]} as bytes`, fixture: files[0], body: first, as: 'bytes', options: {}, expected: outcome(row, entry, new TextEncoder().encode(first)) });
    if (format === 'json') cases.push({ label: `${files[0]} as an object`, fixture: files[0], body: first, as: 'object', options: {}, expected: outcome(row, entry, JSON.parse(first)) });
    cases.push({ label: `${files[0]} cut in half`, body: first.slice(0, first.length >> 1), expected: outcome(row, entry, first.slice(0, first.length >> 1)) });
    for (const [label, options] of [['maxBytes 16', { maxBytes: 16 }], ['maxFields 2', { maxFields: 2 }], ['maxDepth 1', { maxDepth: 1 }], ['maxItems 1', { maxItems: 1 }]]) {
      cases.push({ label: `${files[0]} under ${label}`, body: first, options, expected: outcome(row, entry, first, options) });
    }
    for (const { label, body, options, canaries } of synthetic) cases.push({ label, body, options, canaries, expected: outcome(row, entry, body, options) });
    folders.push({ folder, format, cases });
  }
  return {
    mainEntry,
    entries: entries.map(({ name }) => name),
    expectedEntries,
    node: process.versions.node,
    folders,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (out === undefined) throw new Error('usage: node test/runtimes/manifest.mjs <out.json>');
  writeFileSync(out, JSON.stringify(await buildManifest()));
}
