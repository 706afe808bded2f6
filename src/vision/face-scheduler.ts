/**
 * In the vision Worker: the face engine, loaded once when the Worker is configured (the first camera step),
 * and run on frames no more often than its cost allows.
 */
import type {FaceDetection, FaceEngine, FaceEngineKind, RgbaPicture} from './face-engine.js';
import {loadFaceEngine} from './engine/load.js';

/**
 * Minimum time between two detections, per engine. The WebAssembly engine (~25 ms a call at 480 × 272 on
 * two cores) keeps up with every analysed frame; the plain-JS one (~340 ms) would hold up the pixel checks,
 * so it runs about once a second and the frames in between reuse its faces.
 */
export const DETECTION_INTERVAL_MS: Readonly<Record<FaceEngineKind, number>> = {'wasm-simd': 0, js: 1000};

/** The faces of the latest detection, with the size of the picture they were found in. */
export interface FaceSighting {
  faces: FaceDetection[];
  width: number;
  height: number;
  engine: FaceEngineKind;
  at: number;
}

export class FaceScheduler {
  /** The loaded engine; undefined while loading, and for good after a failure. */
  #engine: FaceEngine | undefined;
  #latest: FaceSighting | undefined;
  readonly loaded: Promise<FaceEngine>;

  /** Starts loading the engine from `baseUrl` at once. */
  constructor(baseUrl: string, options: {wasm?: boolean} = {}) {
    this.loaded = loadFaceEngine(baseUrl, options);
    this.loaded.then(
      (engine) => (this.#engine = engine),
      () => undefined, // the Worker reports the failure; the faces stay not-run
    );
  }

  /** Whether a detection is due at `now`: an engine is loaded and its interval has passed. */
  due(now: number): boolean {
    const engine = this.#engine;
    if (!engine) return false;
    return !this.#latest || now - this.#latest.at >= DETECTION_INTERVAL_MS[engine.kind];
  }

  /** Runs the engine on `picture` (call when {@link due}); returns the sighting and the time it took. */
  detect(picture: RgbaPicture, now: number): {sighting: FaceSighting; ms: number} {
    const engine = this.#engine!;
    const started = performance.now();
    const faces = engine.detect(picture);
    const ms = performance.now() - started;
    this.#latest = {faces, width: picture.width, height: picture.height, engine: engine.kind, at: now};
    return {sighting: this.#latest, ms};
  }

  /** The latest sighting, if any (a frame between two detections uses it). */
  get latest(): FaceSighting | undefined {
    return this.#latest;
  }

  /** Forgets the faces: a new camera session must never pass on faces seen before it. */
  forget(): void {
    this.#latest = undefined;
  }
}
