/**
 * The wire format of a submission: constants and types shared by the signer (browser) and the
 * `server` entry. No runtime dependencies and no DOM, so the server bundle can import it.
 * The normative description is the README, "The signed submission".
 */
import type {CheckVerdict, IdLayout} from '../types.js';

/** The only signature algorithm used or accepted. */
export const SUBMISSION_ALG = 'ES256';
/** The JWS `typ` header: names this format so a token minted for something else is refused. */
export const SUBMISSION_TYP = 'idv-profile+jws';
/** The claims format version (`v`). Bumped on any incompatible change. */
export const CLAIMS_VERSION = 1;
/** `sdk.name` in the claims. */
export const SDK_NAME = 'id-verification-profile';
/**
 * `sdk.version` in the claims. Kept equal to package.json `version` by a test
 * (test/node/sdk-version.test.mjs).
 */
export const SDK_VERSION = '0.1.0';
/** The media type of both images. */
export const IMAGE_TYPE = 'image/jpeg';

/** The public key in the protected header: an EC P-256 JWK with exactly these members. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  /** base64url of the 32-byte X coordinate. */
  x: string;
  /** base64url of the 32-byte Y coordinate. */
  y: string;
}

/** The JWS protected header, exactly these four members in this order. */
export interface SubmissionHeader {
  alg: typeof SUBMISSION_ALG;
  typ: typeof SUBMISSION_TYP;
  jwk: PublicJwk;
  /** RFC 7638 SHA-256 thumbprint of `jwk`, base64url. */
  kid: string;
}

/** Where the device key lives: `ephemeral` means memory only (IndexedDB unavailable), lost on reload. */
export type KeyStorage = 'indexeddb' | 'ephemeral';

/** `sdk` claim: who produced the submission and how the key was kept. */
export interface SdkClaim {
  name: typeof SDK_NAME;
  version: string;
  keyStorage: KeyStorage;
}

/** Camera description in a capture claim (see `CameraInfo`); unknown numbers are 0. */
export interface CameraClaim {
  label: string;
  facingMode: string;
  width: number;
  height: number;
  frameRate: number;
}

/** One quality check in a capture claim; `value` is `null` when not measured. */
export interface CheckClaim {
  value: number | null;
  verdict: CheckVerdict;
}

/** What the signature says about one image file. */
export interface CaptureClaim {
  /** base64url (no padding) of the SHA-256 of the exact file bytes. */
  sha256: string;
  /** Always `image/jpeg`. */
  type: typeof IMAGE_TYPE;
  /** Exact file length in bytes. */
  bytes: number;
  /** Image width in pixels. */
  width: number;
  /** Image height in pixels. */
  height: number;
  /** Capture time, milliseconds since the epoch (note: `iat` is in seconds). */
  at: number;
  camera: CameraClaim;
  checks: Record<string, CheckClaim>;
}

/** The signed claims (the JWS payload). */
export interface SubmissionClaims {
  /** Format version, always 1. */
  v: typeof CLAIMS_VERSION;
  /** Signing time, whole seconds since the epoch. */
  iat: number;
  /** The host's challenge, verbatim. */
  nonce: string;
  /** `location.origin` of the page that signed. */
  origin: string;
  /** The host's `profile-id`. */
  sub: string;
  /** Full name as typed, NFC-normalised and trimmed. */
  name: string;
  layout: IdLayout;
  captures: {selfie: CaptureClaim; document: CaptureClaim};
  sdk: SdkClaim;
}
