import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  idenfySchema,
  parseIdenfy,
  safeParseIdenfy,
  serializeIdenfy,
  type IdenfyCallback,
  type IdenfyCallbackMap,
  type IdenfyOverallStatus,
  type ParseResult,
} from '../src/idenfy/index.js';
import type * as Types from '../src/idenfy/types.js';
import type { buildIdenfySchema } from '../src/idenfy/schema.js';
import type { WithoutUnknownIndexSignatures as Exact } from './types/exact.js';

type SchemaOutput = z.output<ReturnType<typeof buildIdenfySchema>>;
type Variant<S extends IdenfyOverallStatus> = Exact<Extract<SchemaOutput, { status: { overall: S } }>>;

describe('the schema is pinned to the hand-written interfaces', () => {
  test('each variant equals its interface', () => {
    expectTypeOf<Variant<'APPROVED'>>().toEqualTypeOf<Exact<Types.IdenfyApproved>>();
    expectTypeOf<Variant<'DENIED'>>().toEqualTypeOf<Exact<Types.IdenfyDenied>>();
    expectTypeOf<Variant<'SUSPECTED'>>().toEqualTypeOf<Exact<Types.IdenfySuspected>>();
    expectTypeOf<Variant<'REVIEWING'>>().toEqualTypeOf<Exact<Types.IdenfyReviewing>>();
    expectTypeOf<Variant<'EXPIRED'>>().toEqualTypeOf<Exact<Types.IdenfyExpired>>();
    expectTypeOf<Variant<'ACTIVE'>>().toEqualTypeOf<Exact<Types.IdenfyActive>>();
    expectTypeOf<Variant<'DELETED'>>().toEqualTypeOf<Exact<Types.IdenfyDeleted>>();
    expectTypeOf<Variant<'ARCHIVED'>>().toEqualTypeOf<Exact<Types.IdenfyArchived>>();
    expectTypeOf<Variant<'NOT_REVIEWED'>>().toEqualTypeOf<Exact<Types.IdenfyNotReviewed>>();
    expectTypeOf<Variant<'EXPIRED-DELETED'>>().toEqualTypeOf<Exact<Types.IdenfyExpiredDeleted>>();
  });

  test('the union equals the callback type, and the map covers every overall status', () => {
    expectTypeOf<Exact<SchemaOutput>>().toEqualTypeOf<Exact<IdenfyCallback>>();
    expectTypeOf<keyof IdenfyCallbackMap>().toEqualTypeOf<IdenfyOverallStatus>();
    expectTypeOf<z.output<typeof idenfySchema>>().toEqualTypeOf<IdenfyCallback>();
  });

  test('the open maps keep their typed index signatures', () => {
    type FileUrls = NonNullable<SchemaOutput['fileUrls']>;
    expectTypeOf<FileUrls[string]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<SchemaOutput['additionalSteps']>[string]>().toEqualTypeOf<Types.IdenfyAdditionalStepType | null>();
    expectTypeOf<NonNullable<SchemaOutput['additionalStepPdfUrls']>[string]>().toEqualTypeOf<string | null>();
  });
});

describe('the parse functions', () => {
  test('parse returns the union, safeParse a result, serialize a string', () => {
    expectTypeOf(parseIdenfy).returns.toEqualTypeOf<IdenfyCallback>();
    expectTypeOf(safeParseIdenfy).returns.toEqualTypeOf<ParseResult<IdenfyCallback>>();
    expectTypeOf(serializeIdenfy).returns.toEqualTypeOf<string>();
    expectTypeOf(serializeIdenfy).parameter(0).toEqualTypeOf<IdenfyCallback>();
  });

  test('bodies of the wrong type do not compile', () => {
    // @ts-expect-error: a number is not a body
    parseIdenfy(42);
    // @ts-expect-error: an array is not a JSON callback body
    parseIdenfy([]);
  });
});

describe('narrowing on status.overall', () => {
  test('the overall status narrows callback.status', () => {
    const callback = {} as IdenfyCallback;
    expectTypeOf(callback.status).toEqualTypeOf<IdenfyCallback['status']>();
    if (callback.status.overall === 'APPROVED') {
      expectTypeOf(callback.status).toEqualTypeOf<Types.IdenfyStatus<'APPROVED'>>();
      expectTypeOf(callback.status.manualFace).toEqualTypeOf<Types.IdenfyFaceStatus | null>();
    }
    if (callback.status.overall === 'SUSPECTED') {
      expectTypeOf(callback.status.fraudTags).toEqualTypeOf<Types.IdenfyFraudTag[] | undefined>();
    }
  });

  test('a type guard narrows the whole callback, and the map names each variant', () => {
    const isSuspected = (callback: IdenfyCallback): callback is IdenfyCallbackMap['SUSPECTED'] => callback.status.overall === 'SUSPECTED';
    const callback = {} as IdenfyCallback;
    if (isSuspected(callback)) expectTypeOf(callback).toEqualTypeOf<Types.IdenfySuspected>();
    expectTypeOf<IdenfyCallbackMap['NOT_REVIEWED']>().toEqualTypeOf<Types.IdenfyNotReviewed>();
  });

  test('a switch over every overall status is exhaustive', () => {
    const decide = (callback: IdenfyCallback): string => {
      switch (callback.status.overall) {
        case 'APPROVED':
          return callback.scanRef;
        case 'DENIED':
        case 'SUSPECTED':
          return callback.status.overall;
        case 'REVIEWING':
        case 'ACTIVE':
        case 'NOT_REVIEWED':
          return 'wait';
        case 'EXPIRED':
        case 'EXPIRED-DELETED':
        case 'DELETED':
        case 'ARCHIVED':
          return 'closed';
        default: {
          const unreachable: never = callback.status;
          return unreachable;
        }
      }
    };
    expectTypeOf(decide).returns.toBeString();
  });

  test('a switch that forgets an overall status does not compile', () => {
    const incomplete = (callback: IdenfyCallback): string => {
      switch (callback.status.overall) {
        case 'APPROVED':
          return 'approved';
        default: {
          // @ts-expect-error: the other nine overall statuses are not handled
          const unreachable: never = callback.status;
          return unreachable;
        }
      }
    };
    expectTypeOf(incomplete).returns.toBeString();
  });
});

describe('field types', () => {
  test('decoded fields have their decoded types', () => {
    const callback = {} as IdenfyCallback;
    expectTypeOf(callback.startTime).toEqualTypeOf<number | undefined>();
    expectTypeOf(callback.final).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(callback.data.docDob).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(callback.data.docType).toEqualTypeOf<Types.IdenfyDocumentType | null | undefined>();
    expectTypeOf(callback.fileUrls).toEqualTypeOf<Types.IdenfyFileUrls | null>();
    expectTypeOf(callback.fileUrls?.FRONT).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(callback.fileUrls?.['UTILITY_BILL']).toEqualTypeOf<string | null | undefined>();
  });

  test('the drifting fields are typed in both places', () => {
    const callback = {} as IdenfyCallback;
    expectTypeOf(callback.manualAddress).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(callback.data.manualAddress).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(callback.registryCenterCheck).toEqualTypeOf(callback.data.registryCenterCheck);
    expectTypeOf(callback.addressVerification).toEqualTypeOf<Types.IdenfyAddressVerification | null | undefined>();
  });

  test('each AML and LID generation has its own type', () => {
    const callback = {} as IdenfyCallback;
    expectTypeOf(callback.aml).toEqualTypeOf<Types.IdenfyAmlResult | Types.IdenfyServiceSummary | undefined>();
    expectTypeOf(callback.lid).toEqualTypeOf<Types.IdenfyLidResult | Types.IdenfyServiceSummary | undefined>();
    expectTypeOf(callback.AML).toEqualTypeOf<Types.IdenfyAmlResult[] | null | undefined>();
    expectTypeOf(callback.LID).toEqualTypeOf<Types.IdenfyLidResult[] | null | undefined>();
    expectTypeOf(callback.CRIMINAL_CHECK).toEqualTypeOf<Types.IdenfyCriminalCheckResult[] | null | undefined>();
    expectTypeOf(callback.amlCheck).toEqualTypeOf<Types.IdenfyAmlCheck | null | undefined>();
    const aml = callback.aml;
    if (aml !== undefined) {
      // @ts-expect-error: only the oldest form has `suspected`; narrow first
      void aml.suspected;
      if ('suspected' in aml) expectTypeOf(aml).toEqualTypeOf<Types.IdenfyServiceSummary>();
      else expectTypeOf(aml.data).toEqualTypeOf<Types.IdenfyAmlHit[] | undefined>();
    }
  });

  test('an AML hit is a name match or an article, told apart by their keys', () => {
    const hit = {} as Types.IdenfyAmlHit;
    // @ts-expect-error: only an article has a title; narrow first
    void hit.title;
    // @ts-expect-error: only a name match has a surname; narrow first
    void hit.surname;
    if ('title' in hit) {
      expectTypeOf(hit).toEqualTypeOf<Types.IdenfyAdverseMediaArticle>();
      expectTypeOf(hit.score).toEqualTypeOf<string | null | undefined>();
    } else {
      expectTypeOf(hit).toEqualTypeOf<Types.IdenfyAmlNameMatch>();
      expectTypeOf(hit.score).toEqualTypeOf<number | null>();
    }
  });

  test("the fields the middle generation and the negative-news service leave out are optional, the rest are not", () => {
    const match = {} as Types.IdenfyAmlNameMatch;
    expectTypeOf(match.name).toEqualTypeOf<string | null>();
    expectTypeOf(match.isActive).toEqualTypeOf<boolean | null>();
    expectTypeOf(match.listNumber).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(match.pepLevel).toEqualTypeOf<number | null | undefined>();
    expectTypeOf(match.checkDate).toEqualTypeOf<string | null | undefined>();
    const article = {} as Types.IdenfyAdverseMediaArticle;
    expectTypeOf(article.title).toEqualTypeOf<string | null>();
    expectTypeOf(article.type).toEqualTypeOf<Types.IdenfyArticleType | null>();
    expectTypeOf(article.checkDate).toEqualTypeOf<string | undefined>();
    expectTypeOf(article.publishDate).toEqualTypeOf<string | null | undefined>();
    const record = {} as Types.IdenfyLidRecord;
    expectTypeOf(record.expiryDate).toEqualTypeOf<string>();
    expectTypeOf(record.checkDate).toEqualTypeOf<string | undefined>();
  });

  test('each generation of lid narrows: a service result has LID records, the oldest a summary', () => {
    const lid = ({} as IdenfyCallback).lid;
    if (lid !== undefined) {
      // @ts-expect-error: only the service result has data; narrow first
      void lid.data;
      if ('suspected' in lid) expectTypeOf(lid.results).toEqualTypeOf<Record<string, unknown>>();
      else expectTypeOf(lid.data).toEqualTypeOf<Types.IdenfyLidRecord[]>();
    }
  });

  test('open enumerations keep autocomplete and accept new values', () => {
    expectTypeOf<'FACE_MATCH'>().toExtend<Types.IdenfyFaceStatus>();
    expectTypeOf<'FACE_SOME_NEW_RESULT'>().toExtend<Types.IdenfyFaceStatus>();
    expectTypeOf<Types.IdenfyFaceStatus>().not.toEqualTypeOf<string>();
  });

  test('fields that do not exist do not compile, and the discriminant is closed', () => {
    const callback = {} as Types.IdenfyApproved;
    // @ts-expect-error: the document's data lives in `data`
    void callback.docFirstName;
    // @ts-expect-error: there is no such status field
    void callback.status.overallStatus;
    // @ts-expect-error: the discriminant is closed
    const overall: IdenfyOverallStatus = 'APPROVED_WITH_NOTES';
    void overall;
  });
});
