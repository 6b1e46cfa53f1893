// The package as a user gets it: the tarball `npm test` packed (.pack/package.tgz, built by the
// `prepack` script), installed into fresh projects outside the repository and compiled with the
// user's compiler settings, not ours. No network: the dependencies are linked from node_modules.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const sources = `${root}test/consumer/`;
const work = mkdtempSync(join(tmpdir(), 'kyc-webhooks-consumer-'));

/** The TypeScript versions a user may compile with: the lowest zod 4 supports, ours, and 7. */
const compilers = {
  '5.5': 'typescript-floor',
  '6': 'typescript',
  '7': 'typescript-7',
} as const;

const resolutions = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
} as const;

/** What `tsc --init` writes, minus `skipLibCheck` and the emit settings. */
const userSettings = {
  target: 'es2022',
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  moduleDetection: 'force',
  skipLibCheck: false,
  noEmit: true,
};

// One process per core: each compile is single-threaded, except 7's, which is fast anyway.
const slots = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  while (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await new Promise((resolve) => {
      execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      });
    });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

type Version = keyof typeof compilers;
type Resolution = keyof typeof resolutions;

// Every combination on TypeScript 7, which compiles in about a second. On 5.5 and 6, which take
// several, four: each resolution, and each pair of settings of the two flags.
const sampled: readonly [Resolution, boolean, boolean][] = [
  ['nodenext', true, true],
  ['node16', false, false],
  ['bundler', true, false],
  ['nodenext', false, true],
];
const everyCombination = (Object.keys(resolutions) as Resolution[]).flatMap((resolution) =>
  [true, false].flatMap((dom) => [true, false].map((exact): [Resolution, boolean, boolean] => [resolution, dom, exact])),
);
const matrix = (['5.5', '6', '7'] as const).flatMap((version) =>
  (version === '7' ? everyCombination : sampled).map(([resolution, dom, exact]) => ({ version, resolution, dom, exact })),
);

function tsc(version: Version, project: string) {
  return run(process.execPath, [`${root}node_modules/${compilers[version]}/bin/tsc`, '-p', project], work);
}

/** Extracts the tarball into `directory/node_modules/kyc-webhooks`, as `npm install` would. */
async function install(directory: string, links: readonly string[]): Promise<void> {
  const target = `${directory}/node_modules/kyc-webhooks`;
  mkdirSync(target, { recursive: true });
  const extracted = await run('tar', ['-xzf', `${root}.pack/package.tgz`, '-C', target, '--strip-components=1'], directory);
  if (extracted.code !== 0) throw new Error(extracted.output);
  for (const name of links) symlinkSync(`${root}node_modules/${name}`, `${directory}/node_modules/${name}`, 'dir');
}

function project(name: string, compilerOptions: object, files: readonly string[]): string {
  const directory = `${work}/${name}`;
  mkdirSync(directory, { recursive: true });
  writeFileSync(`${directory}/tsconfig.json`, JSON.stringify({ compilerOptions, files }));
  return directory;
}

/** Every ```ts block of the README, each as a file of its own. */
function readmeBlocks(readme: string): string[] {
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

beforeAll(async () => {
  writeFileSync(`${work}/package.json`, JSON.stringify({ type: 'module', private: true }));
  mkdirSync(`${work}/node_modules/@fast-check`, { recursive: true });
  await install(work, ['zod', 'fast-check', '@fast-check/vitest', 'vitest', '@types', 'hono']);
  for (const file of ['entries.ts', 'entries.cts', 'runtime.mjs', 'runtime.cjs', 'receive.mjs']) {
    writeFileSync(`${work}/${file}`, readFileSync(`${sources}${file}`));
  }
  mkdirSync(`${work}/types-only`);
  writeFileSync(`${work}/types-only/package.json`, JSON.stringify({ type: 'module', private: true }));
  writeFileSync(`${work}/types-only/types-only.ts`, readFileSync(`${sources}types-only.ts`));
  await install(`${work}/types-only`, []);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package, from the outside', () => {
  test('contains the build, the changelog, the readme and the license, and no source maps', async () => {
    const listing = await run('tar', ['-tzf', `${root}.pack/package.tgz`], work);
    const files = listing.output.trim().split('\n').map((file) => file.replace(/^package\//, ''));
    // CHANGELOG.md exists from the first `changeset version` on.
    const changelog = existsSync(`${root}CHANGELOG.md`) ? ['CHANGELOG.md'] : [];
    for (const file of ['package.json', 'README.md', ...changelog, 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/types.d.ts']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  test.concurrent('kyc-webhooks/node answers a real request: 200 for a signed callback, 401 for a forged one', async () => {
    const result = await run(process.execPath, ['receive.mjs', `${root}fixtures/idenfy/APPROVED.json`], work);
    expect(result.output).toBe('[[200,401],["APPROVED"]]\n');
    expect(result.code).toBe(0);
  });

  test.concurrent.each(['runtime.mjs', 'runtime.cjs'])('%s imports it and parses fixtures', async (file) => {
    const fixtures = [`${root}fixtures/jumio/netverify/APPROVED_VERIFIED.form`, `${root}fixtures/idenfy/APPROVED.json`];
    const result = await run(process.execPath, [file, ...fixtures], work);
    expect(result.output).toBe('["APPROVED_VERIFIED","APPROVED","malformed_body","check.completed"]\n');
    expect(result.code).toBe(0);
  });

  test.concurrent.for(matrix)(
    'compiles every entry with TypeScript $version, $resolution, DOM lib $dom (else Node types), exactOptionalPropertyTypes $exact',
    { timeout: 180_000 },
    async ({ version, resolution, dom, exact }) => {
      const directory = project(
        `ts${version}-${resolution}-${dom ? 'dom' : 'nodom'}-${exact ? 'exact' : 'loose'}`,
        // Without the DOM lib, zod's types and ours need Node's (`URL`, `URLSearchParams`).
        { ...userSettings, ...resolutions[resolution], ...(dom ? { lib: ['es2022', 'dom'] } : { lib: ['es2022'], types: ['node'] }), exactOptionalPropertyTypes: exact },
        ['../entries.ts', '../entries.cts'],
      );
      const result = await tsc(version, directory);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    },
  );

  test.concurrent.for(Object.keys(compilers) as Version[])(
    'kyc-webhooks/types compiles with TypeScript %s in a project without zod',
    { timeout: 180_000 },
    async (version) => {
      const directory = project(`types-only/ts${version}`, { ...userSettings, ...resolutions.nodenext, lib: ['es2022'] }, ['../types-only.ts']);
      const result = await tsc(version, directory);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    },
  );

  test.concurrent('every ts block of the README compiles as pasted, against the real packages', async () => {
    const blocks = readmeBlocks(readFileSync(`${root}README.md`, 'utf8'));
    expect(blocks.length).toBeGreaterThan(10);
    mkdirSync(`${work}/readme`);
    const files = blocks.map((block, index) => {
      writeFileSync(`${work}/readme/block-${String(index + 1).padStart(2, '0')}.ts`, block);
      return `block-${String(index + 1).padStart(2, '0')}.ts`;
    });
    writeFileSync(`${work}/readme/application.d.ts`, readFileSync(`${sources}application.d.ts`));
    writeFileSync(
      `${work}/readme/tsconfig.json`,
      JSON.stringify({
        compilerOptions: { ...userSettings, ...resolutions.nodenext, lib: ['es2022', 'dom'], types: ['node'], exactOptionalPropertyTypes: true },
        files: ['application.d.ts', ...files],
      }),
    );
    const result = await tsc('6', `${work}/readme`);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 180_000);
});
