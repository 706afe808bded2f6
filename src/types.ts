/**
 * Types shared by the element, its steps, the submission and storage.
 * Kept free of runtime code so any module (including the `server` entry) can import them.
 */

/** Which picture a capture is. `document` is the photo of the ID. */
export type CaptureKind = 'selfie' | 'document';

/** Whether the person's name and photo are on the same side of their ID. */
export type IdLayout = 'one-sided' | 'two-sided';

/** Outcome of one quality check. `not-run` means the check could not be made (e.g. no face detector). */
export type CheckVerdict = 'pass' | 'warn' | 'fail' | 'not-run';

/** One measured quality check: the value measured and the verdict against its threshold. */
export interface CheckResult {
  /** The measured value (units depend on the check), or `null` when the check did not run. */
  value: number | null;
  /** The verdict against the check's threshold. */
  verdict: CheckVerdict;
}

/**
 * Names of the quality checks a capture records. Which apply depends on the step; what each value measures is
 * documented where it is measured (`src/quality/checks.ts`, `card-finder.ts`, `face-detector.ts`):
 * - every step: `brightness`, `overexposure`, `sharpness`, `steadiness`;
 * - ID step: `glare`, `card`, `framing`, `cardSize`, and `portrait` (one-sided) or `photoSide` (two-sided);
 * - selfie: `face`, `faceCentre`, `faceSize`, and `idPortrait` (two-sided).
 */
export type CheckName =
  | 'brightness'
  | 'overexposure'
  | 'sharpness'
  | 'steadiness'
  | 'glare'
  | 'card'
  | 'framing'
  | 'cardSize'
  | 'portrait'
  | 'photoSide'
  | 'face'
  | 'faceCentre'
  | 'faceSize'
  | 'idPortrait';

/**
 * The quality checks recorded with a capture, keyed by check name ({@link CheckName}; kept a string record
 * so a backend reading older or newer captures accepts names it does not know).
 */
export type CaptureChecks = Record<string, CheckResult>;

/** What is known about the camera a capture came from. */
export interface CameraInfo {
  /** Device label from `enumerateDevices`/the track (may reveal a virtual camera). */
  label: string;
  /** `user`, `environment`, or `unknown` when the device does not say. */
  facingMode: string;
  /** Track width in pixels. */
  width: number;
  /** Track height in pixels. */
  height: number;
  /** Track frame rate. */
  frameRate: number;
}

/** One photo taken with the camera: a JPEG at full track resolution, never mirrored. */
export interface Capture {
  kind: CaptureKind;
  /** The JPEG bytes. */
  blob: Blob;
  width: number;
  height: number;
  /** Capture time, milliseconds since the epoch. */
  at: number;
  camera: CameraInfo;
  checks: CaptureChecks;
}

/** Host-reported verification status (the `status` attribute). */
export type ProfileStatus = 'none' | 'pending' | 'approved' | 'rejected';

/** Record kept after a successful submission so the person is not asked twice. */
export interface CompletedProfileRecord {
  status: Exclude<ProfileStatus, 'none'>;
  /** Milliseconds since the epoch. */
  submittedAt: number;
  /** RFC 7638 thumbprint of the signing key. */
  kid: string;
}

/** Why the camera could not be used; each has its own screen and is also an `idv-error` code. */
export type CameraProblem =
  | 'camera-denied'
  | 'camera-not-found'
  | 'camera-in-use'
  | 'camera-ended'
  | 'camera-overconstrained'
  | 'insecure-context'
  | 'unsupported';

/** Codes carried by `idv-error`. */
export type IdvErrorCode =
  | CameraProblem
  | 'storage-unavailable'
  | 'missing-challenge'
  | 'signing-failed'
  | 'submission-failed';
