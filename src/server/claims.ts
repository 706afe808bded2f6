/**
 * Strict validation of the claims object: every member present, no extra member, every type and
 * range checked, before any value is used.
 */
import {base64urlDecode} from '../submission/base64url.js';
import {CLAIMS_VERSION, IMAGE_TYPE, SDK_NAME, type SubmissionClaims} from '../submission/format.js';
import {fail} from './errors.js';
import {hasExactKeys, isJsonObject, type JsonObject} from './strict-json.js';

const CLAIM_KEYS = ['v', 'iat', 'nonce', 'origin', 'sub', 'name', 'layout', 'captures', 'sdk'] as const;
const CAPTURE_KEYS = ['sha256', 'type', 'bytes', 'width', 'height', 'at', 'camera', 'checks'] as const;
const CAMERA_KEYS = ['label', 'facingMode', 'width', 'height', 'frameRate'] as const;
const CHECK_KEYS = ['value', 'verdict'] as const;
const SDK_KEYS = ['name', 'version', 'keyStorage'] as const;
const VERDICTS = ['pass', 'warn', 'fail', 'not-run'];

/** Length limits on strings, generous for honest data, small enough to bound work and logs. */
export const LIMITS = {
  nonce: 1024,
  origin: 2048,
  sub: 1024,
  name: 1024,
  label: 1024,
  facingMode: 64,
  version: 64,
  checks: 64,
  checkName: 64,
} as const;

function invalid(path: string, problem: string): never {
  return fail('invalid-claims', `${path} ${problem}`);
}

function string(value: unknown, path: string, max: number, allowEmpty = false): string {
  if (typeof value !== 'string') invalid(path, 'is not a string');
  if (!allowEmpty && value.length === 0) invalid(path, 'is empty');
  if (value.length > max) invalid(path, `is longer than ${max} characters`);
  return value;
}

function integer(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) invalid(path, 'is not an integer');
  if (value < min || value > max) invalid(path, `is out of range [${min}, ${max}]`);
  return value;
}

function object(value: unknown, path: string, keys: readonly string[]): JsonObject {
  if (!isJsonObject(value)) invalid(path, 'is not an object');
  if (!hasExactKeys(value, keys)) invalid(path, `must have exactly the members ${keys.join(', ')}`);
  return value;
}

function camera(value: unknown, path: string): void {
  const c = object(value, path, CAMERA_KEYS);
  string(c.label, `${path}.label`, LIMITS.label, true);
  string(c.facingMode, `${path}.facingMode`, LIMITS.facingMode);
  integer(c.width, `${path}.width`, 0);
  integer(c.height, `${path}.height`, 0);
  if (typeof c.frameRate !== 'number' || !Number.isFinite(c.frameRate) || c.frameRate < 0) {
    invalid(`${path}.frameRate`, 'is not a non-negative number');
  }
}

function checks(value: unknown, path: string): void {
  if (!isJsonObject(value)) invalid(path, 'is not an object');
  const names = Object.keys(value);
  if (names.length > LIMITS.checks) invalid(path, `has more than ${LIMITS.checks} checks`);
  for (const name of names) {
    if (name.length === 0 || name.length > LIMITS.checkName) invalid(`${path} name "${name.slice(0, 80)}"`, 'has a bad length');
    const check = object(value[name], `${path}.${name}`, CHECK_KEYS);
    if (check.value !== null && (typeof check.value !== 'number' || !Number.isFinite(check.value))) {
      invalid(`${path}.${name}.value`, 'is neither a number nor null');
    }
    if (typeof check.verdict !== 'string' || !VERDICTS.includes(check.verdict)) {
      invalid(`${path}.${name}.verdict`, `is not one of ${VERDICTS.join(', ')}`);
    }
  }
}

function capture(value: unknown, path: string, maxFileBytes: number): void {
  const c = object(value, path, CAPTURE_KEYS);
  const digest = typeof c.sha256 === 'string' ? base64urlDecode(c.sha256) : null;
  if (!digest || digest.length !== 32) invalid(`${path}.sha256`, 'is not base64url of 32 bytes');
  if (c.type !== IMAGE_TYPE) invalid(`${path}.type`, `is not ${IMAGE_TYPE}`);
  integer(c.bytes, `${path}.bytes`, 1, maxFileBytes);
  integer(c.width, `${path}.width`, 0);
  integer(c.height, `${path}.height`, 0);
  integer(c.at, `${path}.at`, 0);
  camera(c.camera, `${path}.camera`);
  checks(c.checks, `${path}.checks`);
}

/**
 * Checks that a decoded payload is exactly a version-1 claims object.
 * @throws SubmissionVerificationError `invalid-claims` naming the first bad member.
 */
export function validateClaims(payload: JsonObject, maxFileBytes: number): SubmissionClaims {
  const c = object(payload, 'claims', CLAIM_KEYS);
  if (c.v !== CLAIMS_VERSION) invalid('claims.v', `is not ${CLAIMS_VERSION}`);
  integer(c.iat, 'claims.iat', 0);
  string(c.nonce, 'claims.nonce', LIMITS.nonce);
  string(c.origin, 'claims.origin', LIMITS.origin);
  string(c.sub, 'claims.sub', LIMITS.sub);
  const name = string(c.name, 'claims.name', LIMITS.name);
  if (name.trim() === '') invalid('claims.name', 'is blank');
  if (c.layout !== 'one-sided' && c.layout !== 'two-sided') invalid('claims.layout', 'is not one-sided or two-sided');
  const captures = object(c.captures, 'claims.captures', ['selfie', 'document']);
  capture(captures.selfie, 'claims.captures.selfie', maxFileBytes);
  capture(captures.document, 'claims.captures.document', maxFileBytes);
  const sdk = object(c.sdk, 'claims.sdk', SDK_KEYS);
  if (sdk.name !== SDK_NAME) invalid('claims.sdk.name', `is not ${SDK_NAME}`);
  string(sdk.version, 'claims.sdk.version', LIMITS.version);
  if (sdk.keyStorage !== 'indexeddb' && sdk.keyStorage !== 'ephemeral') {
    invalid('claims.sdk.keyStorage', 'is not indexeddb or ephemeral');
  }
  return c as unknown as SubmissionClaims;
}
