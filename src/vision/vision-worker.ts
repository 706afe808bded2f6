/**
 * The vision Worker: all per-frame work of the camera steps, off the page's main thread.
 *
 * Built as one self-contained ES module (`dist/vision/vision-worker.js`) and started by the element
 * through its Trusted Types policy. It receives camera pictures as transferred `ImageBitmap`s, downscales
 * them (OffscreenCanvas), runs the pixel checks and the face engine, and posts one result per frame. It
 * never touches the DOM and keeps no picture beyond the previous grey frame.
 */
import type {FromVisionWorker, ToVisionWorker} from './protocol.js';
import type {GreyFrame} from '../quality/grey-frame.js';
import {FrameReader} from './frame-reader.js';
import {FaceScheduler, type FaceSighting} from './face-scheduler.js';
import {analyseVisionFrame} from './vision-analysis.js';

/** The parts of the Worker's global scope used here (the project compiles against the DOM library). */
interface WorkerScope {
  postMessage(message: FromVisionWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToVisionWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

const reader = new FrameReader();
let faces: FaceScheduler | undefined;
let previous: GreyFrame | undefined;

scope.addEventListener('message', ({data: message}) => {
  if (message.type === 'configure') configure(message);
  else if (message.type === 'frame') analyse(message);
});
scope.postMessage({type: 'started'});

function configure({baseUrl, wasm}: Extract<ToVisionWorker, {type: 'configure'}>): void {
  if (faces) return; // one engine per Worker: a second configure (another step) reuses it
  faces = new FaceScheduler(baseUrl, {wasm});
  faces.loaded.catch((error: unknown) => {
    scope.postMessage({type: 'engine-failed', message: error instanceof Error ? error.message : String(error)});
  });
}

function analyse({id, picture, kind, layout, continues}: Extract<ToVisionWorker, {type: 'frame'}>): void {
  const started = performance.now();
  let detectMs = 0;
  let sighting: FaceSighting | undefined;
  let frame: GreyFrame;
  try {
    if (!continues) {
      previous = undefined;
      faces?.forget();
    }
    frame = reader.grey(picture);
    if (faces?.due(started)) {
      const detection = faces.detect(reader.detectionPicture(picture), started);
      detectMs = detection.ms;
    }
    sighting = faces?.latest;
  } finally {
    picture.close();
  }
  const {checks, guidance, ready} = analyseVisionFrame(frame, previous, {kind, layout}, sighting);
  previous = frame;
  scope.postMessage({
    type: 'result',
    id,
    checks,
    guidance,
    ready,
    engine: sighting?.engine ?? null,
    workerMs: performance.now() - started,
    detectMs,
  });
}
