import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  parseShufti,
  safeParseShufti,
  shuftiSchema,
  type ParseResult,
  type ShuftiCallback,
  type ShuftiCallbackMap,
  type ShuftiEvent,
} from '../src/shufti/index.js';
import type * as Types from '../src/shufti/types.js';
import type { buildShuftiSchema } from '../src/shufti/schema.js';
import type { WithoutIndexSignatures } from './types/exact.js';

type SchemaOutput = WithoutIndexSignatures<z.output<ReturnType<typeof buildShuftiSchema>>>;
type Variant<E extends ShuftiEvent> = Extract<SchemaOutput, { event: E }>;

describe('the schema is pinned to the hand-written interfaces', () => {
  test('each variant equals its interface', () => {
    expectTypeOf<Variant<'request.pending'>>().toEqualTypeOf<Types.ShuftiRequestPending>();
    expectTypeOf<Variant<'request.invalid'>>().toEqualTypeOf<Types.ShuftiRequestInvalid>();
    expectTypeOf<Variant<'request.unauthorized'>>().toEqualTypeOf<Types.ShuftiRequestUnauthorized<'request.unauthorized'>>();
    expectTypeOf<Variant<'request.unauthorised'>>().toEqualTypeOf<Types.ShuftiRequestUnauthorized<'request.unauthorised'>>();
    expectTypeOf<Variant<'request.timeout'>>().toEqualTypeOf<Types.ShuftiRequestTimeout>();
    expectTypeOf<Variant<'request.received'>>().toEqualTypeOf<Types.ShuftiRequestReceived<'request.received'>>();
    expectTypeOf<Variant<'request.recieved'>>().toEqualTypeOf<Types.ShuftiRequestReceived<'request.recieved'>>();
    expectTypeOf<Variant<'request.deleted'>>().toEqualTypeOf<Types.ShuftiRequestDeleted>();
    expectTypeOf<Variant<'verification.accepted'>>().toEqualTypeOf<Types.ShuftiVerificationAccepted>();
    expectTypeOf<Variant<'verification.declined'>>().toEqualTypeOf<Types.ShuftiVerificationDeclined>();
    expectTypeOf<Variant<'verification.cancelled'>>().toEqualTypeOf<Types.ShuftiVerificationCancelled<'verification.cancelled'>>();
    expectTypeOf<Variant<'request.cancelled'>>().toEqualTypeOf<Types.ShuftiVerificationCancelled<'request.cancelled'>>();
    expectTypeOf<Variant<'verification.status.changed'>>().toEqualTypeOf<Types.ShuftiVerificationStatusChanged>();
    expectTypeOf<Variant<'review.pending'>>().toEqualTypeOf<Types.ShuftiReviewPending>();
    expectTypeOf<Variant<'permission.denied'>>().toEqualTypeOf<Types.ShuftiPermissionDenied>();
  });

  test('the union equals the callback type, and the map covers every event', () => {
    expectTypeOf<SchemaOutput>().toEqualTypeOf<ShuftiCallback>();
    expectTypeOf<keyof ShuftiCallbackMap>().toEqualTypeOf<ShuftiEvent>();
    expectTypeOf<ShuftiCallback['event']>().toEqualTypeOf<ShuftiEvent>();
    expectTypeOf<z.output<typeof shuftiSchema>>().toEqualTypeOf<ShuftiCallback>();
  });

  test('the sub-objects equal their interfaces too', () => {
    type Declined = Variant<'verification.declined'>;
    expectTypeOf<Declined['verification_result']>().toEqualTypeOf<Types.ShuftiVerificationResult>();
    expectTypeOf<Declined['verification_data']>().toEqualTypeOf<Types.ShuftiVerificationData>();
    expectTypeOf<NonNullable<Declined['info']>>().toEqualTypeOf<Types.ShuftiInfo>();
    expectTypeOf<NonNullable<Declined['services_declined_codes']>>().toEqualTypeOf<Types.ShuftiServicesDeclinedCodes>();
    expectTypeOf<Variant<'request.invalid'>['error']>().toEqualTypeOf<Types.ShuftiRequestError>();
  });
});

describe('the parse functions', () => {
  test('parse returns the union and safeParse a result', () => {
    expectTypeOf(parseShufti).returns.toEqualTypeOf<ShuftiCallback>();
    expectTypeOf(safeParseShufti).returns.toEqualTypeOf<ParseResult<ShuftiCallback>>();
  });

  test('bodies of the wrong type do not compile', () => {
    // @ts-expect-error: a number is not a body
    parseShufti(42);
    // @ts-expect-error: an array is not a callback body
    parseShufti([{ event: 'request.pending' }]);
    // @ts-expect-error: URLSearchParams is a form body, not JSON
    parseShufti(new URLSearchParams());
  });
});

describe('narrowing on event', () => {
  test('each event narrows to its interface', () => {
    const callback = {} as ShuftiCallback;
    if (callback.event === 'verification.accepted') {
      expectTypeOf(callback).toEqualTypeOf<Types.ShuftiVerificationAccepted>();
      expectTypeOf(callback.verification_result.face).toEqualTypeOf<Types.ShuftiCheckResult | undefined>();
      expectTypeOf(callback.error).toEqualTypeOf<null | undefined>();
      // @ts-expect-error: an accepted verification has no declined codes
      void callback.declined_codes;
    }
    if (callback.event === 'verification.declined') {
      expectTypeOf(callback.declined_codes).toEqualTypeOf<string[] | undefined>();
      expectTypeOf(callback.declined_reason).toEqualTypeOf<string | null | undefined>();
    }
    if (callback.event === 'request.invalid') {
      expectTypeOf(callback.error).toEqualTypeOf<Types.ShuftiRequestError>();
      // @ts-expect-error: only accepted and declined verifications carry results
      void callback.verification_result;
    }
    if (callback.event === 'verification.status.changed') {
      // @ts-expect-error: a status change carries no data; fetch the status instead
      void callback.verification_data;
    }
    if (callback.event === 'review.pending') {
      expectTypeOf(callback).toEqualTypeOf<Types.ShuftiReviewPending>();
      // @ts-expect-error: the review.pending payload is undocumented, so only reference and event are typed
      void callback.email;
    }
  });

  test('each spelling narrows to its own literal; both spellings to the shared interface', () => {
    const callback = {} as ShuftiCallback;
    if (callback.event === 'request.unauthorised') {
      expectTypeOf(callback).toEqualTypeOf<Types.ShuftiRequestUnauthorized<'request.unauthorised'>>();
      expectTypeOf(callback.reference).toEqualTypeOf<string | null>();
    }
    if (callback.event === 'request.unauthorized' || callback.event === 'request.unauthorised') {
      expectTypeOf(callback).toExtend<Types.ShuftiRequestUnauthorized>();
      expectTypeOf(callback.event).toEqualTypeOf<Types.ShuftiUnauthorizedEvent>();
      expectTypeOf(callback.error.message).toBeString();
    }
    const received = {} as ShuftiCallbackMap[Types.ShuftiReceivedEvent];
    expectTypeOf(received).toExtend<Types.ShuftiRequestReceived>();
    expectTypeOf<Types.ShuftiRequestReceived>().toExtend<ShuftiCallback>();
    expectTypeOf<Types.ShuftiVerificationCancelled>().toExtend<ShuftiCallback>();
  });

  test('a switch over every event and spelling is exhaustive', () => {
    const describe = (callback: ShuftiCallback): string => {
      switch (callback.event) {
        case 'verification.accepted':
          return callback.reference;
        case 'verification.declined':
          return (callback.declined_codes ?? []).join(',');
        case 'request.invalid':
        case 'request.unauthorized':
        case 'request.unauthorised':
          return callback.error.message;
        case 'request.pending':
          return callback.verification_url ?? '';
        case 'request.timeout':
        case 'request.received':
        case 'request.recieved':
        case 'request.deleted':
        case 'verification.cancelled':
        case 'request.cancelled':
        case 'verification.status.changed':
        case 'review.pending':
        case 'permission.denied':
          return callback.event;
        default: {
          const unreachable: never = callback;
          return unreachable;
        }
      }
    };
    expectTypeOf(describe).returns.toBeString();
  });

  test('a switch that forgets one spelling does not compile', () => {
    const incomplete = (callback: ShuftiCallback): string => {
      switch (callback.event) {
        case 'verification.accepted':
        case 'verification.declined':
        case 'request.invalid':
        case 'request.unauthorized':
        case 'request.pending':
        case 'request.timeout':
        case 'request.received':
        case 'request.recieved':
        case 'request.deleted':
        case 'verification.cancelled':
        case 'request.cancelled':
        case 'verification.status.changed':
        case 'review.pending':
        case 'permission.denied':
          return callback.event;
        default: {
          // @ts-expect-error: 'request.unauthorised' is not handled
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
    const accepted = {} as Types.ShuftiVerificationAccepted;
    expectTypeOf(accepted.verification_result.document).toEqualTypeOf<Types.ShuftiCheckResult | Types.ShuftiDocumentChecks | undefined>();
    expectTypeOf<Types.ShuftiCheckResult>().toEqualTypeOf<1 | 0 | null | ''>();
    expectTypeOf(accepted.verification_data.document?.selected_type).toEqualTypeOf<Types.ShuftiDocumentType[] | undefined>();
    expectTypeOf(accepted.verification_data.document?.face_match_confidence).toEqualTypeOf<number | undefined>();
    expectTypeOf(accepted.info?.agent?.is_desktop).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(accepted.info?.geolocation?.latitude).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(accepted.email).toEqualTypeOf<string | null | undefined>();
  });

  test('document_two has the document service\'s types; phone data and aml_data are open objects', () => {
    const accepted = {} as Types.ShuftiVerificationAccepted;
    expectTypeOf(accepted.verification_result.document_two).toEqualTypeOf(accepted.verification_result.document);
    expectTypeOf(accepted.verification_data.document_two).toEqualTypeOf<Types.ShuftiDocumentData | undefined>();
    expectTypeOf(accepted.verification_result.phone).toEqualTypeOf<Types.ShuftiCheckResult | undefined>();
    expectTypeOf(accepted.verification_data.phone).toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf(accepted.verification_data.background_checks?.aml_data).toEqualTypeOf<Record<string, unknown> | undefined>();
    type Data = NonNullable<SchemaOutput & { event: 'verification.accepted' }>['verification_data'];
    expectTypeOf<NonNullable<Data['phone']>>().toEqualTypeOf<Record<string, unknown>>();
    const result = accepted.verification_result.document_two;
    if (typeof result === 'object' && result !== null) expectTypeOf(result.document_visibility).toEqualTypeOf<Types.ShuftiCheckResult | undefined>();
    else expectTypeOf(result).toEqualTypeOf<Types.ShuftiCheckResult | undefined>();
  });

  test('open enumerations keep autocomplete and accept new values', () => {
    expectTypeOf<'utility_bill'>().toExtend<Types.ShuftiAddressDocumentType>();
    expectTypeOf<'any'>().toExtend<Types.ShuftiConsentType>();
    expectTypeOf<'some_new_type'>().toExtend<Types.ShuftiAddressDocumentType>();
    expectTypeOf<Types.ShuftiDocumentType>().not.toEqualTypeOf<string>();
  });

  test('fields that do not exist do not compile', () => {
    const callback = {} as Types.ShuftiVerificationDeclined;
    // @ts-expect-error: there is no such field
    void callback.declinedCodes;
    // @ts-expect-error: the discriminant is closed
    const event: ShuftiEvent = 'request.canceled';
    void event;
  });
});
