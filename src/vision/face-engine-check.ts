/**
 * The `faceEngine` check: which detector found the faces recorded with a capture, signed into the claims
 * like every other check. The claims carry numbers only (a strict verifier checks `{value: number | null,
 * verdict}`), so the engine is a small code; the verdict says whether any detector ran at all.
 */
import type {CheckResult} from '../types.js';
import type {FaceEngineKind} from './face-engine.js';

/** Who looked for faces: the built-in engine (by implementation), the host's `faceDetector`, or nobody. */
export type FaceEngineUsed = FaceEngineKind | 'host' | 'none';

/** The `faceEngine` check's value for each detector. Stable: backends may compare against these numbers. */
export const FACE_ENGINE_CODES: Readonly<Record<FaceEngineUsed, number>> = Object.freeze({
  none: 0,
  host: 1,
  js: 2,
  'wasm-simd': 3,
});

/** The `faceEngine` check: `pass` with the engine's code when a detector ran, `not-run` (value 0) otherwise. */
export function faceEngineCheck(used: FaceEngineUsed): CheckResult {
  return {value: FACE_ENGINE_CODES[used], verdict: used === 'none' ? 'not-run' : 'pass'};
}
