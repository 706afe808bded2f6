/**
 * Base64url (RFC 4648 §5, no padding) — the only encoding JWS uses — and plain base64 for `toJSON()`.
 *
 * Written by hand instead of `btoa`/`atob` because (1) the `server` entry must not depend on any
 * particular runtime's globals or Buffer, and (2) the decoder has to be *strict*: JOSE libraries
 * disagree on padding, whitespace and stray characters, and a lenient decoder lets one signed value
 * be spelled several ways. Here exactly one spelling of any byte string decodes.
 */

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const STD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Character code → 6-bit value, or -1. Built once per alphabet. */
function reverseTable(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const URL_REVERSE = reverseTable(URL_ALPHABET);

function encodeWith(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  // Build in chunks: string concatenation of single chars is slow on 200 kB images, and
  // String.fromCharCode(...big array) overflows the stack.
  const parts: string[] = [];
  let chunk = '';
  const full = bytes.length - (bytes.length % 3);
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk +=
      alphabet[n >>> 18] + alphabet[(n >>> 12) & 63] + alphabet[(n >>> 6) & 63] + alphabet[n & 63];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - full;
  if (rest === 1) {
    const n = bytes[full] << 16;
    chunk += alphabet[n >>> 18] + alphabet[(n >>> 12) & 63] + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[full] << 16) | (bytes[full + 1] << 8);
    chunk += alphabet[n >>> 18] + alphabet[(n >>> 12) & 63] + alphabet[(n >>> 6) & 63] + (pad ? '=' : '');
  }
  parts.push(chunk);
  return parts.join('');
}

/** Encodes bytes as unpadded base64url. */
export function base64urlEncode(bytes: Uint8Array): string {
  return encodeWith(bytes, URL_ALPHABET, false);
}

/** Encodes a string's UTF-8 bytes as unpadded base64url. */
export function base64urlEncodeText(text: string): string {
  return base64urlEncode(new TextEncoder().encode(text));
}

/** Encodes bytes as standard, padded base64 (for JSON transport of the images). */
export function base64Encode(bytes: Uint8Array): string {
  return encodeWith(bytes, STD_ALPHABET, true);
}

/**
 * Decodes unpadded base64url strictly.
 *
 * @returns the bytes, or `null` when `text` is not the one canonical spelling of some byte string:
 *   any character outside `A–Z a–z 0–9 - _` (padding and whitespace included), a length ≡ 1 (mod 4),
 *   or non-zero unused bits in the last character.
 */
export function base64urlDecode(text: string): Uint8Array | null {
  if (typeof text !== 'string') return null;
  const length = text.length;
  if (length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? URL_REVERSE[code] : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, otherwise two strings would decode to the same bytes.
  if (bits > 0 && (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/**
 * Decodes standard base64 (padding optional, no whitespace) — used to read `toJSON()` output.
 * @returns the bytes, or `null` when the text is not valid base64.
 */
export function base64Decode(text: string): Uint8Array | null {
  if (typeof text !== 'string') return null;
  let body = text;
  if (body.length % 4 === 0 && body.endsWith('==')) body = body.slice(0, -2);
  else if (body.length % 4 === 0 && body.endsWith('=')) body = body.slice(0, -1);
  // Map the standard alphabet onto the url-safe one, refusing any url-safe chars in the input.
  if (/[-_=]/.test(body)) return null;
  return base64urlDecode(body.replace(/\+/g, '-').replace(/\//g, '_'));
}
