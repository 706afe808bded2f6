/**
 * One frame in, every applicable check and the guidance out. Pure maths on a {@link GreyFrame} (no DOM, no
 * canvas), so it runs in the vision Worker as well as on the main thread; the caller grabs the frames and
 * runs the face detector.
 */
import type {CaptureChecks} from '../types.js';
import type {GreyFrame} from './grey-frame.js';
import {cardGuideRect, ellipseBounds, enlargeRect, selfieOvalEllipse, type Rect} from './guides.js';
import {
  locateCardEdges,
  measureBrightness,
  measureCardFraming,
  measureCardSize,
  measureGlare,
  measureOverexposure,
  measureSharpness,
  measureSteadiness,
} from './checks.js';
import {cardCheck, findCard, findHeldCard, isCardShaped} from './card-finder.js';
import {
  faceChecksNotRun,
  faceFills,
  measureFaces,
  scaleFaces,
  sortSelfieFaces,
  type CaptureContext,
  type DetectedFace,
  type FacesInPicture,
} from './face-detector.js';
import {allChecksPass, chooseGuidance, type GuidanceKey} from './guidance.js';
import {FACE_REGION_SCALE, FACE_SHARPNESS_MIN, FACE_SHARPNESS_SCALE_PX, SHARPNESS_MIN} from './thresholds.js';

/** What {@link analyzeFrame} needs besides the pixels. */
export interface AnalyzeOptions extends CaptureContext {
  /**
   * Faces found in this frame (or the latest detection): boxes (with optional score and keypoints) in the
   * pixels of a picture of `width` × `height` showing the same frame at any scale. `undefined` = no detector
   * ran: the face checks, and the content checks that need faces, are `not-run`.
   */
  faces?: FacesInPicture;
}

/** The outcome for one frame. */
export interface FrameAnalysis {
  /** Every check that applies to the step, with its value and verdict (see {@link analyzeFrame}). */
  checks: CaptureChecks;
  /** The one message to show now. */
  guidance: GuidanceKey;
  /** Every check that applies ran and passed: `not-run` blocks, like a failure. */
  ready: boolean;
}

/**
 * Runs the checks that apply to the step on `frame`.
 *
 * ID step (`document`):
 * - `brightness`, `overexposure`, `sharpness`, `glare`: on the card when one is found, else on the guide
 *   (see `checks.ts` for each value);
 * - `card`: a card is in the guide (see {@link cardCheck}); `framing`, `cardSize`: its edges at the guide;
 * - `steadiness`: frame-to-frame change;
 * - one-sided `portrait`, two-sided `photoSide` (see `faceCheckNames`), `not-run` without faces.
 *
 * Selfie:
 * - `brightness`, `overexposure`, `sharpness`: on the person's face box enlarged ×{@link FACE_REGION_SCALE}
 *   once a face is known (sharpness then against {@link FACE_SHARPNESS_MIN}), else on the oval's bounds;
 * - `steadiness`;
 * - `face`, `faceCentre`, `faceSize` and, two-sided, `idPortrait` (see `faceCheckNames`), `not-run`
 *   without faces. A face printed on a card found in the picture is not a person.
 *
 * @param previous the frame before, for steadiness (`not-run` without it)
 */
export function analyzeFrame(frame: GreyFrame, previous: GreyFrame | undefined, options: AnalyzeOptions): FrameAnalysis {
  const context: CaptureContext = {kind: options.kind, layout: options.layout};
  const faces = options.faces ? scaleFaces(options.faces, frame.width, frame.height) : undefined;
  const checks = context.kind === 'document' ? documentChecks(frame, previous, context, faces) : selfieChecks(frame, previous, context, faces);
  return {checks, guidance: chooseGuidance(checks, context), ready: allChecksPass(checks)};
}

function documentChecks(
  frame: GreyFrame,
  previous: GreyFrame | undefined,
  context: CaptureContext,
  faces: DetectedFace[] | undefined,
): CaptureChecks {
  const guide = cardGuideRect(frame.width, frame.height);
  const edges = locateCardEdges(frame, guide);
  const found = findCard(frame, guide, edges);
  const card = isCardShaped(found) ? found.rect : undefined;
  // Light and sharpness where the card is; the guide until one is found.
  const region = card ?? guide;
  return {
    brightness: measureBrightness(frame, region),
    overexposure: measureOverexposure(frame, region),
    sharpness: measureSharpness(frame, region),
    glare: measureGlare(frame, region),
    card: cardCheck(found, faces !== undefined && faceFills(faces, card ?? guide)),
    framing: measureCardFraming(frame, guide, edges),
    cardSize: measureCardSize(frame, guide, edges),
    steadiness: measureSteadiness(frame, previous),
    ...(faces ? measureFaces(faces, frame, context, card, guide) : faceChecksNotRun(context)),
  };
}

function selfieChecks(
  frame: GreyFrame,
  previous: GreyFrame | undefined,
  context: CaptureContext,
  faces: DetectedFace[] | undefined,
): CaptureChecks {
  let region: Rect = ellipseBounds(selfieOvalEllipse(frame.width, frame.height));
  let sharpnessMin = SHARPNESS_MIN;
  let sharpnessStep = 1;
  let faceChecks = faceChecksNotRun(context);
  if (faces) {
    // A card held up to the camera: its portrait is not the person.
    const found = findHeldCard(frame, cardGuideRect(frame.width, frame.height));
    const card = isCardShaped(found) ? found.rect : undefined;
    faceChecks = measureFaces(faces, frame, context, card);
    const {person} = sortSelfieFaces(faces, context, card);
    if (person) {
      region = enlargeRect(person.box, FACE_REGION_SCALE, frame.width, frame.height);
      sharpnessMin = FACE_SHARPNESS_MIN;
      sharpnessStep = person.box.height / FACE_SHARPNESS_SCALE_PX;
    }
  }
  return {
    brightness: measureBrightness(frame, region),
    overexposure: measureOverexposure(frame, region),
    sharpness: measureSharpness(frame, region, sharpnessMin, sharpnessStep),
    steadiness: measureSteadiness(frame, previous),
    ...faceChecks,
  };
}
