/**
 * The pluggable face detector and the face checks made from its boxes.
 *
 * The core ships no model: a host that wants face checks passes any object with a `detect()` method (the
 * optional `mediapipe-detector.ts` entry makes one). Without a detector the face checks are `not-run`,
 * never `pass`: the backend must be able to tell "no face found" from "nobody looked".
 */
import type {CaptureChecks, CaptureKind, CheckResult, IdLayout} from '../types.js';
import {ellipseDistance, selfieOvalEllipse} from './guides.js';
import {NOT_RUN} from './checks.js';
import {FACE_CENTRE_MAX_OVAL_DISTANCE, FACE_MIN_OVAL_FRACTION, ID_PORTRAIT_MAX_RELATIVE_SIZE} from './thresholds.js';

/** A face found in a picture; the box is in the source's own pixels (a video's track pixels). */
export interface DetectedFace {
  box: {x: number; y: number; width: number; height: number};
}

/** Anything that finds faces: the browser's `FaceDetector` shape, MediaPipe through its adapter, a test stub. */
export interface FaceDetectorLike {
  /** Finds the faces in the source's current picture. */
  detect(source: CanvasImageSource): Promise<DetectedFace[]>;
}

/** Which step is being checked: the checks that apply depend on both. */
export interface CaptureContext {
  kind: CaptureKind;
  layout: IdLayout;
}

/**
 * Names of the face checks for a step:
 * - `face` (selfie): value = faces found; passes when the person's face is in the oval and no other
 *   face is (except, two-sided, the smaller portrait on their ID).
 * - `faceSize` (selfie): value = the face box's height as a share of the oval's height.
 * - `idPortrait` (two-sided selfie): value = the ID portrait's height relative to the face's (0 = none found).
 * - `photoSide` (two-sided document): value = faces visible; warns when a portrait shows, which means the
 *   camera sees the photo side while the name side is wanted.
 * The one-sided document step has no face check.
 */
export function faceCheckNames({kind, layout}: CaptureContext): string[] {
  if (kind === 'selfie') return layout === 'two-sided' ? ['face', 'faceSize', 'idPortrait'] : ['face', 'faceSize'];
  return layout === 'two-sided' ? ['photoSide'] : [];
}

/** The face checks of a step, all `not-run`: what a capture records when no detector is available. */
export function faceChecksNotRun(context: CaptureContext): CaptureChecks {
  return Object.fromEntries(faceCheckNames(context).map((name) => [name, NOT_RUN]));
}

/**
 * Turns detected face boxes into the face checks for a step (see {@link faceCheckNames}).
 *
 * @param faces boxes in the pixels of a frame of `frameSize` (the detector's source size)
 */
export function measureFaces(
  faces: readonly DetectedFace[],
  frameSize: {width: number; height: number},
  context: CaptureContext,
): CaptureChecks {
  const count = faces.length;
  if (context.kind === 'document') {
    if (context.layout === 'one-sided') return {};
    return {photoSide: {value: count, verdict: count > 0 ? 'warn' : 'pass'}};
  }
  const oval = selfieOvalEllipse(frameSize.width, frameSize.height);
  // The person is the largest face: closest to the camera. Any portrait on a card is much smaller.
  const bySize = [...faces].sort((a, b) => b.box.height - a.box.height);
  const main = bySize[0];
  if (!main) {
    const none: CheckResult = {value: 0, verdict: 'fail'};
    return context.layout === 'two-sided'
      ? {face: none, faceSize: NOT_RUN, idPortrait: {value: 0, verdict: 'fail'}}
      : {face: none, faceSize: NOT_RUN};
  }
  const centre = ellipseDistance(oval, main.box.x + main.box.width / 2, main.box.y + main.box.height / 2);
  const inOval = centre <= FACE_CENTRE_MAX_OVAL_DISTANCE;
  const sizeValue = main.box.height / (2 * oval.ry);
  const faceSize: CheckResult = {value: sizeValue, verdict: sizeValue < FACE_MIN_OVAL_FRACTION ? 'fail' : 'pass'};

  if (context.layout === 'one-sided') {
    return {face: {value: count, verdict: inOval && count === 1 ? 'pass' : 'fail'}, faceSize};
  }
  // Two-sided: the second face must be the ID's portrait, i.e. clearly smaller than the person's face.
  const second = bySize[1];
  const relative = second ? second.box.height / main.box.height : 0;
  const isPortrait = second !== undefined && relative <= ID_PORTRAIT_MAX_RELATIVE_SIZE;
  const faceOk = inOval && (count === 1 || (count === 2 && isPortrait));
  return {
    face: {value: count, verdict: faceOk ? 'pass' : 'fail'},
    faceSize,
    idPortrait: {value: relative, verdict: isPortrait ? 'pass' : 'fail'},
  };
}
