/**
 * The error `verifySubmission` rejects with, and the names of everything that can fail.
 */

/**
 * Why a submission was refused. Stable strings: log them, map them to HTTP answers, test on them.
 *
 * | reason | what failed |
 * | --- | --- |
 * | `malformed-input` | the argument is not `{jws, files}` / a `FormData`, or JSON input is not the `toJSON()` shape |
 * | `malformed-jws` | `jws` is not a string of three base64url segments (or is over the size limit) |
 * | `malformed-header` | the protected header is not UTF-8 JSON object `{alg, typ, jwk, kid}` with those types, exactly |
 * | `unsupported-alg` | `alg` is not `ES256` (`none`, `HS256`, `RS256`, …) |
 * | `wrong-typ` | `typ` is not `idv-profile+jws` |
 * | `invalid-jwk` | `jwk` is not exactly an EC P-256 public key `{kty, crv, x, y}` (e.g. has `d`, wrong curve, point off the curve) |
 * | `kid-mismatch` | `kid` is not the RFC 7638 thumbprint of `jwk` |
 * | `unexpected-kid` | `kid` is not the `expectedKid` the caller pinned |
 * | `bad-signature` | the ES256 signature does not verify (or is not 64 bytes) |
 * | `malformed-payload` | the payload is not a UTF-8 JSON object (duplicate member names included) |
 * | `invalid-claims` | a claim is missing, extra, of the wrong type or out of range (`v` ≠ 1 included) |
 * | `expired` | `iat` is older than `maxAgeSeconds` |
 * | `issued-in-future` | `iat` is later than now + `clockSkewSeconds` |
 * | `nonce-mismatch` | `nonce` is not the expected challenge (or the challenge callback refused it) |
 * | `origin-mismatch` | `origin` is not one of the expected origins |
 * | `sub-mismatch` | `sub` is not the profile id the caller expects (`options.sub`) |
 * | `missing-file` | `selfie` or `document` is absent, or not bytes |
 * | `unexpected-file` | a file other than `selfie` and `document` was given, or one of them twice |
 * | `file-mismatch` | a file's length or SHA-256 differs from its claim |
 */
export type SubmissionVerificationReason =
  | 'malformed-input'
  | 'malformed-jws'
  | 'malformed-header'
  | 'unsupported-alg'
  | 'wrong-typ'
  | 'invalid-jwk'
  | 'kid-mismatch'
  | 'unexpected-kid'
  | 'bad-signature'
  | 'malformed-payload'
  | 'invalid-claims'
  | 'expired'
  | 'issued-in-future'
  | 'nonce-mismatch'
  | 'origin-mismatch'
  | 'sub-mismatch'
  | 'missing-file'
  | 'unexpected-file'
  | 'file-mismatch';

/** A submission failed verification. `reason` names the check; `message` adds detail for logs. */
export class SubmissionVerificationError extends Error {
  /** The check that failed. */
  readonly reason: SubmissionVerificationReason;

  constructor(reason: SubmissionVerificationReason, message: string, options?: {cause?: unknown}) {
    super(`${reason}: ${message}`, options);
    this.name = 'SubmissionVerificationError';
    this.reason = reason;
  }
}

/** Throws a `SubmissionVerificationError`; a function so checks read as one line each. */
export function fail(reason: SubmissionVerificationReason, message: string, cause?: unknown): never {
  throw new SubmissionVerificationError(reason, message, cause === undefined ? undefined : {cause});
}
