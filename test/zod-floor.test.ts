import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Library from '../src/index.js';
import { importWithZodFloor } from './support/zod-floor.js';
import { parsers, type ParserUnderTest } from './support/parsers.js';

// The package promises to work with every zod in its peer range. This suite bundles the build
// (`npm test` builds first) with the lowest zod of that range, installed as the dev dependency
// `zod-floor`, and checks that every fixture, and every fixture with one field broken, gives the
// same result as the source does on the zod the tests run with: the same data, or the same error
// code, issue codes, paths and messages. (The parse runner uses zod's core protocol, `_zod.run`
// and `util.finalizeIssue`, so this is where a zod that lacks them would show.)

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let floor: typeof Library;
let remove: () => void;

beforeAll(async () => {
  ({ module: floor, remove } = await importWithZodFloor<typeof Library>(`${root}dist/index.js`));
});

afterAll(() => remove());

const floorParsers = (): Record<ParserUnderTest['name'], (body: never) => Library.ParseResult<unknown>> => ({
  'jumio-netverify': floor.safeParseJumioNetverify as (body: never) => Library.ParseResult<unknown>,
  'jumio-doc-verification': floor.safeParseJumioDocVerification as (body: never) => Library.ParseResult<unknown>,
  'jumio-platform': floor.safeParseJumioPlatform as (body: never) => Library.ParseResult<unknown>,
  'jumio-retrieval': floor.safeParseJumioRetrieval as (body: never) => Library.ParseResult<unknown>,
  'jumio-retrieval-status': floor.safeParseJumioRetrievalStatus as (body: never) => Library.ParseResult<unknown>,
  idenfy: floor.safeParseIdenfy as (body: never) => Library.ParseResult<unknown>,
  shufti: floor.safeParseShufti as (body: never) => Library.ParseResult<unknown>,
  onfido: floor.safeParseOnfido as (body: never) => Library.ParseResult<unknown>,
});

/** What must not differ between two zods: the data, or the error without its stack. */
function outcome(result: Library.ParseResult<unknown>) {
  return result.success ? { data: result.data } : { error: result.error.toJSON(), variant: result.error.variant };
}

/**
 * @returns the fixture's body, and the body with each top-level field (and each field of a
 *   one-field envelope) in turn set to a value of the wrong type (a number for JSON bodies, text that is neither JSON nor a documented value for
 *   form bodies)
 */
function bodiesOf(parser: ParserUnderTest, bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes);
  if (parser.format === 'json') {
    const value = JSON.parse(text) as Record<string, unknown>;
    const broken = Object.keys(value).map((key) => JSON.stringify({ ...value, [key]: 7 }));
    // An envelope (Onfido's `{ payload }`) has one top-level field: break the fields inside it too.
    const [only, ...others] = Object.keys(value);
    const inner = value[only as string];
    if (others.length > 0 || typeof inner !== 'object' || inner === null || Array.isArray(inner)) return [text, ...broken];
    return [text, ...broken, ...Object.keys(inner).map((key) => JSON.stringify({ [only as string]: { ...inner, [key]: 7 } }))];
  }
  const fields = [...new URLSearchParams(text)];
  const broken = (at: number) => fields.map(([name, value], index): [string, string] => [name, index === at ? '{x' : value]);
  return [text, ...fields.map((_, at) => new URLSearchParams(broken(at)).toString())];
}

describe('on the lowest zod of the peer range', () => {
  test('zod-floor is that zod', () => {
    expect(manifest.devDependencies['zod-floor']).toBe(`npm:zod@${(manifest.peerDependencies['zod'] ?? '').replace(/^\^/, '')}`);
    expect((JSON.parse(readFileSync(`${root}node_modules/zod-floor/package.json`, 'utf8')) as { version: string }).version).toBe(
      manifest.devDependencies['zod-floor']?.replace('npm:zod@', ''),
    );
  });

  for (const parser of parsers) {
    test(`${parser.name}: every fixture and every fixture with a field broken parse as they do on the current zod`, () => {
      const onFloor = floorParsers()[parser.name];
      let failures = 0;
      for (const fixture of parser.fixtures) {
        for (const body of bodiesOf(parser, fixture.bytes)) {
          const expected = parser.safeParse(body as never);
          if (!expected.success) failures++;
          expect(outcome(onFloor(body as never)), `${fixture.name}: ${body.slice(0, 80)}`).toEqual(outcome(expected));
        }
      }
      // The broken bodies must reach the error paths, or this compares successes only.
      expect(failures).toBeGreaterThan(parser.fixtures.length);
    });
  }
});
