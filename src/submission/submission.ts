/**
 * Turns the captured name and pictures into a signed submission the host can forward.
 */
import type {Capture, CaptureKind, IdLayout} from '../types.js';
import {base64Encode} from './base64url.js';
import {buildClaims, sha256Base64url} from './claims.js';
import {getDeviceKey, type DeviceKey} from './device-key.js';
import {SubmissionError} from './errors.js';
import {IMAGE_TYPE, type SubmissionClaims} from './format.js';
import {signSubmission} from './sign.js';

/** What `buildSubmission` needs. */
export interface BuildSubmissionInput {
  /** The host's `profile-id`: selects the device key and becomes `sub`. Non-empty. */
  profileId: string;
  /** The host's `challenge` attribute; becomes `nonce`. Missing/empty → `missing-challenge`. */
  challenge: string | null | undefined;
  /** Full name as typed (non-empty after trimming). */
  name: string;
  layout: IdLayout;
  /** The two JPEG captures, unmirrored. */
  captures: {selfie: Capture; document: Capture};
  /** Defaults to `location.origin`. */
  origin?: string;
  /** Signing time in ms since the epoch; defaults to `Date.now()` (tests pin it). */
  now?: number;
}

/** The JSON form of a submission: the JWS plus each image as standard padded base64. */
export interface SubmissionJSON {
  jws: string;
  files: {selfie: string; document: string};
}

/**
 * A signed submission: what `idv-submit` carries and the host forwards to its backend.
 * Verify it with `verifySubmission` from `id-verification-profile/server` or any JOSE library.
 */
export interface Submission {
  /** Compact JWS (ES256) over the claims. The only thing a backend should trust, after verifying. */
  readonly jws: string;
  /** The claims, decoded, for the page's convenience (unverified by definition on the server side). */
  readonly claims: SubmissionClaims;
  /** `kid` of the device key (RFC 7638 thumbprint), for the completed-profile record. */
  readonly kid: string;
  /** The images, as signed: `selfie.jpg` and `document.jpg`, `image/jpeg`. */
  readonly files: {readonly selfie: File; readonly document: File};
  /** A `FormData` with parts `jws` (text), `selfie` and `document` (files). */
  toFormData(): FormData;
  /** `{jws, files: {selfie, document}}` with base64 images, for JSON APIs (`JSON.stringify` calls it). */
  toJSON(): SubmissionJSON;
}

const FILE_NAMES: Record<CaptureKind, string> = {selfie: 'selfie.jpg', document: 'document.jpg'};

function requireArgument(ok: boolean, message: string): void {
  if (!ok) throw new TypeError(`buildSubmission: ${message}`);
}

/** Reads a capture's bytes once: they are hashed, wrapped in a File and (lazily) base64-encoded. */
async function readJpeg(capture: Capture, kind: CaptureKind): Promise<Uint8Array> {
  requireArgument(capture?.kind === kind, `captures.${kind} must be a ${kind} capture`);
  requireArgument(capture.blob instanceof Blob, `captures.${kind}.blob must be a Blob`);
  const bytes = new Uint8Array(await capture.blob.arrayBuffer());
  // The signed type is image/jpeg: check the bytes are one (SOI marker), not what Blob.type says.
  requireArgument(
    bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
    `captures.${kind}.blob is not a JPEG`,
  );
  return bytes;
}

/**
 * Builds and signs a submission.
 *
 * Steps: check the challenge, load (or create) the profile's device key, hash both JPEGs, build the
 * claims, sign them. Nothing is sent anywhere: the host forwards the result.
 *
 * @throws SubmissionError `missing-challenge` when `challenge` is missing or empty (checked first,
 *   before any key is created); `signing-failed` when WebCrypto fails (key, hashing or signing).
 * @throws TypeError for invalid arguments (empty profile id or name, wrong layout, non-JPEG capture).
 */
export async function buildSubmission(input: BuildSubmissionInput): Promise<Submission> {
  const {profileId, challenge, name, layout, captures} = input;
  if (typeof challenge !== 'string' || challenge === '') {
    throw new SubmissionError('missing-challenge', 'The host did not provide a challenge to sign');
  }
  requireArgument(typeof profileId === 'string' && profileId !== '', 'profileId must be a non-empty string');
  requireArgument(typeof name === 'string' && name.trim() !== '', 'name must be a non-empty string');
  requireArgument(layout === 'one-sided' || layout === 'two-sided', 'layout must be one-sided or two-sided');
  const origin = input.origin ?? globalThis.location?.origin;
  requireArgument(typeof origin === 'string', 'origin is required outside a browser page');
  const [selfieBytes, documentBytes] = await Promise.all([
    readJpeg(captures?.selfie, 'selfie'),
    readJpeg(captures?.document, 'document'),
  ]);

  let key: DeviceKey;
  let selfieSha: string;
  let documentSha: string;
  try {
    [key, selfieSha, documentSha] = await Promise.all([
      getDeviceKey(profileId),
      sha256Base64url(selfieBytes),
      sha256Base64url(documentBytes),
    ]);
  } catch (cause) {
    throw new SubmissionError('signing-failed', 'WebCrypto could not prepare the signature', {cause});
  }

  const claims = buildClaims({
    now: input.now ?? Date.now(),
    nonce: challenge,
    origin: origin as string,
    sub: profileId,
    name,
    layout,
    captures: {
      selfie: {capture: captures.selfie, sha256: selfieSha, bytes: selfieBytes.length},
      document: {capture: captures.document, sha256: documentSha, bytes: documentBytes.length},
    },
    keyStorage: key.ephemeral ? 'ephemeral' : 'indexeddb',
  });
  const jws = await signSubmission({claims, key});

  const files = {
    selfie: new File([selfieBytes as BlobPart], FILE_NAMES.selfie, {type: IMAGE_TYPE, lastModified: captures.selfie.at}),
    document: new File([documentBytes as BlobPart], FILE_NAMES.document, {
      type: IMAGE_TYPE,
      lastModified: captures.document.at,
    }),
  };
  return Object.freeze({
    jws,
    claims,
    kid: key.kid,
    files: Object.freeze(files),
    toFormData(): FormData {
      const form = new FormData();
      form.append('jws', jws);
      form.append('selfie', files.selfie, FILE_NAMES.selfie);
      form.append('document', files.document, FILE_NAMES.document);
      return form;
    },
    toJSON(): SubmissionJSON {
      return {jws, files: {selfie: base64Encode(selfieBytes), document: base64Encode(documentBytes)}};
    },
  });
}
