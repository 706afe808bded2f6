/**
 * One frame in, every applicable check and the guidance out. Pure: the caller grabs frames and runs the
 * face detector (see `analysis-loop.ts`).
 */
import type {CaptureChecks} from '../types.js';
import type {GreyFrame} from './grey-frame.js';
import {cardGuideRect, ellipseBounds, selfieOvalEllipse} from './guides.js';
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
import {faceChecksNotRun, type CaptureContext} from './face-detector.js';
import {allChecksPass, chooseGuidance, type GuidanceKey} from './guidance.js';

/** What {@link analyzeFrame} needs besides the pixels. */
export interface AnalyzeOptions extends CaptureContext {
  /**
   * Face checks from `measureFaces` on the latest detection (the detector runs less often than this).
   * Omitted = no detector: the face checks are recorded as `not-run`.
   */
  faces?: CaptureChecks;
}

/** The outcome for one frame. */
export interface FrameAnalysis {
  /** Every check that applies to the step, with its value and verdict. */
  checks: CaptureChecks;
  /** The one message to show now. */
  guidance: GuidanceKey;
  /** Every check that ran passed (`not-run` ignored). */
  ready: boolean;
}

/**
 * Runs the checks that apply to the step on `frame`:
 * - document: brightness, over-exposure, sharpness, glare, framing and card size in the card guide; steadiness; and, in the
 *   two-sided flow, `photoSide` from the faces;
 * - selfie: brightness, over-exposure and sharpness in the oval's bounding box, steadiness, and the face checks.
 *
 * @param previous the frame before, for steadiness (`not-run` without it)
 */
export function analyzeFrame(frame: GreyFrame, previous: GreyFrame | undefined, options: AnalyzeOptions): FrameAnalysis {
  const context: CaptureContext = {kind: options.kind, layout: options.layout};
  const faces = options.faces ?? faceChecksNotRun(context);
  let checks: CaptureChecks;
  if (context.kind === 'document') {
    const guide = cardGuideRect(frame.width, frame.height);
    const edges = locateCardEdges(frame, guide);
    checks = {
      brightness: measureBrightness(frame, guide),
      overexposure: measureOverexposure(frame, guide),
      sharpness: measureSharpness(frame, guide),
      glare: measureGlare(frame, guide),
      framing: measureCardFraming(frame, guide, edges),
      cardSize: measureCardSize(frame, guide, edges),
      steadiness: measureSteadiness(frame, previous),
      ...faces,
    };
  } else {
    const region = ellipseBounds(selfieOvalEllipse(frame.width, frame.height));
    checks = {
      brightness: measureBrightness(frame, region),
      overexposure: measureOverexposure(frame, region),
      sharpness: measureSharpness(frame, region),
      steadiness: measureSteadiness(frame, previous),
      ...faces,
    };
  }
  return {checks, guidance: chooseGuidance(checks, context), ready: allChecksPass(checks)};
}
