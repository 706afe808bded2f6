/**
 * Builds the signed claims of a submission from the captures (see the README, "The signed submission").
 */
import type {CameraInfo, Capture, CaptureChecks, IdLayout} from '../types.js';
import {base64urlEncode} from './base64url.js';
import {
  CLAIMS_VERSION,
  IMAGE_TYPE,
  SDK_NAME,
  SDK_VERSION,
  type CameraClaim,
  type CaptureClaim,
  type CheckClaim,
  type KeyStorage,
  type SubmissionClaims,
} from './format.js';

/** The verdicts a check may carry; anything else is recorded as `not-run` rather than trusted. */
const VERDICTS = new Set(['pass', 'warn', 'fail', 'not-run']);

/** Inputs of `buildClaims`: everything except the image bytes, which come pre-hashed. */
export interface ClaimsInput {
  /** Signing time, milliseconds since the epoch (stored as whole seconds in `iat`). */
  now: number;
  /** The host's challenge. */
  nonce: string;
  /** The signing page's origin. */
  origin: string;
  /** The host's profile id. */
  sub: string;
  /** Full name as typed. */
  name: string;
  layout: IdLayout;
  /** Each capture with the SHA-256 (base64url) and length of its exact JPEG bytes. */
  captures: {
    selfie: {capture: Capture; sha256: string; bytes: number};
    document: {capture: Capture; sha256: string; bytes: number};
  };
  keyStorage: KeyStorage;
}

/** A finite number, or `fallback` (JSON would turn NaN/Infinity into `null` behind our back). */
function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A non-negative integer (pixel sizes), or 0 when unknown. */
function size(value: unknown): number {
  return Math.max(0, Math.round(finite(value, 0)));
}

function cameraClaim(camera: CameraInfo | undefined): CameraClaim {
  return {
    label: typeof camera?.label === 'string' ? camera.label : '',
    facingMode: typeof camera?.facingMode === 'string' && camera.facingMode ? camera.facingMode : 'unknown',
    width: size(camera?.width),
    height: size(camera?.height),
    frameRate: Math.max(0, finite(camera?.frameRate, 0)),
  };
}

/**
 * Copies exactly `{value, verdict}` from each check, whatever else the quality module attached, so
 * the signed shape is fixed and a strict verifier can check it member by member.
 */
function checksClaim(checks: CaptureChecks | undefined): Record<string, CheckClaim> {
  const out: Record<string, CheckClaim> = {};
  for (const [name, result] of Object.entries(checks ?? {})) {
    if (name === '__proto__') continue;
    const verdict = VERDICTS.has(result?.verdict) ? result.verdict : 'not-run';
    const value = typeof result?.value === 'number' && Number.isFinite(result.value) ? result.value : null;
    out[name] = {value, verdict};
  }
  return out;
}

function captureClaim({capture, sha256, bytes}: {capture: Capture; sha256: string; bytes: number}): CaptureClaim {
  return {
    sha256,
    type: IMAGE_TYPE,
    bytes,
    width: size(capture.width),
    height: size(capture.height),
    at: Math.round(finite(capture.at, 0)),
    camera: cameraClaim(capture.camera),
    checks: checksClaim(capture.checks),
  };
}

/**
 * Builds the claims object, member order fixed as in the spec:
 * `{v, iat, nonce, origin, sub, name, layout, captures: {selfie, document}, sdk}`.
 *
 * The name is NFC-normalised and trimmed so that the same typed name always signs the same bytes.
 */
export function buildClaims(input: ClaimsInput): SubmissionClaims {
  return {
    v: CLAIMS_VERSION,
    iat: Math.floor(input.now / 1000),
    nonce: input.nonce,
    origin: input.origin,
    sub: input.sub,
    name: input.name.normalize('NFC').trim(),
    layout: input.layout,
    captures: {selfie: captureClaim(input.captures.selfie), document: captureClaim(input.captures.document)},
    sdk: {name: SDK_NAME, version: SDK_VERSION, keyStorage: input.keyStorage},
  };
}

/** SHA-256 of some bytes, base64url (no padding): the `sha256` of a capture claim. */
export async function sha256Base64url(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return base64urlEncode(new Uint8Array(digest));
}
