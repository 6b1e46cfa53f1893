// Packs the package as `npm publish` would (the `prepack` script builds it) into .pack/, where the
// consumer suite and check-package.mjs read it. Usage: node scripts/pack.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const destination = `${root}.pack`;
rmSync(destination, { recursive: true, force: true });
mkdirSync(destination);
// Lifecycle scripts print to stdout too, so the tarball's name is read from the folder, not the JSON.
execFileSync('npm', ['pack', '--pack-destination', destination], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const [tarball] = readdirSync(destination);
renameSync(`${destination}/${tarball}`, `${destination}/package.tgz`);
