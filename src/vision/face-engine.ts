/**
 * The contract between the built-in face engine (BlazeFace short-range, run by our own small engine) and
 * everything that uses it: the vision Worker, the Node calibration script and the tests.
 *
 * Kept free of runtime code so the Worker, the element and Node scripts can all import it.
 */
import type {DetectedFace} from '../quality/face-detector.js';

/** Which implementation ran a detection; recorded in the capture's claims. */
export type FaceEngineKind = 'wasm-simd' | 'js';

/** One face found by the built-in detector. The box and keypoints are in the input picture's pixels. */
export interface FaceDetection extends DetectedFace {
  /** The model's confidence, 0–1, after non-maximum suppression. */
  score: number;
  /**
   * BlazeFace's six keypoints, in order: right eye, left eye, nose tip, mouth centre, right ear tragion,
   * left ear tragion ("right" is the person's right, which is on the left of an unmirrored picture).
   */
  keypoints: ReadonlyArray<{x: number; y: number}>;
}

/** An RGBA picture: `ImageData` in a browser or Worker, a decoded PNG in Node. */
export interface RgbaPicture {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** A loaded face engine: synchronous once loaded, reuses its buffers between calls. */
export interface FaceEngine {
  /** Which implementation this is. */
  readonly kind: FaceEngineKind;
  /** Finds the faces in `picture` (any size; the engine letterboxes it into its own input sizes). */
  detect(picture: RgbaPicture): FaceDetection[];
}
