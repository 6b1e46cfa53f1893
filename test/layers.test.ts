import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Imports go one way: core at the bottom, providers above it, src/kinds.ts, then the webhook layer
// and the entries on top. Read from the source text with the TypeScript parser.

const src = fileURLToPath(new URL('../src/', import.meta.url));
const providers = ['idenfy', 'jumio', 'shufti'];

interface Import {
  /** The importing file and the imported one, relative to src/ (`core/errors.ts`). */
  readonly from: string;
  readonly to: string;
  /** `import type` or `export type`: erased from every build. */
  readonly typeOnly: boolean;
}

const filesUnder = (folder: string): string[] =>
  readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name).split('\\').join('/'));

/** Every relative import and re-export of a file, resolved to a file under src/. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(src, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier === undefined || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    const to = relative(src, join(src, dirname(file), specifier.text)).split('\\').join('/').replace(/\.js$/, '.ts');
    found.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const namedTypeOnly =
        clause?.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.name === undefined && clause.namedBindings.elements.length > 0
          ? clause.namedBindings.elements.every((element) => element.isTypeOnly)
          : false;
      add(node.moduleSpecifier, clause?.isTypeOnly === true || namedTypeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const layerOf = (path: string) => (path === 'kinds.ts' ? 'kinds' : (path.split('/')[0] ?? ''));
const show = (found: readonly Import[]) => found.map(({ from, to, typeOnly }) => `${from} -> ${to}${typeOnly ? ' (type)' : ''}`);

describe('the import direction', () => {
  test('the reader sees imports, type-only ones and re-exports', () => {
    const core = filesUnder('core').flatMap(importsOf);
    expect(core.length).toBeGreaterThan(10);
    expect(core).toContainEqual({ from: 'core/error-types.ts', to: 'kinds.ts', typeOnly: true });
    expect(importsOf('index.ts').some((entry) => entry.to === 'jumio/index.ts' && !entry.typeOnly)).toBe(true);
  });

  test('src/core imports no provider, nothing of src/webhook, and the registry only as a type in error-types.ts', () => {
    const upward = filesUnder('core')
      .flatMap(importsOf)
      .filter(({ to }) => layerOf(to) !== 'core')
      // The documented exception: the union of the registry's kinds, erased from every build.
      .filter((entry) => !(entry.from === 'core/error-types.ts' && entry.to === 'kinds.ts' && entry.typeOnly));
    expect(show(upward)).toEqual([]);
  });

  test.each(providers)('src/%s imports only itself and src/core', (provider) => {
    const outside = filesUnder(provider)
      .flatMap(importsOf)
      .filter(({ to }) => layerOf(to) !== provider && layerOf(to) !== 'core');
    expect(show(outside)).toEqual([]);
  });

  test('src/webhook reaches the providers only through src/kinds.ts (and their types.ts, as types)', () => {
    const direct = filesUnder('webhook')
      .flatMap(importsOf)
      .filter(({ to }) => providers.includes(layerOf(to)))
      .filter(({ to, typeOnly }) => !(typeOnly && to.endsWith('/types.ts')));
    expect(show(direct)).toEqual([]);
  });

  test('src/http reaches the providers only through src/kinds.ts (their option types aside), and imports nothing of Node', () => {
    const imports = filesUnder('http').flatMap(importsOf);
    expect(show(imports.filter(({ to, typeOnly }) => providers.includes(layerOf(to)) && !typeOnly))).toEqual([]);
    const node = filesUnder('http').filter((file) => /from 'node:/.test(readFileSync(join(src, file), 'utf8')));
    expect(node).toEqual([]);
  });
});

describe('the optional peer dependency fast-check', () => {
  const importsFastCheck = (file: string) => /from 'fast-check'|import\('fast-check'\)/.test(readFileSync(join(src, file), 'utf8'));

  /** @returns every file `start` reaches through relative imports and re-exports that survive the build */
  function reachedFrom(start: readonly string[]): Set<string> {
    const reached = new Set<string>();
    const pending = [...start];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      pending.push(...importsOf(file).filter(({ typeOnly }) => !typeOnly).map(({ to }) => to));
    }
    return reached;
  }

  test('the reader sees the arbitraries import it', () => {
    expect([...reachedFrom(['testing/index.ts'])].filter(importsFastCheck)).toContain('testing/idenfy.ts');
  });

  test('the command line and the body builders never reach it', () => {
    const start = [...filesUnder('cli'), ...filesUnder('testing/bodies')];
    expect(start).toContain('testing/bodies/shufti.ts');
    expect([...reachedFrom(start)].filter(importsFastCheck)).toEqual([]);
  });
});
