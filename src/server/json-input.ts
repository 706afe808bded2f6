/**
 * Reading the `toJSON()` form of a submission (`{jws, files: {selfie, document}}`, images base64).
 */
import {base64Decode} from '../submission/base64url.js';
import {fail} from './errors.js';
import {hasExactKeys, isJsonObject} from './strict-json.js';

/**
 * Turns a submission received as JSON (the object or its text) into the input of `verifySubmission`.
 * Does not verify anything else: pass the result to `verifySubmission`.
 *
 * @throws SubmissionVerificationError `malformed-input` when the shape or base64 is wrong.
 */
export function parseSubmissionJSON(value: unknown): {jws: string; files: {selfie: Uint8Array; document: Uint8Array}} {
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
  const selfie = typeof files.selfie === 'string' ? base64Decode(files.selfie) : null;
  const documentBytes = typeof files.document === 'string' ? base64Decode(files.document) : null;
  if (!selfie || !documentBytes) fail('malformed-input', 'a file is not base64');
  return {jws: data.jws, files: {selfie, document: documentBytes}};
}
