// Checks the tarball `npm run package` packed (.pack/package.tgz) with publint and
// @arethetypeswrong/cli, and against its size budget. `npm test` packs first.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const tarball = fileURLToPath(new URL('../.pack/package.tgz', import.meta.url));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
run('npx', ['--no-install', 'publint', 'run', '--strict', '--pack', 'false', tarball]);
run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16']);

// No source maps are shipped (they would point at sources that are not), so the budget is the
// build, the declarations, README.md, CHANGELOG.md and LICENSE, with room for the providers to come.
// Packed 404 KiB, unpacked 1856 KiB. The CommonJS build is split into shared chunks like the ESM
// one (tsup's `splitting`), so an entry carries no copy of the core and the kinds of its own (the two
// HTTP entries alone took the tarball from 324 to 392 KB before that; 301 KB after). What grows now
// is the declarations, about 900 KB of the 1.49 MB of dist/: each type is declared twice (the
// self-contained `types.d.ts` and the chunk the other entries share) and in both formats. With the
// Jumio Platform kinds and the command line's listen, verify, sign and send: 363 KB packed. Onfido
// added 37 KB packed (362 to 399 KB; 1,668 to 1,847 KB as tar): its types, declared four times, about
// 80 KB of it, its code in both formats about 35 KB, the command line's copy 9 KB. The validation
// plan (src/core/plan.ts) and its documentation added about 9 KB packed (399 KiB; 1,834 KiB as tar).
const budget = { packed: 404 * 1024, unpacked: 1856 * 1024 };
const packed = statSync(tarball).size;
const unpacked = gunzipSync(readFileSync(tarball)).length;
console.log(`Tarball: ${packed} B packed (budget ${budget.packed}), ${unpacked} B as tar (budget ${budget.unpacked})`);
if (packed > budget.packed || unpacked > budget.unpacked) {
  console.error('Tarball size budget broken');
  process.exitCode = 1;
}
