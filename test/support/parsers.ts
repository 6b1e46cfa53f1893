import type { fc } from '@fast-check/vitest';
import type { KycCallbackKind, KycWebhookIssue, ParseOptions, ParseResult } from '../../src/index.js';
import {
  idenfyOverallStatuses,
  jumioDecisionTypes,
  jumioDocumentStatuses,
  jumioNetverifyStatuses,
  jumioPlatformStatuses,
  jumioRetrievalStatuses,
  onfidoActions,
  shuftiEvents,
} from '../../src/index.js';
import { callbackKinds, type KycCallbackMap } from '../../src/kinds.js';
import {
  arbitraryIdenfy,
  arbitraryJumioDocVerification,
  arbitraryJumioNetverify,
  arbitraryJumioPlatform,
  arbitraryJumioRetrieval,
  arbitraryJumioRetrievalStatus,
  arbitraryOnfido,
  arbitraryShufti,
  type ArbitraryOptions,
} from '../../src/testing/index.js';
import { loadFixtures, type Fixture } from './fixtures.js';

/** The options of a kind's arbitrary, with `variant` for its own name of the variant option. */
export interface VariantArbitraryOptions extends ArbitraryOptions {
  /** One of the kind's `variants`; every variant when left out. */
  readonly variant?: string;
}

/** Every parser, with its fixtures and its wire format, for the suites that run them all. */
export interface ParserUnderTest {
  readonly name: KycCallbackKind;
  readonly format: 'form' | 'json';
  readonly parse: (body: never, options?: ParseOptions) => unknown;
  readonly safeParse: (body: never, options?: ParseOptions) => ParseResult<unknown>;
  readonly serialize: (callback: never, options?: ParseOptions) => string;
  /** The values that tell the variants apart, each at its path (from the kind's definition). */
  readonly discriminants: readonly { readonly path: readonly string[]; readonly values: readonly string[] }[];
  /** The form fields that hold JSON (none for a JSON kind). */
  readonly jsonFields: readonly string[];
  /** The folder under `fixtures/` and the body files' extension. */
  readonly directory: string;
  readonly fixtures: readonly Fixture[];
  /** What a fixture's name starts with and the arbitrary's variant option takes, e.g. `FAILED`. */
  readonly variants: readonly string[];
  /** @returns the variant of a parsed callback, as a fixture name spells it */
  readonly variantOf: (callback: never) => string;
  /** The kind's arbitrary from `kyc-webhooks/testing`. */
  readonly arbitrary: (options?: VariantArbitraryOptions) => fc.Arbitrary<unknown>;
  /** Whether an issue of a strict parse of a generated callback is one a new enumeration value makes. */
  readonly newValueFailure: (issue: KycWebhookIssue, index: number, issues: readonly KycWebhookIssue[]) => boolean;
}

type Support<K extends KycCallbackKind> = Pick<ParserUnderTest, 'jsonFields' | 'directory' | 'fixtures' | 'newValueFailure'> & {
  readonly variants: readonly string[];
  readonly variantOf: (callback: KycCallbackMap[K]) => string;
  readonly arbitrary: (options: ArbitraryOptions & { readonly variant?: never }, variant: string | undefined) => fc.Arbitrary<KycCallbackMap[K]>;
};

const newValueOnly = (issue: KycWebhookIssue) => issue.code === 'invalid_value';

/** What the tests know of each kind beyond its definition; a kind missing here does not compile. */
const testSupport: { readonly [K in KycCallbackKind]: Support<K> } = {
  'jumio-netverify': {
    jsonFields: ['rejectReason', 'idAddress', 'identityVerification', 'dlCategories', 'additionalChecks'],
    directory: 'jumio/netverify',
    fixtures: loadFixtures('jumio/netverify', '.form'),
    variants: jumioNetverifyStatuses,
    variantOf: (callback) => callback.verificationStatus,
    arbitrary: (options, variant) => arbitraryJumioNetverify({ ...options, status: variant as never }),
    newValueFailure: newValueOnly,
  },
  'jumio-doc-verification': {
    jsonFields: ['transaction', 'document'],
    directory: 'jumio/doc-verification',
    fixtures: loadFixtures('jumio/doc-verification', '.form'),
    // A failed transaction, with or without a document, is the variant `FAILED`.
    variants: [...jumioDocumentStatuses, 'FAILED'],
    variantOf: (callback) => (callback.transaction.status === 'FAILED' ? 'FAILED' : (callback.document?.status ?? 'no document')),
    arbitrary: (options, variant) => arbitraryJumioDocVerification({ ...options, status: variant as never }),
    newValueFailure: newValueOnly,
  },
  'jumio-platform': {
    jsonFields: [],
    directory: 'jumio/platform',
    fixtures: loadFixtures('jumio/platform', '.json'),
    variants: jumioPlatformStatuses,
    variantOf: (callback) => callback.workflowExecution.status,
    arbitrary: (options, variant) => arbitraryJumioPlatform({ ...options, status: variant as never }),
    newValueFailure: newValueOnly,
  },
  'jumio-retrieval': {
    jsonFields: [],
    directory: 'jumio/retrieval',
    fixtures: loadFixtures('jumio/retrieval', '.json'),
    // A response without a decision (Jumio's 2023 guide) is the variant `NO_DECISION`.
    variants: [...jumioDecisionTypes, 'NO_DECISION'],
    variantOf: (response) => response.decision?.type ?? 'NO_DECISION',
    arbitrary: (options, variant) => arbitraryJumioRetrieval({ ...options, decision: variant as never }),
    newValueFailure: newValueOnly,
  },
  'jumio-retrieval-status': {
    jsonFields: [],
    directory: 'jumio/retrieval-status',
    fixtures: loadFixtures('jumio/retrieval-status', '.json'),
    variants: jumioRetrievalStatuses,
    variantOf: (response) => response.workflowExecution.status,
    arbitrary: (options, variant) => arbitraryJumioRetrievalStatus({ ...options, status: variant as never }),
    newValueFailure: newValueOnly,
  },
  idenfy: {
    jsonFields: [],
    directory: 'idenfy',
    fixtures: loadFixtures('idenfy', '.json'),
    variants: idenfyOverallStatuses,
    variantOf: (callback) => callback.status.overall,
    arbitrary: (options, variant) => arbitraryIdenfy({ ...options, overall: variant as never }),
    // A new enumeration value fails strict mode as `invalid_value`; inside a union (`aml`, `lid`, an AML
    // hit) it fails the union as a whole, and inside `additionalSteps` the open map's check.
    // A body of more than `fullCheckValues` values stops at its first problem and ends with the
    // documented `more_issues` note, which is no failure of its own.
    newValueFailure: (issue, index, issues) =>
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union' ||
      (issue.code === 'invalid_type' && issue.path.join('.') === 'additionalSteps') ||
      (issue.code === 'more_issues' && index > 0 && index === issues.length - 1),
  },
  shufti: {
    jsonFields: [],
    directory: 'shufti',
    // The two verbatim base-document samples are not JSON; they have tests of their own.
    fixtures: loadFixtures('shufti', '.json', shuftiEvents).filter((fixture) => !fixture.name.endsWith('-invalid.json')),
    variants: shuftiEvents,
    variantOf: (callback) => callback.event,
    arbitrary: (options, variant) => arbitraryShufti({ ...options, event: variant as never }),
    newValueFailure: newValueOnly,
  },
  onfido: {
    jsonFields: [],
    directory: 'onfido',
    // The SDK's truncated body is not JSON (`*.invalid-json.txt`); the sweep checks it apart.
    fixtures: loadFixtures('onfido', '.json', onfidoActions),
    variants: onfidoActions,
    variantOf: (callback) => callback.payload.action,
    arbitrary: (options, variant) => arbitraryOnfido({ ...options, action: variant as never }),
    newValueFailure: newValueOnly,
  },
};

/** Every kind of the registry, in its order, with what the tests know of it. */
export const parsers: readonly ParserUnderTest[] = Object.values(callbackKinds).map((definition) => {
  const { arbitrary, variantOf, ...support } = testSupport[definition.kind] as Support<KycCallbackKind>;
  return {
    name: definition.kind,
    format: definition.wire.name,
    parse: definition.parse as ParserUnderTest['parse'],
    safeParse: definition.safeParse as ParserUnderTest['safeParse'],
    serialize: definition.serialize as unknown as ParserUnderTest['serialize'],
    discriminants: definition.discriminants,
    ...support,
    variantOf: variantOf as ParserUnderTest['variantOf'],
    arbitrary: ({ variant, ...options } = {}) => arbitrary(options, variant) as fc.Arbitrary<unknown>,
  };
});
