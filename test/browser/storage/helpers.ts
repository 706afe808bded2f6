/** Shared helpers of the storage tests (not a test file itself). */
import {createStore, entries, get} from 'idb-keyval';
import type {Capture, CaptureKind} from '../../../src/types.js';
import type {DraftInput} from '../../../src/storage/index.js';

/** A unique profile id per call: test files run in parallel pages sharing one origin's IndexedDB. */
export function uniqueId(label: string): string {
  return `${label}-${crypto.randomUUID()}`;
}

/** A real JPEG (it starts with FF D8 FF) drawn on a canvas. */
export async function makeJpeg(width = 64, height = 48, colour = '#c33'): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.fillText('ID', 4, 20);
  return canvas.convertToBlob({type: 'image/jpeg', quality: 0.9});
}

/** A capture around `blob` with realistic metadata. */
export function makeCapture(kind: CaptureKind, blob: Blob): Capture {
  return {
    kind,
    blob,
    width: 64,
    height: 48,
    at: 1_700_000_000_000,
    camera: {label: 'FaceTime HD Camera', facingMode: 'user', width: 1280, height: 720, frameRate: 30},
    checks: {brightness: {value: 0.52, verdict: 'pass'}, faces: {value: null, verdict: 'not-run'}},
  };
}

/** A draft with both captures. */
export async function makeDraft(name = 'Ada Lovelace'): Promise<DraftInput> {
  return {
    step: 'review',
    name,
    layout: 'two-sided',
    captures: {
      selfie: makeCapture('selfie', await makeJpeg(64, 48, '#36c')),
      document: makeCapture('document', await makeJpeg(80, 50, '#c63')),
    },
  };
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every byte a stored value carries, flattened: binary parts as they are, strings and numbers as UTF-8.
 * Scanning this finds plaintext wherever in the value it hides.
 */
export function storedBytes(value: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  const walk = (v: unknown): void => {
    if (v instanceof ArrayBuffer) parts.push(new Uint8Array(v));
    else if (ArrayBuffer.isView(v)) parts.push(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else if (typeof v === 'string' || typeof v === 'number') parts.push(new TextEncoder().encode(String(v)));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Raw handles on the package's stores, opened independently of the code under test. */
export const raw = {
  drafts: createStore('idv-drafts', 'drafts'),
  records: createStore('idv-records', 'records'),
  draftKeys: createStore('idv-draft-keys', 'keys'),
};

/** The raw value stored under `profileId` in each store. */
export async function rawFor(profileId: string) {
  return {
    draft: await get(profileId, raw.drafts),
    record: await get(profileId, raw.records),
    draftKey: await get(profileId, raw.draftKeys),
  };
}

export {entries};

/** Replaces `object[name]` for one test; returns the function that restores it. */
export function patch<T extends object, K extends keyof T>(object: T, name: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(object, name);
  Object.defineProperty(object, name, {value, configurable: true, writable: true});
  return () => {
    if (own) Object.defineProperty(object, name, own);
    else delete object[name];
  };
}
