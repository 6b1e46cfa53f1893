import type { KycWebhookError, ParseOptions, ParseResult } from '../../src/index.js';
import {
  parseIdenfy,
  parseJumioDocVerification,
  parseJumioNetverify,
  parseShufti,
  safeParseIdenfy,
  safeParseJumioDocVerification,
  safeParseJumioNetverify,
  safeParseShufti,
  serializeIdenfy,
  serializeJumioDocVerification,
  serializeJumioNetverify,
  serializeShufti,
  shuftiEvents,
} from '../../src/index.js';
import { loadFixtures, type Fixture } from './fixtures.js';

/** Every parser, with its fixtures and its wire format, for the suites that run them all. */
export interface ParserUnderTest {
  readonly name: KycWebhookError['provider'];
  readonly format: 'form' | 'json';
  readonly parse: (body: never, options?: ParseOptions) => unknown;
  readonly safeParse: (body: never, options?: ParseOptions) => ParseResult<unknown>;
  readonly serialize: (callback: never, options?: ParseOptions) => string;
  /** The form fields that hold JSON (none for a JSON kind). */
  readonly jsonFields: readonly string[];
  readonly fixtures: readonly Fixture[];
}

const erase = <F extends (...args: never[]) => unknown>(run: F) => run as unknown as (body: never, options?: ParseOptions) => ReturnType<F>;

export const parsers: readonly ParserUnderTest[] = [
  {
    name: 'jumio-netverify',
    format: 'form',
    parse: erase(parseJumioNetverify),
    serialize: serializeJumioNetverify as unknown as ParserUnderTest['serialize'],
    jsonFields: ['rejectReason', 'idAddress', 'identityVerification', 'dlCategories', 'additionalChecks'],
    safeParse: erase(safeParseJumioNetverify),
    fixtures: loadFixtures('jumio/netverify', '.form'),
  },
  {
    name: 'jumio-doc-verification',
    format: 'form',
    parse: erase(parseJumioDocVerification),
    serialize: serializeJumioDocVerification as unknown as ParserUnderTest['serialize'],
    jsonFields: ['transaction', 'document'],
    safeParse: erase(safeParseJumioDocVerification),
    fixtures: loadFixtures('jumio/doc-verification', '.form'),
  },
  {
    name: 'idenfy',
    format: 'json',
    parse: erase(parseIdenfy),
    serialize: serializeIdenfy as unknown as ParserUnderTest['serialize'],
    jsonFields: [],
    safeParse: erase(safeParseIdenfy),
    fixtures: loadFixtures('idenfy', '.json'),
  },
  {
    name: 'shufti',
    format: 'json',
    parse: erase(parseShufti),
    serialize: serializeShufti as unknown as ParserUnderTest['serialize'],
    jsonFields: [],
    safeParse: erase(safeParseShufti),
    // The two verbatim base-document samples are not JSON; they have tests of their own.
    fixtures: loadFixtures('shufti', '.json', shuftiEvents).filter((fixture) => !fixture.name.endsWith('-invalid.json')),
  },
];
