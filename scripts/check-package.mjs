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
// Raised from 288 KiB packed and 1536 KiB unpacked for the three Jumio Platform kinds (measured
// 343,334 B packed, 1,581,568 B unpacked): their declarations are about 12 KB, and each of the four
// declaration copies (types.d.ts, its chunk, and their .d.cts twins) holds them, beside the
// schemas in every ESM and CJS entry.
const budget = { packed: 336 * 1024, unpacked: 1548 * 1024 };
const packed = statSync(tarball).size;
const unpacked = gunzipSync(readFileSync(tarball)).length;
console.log(`Tarball: ${packed} B packed (budget ${budget.packed}), ${unpacked} B as tar (budget ${budget.unpacked})`);
if (packed > budget.packed || unpacked > budget.unpacked) {
  console.error('Tarball size budget broken');
  process.exitCode = 1;
}
