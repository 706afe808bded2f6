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
  | 'no-card'
  | 'card-too-far'
  | 'card-not-framed'
  | 'show-portrait'
  | 'hold-still'
  | 'no-face'
  | 'multiple-faces'
  | 'centre-face'
  | 'face-too-small'
  | 'show-id-beside-face'
  | 'turn-card-over'
  | 'take-photo'
  | 'ready';

/** Whether a check ran and found a problem (`fail` or `warn`). */
const fails = (check: CheckResult | undefined) => check !== undefined && (check.verdict === 'fail' || check.verdict === 'warn');

/**
 * Whether every check passed. `not-run` blocks like a failure: "Looks good" and auto-capture need every check
 * that applies to have run (a picture no detector looked at is not known to show a face). The recorded checks
 * keep `not-run`, so the backend can tell "nobody looked" from "looked and failed". A `warn` blocks too: it is
 * shown as guidance, and the manual shutter remains for the person to override it (with a confirmation).
 */
export function allChecksPass(checks: CaptureChecks): boolean {
  return Object.values(checks).every((check) => check.verdict === 'pass');
}

/**
 * Picks the single most useful piece of guidance for these checks, in the order a person must fix things for
 * the later checks to mean anything:
 * 1. light (a dark frame is noisy and blurry; an over-exposed one has no edges or faces);
 * 2. the subject: is it there at all, the only one, where it should be, large enough (face in the oval,
 *    ID portrait beside it; a card in the guide, close enough, lined up). Absence comes before sharpness: an
 *    empty room is "we can't see your face", not "blurry";
 * 3. movement, then blur: "hold still" only when frames change, "blurry" when the still subject is soft;
 * 4. glare; then the right side of the ID (portrait shown on a one-sided ID, hidden on the name side);
 * 5. a check that did not run (no detector, first frame): a neutral "take the photo when you are ready";
 * 6. otherwise `ready`.
 */
export function chooseGuidance(checks: CaptureChecks, context: CaptureContext): GuidanceKey {
  const {brightness, overexposure, steadiness, sharpness, glare} = checks;
  if (fails(brightness)) return (brightness.value ?? 0) < BRIGHTNESS_MIN ? 'too-dark' : 'too-bright';
  if (fails(overexposure)) return 'too-bright';
  const subject = context.kind === 'selfie' ? selfieSubject(checks) : cardSubject(checks);
  if (subject) return subject;
  if (fails(steadiness)) return 'hold-still';
  if (fails(sharpness)) return 'blurry';
  if (fails(glare)) return 'glare';
  if (fails(checks.portrait)) return 'show-portrait';
  if (fails(checks.photoSide)) return 'turn-card-over';
  // Only a check this table does not name can still fail here; it is not a reason to say "Looks good".
  if (Object.values(checks).some(fails)) return 'take-photo';
  return allChecksPass(checks) ? 'ready' : 'take-photo';
}

/** Selfie subject guidance: the person's face, then (two-sided) the ID's portrait beside it. */
function selfieSubject({face, faceCentre, faceSize, idPortrait}: CaptureChecks): GuidanceKey | undefined {
  if (fails(face)) return (face.value ?? 0) > 1 ? 'multiple-faces' : 'no-face';
  if (fails(faceCentre)) return 'centre-face';
  if (fails(faceSize)) return 'face-too-small';
  if (fails(idPortrait)) return 'show-id-beside-face';
  return undefined;
}

/** ID step subject guidance: a card at all, then close enough, then lined up with the guide. */
function cardSubject({card, cardSize, framing}: CaptureChecks): GuidanceKey | undefined {
  if (fails(card)) return 'no-card';
  if (fails(cardSize)) return 'card-too-far';
  if (fails(framing)) return 'card-not-framed';
  return undefined;
}
