import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  jumioDocVerificationSchema,
  parseJumioDocVerification,
  safeParseJumioDocVerification,
  type JumioDocVerificationCallback,
  type JumioDocument,
  type JumioDocumentMap,
  type JumioDocumentStatus,
} from '../src/index.js';
import type * as Types from '../src/types.js';
import type { buildJumioDocVerificationSchema } from '../src/jumio/doc-verification/schema.js';
import type { WithoutIndexSignatures } from './types/exact.js';

type SchemaOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildJumioDocVerificationSchema>>>;
type DocumentOutput = NonNullable<SchemaOutput['document']>;
type Variant<S extends JumioDocumentStatus> = Extract<DocumentOutput, { status: S }>;

describe('the schema is pinned to the hand-written interfaces', () => {
  test('the callback, the transaction and each document variant equal their interfaces', () => {
    expectTypeOf<SchemaOutput>().toEqualTypeOf<JumioDocVerificationCallback>();
    expectTypeOf<SchemaOutput['transaction']>().toEqualTypeOf<Types.JumioDocVerificationTransaction>();
    expectTypeOf<Variant<'UPLOADED'>>().toEqualTypeOf<Types.JumioDocumentUploaded>();
    expectTypeOf<Variant<'EXTRACTED'>>().toEqualTypeOf<Types.JumioDocumentExtracted>();
    expectTypeOf<Variant<'DISCARDED'>>().toEqualTypeOf<Types.JumioDocumentDiscarded>();
    expectTypeOf<keyof JumioDocumentMap>().toEqualTypeOf<JumioDocumentStatus>();
    expectTypeOf<z.output<typeof jumioDocVerificationSchema>>().toEqualTypeOf<JumioDocVerificationCallback>();
  });

  test('the parse functions return the callback', () => {
    expectTypeOf(parseJumioDocVerification).returns.toEqualTypeOf<JumioDocVerificationCallback>();
    expectTypeOf(safeParseJumioDocVerification).returns.toEqualTypeOf<Types.ParseResult<JumioDocVerificationCallback>>();
  });
});

describe('narrowing on document.status', () => {
  test('only an extracted document has extractedData', () => {
    const callback = {} as JumioDocVerificationCallback;
    // @ts-expect-error: a FAILED transaction may come without a document
    void callback.document.status;
    const document = callback.document;
    if (document?.status === 'EXTRACTED') {
      expectTypeOf(document).toEqualTypeOf<Types.JumioDocumentExtracted>();
      expectTypeOf(document.extractedData.signatureAvailable).toEqualTypeOf<boolean | undefined>();
      expectTypeOf(document.extractedData.address).toEqualTypeOf<Types.JumioExtractedAddress | undefined>();
    }
    if (document?.status === 'UPLOADED') {
      // @ts-expect-error: an uploaded document has no extracted data
      void document.extractedData;
    }
  });

  test('a switch over every document status is exhaustive', () => {
    const kind = (document: JumioDocument): string => {
      switch (document.status) {
        case 'UPLOADED':
        case 'DISCARDED':
          return document.type;
        case 'EXTRACTED':
          return document.extractedData.name ?? document.type;
        default: {
          const unreachable: never = document;
          return unreachable;
        }
      }
    };
    expectTypeOf(kind).returns.toBeString();
  });

  test('the statuses are closed and the document types open', () => {
    expectTypeOf<Types.JumioDocVerificationTransactionStatus>().toEqualTypeOf<'DONE' | 'FAILED'>();
    expectTypeOf<'SSC'>().toExtend<Types.JumioDocumentType>();
    expectTypeOf<'A_NEW_TYPE'>().toExtend<Types.JumioDocumentType>();
    // @ts-expect-error: document statuses are closed
    const status: JumioDocumentStatus = 'PROCESSING';
    void status;
  });
});
