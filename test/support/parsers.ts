import type { KycCallbackKind, ParseOptions, ParseResult } from '../../src/index.js';
import { shuftiEvents } from '../../src/index.js';
import { callbackKinds } from '../../src/kinds.js';
import { loadFixtures, type Fixture } from './fixtures.js';

/** Every parser, with its fixtures and its wire format, for the suites that run them all. */
export interface ParserUnderTest {
  readonly name: KycCallbackKind;
  readonly format: 'form' | 'json';
  readonly parse: (body: never, options?: ParseOptions) => unknown;
  readonly safeParse: (body: never, options?: ParseOptions) => ParseResult<unknown>;
  readonly serialize: (callback: never, options?: ParseOptions) => string;
  /** The form fields that hold JSON (none for a JSON kind). */
  readonly jsonFields: readonly string[];
  readonly fixtures: readonly Fixture[];
}

/** What the tests know of each kind beyond its definition; a kind missing here does not compile. */
const testSupport: { readonly [K in KycCallbackKind]: Pick<ParserUnderTest, 'jsonFields' | 'fixtures'> } = {
  'jumio-netverify': {
    jsonFields: ['rejectReason', 'idAddress', 'identityVerification', 'dlCategories', 'additionalChecks'],
    fixtures: loadFixtures('jumio/netverify', '.form'),
  },
  'jumio-doc-verification': {
    jsonFields: ['transaction', 'document'],
    fixtures: loadFixtures('jumio/doc-verification', '.form'),
  },
  idenfy: { jsonFields: [], fixtures: loadFixtures('idenfy', '.json') },
  shufti: {
    jsonFields: [],
    // The two verbatim base-document samples are not JSON; they have tests of their own.
    fixtures: loadFixtures('shufti', '.json', shuftiEvents).filter((fixture) => !fixture.name.endsWith('-invalid.json')),
  },
};

/** Every kind of the registry, in its order, with what the tests know of it. */
export const parsers: readonly ParserUnderTest[] = Object.values(callbackKinds).map((definition) => ({
  name: definition.kind,
  format: definition.wire.name,
  parse: definition.parse as ParserUnderTest['parse'],
  safeParse: definition.safeParse as ParserUnderTest['safeParse'],
  serialize: definition.serialize as unknown as ParserUnderTest['serialize'],
  ...testSupport[definition.kind],
}));
