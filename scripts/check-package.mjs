// Packs the package as npm would publish it and checks the tarball with publint and
// @arethetypeswrong/cli. Run after the build (`npm test` does both).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = mkdtempSync(join(tmpdir(), 'kyc-webhooks-pack-'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', directory], { encoding: 'utf8' }),
  );
  const tarball = join(directory, filename);
  run('npx', ['--no-install', 'publint', 'run', '--strict', '--pack', 'false', tarball]);
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16']);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
