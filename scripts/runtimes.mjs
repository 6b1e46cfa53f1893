// Runs the portability suite (test/runtimes/suite.mjs) on Node, Bun, Deno, workerd and headless
// Chromium against the built package, prints a table, writes .runtimes/report.json and exits non-zero
// on any failure. Node, Bun and Deno import dist/ through the package's exports; workerd and Chromium
// run an esbuild bundle of it, as a user's bundler makes one.
// Usage: npm run build && node scripts/runtimes.mjs [runtime…]
// A browser: KYC_CHROMIUM=/path/to/chromium, else CHROME_PATH (the GitHub workflow sets it), else /usr/bin/chromium. Outside CI a missing runtime is
// skipped with a loud message; with CI=true it fails the run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildManifest, packageEntries } from '../test/runtimes/manifest.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = `${root}.runtimes/`;
const require = createRequire(import.meta.url);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const chosen = process.argv.slice(2);
const timeoutMs = 180_000;

if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` first');

rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}node_modules`, { recursive: true });
// The package as its own dependency, so `import 'kyc-webhooks/idenfy'` resolves through its exports map.
symlinkSync(root, `${work}node_modules/kyc-webhooks`, 'dir');
// A consumer's package.json: Deno resolves bare imports from node_modules only for declared dependencies.
writeFileSync(`${work}package.json`, `${JSON.stringify({ name: 'kyc-webhooks-runtimes', private: true, type: 'module', dependencies: { 'kyc-webhooks': '*' } }, null, 2)}\n`);

const manifest = await buildManifest();
const entries = packageEntries();
const suite = JSON.stringify(`${root}test/runtimes/suite.mjs`);
writeFileSync(
  `${work}entry.mjs`,
  [
    `import { runSuite } from ${suite};`,
    ...entries.map(({ name }, index) => `import * as entry${index} from ${JSON.stringify(name)};`),
    `const entries = { ${entries.map(({ name }, index) => `${JSON.stringify(name)}: entry${index}`).join(', ')} };`,
    `const manifest = JSON.parse(${JSON.stringify(JSON.stringify(manifest))});`,
    'export const run = (options) => runSuite({ ...options, entries, manifest });',
    '',
  ].join('\n'),
);
writeFileSync(
  `${work}direct.mjs`,
  [
    "import { run } from './entry.mjs';",
    "const [runtime, version] = typeof Bun !== 'undefined' ? ['bun', Bun.version] : typeof Deno !== 'undefined' ? ['deno', Deno.version.deno] : ['node', process.versions.node];",
    'console.log(JSON.stringify(await run({ runtime, version })));',
    '',
  ].join('\n'),
);

/** Runs a command; resolves with its stdout, rejects with its stderr's tail on a non-zero exit. */
function runCommand(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}: ${stderr.slice(-2000)}`));
    });
  });
}

/** The last line of a runner's output that is a JSON report. */
const reportOf = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1));

/** @returns the path of a binary an npm package of the devDependencies ships, or undefined */
function binaryOf(packageName, binary = packageName) {
  const path = `${root}node_modules/.bin/${binary}`;
  if (!existsSync(path)) return undefined;
  try {
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return path;
  } catch {
    return undefined;
  }
}

async function bundle(entryPoint, outfile, platform) {
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [entryPoint], outfile, bundle: true, format: 'esm', platform, target: 'es2022', minify: true, logLevel: 'warning', absWorkingDir: work });
}

/** Each runtime: a probe for what it needs, and how to run the suite on it. */
const runtimes = {
  node: {
    missing: () => undefined,
    run: async () => reportOf(await runCommand(process.execPath, ['direct.mjs'])),
  },
  // Node as a strict content security policy leaves it: no code from strings, so zod runs without its JIT.
  'node-no-eval': {
    missing: () => undefined,
    run: async () => ({ ...reportOf(await runCommand(process.execPath, ['--disallow-code-generation-from-strings', 'direct.mjs'])), runtime: 'node-no-eval' }),
  },
  bun: {
    missing: () => (binaryOf('bun') ? undefined : 'node_modules/.bin/bun is missing or does not run (npm ci installs the bun package)'),
    run: async () => reportOf(await runCommand(binaryOf('bun'), ['run', 'direct.mjs'])),
  },
  deno: {
    missing: () => (binaryOf('deno') ? undefined : 'node_modules/.bin/deno is missing or does not run (npm ci installs the deno package)'),
    // No permission flags: every module is imported, none is read as a file at run time.
    run: async () => reportOf(await runCommand(binaryOf('deno'), ['run', '--no-prompt', 'direct.mjs'], { env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } })),
  },
  workerd: {
    missing: () => (binaryOf('workerd') ? undefined : 'node_modules/.bin/workerd is missing or does not run (npm ci installs the workerd package)'),
    run: async () => {
      const version = execFileSync(binaryOf('workerd'), ['--version'], { encoding: 'utf8' }).trim().replace(/^workerd /, '');
      writeFileSync(
        `${work}worker-entry.mjs`,
        [
          "import { run } from './entry.mjs';",
          // workerd's clock stands still while a request computes and moves on I/O: a timer lets it move.
          'const settle = () => new Promise((resolve) => setTimeout(resolve, 0));',
          `export default { async fetch() { return Response.json(await run({ runtime: 'workerd', version: ${JSON.stringify(version)}, settle })); } };`,
          '',
        ].join('\n'),
      );
      await bundle('worker-entry.mjs', `${work}worker.js`, 'browser');
      const port = await freePort();
      writeFileSync(
        `${work}workerd.capnp`,
        [
          'using Workerd = import "/workerd/workerd.capnp";',
          'const config :Workerd.Config = (',
          '  services = [(name = "main", worker = .suite)],',
          `  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],`,
          ');',
          'const suite :Workerd.Worker = (',
          '  modules = [(name = "worker.js", esModule = embed "worker.js")],',
          '  compatibilityDate = "2025-09-01",',
          ');',
          '',
        ].join('\n'),
      );
      const server = spawn(binaryOf('workerd'), ['serve', 'workerd.capnp'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      server.stderr.on('data', (chunk) => (stderr += chunk));
      try {
        const response = await fetchWhenUp(`http://127.0.0.1:${port}/`, server);
        if (!response.ok) throw new Error(`workerd answered ${response.status}: ${(await response.text()).slice(0, 2000)} ${stderr.slice(-2000)}`);
        return await response.json();
      } catch (error) {
        throw new Error(`${error.message} ${stderr.slice(-2000)}`);
      } finally {
        server.kill('SIGTERM');
      }
    },
  },
  chromium: {
    missing: () => {
      const path = chromiumPath();
      if (!existsSync(path)) return `no browser at ${path} (set KYC_CHROMIUM or CHROME_PATH to a Chromium or Chrome binary, or apt-get install chromium)`;
      try {
        require.resolve('playwright-core');
      } catch {
        return 'playwright-core is not installed (npm ci installs it)';
      }
      return undefined;
    },
    run: async () => {
      writeFileSync(
        `${work}page-entry.mjs`,
        [
          "import { run } from './entry.mjs';",
          "const version = (navigator.userAgent.match(/Chrom(?:e|ium)\\/([\\d.]+)/) ?? [])[1] ?? 'unknown';",
          "window.report = run({ runtime: 'chromium', version }).catch((error) => ({ runtime: 'chromium', version, passed: 0, failed: [{ name: 'the suite', detail: String(error) }] }));",
          '',
        ].join('\n'),
      );
      await bundle('page-entry.mjs', `${work}page.js`, 'browser');
      const files = {
        '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>kyc-webhooks runtimes</title><script type="module" src="/page.js"></script>'],
        '/page.js': ['text/javascript', readFileSync(`${work}page.js`)],
      };
      // Served from 127.0.0.1, a secure context, so crypto.subtle is there as on a real site.
      const server = createServer((request, response) => {
        const file = files[request.url];
        response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? 'not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { chromium } = require('playwright-core');
      let browser;
      try {
        // Playwright starts the browser on a fresh, empty profile (a new --user-data-dir) of its own.
        browser = await chromium.launch({
          executablePath: chromiumPath(),
          headless: true,
          timeout: 60_000,
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`http://127.0.0.1:${server.address().port}/`);
        await page.waitForFunction(() => window.report !== undefined, undefined, { timeout: timeoutMs });
        const report = await page.evaluate(() => window.report);
        if (errors.length > 0) report.failed.push({ name: 'page errors', detail: errors.join('\n').slice(0, 2000) });
        return { ...report, version: browser.version() };
      } finally {
        await browser?.close();
        server.close();
      }
    },
  },
};

function chromiumPath() {
  return process.env.KYC_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium';
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function fetchWhenUp(url, child) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}`);
    try {
      return await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (Date.now() > deadline || error.name === 'TimeoutError') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const results = [];
for (const name of Object.keys(runtimes)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  const runtime = runtimes[name];
  const missing = runtime.missing();
  if (missing !== undefined) {
    const banner = '!'.repeat(78);
    console.error(`\n${banner}\n!! ${name.toUpperCase()} NOT TESTED: ${missing}\n${banner}\n`);
    results.push({ runtime: name, status: inCi ? 'failed' : 'skipped', reason: missing });
    continue;
  }
  const start = performance.now();
  try {
    const report = await runtime.run();
    const seconds = Math.round((performance.now() - start) / 100) / 10;
    const status = report.failed.length === 0 && report.passed > 0 ? 'passed' : 'failed';
    results.push({ status, seconds, ...report });
  } catch (error) {
    results.push({ runtime: name, status: 'failed', seconds: Math.round((performance.now() - start) / 100) / 10, reason: error.message });
  }
}

writeFileSync(`${work}report.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log('\n| Runtime | Version | Result | Checks | Cold start, one parse | Parses/s (idenfy APPROVED.json) | Wall time |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const result of results) {
  const checks = result.passed === undefined ? '' : `${result.passed} passed, ${result.failed.length} failed`;
  const cold = result.coldStartMs === undefined ? '' : `${result.coldStartMs} ms`;
  const rate = result.parsesPerSecond === undefined ? '' : result.parsesPerSecond.toLocaleString('en-US');
  console.log(`| ${result.runtime} | ${result.version ?? ''} | ${result.status} | ${checks} | ${cold} | ${rate} | ${result.seconds ?? ''} s |`);
}
for (const result of results.filter((entry) => entry.status === 'failed')) {
  console.error(`\n${result.runtime} FAILED${result.reason ? `: ${result.reason}` : ''}`);
  for (const failure of result.failed ?? []) console.error(`  - ${failure.name}${failure.detail === undefined ? '' : `: ${failure.detail}`}`);
}
const count = (status) => results.filter((entry) => entry.status === status).length;
console.log(`\nruntimes: ${count('passed')} passed, ${count('failed')} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`);
// Exits explicitly: a browser or server handle left open by a failure must not keep the run alive.
process.exit(count('failed') > 0 || results.length === 0 ? 1 : 0);
