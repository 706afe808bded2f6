/**
 * Reading the `toJSON()` form of a submission (`{jws, files: {selfie, document}}`, images base64).
 */
import {base64Decode} from '../submission/base64url.js';
import {fail} from './errors.js';
import {hasExactKeys, isJsonObject} from './strict-json.js';
import {DEFAULT_MAX_FILE_BYTES} from './verify.js';

/**
 * Turns a submission received as JSON (the object or its text) into the input of `verifySubmission`.
 * Does not verify anything else: pass the result to `verifySubmission`.
 *
 * @param options.maxFileBytes the largest image accepted (default 20 MiB, as `verifySubmission`): checked
 *   on the base64 length, before anything is decoded, so a huge body costs no allocation.
 * @throws SubmissionVerificationError `malformed-input` when the shape or base64 is wrong or a file is too large.
 */
export function parseSubmissionJSON(
  value: unknown,
  {maxFileBytes = DEFAULT_MAX_FILE_BYTES}: {maxFileBytes?: number} = {},
): {jws: string; files: {selfie: Uint8Array; document: Uint8Array}} {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      fail('malformed-input', 'the submission is not JSON');
    }
  }
  if (!isJsonObject(data) || !hasExactKeys(data, ['jws', 'files'])) fail('malformed-input', 'expected {jws, files}');
  if (typeof data.jws !== 'string') fail('malformed-input', 'jws is not a string');
  const files = data.files;
  if (!isJsonObject(files) || !hasExactKeys(files, ['selfie', 'document'])) {
    fail('malformed-input', 'files must have exactly selfie and document');
  }
  for (const kind of ['selfie', 'document'] as const) {
    const text = files[kind];
    if (typeof text === 'string' && Math.floor((text.length * 3) / 4) > maxFileBytes + 2) {
      fail('malformed-input', `${kind} is larger than ${maxFileBytes} bytes`);
    }
  }
  const selfie = typeof files.selfie === 'string' ? base64Decode(files.selfie) : null;
  const documentBytes = typeof files.document === 'string' ? base64Decode(files.document) : null;
  if (!selfie || !documentBytes) fail('malformed-input', 'a file is not base64');
  return {jws: data.jws, files: {selfie, document: documentBytes}};
}
