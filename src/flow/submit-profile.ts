import {buildSubmission, SubmissionError} from '../submission/index.js';
import {IdvSubmitEvent} from '../events.js';
import type {CompletedProfileRecord, IdvErrorCode} from '../types.js';
import type {FlowState} from './flow-state.js';

/** The outcome of one attempt to submit. */
export type SubmitOutcome =
  | {
      ok: true;
      /** The record to keep, or null when the host did not call `respondWith` (so nothing confirmed it). */
      record: CompletedProfileRecord | null;
      submission: {jws: string; files: {selfie: File; document: File}};
    }
  | {ok: false; code: IdvErrorCode; message: string};

/** What a submission attempt needs from the element. */
export interface SubmitRequest {
  flow: FlowState;
  profileId: string;
  challenge: string;
  /** Where `idv-submit` is dispatched. */
  target: EventTarget;
  /** How long the host's `respondWith` promise may take before the attempt counts as failed. */
  timeoutMs: number;
  /** False once the element works for another profile: the signed result is then not handed over. */
  stillCurrent(): boolean;
}

/**
 * Signs the profile, hands it to the host in `idv-submit`, and waits for the host's verdict when it
 * called `respondWith`. Never throws: every failure becomes an outcome the element can show and retry.
 */
export async function submitProfile({flow, profileId, challenge, target, timeoutMs, stillCurrent}: SubmitRequest): Promise<SubmitOutcome> {
  const {selfie, document} = flow.captures;
  if (!selfie || !document || !flow.layout) return {ok: false, code: 'submission-failed', message: 'The profile is incomplete'};
  let submission;
  try {
    submission = await buildSubmission({profileId, challenge, name: flow.name, layout: flow.layout, captures: {selfie, document}});
  } catch (error) {
    // SubmissionError names what failed (a missing challenge, WebCrypto refusing); anything else is signing.
    const code = error instanceof SubmissionError ? error.code : 'signing-failed';
    return {ok: false, code, message: error instanceof Error ? error.message : String(error)};
  }
  if (!stillCurrent()) return {ok: false, code: 'submission-failed', message: 'superseded'};
  const event = new IdvSubmitEvent(submission);
  target.dispatchEvent(event);
  if (event.response) {
    let answer: unknown;
    try {
      answer = await withTimeout(event.response, timeoutMs);
    } catch (error) {
      return {ok: false, code: 'submission-failed', message: error instanceof Error ? error.message : String(error)};
    }
    // `respondWith(fetch(…))` resolves even when the backend refused: a 409 or 500 is a failure too.
    const refusal = refusedResponse(answer);
    if (refusal) return {ok: false, code: 'submission-failed', message: refusal};
  }
  return {
    ok: true,
    // Fill once only what is true: without the host's word, handing the submission over proves nothing.
    record: event.response ? {status: 'pending', submittedAt: Date.now(), kid: submission.kid} : null,
    submission,
  };
}

/**
 * The message for a fetch `Response` (or anything shaped like one) whose `ok` is false, or null. Duck-typed
 * so a Response from another realm, a polyfill or a test double counts as well.
 */
function refusedResponse(answer: unknown): string | null {
  const {ok, status} = (answer ?? {}) as {ok?: unknown; status?: unknown};
  return ok === false && typeof status === 'number' ? `HTTP ${status}` : null;
}

/** `promise`, or a rejection naming the wait once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The host did not answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
