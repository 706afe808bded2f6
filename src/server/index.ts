/**
 * `id-verification-profile/server`: verify a submission on a backend.
 *
 * Zero dependencies, no DOM, no Lit: only `globalThis.crypto.subtle`, so it runs on Node ≥ 20, Deno,
 * Bun and edge workers.
 *
 * ```js
 * import {verifySubmission} from 'id-verification-profile/server';
 * const form = await request.formData();
 * const {claims, kid} = await verifySubmission(form, {nonce: issuedChallenge, maxAgeSeconds: 600});
 * ```
 */
export {verifySubmission, DEFAULT_CLOCK_SKEW_SECONDS, DEFAULT_MAX_FILE_BYTES} from './verify.js';
export type {VerifyOptions, VerifiedSubmission, SubmissionInput, NonceCheck} from './verify.js';
export {SubmissionVerificationError} from './errors.js';
export type {SubmissionVerificationReason} from './errors.js';
export {parseSubmissionJSON} from './json-input.js';
export type {FileInput, FilesInput} from './files.js';
export {MAX_JWS_LENGTH} from './jws.js';
export {jwkThumbprint} from '../submission/jwk-thumbprint.js';
export {SUBMISSION_ALG, SUBMISSION_TYP, CLAIMS_VERSION, SDK_NAME} from '../submission/format.js';
export type {
  SubmissionClaims,
  SubmissionHeader,
  CaptureClaim,
  CameraClaim,
  CheckClaim,
  SdkClaim,
  PublicJwk,
  KeyStorage,
} from '../submission/format.js';
