import { describe, expect, test } from 'vitest';
import { readBodyText } from '../src/core/body.js';
import { failureOf } from './support/wire-failure.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readBodyText', () => {
  test('reads strings, bytes and ArrayBuffers alike', () => {
    expect(readBodyText('a=é', 16)).toBe('a=é');
    expect(readBodyText(utf8('a=é'), 16)).toBe('a=é');
    expect(readBodyText(utf8('a=é').buffer, 16)).toBe('a=é');
  });

  test('invalid UTF-8 is malformed_body, never U+FFFD', () => {
    for (const bytes of [[0x61, 0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const failure = failureOf(() => readBodyText(new Uint8Array(bytes), 16));
      expect(failure.code).toBe('malformed_body');
      expect(failure.issue.code).toBe('invalid_utf8');
    }
  });

  test('a string with a lone surrogate is malformed_body', () => {
    expect(failureOf(() => readBodyText('a=\uDC00', 16)).issue.code).toBe('invalid_utf8');
    expect(readBodyText('a=\uD83D\uDE00', 16)).toBe('a=😀');
  });

  test('a leading byte order mark is dropped, in bytes and in strings', () => {
    expect(readBodyText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 16)).toBe('a');
    expect(readBodyText('\uFEFFa', 16)).toBe('a');
  });

  test('the byte cap counts UTF-8 bytes: at the limit reads, one past is body_too_large', () => {
    expect(readBodyText('a'.repeat(16), 16)).toHaveLength(16);
    expect(failureOf(() => readBodyText('a'.repeat(17), 16)).code).toBe('body_too_large');
    // 8 two-byte characters are 16 bytes; a ninth is 18.
    expect(readBodyText('é'.repeat(8), 16)).toHaveLength(8);
    expect(failureOf(() => readBodyText('é'.repeat(9), 16)).code).toBe('body_too_large');
    // 4 four-byte characters are 16 bytes (8 UTF-16 units).
    expect(readBodyText('😀'.repeat(4), 16)).toHaveLength(8);
    expect(failureOf(() => readBodyText(`😀😀😀😀a`, 16)).code).toBe('body_too_large');
    expect(readBodyText(new Uint8Array(16).fill(0x61), 16)).toHaveLength(16);
    expect(failureOf(() => readBodyText(new Uint8Array(17).fill(0x61), 16)).code).toBe('body_too_large');
  });
});
