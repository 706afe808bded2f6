/**
 * Reads the two image files from whatever the caller has (`Blob`/`File`, `ArrayBuffer`, typed array,
 * or a `FormData`) without relying on DOM types, and checks them against their claims.
 */
import {base64urlEncode} from '../submission/base64url.js';
import type {CaptureClaim} from '../submission/format.js';
import {fail} from './errors.js';

/** One image as the caller may hold it. `Blob` covers `File` and Node's `buffer.Blob`. */
export type FileInput = Blob | ArrayBuffer | ArrayBufferView;

/** The `files` argument: a record with exactly `selfie` and `document`, or a `FormData` with those parts. */
export type FilesInput = {selfie?: FileInput; document?: FileInput} | FormData;

export const FILE_NAMES = ['selfie', 'document'] as const;
type FileName = (typeof FILE_NAMES)[number];

/** Minimal view of a Blob, so no DOM global is needed at runtime (works across realms/polyfills). */
interface BlobLike {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Minimal view of a FormData. */
interface FormDataLike {
  getAll(name: string): unknown[];
  keys(): Iterable<string>;
}

function isBlobLike(value: unknown): value is BlobLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BlobLike).size === 'number' &&
    typeof (value as BlobLike).arrayBuffer === 'function'
  );
}

/** `true` for a FormData (duck-typed: `getAll` + `keys`, as in every runtime's implementation). */
export function isFormDataLike(value: unknown): value is FormDataLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FormDataLike).getAll === 'function' &&
    typeof (value as FormDataLike).keys === 'function'
  );
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // toString tag instead of instanceof: buffers from another realm (vm, worker) are still buffers.
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/** A file not yet read: its length is known up front so oversized input is refused unread. */
interface PendingFile {
  size: number;
  read(): Promise<Uint8Array>;
}

function toPending(value: unknown, name: FileName): PendingFile {
  if (isBlobLike(value)) return {size: value.size, read: async () => new Uint8Array(await value.arrayBuffer())};
  if (isArrayBuffer(value)) return {size: value.byteLength, read: async () => new Uint8Array(value)};
  if (ArrayBuffer.isView(value) && isArrayBuffer(value.buffer)) {
    const view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return {size: view.byteLength, read: async () => view};
  }
  return fail('missing-file', `${name} is not a Blob, ArrayBuffer or typed array`);
}

/**
 * Picks `selfie` and `document` out of the caller's files, refusing anything missing or extra.
 * In a FormData the `jws` part is allowed (it is the signature, not a file).
 */
export function collectFiles(files: unknown): Record<FileName, PendingFile> {
  if (files === undefined || files === null) fail('missing-file', 'no files were given');
  if (isFormDataLike(files)) {
    for (const key of files.keys()) {
      if (key !== 'jws' && !(FILE_NAMES as readonly string[]).includes(key)) {
        fail('unexpected-file', `unexpected part "${String(key).slice(0, 80)}"`);
      }
    }
    const out = {} as Record<FileName, PendingFile>;
    for (const name of FILE_NAMES) {
      const parts = files.getAll(name);
      if (parts.length === 0) fail('missing-file', `${name} is missing`);
      if (parts.length > 1) fail('unexpected-file', `${name} was sent ${parts.length} times`);
      out[name] = toPending(parts[0], name);
    }
    return out;
  }
  if (typeof files !== 'object' || Array.isArray(files)) fail('malformed-input', 'files is not an object');
  const record = files as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(FILE_NAMES as readonly string[]).includes(key)) fail('unexpected-file', `unexpected file "${key.slice(0, 80)}"`);
  }
  const out = {} as Record<FileName, PendingFile>;
  for (const name of FILE_NAMES) {
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    if (value === undefined || value === null) fail('missing-file', `${name} is missing`);
    out[name] = toPending(value, name);
  }
  return out;
}

/**
 * Checks one file against its claim: length first (cheap, and refuses oversized input unread),
 * then the SHA-256 of the exact bytes.
 */
export async function checkFile(name: FileName, file: PendingFile, claim: CaptureClaim): Promise<void> {
  if (file.size !== claim.bytes) fail('file-mismatch', `${name} is ${file.size} bytes, the claims say ${claim.bytes}`);
  const bytes = await file.read();
  if (bytes.byteLength !== claim.bytes) fail('file-mismatch', `${name} length changed while reading`);
  const digest = base64urlEncode(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource)));
  if (digest !== claim.sha256) fail('file-mismatch', `${name} SHA-256 differs from the claims`);
}
