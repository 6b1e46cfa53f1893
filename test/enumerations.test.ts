import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as idenfy from '../src/idenfy/enumerations.js';
import * as docVerification from '../src/jumio/doc-verification/enumerations.js';
import * as netverify from '../src/jumio/netverify/enumerations.js';
import * as platform from '../src/jumio/platform/enumerations.js';
import * as retrieval from '../src/jumio/retrieval/enumerations.js';
import * as retrievalStatus from '../src/jumio/retrieval-status/enumerations.js';
import * as onfido from '../src/onfido/enumerations.js';
import * as shufti from '../src/shufti/enumerations.js';
import type { KycCallbackKind } from '../src/kinds.js';
import { parsers } from './support/parsers.js';

// Each kind's enumerations.ts is the one source of its values: the types, the schema and the
// arbitraries read it. These tests hold it to that from both sides.

type Value = string | number | null;

/** Each kind's enumerations module; a kind missing here does not compile. */
const enumerations: Record<KycCallbackKind, Record<string, unknown>> = {
  'jumio-netverify': netverify,
  'jumio-doc-verification': docVerification,
  // The data centers are no field of the callback (jumioRetrievalUrls takes one).
  'jumio-platform': { jumioPlatformStatuses: platform.jumioPlatformStatuses },
  'jumio-retrieval': retrieval,
  'jumio-retrieval-status': retrievalStatus,
  idenfy,
  shufti,
  onfido,
};

/** @returns every documented value of a list (an array) or of a code-to-description map (keys and values) */
function valuesOf(list: unknown): Value[] {
  if (Array.isArray(list)) return list as Value[];
  if (typeof list === 'object' && list !== null) return [...Object.keys(list), ...(Object.values(list) as Value[])];
  return [list as Value];
}

/** @returns every string, number and null anywhere in a value, object keys excluded */
function leaves(value: unknown, into: Set<Value>): Set<Value> {
  if (Array.isArray(value)) for (const item of value) leaves(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) leaves(item, into);
  else if (typeof value === 'string' || typeof value === 'number' || value === null) into.add(value);
  return into;
}

describe.each(parsers.map((parser) => [parser.name, parser] as const))('%s enumerations', (kind, parser) => {
  const lists = enumerations[kind];

  test('the documented values are public API: a removed value shows here, and needs a changeset', () => {
    const documented = Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, valuesOf(list)]));
    expect(documented).toMatchSnapshot();
  });

  test('the arbitrary produces every documented value of every list', { timeout: 60_000 }, () => {
    // A fixed seed: this checks coverage, and must not depend on luck.
    const seen = new Set<Value>();
    for (const callback of fc.sample(parser.arbitrary({ newValues: false }), { numRuns: 1000, seed: 20261202 })) leaves(callback, seen);
    const missing = Object.entries(lists).flatMap(([name, list]) =>
      name === 'notAvailable' ? [] : valuesOf(list).filter((value) => !seen.has(value)).map((value) => `${name}: ${String(value)}`),
    );
    expect(missing, `${kind}: values the arbitrary never produced`).toEqual([]);
  });
});
