// The validation plan's differential test at soak length: the comparison `npm test` runs 1,000
// times per kind and zod (test/plan.differential.test.ts), run 100,000 times per kind on the newest
// zod of the peer range and on the lowest (`zod-floor`). Prints the outcomes per kind, and every
// disagreement (the run fails on the first one, with fast-check's shrunk counterexample).
// Usage: node bench/plan-soak.mjs [--runs 100000] [--seed N] [--json FILE]   (no build needed: it bundles the source)
import { build } from 'esbuild';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(option('--runs', 100_000));
const seed = Number(option('--seed', Date.now() % 2 ** 31));
const jsonPath = option('--json', undefined);
const root = fileURLToPath(new URL('../', import.meta.url));
// Beside node_modules, so the bundles' external imports resolve as the source's do.
const cache = `${root}node_modules/.cache/kyc-webhooks-bench/`;
mkdirSync(cache, { recursive: true });
// The test support takes fast-check from @fast-check/vitest, which needs a test runner: plain fast-check here.
writeFileSync(`${cache}fc-shim.mjs`, "import fc from 'fast-check';\nexport { fc };\nexport default fc;\n");

async function bundle(zod) {
  const outfile = `${cache}plan-soak-${zod}.mjs`;
  await build({
    stdin: {
      contents: [
        "export * as kit from './test/support/plan-kit.ts';",
        "export { compare, mutatedBodies } from './test/support/plan-differential.ts';",
        "export { parsers } from './test/support/parsers.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    alias: { zod, '@fast-check/vitest': `${cache}fc-shim.mjs` },
    external: ['fast-check'],
    // The fixtures are found from the test support's own place.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}test/support/fixtures.ts`).href) },
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

const results = [];
let failed = false;
// Both bundles first, so the run measures one state of the source.
const bundles = { zod: await bundle('zod'), 'zod-floor': await bundle('zod-floor') };
for (const [zod, { kit, compare, mutatedBodies, parsers }] of Object.entries(bundles)) {
  for (const parser of parsers) {
    const counts = { unread: 0, accepted: 0, rejected: 0, disagreed: 0, decodedAccepted: 0, decodedRejected: 0 };
    const started = performance.now();
    const report = fc.check(
      fc.property(mutatedBodies(parser), ({ text, strict }) => {
        const comparison = compare(kit, parser.name, text, strict);
        counts[comparison.outcome]++;
        if (comparison.decoded !== undefined) counts[comparison.decoded ? 'decodedAccepted' : 'decodedRejected']++;
        return comparison.outcome !== 'disagreed';
      }),
      { numRuns: runs, seed },
    );
    const seconds = (performance.now() - started) / 1000;
    results.push({ zod, kind: parser.name, runs: report.numRuns, ...counts, failed: report.failed, seconds: Number(seconds.toFixed(1)) });
    console.log(`${zod.padEnd(10)}${parser.name.padEnd(24)}${String(report.numRuns).padStart(8)} runs  accepted ${counts.accepted}  rejected ${counts.rejected}  unread ${counts.unread}  disagreed ${counts.disagreed}  (JSON.parse values vouched for ${counts.decodedAccepted}, read in full ${counts.decodedRejected})  ${seconds.toFixed(0)} s`);
    if (report.failed) {
      failed = true;
      console.log(fc.defaultReportMessage(report));
    }
  }
}
console.log(`seed ${seed}`);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ date: new Date().toISOString(), seed, runs, results }, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
