import { wireFailure } from './wire-failure.js';

/** A raw HTTP body as a server framework hands it over. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const loneSurrogate = /\p{Cs}/u;
const byteOrderMark = '\uFEFF';

/**
 * @param body - a value that should be a raw body
 * @returns whether it is a `string`, `Uint8Array` or `ArrayBuffer` (from any realm)
 */
export function isRawBody(body: unknown): body is RawBody {
  return typeof body === 'string' || isUint8Array(body) || isArrayBuffer(body);
}

/**
 * @param text - a string from anywhere but a raw body (a record's field, say)
 * @returns whether it holds a lone UTF-16 surrogate, which no UTF-8 body can carry
 */
export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

/**
 * Turns a raw body into text: bytes are decoded as UTF-8 strictly (an invalid sequence is an
 * error, never U+FFFD), a leading byte order mark is dropped, and the size is capped.
 *
 * @param body - the raw body
 * @param maxBytes - the largest body accepted, in UTF-8 bytes
 * @returns the body's text
 * @throws WireFailure with `body_too_large`, or `malformed_body` for invalid UTF-8
 */
export function readBodyText(body: RawBody, maxBytes: number): string {
  if (typeof body === 'string') {
    if (body.length > maxBytes || (body.length * 3 > maxBytes && utf8Length(body) > maxBytes)) {
      throw tooLarge(maxBytes);
    }
    if (loneSurrogate.test(body)) {
      throw wireFailure('malformed_body', 'invalid_utf8', 'The body holds a lone UTF-16 surrogate');
    }
    return body.startsWith(byteOrderMark) ? body.slice(1) : body;
  }
  const bytes = isUint8Array(body) ? body : new Uint8Array(body);
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  try {
    return utf8.decode(bytes);
  } catch {
    throw wireFailure('malformed_body', 'invalid_utf8', 'The body is not valid UTF-8');
  }
}

function tooLarge(maxBytes: number) {
  return wireFailure('body_too_large', 'body_too_large', `The body is larger than maxBytes (${maxBytes} bytes)`);
}

function isUint8Array(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/** UTF-8 byte length of a well-formed string, without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
