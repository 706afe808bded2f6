/**
 * One frame's verdicts from its grey pixels and the latest faces: what the vision Worker posts back.
 * Pure (no Worker, no DOM), so the main-thread fallback and the tests compute exactly the same.
 */
import type {GreyFrame} from '../quality/grey-frame.js';
import {analyzeFrame, type FrameAnalysis} from '../quality/frame-analyzer.js';
import type {CaptureContext} from '../quality/face-detector.js';
import {faceEngineCheck} from './face-engine-check.js';
import type {FaceSighting} from './face-scheduler.js';

/**
 * Every check of the step on `frame`, the face checks from `sighting` (`not-run` without one: no detector
 * ran), plus the `faceEngine` check naming who looked for faces.
 * @param previous the frame before in the same live session, for steadiness
 */
export function analyseVisionFrame(
  frame: GreyFrame,
  previous: GreyFrame | undefined,
  context: CaptureContext,
  sighting: FaceSighting | undefined,
): FrameAnalysis {
  const faces = sighting ? {boxes: sighting.faces, width: sighting.width, height: sighting.height} : undefined;
  const result = analyzeFrame(frame, previous, {...context, faces});
  // Added after the verdict: it records who looked, it is not itself something to fix.
  result.checks.faceEngine = faceEngineCheck(sighting?.engine ?? 'none');
  return result;
}
