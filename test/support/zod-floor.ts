import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles a module with the lowest zod of the peer range (the dev dependency `zod-floor`) in place
 * of `zod`, and imports it.
 *
 * @param entryPoint - the module's path
 * @returns the module, and a function that removes the bundle
 */
export async function importWithZodFloor<M>(entryPoint: string): Promise<{ module: M; remove: () => void }> {
  const directory = mkdtempSync(join(tmpdir(), 'kyc-webhooks-zod-floor-'));
  const outfile = join(directory, 'bundle.mjs');
  await build({ entryPoints: [entryPoint], bundle: true, format: 'esm', platform: 'neutral', outfile, alias: { zod: 'zod-floor' }, logLevel: 'silent' });
  return { module: (await import(outfile)) as M, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
