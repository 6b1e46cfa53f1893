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
// Packed: 308 KiB. The CommonJS build is split into shared chunks like the ESM one (tsup's
// `splitting`), so an entry no longer carries its own copy of the core and of every kind: with the two
// HTTP entries added, 301 KB packed, down from 324 KB without them.
const budget = { packed: 308 * 1024, unpacked: 1536 * 1024 };
const packed = statSync(tarball).size;
const unpacked = gunzipSync(readFileSync(tarball)).length;
console.log(`Tarball: ${packed} B packed (budget ${budget.packed}), ${unpacked} B as tar (budget ${budget.unpacked})`);
if (packed > budget.packed || unpacked > budget.unpacked) {
  console.error('Tarball size budget broken');
  process.exitCode = 1;
}
