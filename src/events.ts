/**
 * The element's public events. Each is a class with a literal `type`, `bubbles` and `composed`, so a
 * host can listen on the element or any ancestor, and `addEventListener('idv-…', e => e.detail…)`
 * type-checks through the `GlobalEventHandlersEventMap` augmentation below.
 */
import type {StepName} from './flow/flow-state.js';
import type {CaptureChecks, CaptureKind, IdvErrorCode} from './types.js';
import type {Submission} from './submission/submission.js';

const PUBLIC = {bubbles: true, composed: true} as const;

/** `idv-step`: the element moved to another step or screen. */
export class IdvStepEvent extends Event {
  static readonly eventType = 'idv-step';
  readonly detail: {step: StepName; previous: StepName};
  constructor(step: StepName, previous: StepName) {
    super(IdvStepEvent.eventType, PUBLIC);
    this.detail = {step, previous};
  }
}

/** `idv-capture`: the person accepted a photo; `checks` are the quality values measured on it. */
export class IdvCaptureEvent extends Event {
  static readonly eventType = 'idv-capture';
  readonly detail: {kind: CaptureKind; checks: CaptureChecks};
  constructor(kind: CaptureKind, checks: CaptureChecks) {
    super(IdvCaptureEvent.eventType, PUBLIC);
    this.detail = {kind, checks};
  }
}

/** `idv-error`: something went wrong. `recoverable` errors leave the person a way forward on screen. */
export class IdvErrorEvent extends Event {
  static readonly eventType = 'idv-error';
  readonly detail: {code: IdvErrorCode; message: string; recoverable: boolean};
  constructor(code: IdvErrorCode, message: string, recoverable = true) {
    super(IdvErrorEvent.eventType, PUBLIC);
    this.detail = {code, message, recoverable};
  }
}

/**
 * What the host receives to forward to its backend: `jws`, decoded `claims`, `files`, `kid`,
 * `toFormData()` and `toJSON()`. See `Submission` in src/submission/submission.ts.
 */
export type SignedSubmission = Submission;

/**
 * `idv-submit`: the profile is signed and ready to forward. Call `respondWith(promise)` synchronously
 * in the listener to keep the element on "Submitting…" until the promise settles: fulfilled → done,
 * rejected — or fulfilled with a fetch `Response` whose `ok` is false (a 409, a 500) — → a retryable
 * error that keeps every capture. So `event.respondWith(fetch(url, {method: 'POST', body}))` is
 * enough. Without it the element shows done at once.
 */
export class IdvSubmitEvent extends Event {
  static readonly eventType = 'idv-submit';
  readonly detail: SignedSubmission;
  #response: Promise<unknown> | undefined;
  constructor(submission: SignedSubmission) {
    super(IdvSubmitEvent.eventType, PUBLIC);
    this.detail = submission;
  }
  /**
   * Tells the element the outcome of forwarding the submission: a promise that rejects, or resolves to a
   * `Response` with `ok === false`, is a failure the person can retry.
   */
  respondWith(response: Promise<unknown>): void {
    if (this.#response) throw new DOMException('respondWith() was already called', 'InvalidStateError');
    this.#response = Promise.resolve(response);
  }
  /** The promise given to `respondWith`, if any (read by the element). */
  get response(): Promise<unknown> | undefined {
    return this.#response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-step': IdvStepEvent;
    'idv-capture': IdvCaptureEvent;
    'idv-error': IdvErrorEvent;
    'idv-submit': IdvSubmitEvent;
  }
}
