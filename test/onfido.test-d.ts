import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  onfidoSchema,
  parseOnfido,
  safeParseOnfido,
  serializeOnfido,
  verifyAndParseOnfido,
  verifyOnfidoSignature,
  type OnfidoAction,
  type OnfidoCallback,
  type OnfidoCallbackMap,
  type OnfidoSignatureMatch,
  type ParseResult,
  type SignatureResult,
} from '../src/onfido/index.js';
import type * as Types from '../src/onfido/types.js';
import type * as AllTypes from '../src/types.js';
import type { buildOnfidoSchema } from '../src/onfido/schema.js';
import type { WithoutUnknownIndexSignatures as Exact } from './types/exact.js';

type SchemaOutput = z.output<ReturnType<typeof buildOnfidoSchema>>;
type Variant<A extends OnfidoAction> = Exact<Extract<SchemaOutput, { payload: { action: A } }>>;

describe('the schema is pinned to the hand-written interfaces', () => {
  test('each variant equals its interface', () => {
    expectTypeOf<Variant<'check.started'>>().toEqualTypeOf<Exact<Types.OnfidoCheckStarted>>();
    expectTypeOf<Variant<'check.reopened'>>().toEqualTypeOf<Exact<Types.OnfidoCheckReopened>>();
    expectTypeOf<Variant<'check.withdrawn'>>().toEqualTypeOf<Exact<Types.OnfidoCheckWithdrawn>>();
    expectTypeOf<Variant<'check.completed'>>().toEqualTypeOf<Exact<Types.OnfidoCheckCompleted>>();
    expectTypeOf<Variant<'check.form_completed'>>().toEqualTypeOf<Exact<Types.OnfidoCheckFormCompleted>>();
    expectTypeOf<Variant<'check.form_opened'>>().toEqualTypeOf<Exact<Types.OnfidoCheckFormOpened>>();
    expectTypeOf<Variant<'report.withdrawn'>>().toEqualTypeOf<Exact<Types.OnfidoReportWithdrawn>>();
    expectTypeOf<Variant<'report.resumed'>>().toEqualTypeOf<Exact<Types.OnfidoReportResumed>>();
    expectTypeOf<Variant<'report.cancelled'>>().toEqualTypeOf<Exact<Types.OnfidoReportCancelled>>();
    expectTypeOf<Variant<'report.awaiting_approval'>>().toEqualTypeOf<Exact<Types.OnfidoReportAwaitingApproval>>();
    expectTypeOf<Variant<'report.completed'>>().toEqualTypeOf<Exact<Types.OnfidoReportCompleted>>();
    expectTypeOf<Variant<'workflow_run.completed'>>().toEqualTypeOf<Exact<Types.OnfidoWorkflowRunCompleted>>();
    expectTypeOf<Variant<'workflow_task.started'>>().toEqualTypeOf<Exact<Types.OnfidoWorkflowTaskStarted>>();
    expectTypeOf<Variant<'workflow_task.completed'>>().toEqualTypeOf<Exact<Types.OnfidoWorkflowTaskCompleted>>();
    expectTypeOf<Variant<'workflow_timeline_file.created'>>().toEqualTypeOf<Exact<Types.OnfidoWorkflowTimelineFileCreated>>();
    expectTypeOf<Variant<'workflow_run_evidence_folder.created'>>().toEqualTypeOf<Exact<Types.OnfidoWorkflowRunEvidenceFolderCreated>>();
    expectTypeOf<Variant<'watchlist_monitor.matches_updated'>>().toEqualTypeOf<Exact<Types.OnfidoWatchlistMonitorMatchesUpdated>>();
    expectTypeOf<Variant<'audit_log.created'>>().toEqualTypeOf<Exact<Types.OnfidoAuditLogCreated>>();
  });

  test('the union equals the callback type, and the map covers every action', () => {
    expectTypeOf<Exact<SchemaOutput>>().toEqualTypeOf<Exact<OnfidoCallback>>();
    expectTypeOf<keyof OnfidoCallbackMap>().toEqualTypeOf<OnfidoAction>();
    expectTypeOf<z.output<typeof onfidoSchema>>().toEqualTypeOf<OnfidoCallback>();
  });

  test('kyc-webhooks/types declares the same types', () => {
    expectTypeOf<AllTypes.OnfidoCallback>().toEqualTypeOf<OnfidoCallback>();
    expectTypeOf<AllTypes.OnfidoCallbackMap>().toEqualTypeOf<OnfidoCallbackMap>();
    expectTypeOf<AllTypes.OnfidoSignatureMatch>().toEqualTypeOf<OnfidoSignatureMatch>();
  });
});

describe('the functions', () => {
  test('parse returns the union, safeParse a result, serialize a string; the check a signature result', () => {
    expectTypeOf(parseOnfido).returns.toEqualTypeOf<OnfidoCallback>();
    expectTypeOf(safeParseOnfido).returns.toEqualTypeOf<ParseResult<OnfidoCallback>>();
    expectTypeOf(serializeOnfido).parameter(0).toEqualTypeOf<OnfidoCallback>();
    expectTypeOf(verifyOnfidoSignature).returns.toEqualTypeOf<Promise<SignatureResult<OnfidoSignatureMatch>>>();
    expectTypeOf(verifyAndParseOnfido).returns.toEqualTypeOf<Promise<OnfidoCallback>>();
  });

  test('bodies and options of the wrong type do not compile', () => {
    // @ts-expect-error: a number is not a body
    parseOnfido(42);
    // @ts-expect-error: the opt-in is a boolean
    void verifyOnfidoSignature('{}', null, 'token', { acceptLegacySha1: 'yes' });
    // @ts-expect-error: verifyAndParse needs the token as `key`
    void verifyAndParseOnfido('{}', null, { acceptLegacySha1: true });
  });
});

describe('narrowing on payload.action', () => {
  test('the action narrows payload: its resource type, and its object\'s status', () => {
    const { payload } = {} as OnfidoCallback;
    if (payload.action === 'check.completed') {
      expectTypeOf(payload.resource_type).toEqualTypeOf<'check'>();
      expectTypeOf(payload.object.status).toEqualTypeOf<Types.OnfidoCheckStatus | undefined>();
    }
    if (payload.action === 'workflow_run.completed') {
      expectTypeOf(payload.object.status).toEqualTypeOf<Types.OnfidoWorkflowRunStatus | undefined>();
      expectTypeOf(payload.resource).toEqualTypeOf<Types.OnfidoResource | undefined>();
      expectTypeOf(payload.resource?.output).toEqualTypeOf<Types.OnfidoTaskOutput | undefined>();
    }
    if (payload.resource_type === 'report') expectTypeOf(payload.action).toEqualTypeOf<Types.OnfidoReportAction>();
  });

  test('a type guard narrows the whole event, and the map names each variant', () => {
    const isRun = (event: OnfidoCallback): event is OnfidoCallbackMap['workflow_run.completed'] => event.payload.action === 'workflow_run.completed';
    const event = {} as OnfidoCallback;
    if (isRun(event)) expectTypeOf(event).toEqualTypeOf<Types.OnfidoWorkflowRunCompleted>();
  });

  test('a switch over every action is exhaustive', () => {
    const decide = ({ payload }: OnfidoCallback): string => {
      switch (payload.action) {
        case 'check.completed':
        case 'report.completed':
          return payload.object.href ?? payload.object.id;
        case 'workflow_run.completed':
          return payload.resource?.status ?? payload.object.status ?? 'unknown';
        case 'check.started':
        case 'check.reopened':
        case 'check.withdrawn':
        case 'check.form_completed':
        case 'check.form_opened':
        case 'report.withdrawn':
        case 'report.resumed':
        case 'report.cancelled':
        case 'report.awaiting_approval':
        case 'workflow_task.started':
        case 'workflow_task.completed':
        case 'workflow_timeline_file.created':
        case 'workflow_run_evidence_folder.created':
        case 'watchlist_monitor.matches_updated':
        case 'audit_log.created':
          return payload.action;
        default: {
          const unreachable: never = payload;
          return unreachable;
        }
      }
    };
    expectTypeOf(decide).returns.toBeString();
  });

  test('a switch that forgets an action does not compile', () => {
    const incomplete = ({ payload }: OnfidoCallback): string => {
      switch (payload.action) {
        case 'check.completed':
          return 'fetch';
        default: {
          // @ts-expect-error: the other seventeen actions are not handled
          const unreachable: never = payload;
          return unreachable;
        }
      }
    };
    expectTypeOf(incomplete).returns.toBeString();
  });
});

describe('wrong access does not compile', () => {
  test('fields of the wrong place, a closed discriminant, a resource type that is not the action\'s', () => {
    const event = {} as Types.OnfidoCheckCompleted;
    // @ts-expect-error: the action is inside payload
    void event.action;
    // @ts-expect-error: the specification's resource_id is no field of an event
    void event.payload.resource_id;
    // @ts-expect-error: the id is on the object
    void event.payload.id;
    // @ts-expect-error: the discriminant is closed: a dropped action is no OnfidoAction
    const dropped: OnfidoAction = 'workflow_signed_evidence_file.created';
    void dropped;
    // @ts-expect-error: a check event is about a check
    const wrongType: Types.OnfidoCheckCompleted['payload']['resource_type'] = 'report';
    void wrongType;
  });

  test('the object is always there, its id a string; open enumerations keep autocomplete', () => {
    const { payload } = {} as OnfidoCallback;
    expectTypeOf(payload.object.id).toEqualTypeOf<string>();
    expectTypeOf(payload.object.href).toEqualTypeOf<string | undefined>();
    expectTypeOf<'approved'>().toExtend<Types.OnfidoWorkflowRunStatus>();
    expectTypeOf<'escalated'>().toExtend<Types.OnfidoWorkflowRunStatus>();
    expectTypeOf<Types.OnfidoWorkflowRunStatus>().not.toEqualTypeOf<string>();
  });
});
