import { test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import * as z from 'zod';
import { buildPlan } from '../src/core/plan.js';
import * as newest from './support/plan-kit.js';
import { compare, exactly, mutatedBodies, plannedSchema, type Comparison, type PlanKit } from './support/plan-differential.js';
import { importWithZodFloor } from './support/zod-floor.js';
import { parsers } from './support/parsers.js';

// The validation plan (src/core/plan.ts) against zod, on the newest zod of the peer range (the one
// installed) and the lowest (`zod-floor`, the source bundled with it): every fixture, and 1,000
// fixtures changed by fast-check per kind and zod, must get the same verdict and the same output,
// and a value the plan rejects must be left as the reader made it. `bench/plan-soak.mjs` runs the
// same comparison 100,000 times per kind.

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { devDependencies: Record<string, string> };
const floorVersion = (manifest.devDependencies['zod-floor'] as string).replace('npm:zod@', '');

const kits: { name: string; kit: PlanKit | undefined }[] = [
  { name: 'newest zod', kit: newest },
  { name: `zod ${floorVersion}`, kit: undefined },
];
let remove: () => void;

beforeAll(async () => {
  const floor = await importWithZodFloor<PlanKit>(`${root}test/support/plan-kit.ts`);
  (kits[1] as { kit: PlanKit | undefined }).kit = floor.module;
  remove = floor.remove;
});

afterAll(() => remove());

/** @returns the kit, which the floor's is once `beforeAll` bundled it */
const kitOf = (name: string) => kits.find((entry) => entry.name === name)?.kit as PlanKit;

/** Tallies the outcomes of a property's runs, so each test can check both verdicts were reached. */
function tally() {
  const counts = { unread: 0, accepted: 0, rejected: 0, disagreed: 0, decodedAccepted: 0, decodedRejected: 0 };
  return {
    counts,
    add(comparison: Comparison) {
      counts[comparison.outcome]++;
      if ('decoded' in comparison && comparison.decoded !== undefined) counts[comparison.decoded ? 'decodedAccepted' : 'decodedRejected']++;
      return comparison;
    },
  };
}

describe.each(kits.map(({ name }) => name))('the plan against %s', (zodName) => {
  test('is the zod it claims to be', () => {
    const { schema } = plannedSchema(kitOf(zodName), 'shufti', false) as unknown as { schema: z.core.$ZodType };
    const { major, minor } = schema._zod.version;
    const expected = zodName === 'newest zod' ? z.core.version : { major: 4, minor: Number(floorVersion.split('.')[1]) };
    expect({ major, minor }).toEqual({ major: expected.major, minor: expected.minor });
  });

  describe.each(parsers.map((parser) => [parser.name, parser] as const))('%s', (_, parser) => {
    test.each([false, true])('models every definition (strict: %s)', (strict) => {
      expect(plannedSchema(kitOf(zodName), parser.name, strict).plan.unmodelled).toEqual([]);
    });

    test.each([false, true])('agrees with zod on every fixture (strict: %s)', (strict) => {
      const decoder = new TextDecoder();
      const outcomes = parser.fixtures.map((fixture) => ({ name: fixture.name, ...compare(kitOf(zodName), parser.name, decoder.decode(fixture.bytes), strict) }));
      expect(outcomes.filter(({ outcome }) => outcome === 'disagreed')).toEqual([]);
      // Lenient, every fixture is valid, and a JSON one is vouched for straight from JSON.parse.
      if (!strict) expect(outcomes.filter((outcome) => outcome.outcome !== 'accepted' || ('decoded' in outcome && outcome.decoded === false))).toEqual([]);
    });

    const counted = tally();
    test.prop([mutatedBodies(parser)], { numRuns: 1000 })('agrees with zod on changed fixtures', ({ text, strict }) => {
      const comparison = counted.add(compare(kitOf(zodName), parser.name, text, strict));
      expect(comparison).not.toHaveProperty('why');
    });

    test('reached both verdicts on changed fixtures', () => {
      expect(counted.counts.disagreed).toBe(0);
      expect(counted.counts.accepted).toBeGreaterThan(50);
      expect(counted.counts.rejected).toBeGreaterThan(50);
      if (parser.format === 'json') {
        // Both ways of the JSON wire: vouched for straight from JSON.parse, and read in full.
        expect(counted.counts.decodedAccepted).toBeGreaterThan(50);
        expect(counted.counts.decodedRejected).toBeGreaterThan(50);
      }
    });
  });
});

test('a Jumio form field named __proto__ gets the same verdict on both zods, strict or not', () => {
  // The form reader drops it: zod 4.6's strict objects would report it as an unknown key, 4.4's not.
  const [newestKit, floorKit] = [kitOf('newest zod'), kitOf(`zod ${floorVersion}`)];
  for (const parser of parsers.filter(({ format }) => format === 'form')) {
    const text = `__proto__=x&${new TextDecoder().decode(parser.fixtures[0]?.bytes)}`;
    for (const strict of [false, true]) {
      expect([compare(newestKit, parser.name, text, strict).outcome, compare(floorKit, parser.name, text, strict).outcome]).toEqual(['accepted', 'accepted']);
    }
  }
});

describe('the plan', () => {
  test('runs a definition it does not know on zod, and says so', () => {
    // A tuple is nowhere in the library's schemas: it stands for a definition a later zod adds.
    const schema = z.looseObject({ pair: z.tuple([z.string(), z.number()]), name: z.string() });
    const plan = buildPlan(schema);
    expect(plan.unmodelled).toEqual(['pair: tuple']);
    expect(plan.run({ pair: ['a', 1], name: 'x' })).toEqual({ ok: true, value: { pair: ['a', 1], name: 'x' } });
    expect(plan.run({ pair: ['a', 'b'], name: 'x' })).toEqual({ ok: false });
  });

  test('runs on zod an object with a field that every object seems to have', () => {
    // zod tests presence with `in`, which finds `constructor` on any object: the plan does not guess.
    const schema = z.looseObject({ constructor: z.string() });
    const plan = buildPlan(schema);
    expect(plan.unmodelled).toEqual(['(root): object']);
    expect(plan.run({})).toEqual({ ok: false });
    expect(plan.run({ constructor: 'x' })).toEqual({ ok: true, value: { constructor: 'x' } });
  });

  test('keeps the wire order of keys, unknown keys where they were', () => {
    const schema = z.looseObject({ first: z.string(), second: z.number() });
    const value = { unknown: true, second: 2, first: 'a' };
    const planned = buildPlan(schema).run(value);
    expect(planned.ok && Object.keys(planned.value as object)).toEqual(['unknown', 'second', 'first']);
    // zod's own parse lists the schema's keys first.
    expect(Object.keys(schema.parse({ ...value }))).toEqual(['first', 'second', 'unknown']);
  });

  test("undoes a failed union option's writes before the next option runs", () => {
    const decoded = z.codec(z.string(), z.number(), { decode: Number, encode: String });
    const schema = z.union([z.looseObject({ a: decoded, b: z.literal('one') }), z.looseObject({ a: z.string(), b: z.literal('two') })]);
    const value = { a: '5', b: 'two' };
    expect(buildPlan(schema).run(value)).toEqual({ ok: true, value: { a: '5', b: 'two' } });
    const rejected = { a: '5', b: 'three' };
    expect(buildPlan(schema).run(rejected)).toEqual({ ok: false });
    expect(rejected).toEqual({ a: '5', b: 'three' });
  });

  test('hands an object with an own __proto__ key to zod', () => {
    const schema = z.looseObject({ name: z.string() });
    const value = JSON.parse('{"name":"x","__proto__":{"polluted":true}}') as object;
    const planned = buildPlan(schema).run(value);
    const zod = schema.safeParse(JSON.parse('{"name":"x","__proto__":{"polluted":true}}'));
    expect(planned.ok).toBe(zod.success);
    expect(exactly(planned.ok && planned.value, true)).toBe(exactly(zod.data, true));
    expect(Object.getPrototypeOf(planned.ok && planned.value)).toBe(Object.prototype);
  });

  test('gives an object without a prototype the one zod gives', () => {
    const value = Object.assign(Object.create(null) as object, { name: 'x' });
    const planned = buildPlan(z.looseObject({ name: z.string() })).run(value);
    expect(planned.ok && Object.getPrototypeOf(planned.value)).toBe(Object.prototype);
  });

  test('leaves a rejected value without a prototype as it was', () => {
    const value = Object.assign(Object.create(null) as object, { name: 1 });
    expect(buildPlan(z.looseObject({ name: z.string() })).run(value)).toEqual({ ok: false });
    expect(Object.getPrototypeOf(value)).toBe(null);
  });
});
