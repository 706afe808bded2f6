/**
 * The messages between the camera step (main thread) and the vision Worker. One small typed union per
 * direction, imported by both sides; nothing here runs code, so importing it costs the bundle nothing.
 *
 * A frame goes down as a transferred `ImageBitmap` (the main thread keeps no copy and does no pixel work);
 * one result comes back per frame, with every check, the guidance and the readiness. The main thread never
 * sends a second frame before the first one's result is back (back-pressure: frames are dropped instead).
 */
import type {CaptureChecks, CaptureKind, IdLayout} from '../types.js';
import type {FaceEngineKind} from './face-engine.js';
import type {GuidanceKey} from '../quality/guidance.js';

/** Main thread → Worker. */
export type ToVisionWorker =
  | {
      /** First message: where the engine's files are. The engine itself loads with the first frame. */
      type: 'configure';
      /** Absolute URL of the folder holding `face-engine.wasm` and `blazeface-short-range.bin`. */
      baseUrl: string;
      /** `false` forces the plain-JS engine (for measurements); default: WebAssembly SIMD where it compiles. */
      wasm?: boolean;
    }
  | {
      type: 'frame';
      /** Echoed in the result, so a result of an earlier camera session is recognised and dropped. */
      id: number;
      /**
       * The camera picture at its own size: a `VideoFrame` where the browser has them (no copy on the main
       * thread), else an `ImageBitmap`. Transferred, and closed by the Worker once read.
       */
      picture: ImageBitmap | VideoFrame;
      kind: CaptureKind;
      layout: IdLayout;
      /**
       * True when this frame follows the previous one of the same live session: steadiness compares the
       * two. False after a (re)start or a camera change: no previous frame, and no faces carried over.
       */
      continues: boolean;
    };

/** Worker → main thread. */
export type FromVisionWorker =
  | {
      /** The Worker's script ran and its message handler is installed. */
      type: 'started';
    }
  | {
      type: 'result';
      /** The frame's `id`. */
      id: number;
      /** Every check that applies to the step, with its value and verdict (face checks included). */
      checks: CaptureChecks;
      guidance: GuidanceKey;
      /** Every check that applies ran and passed. */
      ready: boolean;
      /** Which engine found the faces in `checks`, or null when no face detection ran (yet). */
      engine: FaceEngineKind | null;
      /** Time spent on this frame in the Worker, ms: all of it, and the face detection alone (0 when skipped). */
      workerMs: number;
      detectMs: number;
    }
  | {
      /** The face engine could not load: face checks stay `not-run`. Sent once. */
      type: 'engine-failed';
      message: string;
    };
