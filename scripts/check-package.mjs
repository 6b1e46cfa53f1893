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
// Packed: 316 KiB (was 288) since signature verification, the Jumio address list and callback URL
// token and the signers (about 7 KB gzipped of code, in the ESM build and in each of the five CJS
// entries, plus their declarations in both formats and the README) added about 36 KB packed; 320 KiB
// since one source per enumeration (the CJS entries grew about 6 KB unpacked, 2.4 KB packed); 324 KiB
// since the command line's verify, sign and send (its bundle, now minified, grew 79 KB to 68 KB
// unpacked but the tarball packs about 5 KB larger with detection, signatures and body builders, and the README).
const budget = { packed: 324 * 1024, unpacked: 1536 * 1024 };
const packed = statSync(tarball).size;
const unpacked = gunzipSync(readFileSync(tarball)).length;
console.log(`Tarball: ${packed} B packed (budget ${budget.packed}), ${unpacked} B as tar (budget ${budget.unpacked})`);
if (packed > budget.packed || unpacked > budget.unpacked) {
  console.error('Tarball size budget broken');
  process.exitCode = 1;
}
