/**
 * From a frame's checks to the one piece of guidance the person sees (and hears, in a live region).
 */
import type {CaptureChecks, CheckResult} from '../types.js';
import type {CaptureContext} from './face-detector.js';
import {BRIGHTNESS_MIN} from './thresholds.js';

/** Keys of the guidance messages; the i18n string table has one entry per key. */
export type GuidanceKey =
  | 'too-dark'
  | 'too-bright'
  | 'blurry'
  | 'glare'
  | 'card-too-far'
  | 'card-not-framed'
  | 'hold-still'
  | 'no-face'
  | 'multiple-faces'
  | 'face-too-small'
  | 'show-id-beside-face'
  | 'turn-card-over'
  | 'ready';

/** Whether a check stands in the way: anything but `pass`, except `not-run` (nothing was measured). */
const blocks = (check: CheckResult | undefined) =>
  check !== undefined && check.verdict !== 'pass' && check.verdict !== 'not-run';

/**
 * Whether every check that ran passed. `not-run` checks are ignored here (a host without a face detector can
 * still capture); they stay `not-run` in the recorded checks so the backend never mistakes them for passes.
 * A `warn` blocks: it is shown as guidance, and the manual shutter remains for the person to override it.
 */
export function allChecksPass(checks: CaptureChecks): boolean {
  return !Object.values(checks).some(blocks);
}

/**
 * Picks the single most useful piece of guidance for these checks. The order is by what must be fixed first
 * for the other checks to mean anything:
 * 1. light (a dark frame is noisy and blurry; an over-exposed one has no edges or faces),
 * 2. the subject in place (face in the oval / card at the guide): sharpness and glare are measured in that
 *    region, so they only speak about the subject once it is there,
 * 3. movement before blur (moving makes the picture blurry; "hold still" is the fix for both),
 * 4. blur, then glare,
 * 5. the right side of the ID (two-sided flow),
 * 6. otherwise `ready`.
 */
export function chooseGuidance(checks: CaptureChecks, context: CaptureContext): GuidanceKey {
  const {brightness, overexposure, face, faceSize, idPortrait, photoSide, cardSize, framing, steadiness, sharpness, glare} = checks;
  if (blocks(brightness)) return (brightness.value ?? 0) < BRIGHTNESS_MIN ? 'too-dark' : 'too-bright';
  if (blocks(overexposure)) return 'too-bright';
  if (context.kind === 'selfie') {
    if (blocks(face)) return faceGuidance(face, idPortrait, context);
    if (blocks(faceSize)) return 'face-too-small';
  } else {
    if (blocks(cardSize)) return 'card-too-far';
    if (blocks(framing)) return 'card-not-framed';
  }
  if (blocks(steadiness)) return 'hold-still';
  if (blocks(sharpness)) return 'blurry';
  if (blocks(glare)) return 'glare';
  if (blocks(idPortrait)) return 'show-id-beside-face';
  if (blocks(photoSide)) return 'turn-card-over';
  // Only a check this table does not know can still block here; waiting is the safe advice.
  return allChecksPass(checks) ? 'ready' : 'hold-still';
}

/**
 * Why the `face` check failed, from its value (the number of faces): none, or one outside the oval → no-face;
 * more faces than expected (one; two-sided: the face plus the smaller ID portrait) → multiple-faces. Two
 * faces of similar size in the two-sided flow are two people, not a face and an ID portrait.
 */
function faceGuidance(face: CheckResult, idPortrait: CheckResult | undefined, {layout}: CaptureContext): GuidanceKey {
  const count = face.value ?? 0;
  const expected = layout === 'two-sided' ? 2 : 1;
  if (count > expected) return 'multiple-faces';
  if (layout === 'two-sided' && count === 2 && blocks(idPortrait)) return 'multiple-faces';
  return 'no-face';
}
