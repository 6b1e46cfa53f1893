import type { JsonShapeLimits } from './json.js';
import type * as z from './zod.js';

// The validation plan: a valid body is checked by closures built once per schema from its zod
// definition (`schema._zod.def`), in place on the value the reader decoded, with no `eval` and no
// `new Function`, so it runs alike where code generation is banned (Cloudflare Workers). zod's own
// object parser allocates a payload per field and copies every object; on the JSON providers that
// was most of the cost of a parse. The plan only decides whether a value is valid and, when it is,
// what the output is; a value it rejects is parsed by zod (`parse.ts`), which reports the issues.
//
// The plan reads zod internals: `def.type`, `def.shape`, `def.catchall`, `def.options`,
// `def.discriminator`, `def.innerType`, `def.in`/`def.out`, `def.transform`, `def.checks` and
// `check._zod.check`, `_zod.values`, `_zod.propValues`, `_zod.optin`/`optout`, `_zod.innerType`,
// `_zod.traits`. `test/plan.differential.test.ts` pins them on the lowest and the newest zod of the
// peer range. A definition the builder does not recognise, or one it recognises with a setting it
// does not model (coercion, defaults, stripping unknown keys), runs on zod itself: never a guess.
//
// Output, decided to be the same on both paths:
// - Values: exactly what zod's parse returns (codecs and transforms are called as zod calls them).
// - Key order: the wire's. The plan keeps each object the reader made, so its keys stay in the
//   order the provider sent them, and unknown keys (kept, outside strict mode) stay where they were.
//   (Running an exported schema through zod directly gives schema order instead; `toEqual` holds.)
// - Prototypes: every object is a plain object, as zod makes them (the form reader's fields object,
//   which has none while it is read, gets `Object.prototype` back when the plan succeeds).
// - An own `__proto__` key: the readers drop it (a JSON key, a form field); an object that still
//   holds one is handed to zod whole, which drops it, or refuses it in strict mode, as the installed
//   zod does.
//
// On the JSON wire the plan also takes the value straight from `JSON.parse` (`runDecoded`) and makes
// the reader's checks as it walks (depth, keys per object, items per array, the key count that
// proves no key was repeated, -0, numbers out of range, own `__proto__` keys; unknown keys' values
// are walked for them alone), so a valid body is walked once. A value it cannot vouch for is read
// in full by the reader, which refuses or normalises it exactly as before, and planned again.
//
// The value must be a tree the reader made (nothing reachable twice), since it is changed in place:
// a codec's output replaces its input. Every such write is logged and undone when the plan fails,
// so zod then sees the value as the reader made it.

/** What a step returns for a value its schema rejects. */
const fail: unique symbol = Symbol('fail');

/** Validates one value: returns the output (the same value, or what a codec made of it) or {@link fail}. */
type Step = (value: unknown) => unknown;

/** The parts of zod's internal schema and check objects the plan reads. */
interface Internals {
  readonly _zod: {
    readonly def: Record<string, unknown> & { readonly type: string; readonly checks?: readonly CheckInternals[] };
    readonly traits: ReadonlySet<string>;
    readonly values?: ReadonlySet<unknown>;
    readonly propValues?: Record<string, ReadonlySet<unknown>>;
    readonly optin?: 'optional' | 'defaulted';
    readonly optout?: 'optional';
    readonly innerType?: Internals;
    readonly run: (payload: z.core.ParsePayload, context: z.core.ParseContextInternal) => unknown;
  };
}

interface CheckInternals {
  readonly _zod: {
    readonly def: { readonly check: string; readonly format?: string; readonly pattern?: RegExp; readonly when?: (payload: z.core.ParsePayload) => boolean };
    /** Absent on a check made by hand (`z.check`, `superRefine`). */
    readonly traits?: ReadonlySet<string>;
    readonly check: (payload: z.core.ParsePayload) => unknown;
  };
}

/** What a plan's run returns: the output, or only that the plan rejected the value. */
export type PlanResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly readInFull?: boolean };

/** A plan: `run` validates a value in place; `unmodelled` lists the definitions left to zod. */
export interface Plan {
  /** Validates a value as the wire's reader returned it. */
  readonly run: (value: unknown) => PlanResult;
  /**
   * Validates a value as `JSON.parse` returned it, making the JSON reader's checks too: rejects what
   * the reader would refuse or change (see `parseJson` in `json.ts`).
   *
   * @param keyBound - the bound on the keys the text names; the value must hold exactly as many
   * @param limits - the reader's caps
   * @returns also, on failure, `readInFull`: whether one of the reader's checks failed, so the value
   *   read in full may pass (else the schema rejected the value as the reader would return it)
   */
  readonly runDecoded: (value: unknown, keyBound: number, limits: JsonShapeLimits) => PlanResult;
  /** Where zod runs in place of the plan, as `path: reason`, for tests and benchmarks to check. */
  readonly unmodelled: readonly string[];
}

// The run in progress: the writes to undo if it fails (target, key, previous value, in threes) and
// the objects to give `Object.prototype`. Saved and restored around a run, so a codec that parses
// another body meanwhile keeps its own.
let writes: unknown[] = [];
let prototypeless: object[] = [];
// While a decoded value is planned (`runDecoded`): the reader's caps, the depth of the container
// being walked and the keys counted so far. `checking` is undefined otherwise, and while a step walks
// a value the body does not hold as such (what a codec or a pipe's first half made).
let checking: JsonShapeLimits | undefined;
let depth = 0;
let keysSeen = 0;
/** Whether one of the reader's checks failed during this run. */
let shapeFailed = false;

/** Fails a step for one of the reader's checks. */
function shapeFail(): typeof fail {
  shapeFailed = true;
  return fail;
}

function write(target: Record<string | number, unknown>, key: string | number, previous: unknown, next: unknown): void {
  writes.push(target, key, previous);
  target[key] = next;
}

function undo(toLength: number): void {
  for (let at = writes.length - 3; at >= toLength; at -= 3) {
    (writes[at] as Record<string | number, unknown>)[writes[at + 1] as string] = writes[at + 2];
  }
  writes.length = toLength;
}

const plans = new WeakMap<object, Plan>();

/**
 * @param schema - a zod schema
 * @returns its plan, built on first use and kept as long as the schema is
 */
export function planOf(schema: z.core.$ZodType): Plan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = buildPlan(schema);
    plans.set(schema, plan);
  }
  return plan;
}

/**
 * @param schema - a zod schema
 * @returns a new plan for it
 */
export function buildPlan(schema: z.core.$ZodType): Plan {
  const builder = new Builder();
  const step = builder.step(schema as unknown as Internals, '');
  const run = (value: unknown, keyBound: number, limits: JsonShapeLimits | undefined): PlanResult => {
    const saved = [writes, prototypeless, checking, depth, keysSeen, shapeFailed] as const;
    [writes, prototypeless, checking, depth, keysSeen, shapeFailed] = [[], [], limits, 0, 0, false];
    try {
      const output = step(value);
      if (output === fail || (limits !== undefined && keysSeen !== keyBound)) {
        undo(0);
        return shapeFailed || output !== fail ? readInFull : rejected;
      }
      for (const object of prototypeless) Object.setPrototypeOf(object, Object.prototype);
      return { ok: true, value: output };
    } catch {
      // A codec or a refinement threw, or the stack ran out: zod, which runs next, throws the same
      // or reports it.
      undo(0);
      return limits === undefined ? rejected : readInFull;
    } finally {
      [writes, prototypeless, checking, depth, keysSeen, shapeFailed] = saved;
    }
  };
  return {
    unmodelled: builder.unmodelled,
    run: (value) => run(value, 0, undefined),
    runDecoded: (value, keyBound, limits) => run(value, keyBound, limits),
  };
}

const rejected = Object.freeze({ ok: false as const });
const readInFull = Object.freeze({ ok: false as const, readInFull: true });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

class Builder {
  readonly unmodelled: string[] = [];
  /** One step per schema instance: shared fields share a step, and recursion (a lazy) ends. */
  readonly #steps = new Map<Internals, Step>();

  step(schema: Internals, path: string): Step {
    const known = this.#steps.get(schema);
    if (known !== undefined) return known;
    let built: Step | undefined;
    // Stands in until the step is built, for a schema that reaches itself.
    this.#steps.set(schema, (value) => (built as Step)(value));
    built = this.#build(schema, path);
    this.#steps.set(schema, built);
    return built;
  }

  #build(schema: Internals, path: string): Step {
    const base = this.#base(schema, path);
    if (base === undefined) return this.#onZod(schema, path);
    const checks = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as CheckInternals, ...(schema._zod.def.checks ?? [])] : (schema._zod.def.checks ?? []);
    return checks.length === 0 ? base : withChecks(base, checks);
  }

  /** Runs the schema on zod for this subtree: checks included, its output replacing the value. */
  #onZod(schema: Internals, path: string, reason = schema._zod.def.type): Step {
    this.unmodelled.push(`${path || '(root)'}: ${reason}`);
    return onZod(schema);
  }

  /** @returns the step without the schema's checks, or `undefined` for what zod must run */
  #base(schema: Internals, path: string): Step | undefined {
    const { def, traits } = schema._zod;
    switch (def.type) {
      case 'string':
        return def.coerce ? undefined : (value) => (typeof value === 'string' ? value : fail);
      case 'number':
        // Number.isFinite is false for NaN too, as zod's number is.
        return def.coerce ? undefined : (value) => (typeof value === 'number' && Number.isFinite(value) && !decodedMinusZero(value) ? value : fail);
      case 'boolean':
        return def.coerce ? undefined : (value) => (typeof value === 'boolean' ? value : fail);
      case 'null':
        return (value) => (value === null ? value : fail);
      case 'unknown':
      case 'any':
      case 'custom': // the refinement is the schema itself, run as its check
        return (value) => (checking === undefined || fits(value) ? value : shapeFail());
      case 'never':
        return () => fail;
      case 'enum':
      case 'literal': {
        const values = schema._zod.values;
        return values === undefined ? undefined : (value) => (values.has(value) && !decodedMinusZero(value) ? value : fail);
      }
      case 'nullable': {
        const inner = this.step(def.innerType as Internals, path);
        return (value) => (value === null ? value : inner(value));
      }
      case 'optional': {
        const innerSchema = def.innerType as Internals;
        // An inner schema that substitutes for absence (a default) is zod's to run.
        if (innerSchema._zod.optin !== undefined) return undefined;
        const inner = this.step(innerSchema, path);
        if (traits.has('$ZodExactOptional')) return inner;
        return (value) => (value === undefined ? value : inner(value));
      }
      case 'array':
        return this.#array(def.element as Internals, path);
      case 'object':
        return this.#object(schema, path);
      case 'union':
        return this.#union(schema, path);
      case 'pipe':
        return this.#pipe(schema, path);
      case 'transform': {
        const transform = def.transform as (value: unknown, payload: z.core.ParsePayload) => unknown;
        return (value) => (checking === undefined || fits(value) ? transformed(transform, value) : shapeFail());
      }
      case 'lazy':
        return this.step(schema._zod.innerType as Internals, path);
      default:
        return undefined;
    }
  }

  #array(element: Internals, path: string): Step {
    const item = this.step(element, `${path}[]`);
    return (value) => {
      if (!Array.isArray(value)) return fail;
      if (checking !== undefined && (++depth > checking.maxDepth || value.length > checking.maxItems)) return shapeFail();
      for (let at = 0; at < value.length; at++) {
        const input: unknown = value[at];
        const output = item(input);
        if (output === fail) return fail;
        if (output !== input) write(value as unknown[] as Record<number, unknown>, at, input, output);
      }
      if (checking !== undefined) depth--;
      return value;
    };
  }

  #object(schema: Internals, path: string): Step | undefined {
    const def = schema._zod.def as unknown as { shape: Record<PropertyKey, Internals>; catchall?: Internals };
    const fieldSchemas = def.shape;
    if (Object.getOwnPropertySymbols(fieldSchemas).length > 0) return undefined;
    // No catchall strips unknown keys, which would mean deleting them here: zod copies instead.
    if (def.catchall === undefined) return undefined;
    const names = Object.keys(fieldSchemas);
    // The walk goes over the keys the value has, the keys zod's `in` finds (its own, and any
    // enumerable inherited one), so absent optional fields, most of a callback's, cost nothing. A
    // field named like a key of `Object.prototype` (`constructor`), which `in` finds on every
    // object, is zod's to run.
    if (names.some((name) => name in Object.prototype)) return undefined;
    const fields: Field[] = [];
    for (const name of names) {
      const field = fieldSchemas[name] as Internals;
      const { optin, optout } = field._zod;
      const required = optin === undefined;
      // An absent optional field adds nothing to zod's output only when neither side of it
      // substitutes a value for absence; anything else (a default) is zod's to run.
      if (!required && !(optin === 'optional' && optout === 'optional' && absentStaysAbsent(field))) return undefined;
      const fieldPath = path === '' ? name : `${path}.${name}`;
      const whole = this.step(field, fieldPath);
      // Most fields are `optional(…)`, which passes any value but `undefined` to its inner schema:
      // for such a value, the inner step is called straight.
      const inner = field._zod.def.type === 'optional' && !hasChecks(field) ? this.step(field._zod.def.innerType as Internals, fieldPath) : whole;
      fields.push({ name, step: inner, whole, required });
    }
    const catchallType = def.catchall._zod.def.type;
    const extra: Step | 'keep' | 'refuse' =
      catchallType === 'never' ? 'refuse' : catchallType === 'unknown' || catchallType === 'any' ? 'keep' : this.step(def.catchall, `${path}.*`);
    const whole = onZod(schema);
    const finish = (value: Record<string, unknown>) => {
      if (Object.getPrototypeOf(value) !== Object.prototype) prototypeless.push(value);
      return value;
    };
    const byName = new Map(fields.map((field) => [field.name, field]));
    const requiredCount = fields.filter((field) => field.required).length;
    return (value) => {
      if (!isRecord(value)) return fail;
      if (Object.hasOwn(value, '__proto__')) return checking === undefined ? whole(value) : shapeFail();
      if (checking !== undefined && ++depth > checking.maxDepth) return shapeFail();
      let required = 0;
      let count = 0;
      for (const name in value) {
        count++;
        const field = byName.get(name);
        let step: Step;
        if (field !== undefined) {
          if (field.required) required++;
          step = value[name] === undefined ? field.whole : field.step;
        } else if (extra === 'keep') {
          if (checking !== undefined && !fits(value[name])) return shapeFail();
          continue;
        } else if (extra === 'refuse') return fail;
        else step = extra;
        const input = value[name];
        const output = step(input);
        if (output === fail) return fail;
        if (output !== input) write(value, name, input, output);
      }
      if (checking !== undefined && !counted(count)) return shapeFail();
      return required === requiredCount ? finish(value) : fail;
    };
  }

  #union(schema: Internals, path: string): Step | undefined {
    const { def, traits } = schema._zod;
    // An exclusive union (`z.xor`) needs every option run: zod's.
    if (traits.has('$ZodXor') || (def.inclusive === false && !traits.has('$ZodDiscriminatedUnion'))) return undefined;
    const options = (def.options as Internals[]).map((option, at) => this.step(option, `${path}|${at}`));
    const firstMatch = (value: unknown) => {
      const [writesAt, prototypelessAt, depthAt, keysAt] = [writes.length, prototypeless.length, depth, keysSeen];
      for (const option of options) {
        const output = option(value);
        if (output !== fail) return output;
        // Each option starts from the value as it was.
        undo(writesAt);
        prototypeless.length = prototypelessAt;
        [depth, keysSeen] = [depthAt, keysAt];
      }
      return fail;
    };
    if (!traits.has('$ZodDiscriminatedUnion')) return options.length === 1 ? options[0] : firstMatch;
    const discriminator = def.discriminator as string;
    // The option for each discriminant value, as zod's map has it: a value two options share picks neither.
    const byValue = new Map<unknown, Step | null>();
    for (const [at, option] of (def.options as Internals[]).entries()) {
      const values = option._zod.propValues?.[discriminator];
      if (values === undefined || values.size === 0) return undefined;
      for (const value of values) byValue.set(value, byValue.has(value) ? null : (options[at] as Step));
    }
    const fallback = def.unionFallback === true;
    return (value) => {
      if (!isRecord(value)) return fail;
      const option = byValue.get(value[discriminator]);
      if (option) return option(value);
      return fallback ? firstMatch(value) : fail;
    };
  }

  #pipe(schema: Internals, path: string): Step {
    const { def, traits } = schema._zod;
    const input = this.step(def.in as Internals, path);
    const output = this.step(def.out as Internals, path);
    if (!traits.has('$ZodCodec')) {
      return (value) => {
        const left = input(value);
        return left === fail ? fail : unchecked(output, left);
      };
    }
    const decode = def.transform as (value: unknown, payload: z.core.ParsePayload) => unknown;
    return (value) => {
      const left = input(value);
      if (left === fail) return fail;
      const right = transformed(decode, left);
      return right === fail ? fail : unchecked(output, right);
    };
  }
}

/** A field of an object: `step` validates any value but `undefined`, `whole` any value. */
interface Field {
  readonly name: string;
  readonly step: Step;
  readonly whole: Step;
  readonly required: boolean;
}

function hasChecks(schema: Internals): boolean {
  return schema._zod.traits.has('$ZodCheck') || (schema._zod.def.checks?.length ?? 0) > 0;
}

/** @returns whether zod leaves an absent key absent for this schema (no default anywhere inside) */
function absentStaysAbsent(schema: Internals): boolean {
  const { def } = schema._zod;
  if (def.type === 'nullable') return absentStaysAbsent(def.innerType as Internals);
  return def.type === 'optional' && (def.innerType as Internals)._zod.optin === undefined;
}

/** Calls a transform or a codec's decode as zod does: with a payload its issues go to. */
function transformed(transform: (value: unknown, payload: z.core.ParsePayload) => unknown, value: unknown): unknown {
  const payload: z.core.ParsePayload = { value, issues: [] };
  const output = transform(value, payload);
  return payload.issues.length > 0 || output instanceof Promise ? fail : output;
}

function withChecks(base: Step, checks: readonly CheckInternals[]): Step {
  const native = checks.map(nativeCheck);
  if (native.every((check) => check !== undefined)) {
    const tests = native as ((value: unknown) => boolean)[];
    return (value) => {
      const output = base(value);
      if (output === fail) return fail;
      for (const test of tests) if (!test(output)) return fail;
      return output;
    };
  }
  return (value) => {
    const output = base(value);
    if (output === fail) return fail;
    // As zod runs them: on the parsed value, a check with a `when` only when it says so.
    const payload: z.core.ParsePayload = { value: output, issues: [] };
    for (const check of checks) {
      const { when } = check._zod.def;
      if (when !== undefined && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return fail;
    }
    return payload.value;
  };
}

/** @returns a plain test for a regex check (most checks here), or `undefined` to call zod's check */
function nativeCheck(check: CheckInternals): ((value: unknown) => boolean) | undefined {
  const { def, traits } = check._zod;
  if (!traits?.has('$ZodCheckRegex') || def.when !== undefined || !(def.pattern instanceof RegExp)) return undefined;
  const pattern = def.pattern;
  return (value) => {
    pattern.lastIndex = 0;
    return pattern.test(value as string);
  };
}

/** A step that runs the schema on zod, as the subtree it is. */
function onZod(schema: Internals): Step {
  return (value) => {
    if (checking !== undefined && !fits(value)) return shapeFail();
    const result = schema._zod.run({ value, issues: [] }, { async: false }) as z.core.ParsePayload | Promise<unknown>;
    return result instanceof Promise || result.issues.length > 0 ? fail : result.value;
  };
}

/**
 * Runs a step on a value the body does not hold as such (what a pipe's first half or a codec made),
 * so the reader's checks, already made on the value it came from, are not made on it.
 */
function unchecked(step: Step, value: unknown): unknown {
  if (checking === undefined) return step(value);
  const limits = checking;
  checking = undefined;
  const output = step(value);
  checking = limits;
  return output;
}

/** @returns whether a decoded value holds -0, which the reader makes 0 (and so the plan leaves to it) */
function decodedMinusZero(value: unknown): boolean {
  if (value !== 0 || checking === undefined || !Object.is(value, -0)) return false;
  shapeFailed = true;
  return true;
}

/** Counts an object's keys against the caps, once the object is walked. */
function counted(count: number): boolean {
  if (count > (checking as JsonShapeLimits).maxFields) return false;
  keysSeen += count;
  depth--;
  return true;
}

/**
 * The reader's checks on a decoded value no schema walks (an unknown key's, an `unknown` field's):
 * what `measure` in `json.ts` checks, with -0 and own `__proto__` keys, which the reader would
 * change, refused.
 */
function fits(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  const limits = checking as JsonShapeLimits;
  if (++depth > limits.maxDepth) return false;
  if (Array.isArray(value)) {
    if (value.length > limits.maxItems) return false;
    for (const item of value) if (!fits(item)) return false;
    depth--;
    return true;
  }
  if (Object.hasOwn(value, '__proto__')) return false;
  let count = 0;
  for (const name in value) {
    count++;
    if (!fits((value as Record<string, unknown>)[name])) return false;
  }
  return counted(count);
}
