import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as root from '../src/index.js';
import { callbackKinds } from '../src/kinds.js';
import { parsers } from './support/parsers.js';

// Every kind of the registry is public: its parse, safeParse, serialize and schema, from the root
// entry and from its provider's subpath, under the names its kind gives them.

const exportsField = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }).exports;

/** `jumio-doc-verification` → `JumioDocVerification`. */
const pascal = (kind: string) => kind.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe.each(parsers)('$name: the entries export it', (parser) => {
  const definition = callbackKinds[parser.name];
  const base = pascal(parser.name);
  const names = {
    parse: `parse${base}`,
    safeParse: `safeParse${base}`,
    serialize: `serialize${base}`,
    schema: `${base.charAt(0).toLowerCase()}${base.slice(1)}Schema`,
  };
  const [fixture] = parser.fixtures;

  const entries: [string, () => Promise<Record<string, unknown>>][] = [
    ['kyc-webhooks', () => Promise.resolve(root as Record<string, unknown>)],
    [`kyc-webhooks/${definition.provider}`, () => import(`../src/${definition.provider}/index.ts`) as Promise<Record<string, unknown>>],
  ];

  test('its provider has a subpath in package.json', () => {
    expect(Object.keys(exportsField)).toContain(`./${definition.provider}`);
  });

  test.each(entries)('%s exports its four names, which are the definition\'s', async (_, load) => {
    const entry = await load();
    expect(entry[names.schema]).toBe(definition.schema);
    for (const name of [names.parse, names.safeParse, names.serialize]) expect(typeof entry[name], name).toBe('function');
    if (fixture === undefined) throw new Error(`${parser.name} has no fixture`);
    const parse = entry[names.parse] as (body: unknown) => unknown;
    const safeParse = entry[names.safeParse] as (body: unknown) => unknown;
    const serialize = entry[names.serialize] as (callback: unknown) => string;
    const callback = definition.parse(fixture.bytes as never);
    expect(parse(fixture.bytes)).toEqual(callback);
    expect(safeParse(fixture.bytes)).toEqual({ success: true, data: callback });
    expect(serialize(callback)).toBe(definition.serialize(callback as never));
  });
});
