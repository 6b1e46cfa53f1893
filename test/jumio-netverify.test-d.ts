import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  jumioNetverifySchema,
  parseJumioNetverify,
  safeParseJumioNetverify,
  type JumioNetverifyCallback,
  type JumioNetverifyCallbackMap,
  type JumioNetverifyStatus,
} from '../src/index.js';
import type * as Types from '../src/types.js';
import type { buildJumioNetverifySchema } from '../src/jumio/netverify/schema.js';
import type { WithoutIndexSignatures } from './types/exact.js';

type SchemaOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildJumioNetverifySchema>>>;
type Variant<S extends JumioNetverifyStatus> = Extract<SchemaOutput, { verificationStatus: S }>;

describe('the schema is pinned to the hand-written interfaces', () => {
  test('each variant equals its interface', () => {
    expectTypeOf<Variant<'APPROVED_VERIFIED'>>().toEqualTypeOf<Types.JumioNetverifyApprovedVerified>();
    expectTypeOf<Variant<'DENIED_FRAUD'>>().toEqualTypeOf<Types.JumioNetverifyDeniedFraud>();
    expectTypeOf<Variant<'DENIED_UNSUPPORTED_ID_TYPE'>>().toEqualTypeOf<Types.JumioNetverifyDeniedUnsupportedIdType>();
    expectTypeOf<Variant<'DENIED_UNSUPPORTED_ID_COUNTRY'>>().toEqualTypeOf<Types.JumioNetverifyDeniedUnsupportedIdCountry>();
    expectTypeOf<Variant<'ERROR_NOT_READABLE_ID'>>().toEqualTypeOf<Types.JumioNetverifyErrorNotReadableId>();
    expectTypeOf<Variant<'NO_ID_UPLOADED'>>().toEqualTypeOf<Types.JumioNetverifyNoIdUploaded>();
  });

  test('the union equals the callback type, and the map covers every status', () => {
    expectTypeOf<SchemaOutput>().toEqualTypeOf<JumioNetverifyCallback>();
    expectTypeOf<keyof JumioNetverifyCallbackMap>().toEqualTypeOf<JumioNetverifyStatus>();
    expectTypeOf<z.output<typeof jumioNetverifySchema>>().toEqualTypeOf<JumioNetverifyCallback>();
  });
});

describe('the parse functions', () => {
  test('parse returns the union and safeParse a result', () => {
    expectTypeOf(parseJumioNetverify).returns.toEqualTypeOf<JumioNetverifyCallback>();
    expectTypeOf(safeParseJumioNetverify).returns.toEqualTypeOf<Types.ParseResult<JumioNetverifyCallback>>();
  });

  test('bodies of the wrong type do not compile', () => {
    // @ts-expect-error: a number is not a body
    parseJumioNetverify(42);
    // @ts-expect-error: a form record holds strings only
    parseJumioNetverify({ verificationStatus: 1 });
  });
});

describe('narrowing on verificationStatus', () => {
  test('each status narrows to its interface', () => {
    const callback = {} as JumioNetverifyCallback;
    if (callback.verificationStatus === 'APPROVED_VERIFIED') {
      expectTypeOf(callback).toEqualTypeOf<Types.JumioNetverifyApprovedVerified>();
      expectTypeOf(callback.idScanStatus).toEqualTypeOf<'SUCCESS'>();
      expectTypeOf(callback.idCheckHologram).toEqualTypeOf<'OK' | 'N/A'>();
      // @ts-expect-error: an approved scan has no reject reason
      void callback.rejectReason;
    }
    if (callback.verificationStatus === 'DENIED_FRAUD') {
      expectTypeOf(callback.idScanStatus).toEqualTypeOf<'ERROR'>();
      expectTypeOf(callback.idCheckHologram).toEqualTypeOf<'N/A'>();
      expectTypeOf(callback.rejectReason).toEqualTypeOf<Types.JumioFraudRejectReason>();
      expectTypeOf(callback.rejectReason.rejectReasonCode).toEqualTypeOf<Types.OpenEnum<Types.JumioFraudRejectReasonCode>>();
      expectTypeOf(callback.rejectReason.rejectReasonDetails).toEqualTypeOf<Types.JumioRejectReasonDetail[] | undefined>();
    }
    if (callback.verificationStatus === 'ERROR_NOT_READABLE_ID') {
      expectTypeOf(callback.rejectReason.rejectReasonCode).toEqualTypeOf<Types.OpenEnum<Types.JumioNotReadableRejectReasonCode>>();
    }
    if (callback.verificationStatus === 'NO_ID_UPLOADED') {
      // @ts-expect-error: only fraud and unreadable scans carry a reject reason
      void callback.rejectReason;
    }
  });

  test('a switch over every status is exhaustive', () => {
    const describe = (callback: JumioNetverifyCallback): string => {
      switch (callback.verificationStatus) {
        case 'APPROVED_VERIFIED':
          return callback.idScanStatus;
        case 'DENIED_FRAUD':
        case 'ERROR_NOT_READABLE_ID':
          return callback.rejectReason.rejectReasonDescription;
        case 'DENIED_UNSUPPORTED_ID_TYPE':
        case 'DENIED_UNSUPPORTED_ID_COUNTRY':
        case 'NO_ID_UPLOADED':
          return callback.idScanStatus;
        default: {
          const unreachable: never = callback;
          return unreachable;
        }
      }
    };
    expectTypeOf(describe).returns.toBeString();
  });

  test('a switch that forgets a status does not compile', () => {
    const incomplete = (callback: JumioNetverifyCallback): string => {
      switch (callback.verificationStatus) {
        case 'APPROVED_VERIFIED':
          return 'approved';
        default: {
          // @ts-expect-error: the other five statuses are not handled
          const unreachable: never = callback;
          return unreachable;
        }
      }
    };
    expectTypeOf(incomplete).returns.toBeString();
  });
});

describe('field types', () => {
  test('decoded fields have their decoded types', () => {
    const callback = {} as JumioNetverifyCallback;
    expectTypeOf(callback.idFirstName).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(callback.idFaceMatch).toEqualTypeOf<number | undefined>();
    expectTypeOf(callback.idFaceLiveness).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(callback.dlCategories).toEqualTypeOf<Types.JumioDriverLicenseCategory[] | undefined>();
    expectTypeOf(callback.identityVerification).toEqualTypeOf<Types.JumioIdentityVerification | undefined>();
    expectTypeOf<NonNullable<typeof callback.identityVerification>['validity']>().toEqualTypeOf<boolean | undefined>();
  });

  test('open enumerations keep autocomplete and accept new values', () => {
    expectTypeOf<'PASSPORT'>().toExtend<Types.JumioIdType>();
    expectTypeOf<'SOME_NEW_TYPE'>().toExtend<Types.JumioIdType>();
    expectTypeOf<Types.JumioIdType>().not.toEqualTypeOf<string>();
  });

  test('fields that do not exist do not compile', () => {
    const callback = {} as Types.JumioNetverifyApprovedVerified;
    // @ts-expect-error: there is no such field
    void callback.firstName;
    // @ts-expect-error: the discriminant is closed
    const status: JumioNetverifyStatus = 'APPROVED';
    void status;
  });
});
