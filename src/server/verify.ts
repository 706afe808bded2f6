/**
 * `verifySubmission`: every check a backend needs, in an order where nothing untrusted is used before
 * it has been validated.
 */
import type {SubmissionClaims, SubmissionHeader} from '../submission/format.js';
import {fail} from './errors.js';
import {checkFile, collectFiles, isFormDataLike, type FilesInput} from './files.js';
import {validateClaims} from './claims.js';
import {checkHeader, checkSignature, decodeSegment, splitJws} from './jws.js';
import {isJsonObject, parseJsonObject} from './strict-json.js';

/** Default allowance for the signer's clock running ahead of ours. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
/** Default largest accepted image, in bytes (per file). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A submission as received: the JWS and the two files, or a `FormData` with parts `jws`, `selfie`, `document`. */
export type SubmissionInput = {jws: unknown; files: FilesInput | unknown} | FormData;

/**
 * Decides whether the claimed nonce is acceptable. Called last, only for an otherwise valid
 * submission, so a callback that *consumes* a one-time challenge (e.g. `issued.delete(nonce)`) burns
 * it only on success. Return `false` to reject with `nonce-mismatch`.
 */
export type NonceCheck = (nonce: string, claims: SubmissionClaims) => boolean | Promise<boolean>;

/** What to verify against. */
export interface VerifyOptions {
  /**
   * The challenge this backend issued for this submission (compared in constant time), or a
   * callback deciding (see `NonceCheck`). Required.
   */
  nonce: string | NonceCheck;
  /** Largest accepted age of `iat`, in seconds (e.g. 600). Required. */
  maxAgeSeconds: number;
  /** Expected `origin` claim(s), e.g. `'https://shop.example'`. Omitted: any origin. */
  origin?: string | readonly string[];
  /**
   * The profile id (`sub`, the element's `profile-id`) this submission must be for — take it from the
   * signed-in session, never from the request. A list accepts any of them. Omitted: any `sub`.
   */
  sub?: string | readonly string[];
  /** Pin the device key: the `kid` (RFC 7638 thumbprint) or kids that are acceptable. */
  expectedKid?: string | readonly string[];
  /** How far `iat` may be in the future, in seconds. Default 60. */
  clockSkewSeconds?: number;
  /** "Now", as a `Date` or ms since the epoch. Default `Date.now()`. */
  now?: Date | number;
  /** Largest accepted image in bytes, per file. Default 20 MiB. */
  maxFileBytes?: number;
}

/** A verified submission. */
export interface VerifiedSubmission {
  /** The validated claims. */
  claims: SubmissionClaims;
  /** The validated protected header. */
  header: SubmissionHeader;
  /** The device key's id (`header.kid`, checked to be the thumbprint of `header.jwk`). */
  kid: string;
}

interface Settings {
  nonce: string | NonceCheck;
  maxAgeSeconds: number;
  origins: readonly string[] | null;
  subs: readonly string[] | null;
  kids: readonly string[] | null;
  skew: number;
  nowSeconds: number;
  maxFileBytes: number;
}

function list(value: unknown, what: string): readonly string[] | null {
  if (value === undefined) return null;
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || items.length === 0 || !items.every((s) => typeof s === 'string' && s !== '')) {
    throw new TypeError(`verifySubmission: ${what} must be a non-empty string or array of strings`);
  }
  return items;
}

/** Options are the backend's own code, not untrusted input: mistakes there are `TypeError`s. */
function settings(options: VerifyOptions): Settings {
  if (!isJsonObject(options)) throw new TypeError('verifySubmission: options are required');
  const {nonce, maxAgeSeconds, clockSkewSeconds = DEFAULT_CLOCK_SKEW_SECONDS, maxFileBytes = DEFAULT_MAX_FILE_BYTES} = options;
  if (!((typeof nonce === 'string' && nonce !== '') || typeof nonce === 'function')) {
    throw new TypeError('verifySubmission: options.nonce must be the issued challenge or a function');
  }
  if (typeof maxAgeSeconds !== 'number' || !(maxAgeSeconds > 0) || !Number.isFinite(maxAgeSeconds)) {
    throw new TypeError('verifySubmission: options.maxAgeSeconds must be a positive number');
  }
  if (typeof clockSkewSeconds !== 'number' || !(clockSkewSeconds >= 0) || !Number.isFinite(clockSkewSeconds)) {
    throw new TypeError('verifySubmission: options.clockSkewSeconds must be a non-negative number');
  }
  if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new TypeError('verifySubmission: options.maxFileBytes must be a positive integer');
  }
  const nowMs = options.now === undefined ? Date.now() : options.now instanceof Date ? options.now.getTime() : options.now;
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs)) throw new TypeError('verifySubmission: options.now is not a time');
  return {
    nonce,
    maxAgeSeconds,
    origins: list(options.origin, 'options.origin'),
    subs: list(options.sub, 'options.sub'),
    kids: list(options.expectedKid, 'options.expectedKid'),
    skew: clockSkewSeconds,
    nowSeconds: nowMs / 1000,
    maxFileBytes,
  };
}

/** Constant-time string comparison, so response timing does not reveal how much of a nonce matched. */
function sameString(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i % (a.length || 1)) ^ b.charCodeAt(i)) | 0;
  return diff === 0 && a.length === b.length;
}

function unpack(submission: unknown): {jws: unknown; files: unknown} {
  if (isFormDataLike(submission)) {
    const parts = submission.getAll('jws');
    if (parts.length !== 1) fail('malformed-input', `the form has ${parts.length} jws parts, not 1`);
    return {jws: parts[0], files: submission};
  }
  if (!isJsonObject(submission)) fail('malformed-input', 'the submission is not an object');
  if (!Object.prototype.hasOwnProperty.call(submission, 'jws')) fail('malformed-input', 'the submission has no jws');
  return {jws: submission.jws, files: submission.files};
}

/**
 * Verifies a submission produced by `<id-verification-profile>`.
 *
 * Checks, in order: JWS syntax; header (`alg` = ES256, `typ` = idv-profile+jws, `jwk` an EC P-256
 * public key, `kid` its RFC 7638 thumbprint, optional `expectedKid`); the ES256 signature; the
 * claims' exact shape; freshness (`iat` within `maxAgeSeconds`, at most `clockSkewSeconds` ahead);
 * `origin`; `sub`; each file's length and SHA-256 against its claim; and last the nonce.
 *
 * Uses only `globalThis.crypto.subtle`: runs on Node ≥ 20, Deno, Bun and edge workers.
 *
 * @param submission `{jws, files: {selfie, document}}`, each file a `Blob`/`File`, `ArrayBuffer` or
 *   typed array (Node `Buffer` included); `files` may also be a `FormData`, and so may the whole
 *   submission (parts `jws`, `selfie`, `document`, nothing else).
 * @returns the verified claims, header and kid.
 * @throws SubmissionVerificationError (rejects) with a `reason` naming the failed check.
 * @throws TypeError (rejects) when `options` themselves are invalid.
 */
export async function verifySubmission(submission: SubmissionInput, options: VerifyOptions): Promise<VerifiedSubmission> {
  const s = settings(options);
  const {jws, files: fileInput} = unpack(submission);
  const parts = splitJws(jws);
  const files = collectFiles(fileInput);

  const {header, key} = await checkHeader(parts.header);
  if (s.kids && !s.kids.includes(header.kid)) fail('unexpected-kid', 'the signing key is not the expected one');
  await checkSignature(key, parts);

  // Only now, with the signature good, is the payload interpreted.
  const payload = parseJsonObject(decodeSegment(parts.payload, 'payload'));
  if (typeof payload === 'string') fail('malformed-payload', `the payload ${payload}`);
  const claims = validateClaims(payload, s.maxFileBytes);

  if (claims.iat > s.nowSeconds + s.skew) fail('issued-in-future', `iat is ${Math.round(claims.iat - s.nowSeconds)} s ahead`);
  if (s.nowSeconds - claims.iat > s.maxAgeSeconds) {
    fail('expired', `iat is ${Math.round(s.nowSeconds - claims.iat)} s old, more than ${s.maxAgeSeconds} s`);
  }
  if (s.origins && !s.origins.includes(claims.origin)) fail('origin-mismatch', `origin ${claims.origin.slice(0, 200)} is not expected`);
  if (s.subs && !s.subs.includes(claims.sub)) fail('sub-mismatch', 'the submission is for another profile id');

  // Both files are hashed concurrently (WebCrypto runs them on worker threads where it can).
  await Promise.all([
    checkFile('selfie', files.selfie, claims.captures.selfie),
    checkFile('document', files.document, claims.captures.document),
  ]);

  if (typeof s.nonce === 'string') {
    if (!sameString(claims.nonce, s.nonce)) fail('nonce-mismatch', 'nonce is not the issued challenge');
  } else {
    // Errors thrown by the callback (e.g. its store is down) propagate as they are.
    if ((await s.nonce(claims.nonce, claims)) !== true) fail('nonce-mismatch', 'the challenge was not accepted');
  }
  return {claims, header, kid: header.kid};
}
