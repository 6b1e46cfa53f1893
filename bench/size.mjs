// Bundle sizes, checked against budgets. Each callback kind's public functions are bundled from
// the built ESM output with esbuild (minified, tree-shaken), with zod external and with zod
// included, and measured gzipped at level 9. Sizes are deterministic, so `npm test` runs this and
// fails when a budget is broken. Usage: node bench/size.mjs [--json FILE]
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const kilobyte = 1024;

/** Each callback kind: its entry, its public functions, and the provider id only its code contains. */
export const kinds = [
  { name: 'jumio-netverify', entry: 'jumio/index.js', exports: ['parseJumioNetverify', 'safeParseJumioNetverify', 'serializeJumioNetverify'], marker: 'jumio-netverify' },
  { name: 'jumio-doc-verification', entry: 'jumio/index.js', exports: ['parseJumioDocVerification', 'safeParseJumioDocVerification', 'serializeJumioDocVerification'], marker: 'jumio-doc-verification' },
  { name: 'jumio-platform', entry: 'jumio/index.js', exports: ['parseJumioPlatform', 'safeParseJumioPlatform', 'serializeJumioPlatform'], marker: 'jumio-platform' },
  { name: 'jumio-retrieval', entry: 'jumio/index.js', exports: ['parseJumioRetrieval', 'safeParseJumioRetrieval', 'serializeJumioRetrieval'], marker: 'jumio-retrieval' },
  { name: 'jumio-retrieval-status', entry: 'jumio/index.js', exports: ['parseJumioRetrievalStatus', 'safeParseJumioRetrievalStatus', 'serializeJumioRetrievalStatus'], marker: 'jumio-retrieval-status' },
  // iDenfy's own budget is larger: its specification has about 380 fields and long enumerations,
  // every one of them typed and validated; their names alone are about 3.3 KB gzipped. So is its
  // budget with zod: the shared core grew by about 1.4 KB gzipped for bounded work on hostile
  // bodies and the serialize round-trip check, which iDenfy's large schema has no room left for,
  // then by 2.2 KB for the validation plan (as every kind's, below).
  { name: 'idenfy', entry: 'idenfy/index.js', exports: ['parseIdenfy', 'safeParseIdenfy', 'serializeIdenfy'], marker: 'idenfy', ownBudget: 4608, withZodBudget: 34 * kilobyte },
  { name: 'shufti', entry: 'shufti/index.js', exports: ['parseShufti', 'safeParseShufti', 'serializeShufti'], marker: 'shufti' },
  { name: 'onfido', entry: 'onfido/index.js', exports: ['parseOnfido', 'safeParseOnfido', 'serializeOnfido'], marker: 'onfido' },
];

// With zod: 30.5 KB since the core's one definition of a callback kind (defineCallback and the wires,
// shared by every kind) added about 400 B gzipped to the smallest Jumio bundle; 33 KB since the
// validation plan (src/core/plan.ts, which makes valid bodies parse 1.1x to 2.3x faster) added about
// 2.2 KB gzipped to every bundle, zod's own object parser still being needed for the errors.
const budgets = { ownCode: 2 * kilobyte, withZod: 33 * kilobyte };

/** @returns the bundle of `source` (resolved from dist/) as minified text */
async function bundle(source, { zod }) {
  const result = await build({
    stdin: { contents: source, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external: zod ? [] : ['zod'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const gzipped = (text) => gzipSync(text, { level: 9 }).length;
const exportsOf = (selected) => selected.map((kind) => `export { ${kind.exports.join(', ')} } from './${kind.entry}';`).join('\n');

// A kind's own code is what it adds to a bundle that already holds every other kind: the shared
// core (decoders, runner, errors) is counted once, in the bundle of the first kind a user imports.
const everything = gzipped(await bundle(exportsOf(kinds), { zod: false }));
const rows = [];
const failures = [];
for (const kind of kinds) {
  const alone = await bundle(exportsOf([kind]), { zod: false });
  const others = kinds.filter((other) => other !== kind);
  const row = {
    kind: kind.name,
    aloneGzip: gzipped(alone),
    ownGzip: others.length > 0 ? everything - gzipped(await bundle(exportsOf(others), { zod: false })) : gzipped(alone),
    withZodGzip: gzipped(await bundle(exportsOf([kind]), { zod: true })),
    otherKinds: others.filter((other) => alone.includes(`"${other.marker}"`)).map((other) => other.name),
  };
  rows.push(row);
  const ownBudget = kind.ownBudget ?? budgets.ownCode;
  row.ownBudget = ownBudget;
  if (row.ownGzip > ownBudget) failures.push(`${kind.name}: its own code is ${row.ownGzip} B gzipped, over ${ownBudget} B`);
  row.withZodBudget = kind.withZodBudget ?? budgets.withZod;
  if (row.withZodGzip > row.withZodBudget) failures.push(`${kind.name}: with zod it is ${row.withZodGzip} B gzipped, over ${row.withZodBudget} B`);
  if (row.otherKinds.length > 0) failures.push(`${kind.name}: bundles code of ${row.otherKinds.join(', ')}`);
}

const pad = (value, width) => String(value).padStart(width);
console.log('Bundle sizes in bytes (esbuild, minified, ESM, tree-shaken, gzip -9)');
console.log(`${'kind'.padEnd(24)}${pad('alone', 8)}${pad('own', 8)}${pad('budget', 8)}${pad('+ zod', 8)}${pad('budget', 8)}  other kinds bundled`);
for (const row of rows) {
  console.log(
    `${row.kind.padEnd(24)}${pad(row.aloneGzip, 8)}${pad(row.ownGzip, 8)}${pad(row.ownBudget, 8)}${pad(row.withZodGzip, 8)}${pad(row.withZodBudget, 8)}  ${row.otherKinds.join(', ') || 'none'}`,
  );
}
console.log(`all kinds together: ${everything}. "own" is what a kind adds to a bundle of all the others.`);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify({ everythingGzip: everything, budgets, rows }, null, 2)}\n`);
if (failures.length > 0) {
  console.error(`Size budget broken:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
