/**
 * Loads the built-in face engine in a browser or Worker: fetches the weights and the kernels from the
 * files that ship beside the script-tag bundle (dist/vision/), relative to a base URL.
 */
import type {FaceEngine} from '../face-engine.js';
import {createFaceEngine} from './engine.js';

/** The engine's files, as the build writes them into dist/vision/. */
export const FACE_ENGINE_FILES = {
  wasm: 'face-engine.wasm',
  model: 'blazeface-short-range.bin',
  notice: 'NOTICE-blazeface.txt',
} as const;

async function fetchBytes(url: URL): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Fetches both files relative to `baseUrl` (a folder: a missing trailing slash is added) and builds the
 * engine. Where WebAssembly cannot compile (a CSP without 'wasm-unsafe-eval', no SIMD) or `wasm: false`,
 * it falls back to the JS engine without logging: the caller reports `engine.kind`.
 * Rejects when the weights cannot be fetched.
 */
export async function loadFaceEngine(baseUrl: string | URL, options: {wasm?: boolean} = {}): Promise<FaceEngine> {
  const href = String(baseUrl);
  const base = new URL(href.endsWith('/') ? href : `${href}/`, typeof location === 'undefined' ? undefined : location.href);
  const wantWasm = options.wasm !== false && typeof WebAssembly === 'object';
  const [model, wasm] = await Promise.all([
    fetchBytes(new URL(FACE_ENGINE_FILES.model, base)),
    // A missing or unreadable kernels file means the JS engine, like a compile failure.
    wantWasm ? fetchBytes(new URL(FACE_ENGINE_FILES.wasm, base)).catch(() => null) : null,
  ]);
  return createFaceEngine({model, wasm});
}
