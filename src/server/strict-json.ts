/**
 * JSON decoding for untrusted JOSE segments: fatal UTF-8, plain objects only, no duplicate members.
 *
 * Duplicate member names matter because JSON parsers disagree about them (first wins, last wins, or
 * error). A signer could otherwise show one verifier one name and another verifier a different one
 * under the same signature. RFC 7515 §5.2 allows rejecting them; we do.
 */

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * Returns `true` when a *valid* JSON text has an object with two members of the same (decoded) name.
 * A small scanner over the already-validated text: it only needs to tell keys from values.
 */
export function hasDuplicateMembers(text: string): boolean {
  const stack: (Set<string> | null)[] = []; // a Set for an object, null for an array
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const keys = stack[stack.length - 1] as Set<string>;
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return false;
}

/** A non-null, non-array object straight from `JSON.parse`. */
export type JsonObject = Record<string, unknown>;

/**
 * Decodes bytes as a JSON object.
 * @returns the object, or a string saying why the bytes are not one.
 */
export function parseJsonObject(bytes: Uint8Array): JsonObject | string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'is not valid UTF-8';
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  if (hasDuplicateMembers(text)) return 'has duplicate member names';
  return value as JsonObject;
}

/** `true` when `value` has exactly the own enumerable keys `keys` (any order). */
export function hasExactKeys(value: JsonObject, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

/** A plain JSON object (as produced by `JSON.parse`), not an array or null. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
