/**
 * The checks on the page's main thread, for where the vision Worker cannot run (no Worker, no
 * OffscreenCanvas or createImageBitmap, a CSP that refuses it) and for a host's own `faceDetector`, which
 * needs the live `<video>`. Loaded only then: the script-tag bundle loads it from `chunks/` beside itself.
 */
import {GreyFrameGrabber} from '../quality/grey-frame.js';
import {analyzeFrame} from '../quality/frame-analyzer.js';
import type {CaptureContext} from '../quality/face-detector.js';
import type {CaptureChecks} from '../types.js';

export {FrameAnalysisController} from '../quality/analysis-loop.js';

/** The checks of the video's current picture alone (no previous frame, no faces). */
export function analyseVideoOnce(video: HTMLVideoElement, context: CaptureContext): {checks: CaptureChecks; ready: boolean} {
  const frame = new GreyFrameGrabber().grab(video);
  if (!frame) return {checks: {}, ready: false};
  const {checks, ready} = analyzeFrame(frame, undefined, context);
  return {checks, ready};
}
