import { describe, expect, test } from 'vitest';
import { fixtureFiles, fixtureText, loadSources } from './support/fixtures.js';
import { parsers } from './support/parsers.js';

// One sweep over every kind of the registry: a kind added there is swept by adding its fixtures.

/** Discriminant values no fixture holds yet, by kind, each with its reason; none today. */
const knownGaps: { readonly [kind: string]: readonly string[] } = {};

/** The value at a path of a parsed callback. */
const valueAt = (callback: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), callback);

const variantPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe.each(parsers)('$name: the fixture sweep', (parser) => {
  const { fixtures } = parser;
  const parse = (body: unknown) => parser.parse(body as never);

  test('every fixture name starts with a known variant and has a kebab-case variant, if any', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const { name, discriminant } of fixtures) {
      expect(parser.variants, name).toContain(discriminant);
      const rest = name.slice(discriminant.length + 1, name.lastIndexOf('.'));
      if (rest !== '') expect(rest, name).toMatch(variantPattern);
    }
  });

  test('there is a fixture for every variant', () => {
    expect(new Set(fixtures.map((entry) => entry.discriminant))).toEqual(new Set(parser.variants));
  });

  test.each(parser.discriminants.map((discriminant) => ({ at: discriminant.path.join('.'), ...discriminant })))(
    'the fixtures hold every value of the discriminant $at',
    ({ path, values }) => {
      const held = new Set(fixtures.map((fixture) => valueAt(parse(fixture.bytes), path)));
      const gaps = knownGaps[parser.name] ?? [];
      for (const value of values) if (!gaps.includes(value)) expect(held, `no ${parser.name} fixture has ${path.join('.')} ${value}`).toContain(value);
      for (const gap of gaps) expect(held, `${gap} is listed as a gap but has a fixture`).not.toContain(gap);
    },
  );

  test('SOURCES.md has a row for every fixture file and no other', () => {
    const rows = [...loadSources(parser.directory).matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual(fixtureFiles(parser.directory));
  });

  test('every fixture name SOURCES.md mentions anywhere names a file present', () => {
    // Documentation examples kept although they are not JSON end in `.invalid-json.txt`.
    const extension = parser.format === 'form' ? 'form' : '(?:json|invalid-json\\.txt)';
    const variants = [...parser.variants].sort((a, b) => b.length - a.length).map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const named = new RegExp(`(?<![\\w.-])(?:${variants.join('|')})(?:\\.[a-z0-9-]+)*\\.${extension}(?![\\w.-])`, 'g');
    const mentioned = [...loadSources(parser.directory).matchAll(named)].map((match) => match[0]);
    const byVariant = fixtureFiles(parser.directory).filter((name) => parser.variants.some((variant) => name.startsWith(`${variant}.`)));
    expect(mentioned.length).toBeGreaterThanOrEqual(byVariant.length);
    for (const name of mentioned) expect(fixtureFiles(parser.directory)).toContain(name);
  });

  // Documentation examples that are not JSON, kept byte for byte (`*.invalid-json.txt`): each must
  // fail as a malformed body, never as a payload problem or a throw.
  const invalidJson = fixtureFiles(parser.directory).filter((name) => name.endsWith('.invalid-json.txt'));
  if (invalidJson.length > 0) {
    test.each(invalidJson)('%s is refused as malformed_body', (name) => {
      const text = fixtureText(parser.directory, name);
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      const result = parser.safeParse(text as never);
      expect(result.success || [result.error.code, result.error.kind]).toEqual(['malformed_body', parser.name]);
    });
  }

  test.each(fixtures)('$name parses, matches its name, and round-trips', ({ bytes, discriminant }) => {
    const callback = parse(bytes);
    expect(parser.variantOf(callback as never)).toBe(discriminant);
    expect(parse(parser.serialize(callback as never))).toEqual(callback);
    expect(JSON.parse(JSON.stringify(callback))).toStrictEqual(callback);
  });

  test.each(fixtures)('$name parses the same from every accepted body type', ({ bytes }) => {
    const expected = parse(bytes);
    const text = new TextDecoder().decode(bytes);
    expect(parse(text)).toEqual(expected);
    expect(parse(bytes.slice().buffer)).toEqual(expected);
    if (parser.format === 'form') {
      expect(parse(new URLSearchParams(text))).toEqual(expected);
      expect(parse(Object.fromEntries(new URLSearchParams(text)))).toEqual(expected);
    } else {
      expect(parse(JSON.parse(text))).toEqual(expected);
    }
  });
});
