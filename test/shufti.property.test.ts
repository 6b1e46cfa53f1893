import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseShufti, safeParseShufti, serializeShufti, shuftiEvents } from '../src/shufti/index.js';
import { arbitraryShufti } from '../src/testing/shufti.js';

describe('round trips of generated Shufti callbacks', () => {
  test.prop([arbitraryShufti()])('parse(serialize(x)) deep-equals x', (callback) => {
    expect(parseShufti(serializeShufti(callback))).toEqual(callback);
  });

  test.prop([arbitraryShufti({ unknownFields: true })])('unknown fields survive the round trip too', (callback) => {
    expect(parseShufti(serializeShufti(callback))).toEqual(callback);
  });

  test.prop([arbitraryShufti({ unknownFields: true })])('the output is plain JSON data', (callback) => {
    const parsed = parseShufti(serializeShufti(callback));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  test.prop([arbitraryShufti({ unknownFields: true })])('serializing is stable: serialize(parse(serialize(x))) equals serialize(x)', (callback) => {
    const body = serializeShufti(callback);
    expect(serializeShufti(parseShufti(body))).toBe(body);
  });

  test.prop([arbitraryShufti({ unknownFields: true })])('the bytes and the parsed object parse alike', (callback) => {
    const body = serializeShufti(callback);
    expect(parseShufti(new TextEncoder().encode(body))).toEqual(parseShufti(JSON.parse(body) as Record<string, unknown>));
  });

  for (const event of shuftiEvents) {
    test.prop([arbitraryShufti({ event, newValues: false })], { numRuns: 50 })(`${event}: generated callbacks with documented values only parse in strict mode`, (callback) => {
      expect(callback.event).toBe(event);
      const strict = safeParseShufti(serializeShufti(callback), { strict: true });
      expect(strict.success || strict.error.issues).toBe(true);
    });

    test.prop([arbitraryShufti({ event })], { numRuns: 50 })(`${event}: generated callbacks have that event and fail strict mode only on new values`, (callback) => {
      expect(callback.event).toBe(event);
      const strict = safeParseShufti(serializeShufti(callback), { strict: true });
      const hasNewValues = !strict.success && strict.error.issues.every((issue) => issue.code === 'invalid_value');
      expect(strict.success || hasNewValues).toBe(true);
    });
  }

  test.prop([arbitraryShufti(), fc.nat(), fc.jsonValue()])('a body with a field dropped or a value swapped never throws from safeParse', (callback, seed, value) => {
    const fields = Object.entries(JSON.parse(serializeShufti(callback)) as Record<string, unknown>);
    const index = seed % fields.length;
    const dropped = Object.fromEntries(fields.filter((_, position) => position !== index));
    const swapped = Object.fromEntries(fields.map(([name, field], position) => [name, position === index ? value : field]));
    for (const mutated of [dropped, swapped]) {
      const result = safeParseShufti(JSON.stringify(mutated));
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  });
});
