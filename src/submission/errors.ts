/**
 * The error thrown while building a submission in the browser.
 */
import type {IdvErrorCode} from '../types.js';

/** Codes a `SubmissionError` can carry; each is also an `idv-error` code. */
export type SubmissionErrorCode = Extract<IdvErrorCode, 'missing-challenge' | 'signing-failed'>;

/**
 * Building or signing a submission failed for a reason the person or host can act on.
 *
 * `missing-challenge`: the host set no `challenge` (a host bug, not recoverable by the person).
 * `signing-failed`: WebCrypto could not create/load the key, hash an image or sign; `cause` holds
 * the underlying error. Invalid arguments (a programming error) throw `TypeError` instead.
 */
export class SubmissionError extends Error {
  /** What failed, as an `idv-error` code. */
  readonly code: SubmissionErrorCode;

  constructor(code: SubmissionErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options);
    this.name = 'SubmissionError';
    this.code = code;
  }
}
