import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { KycWebhookError } from '../src/index.js';
import { canary, hostileBody, notPlainJson, withCanaries } from './support/hostile.js';
import { parsers } from './support/parsers.js';
import { renderings } from './support/renderings.js';

// Every parser against hostile input: it answers with data or a KycWebhookError, never a crash,
// never a polluted prototype, never a leaked value.

const prototypeSnapshot = () =>
  Object.getOwnPropertyNames(Object.prototype)
    .map((name) => `${name}:${typeof Object.getOwnPropertyDescriptor(Object.prototype, name)?.value}`)
    .join(',');
const pristine = prototypeSnapshot();

describe.each(parsers)('$name against hostile bodies', (parser) => {
  test.prop([hostileBody(parser, parsers)], { numRuns: 300 })('safeParse never throws; a success is plain JSON data; no prototype changes', (body) => {
    const result = parser.safeParse(body as never);
    if (result.success) expect(notPlainJson(result.data)).toBeUndefined();
    else expect(result.error).toBeInstanceOf(KycWebhookError);
    // A raw body has no getter or proxy to throw: unreadable_body here would be a library bug.
    if (!result.success) expect(result.error.issues[0]?.code).not.toBe('unreadable_body');
    expect(prototypeSnapshot()).toBe(pristine);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test.prop([hostileBody(parser, parsers)], { numRuns: 100 })('parse throws only KycWebhookError', (body) => {
    try {
      parser.parse(body as never);
    } catch (error) {
      expect(error).toBeInstanceOf(KycWebhookError);
    }
  });

  const reached = new Set<string>();
  test.prop([fc.constantFrom(...parser.fixtures), fc.nat(), fc.boolean()], { numRuns: 200 })(
    'no rendering of an error holds a canary planted anywhere in the body',
    (fixture, seed, strict) => {
      const body = withCanaries(parser, new TextDecoder().decode(fixture.bytes), seed);
      const result = parser.safeParse(body as never, { strict });
      if (result.success) return;
      reached.add(result.error.code);
      for (const rendering of renderings(result.error)) expect(rendering).not.toContain(canary);
    },
  );

  test('the canary bodies reach the validation error path, not only unknown_variant', () => {
    expect(reached).toContain('invalid_payload');
  });

  test.prop([fc.string({ unit: 'binary' }), fc.uint8Array()], { numRuns: 200 })('arbitrary strings and bytes', (text, bytes) => {
    for (const body of [text, bytes, bytes.buffer]) {
      const result = parser.safeParse(body as never);
      expect(result.success).toBe(false);
    }
  });
});

describe('bodies of another provider', () => {
  test.each(parsers)('$name rejects every other provider\'s fixtures', (parser) => {
    for (const other of parsers.filter((candidate) => candidate !== parser)) {
      for (const fixture of other.fixtures) {
        const result = parser.safeParse(fixture.bytes as never);
        expect(result.success, `${parser.name} accepted ${other.name}/${fixture.name}`).toBe(false);
      }
    }
  });
});
