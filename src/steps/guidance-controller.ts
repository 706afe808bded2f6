import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A guidance message is shown (and announced) only after it has held this long, so it never flickers. */
export const GUIDANCE_SETTLE_MS = 600;

/**
 * Which guidance message the camera step shows. The analysis proposes a key several times a second; the
 * message on screen (and in the polite live region) changes only when a different key has held for
 * {@link GUIDANCE_SETTLE_MS}, so a flickering measurement never floods a screen reader. The first message
 * after a (re)start is shown at once.
 */
export class GuidanceController implements ReactiveController {
  /** The key shown (a string-table key), or null before the first analysis. */
  get shown(): string | null {
    return this.#shown;
  }

  readonly #host: ReactiveControllerHost;
  readonly #settleMs: number;
  #shown: string | null = null;
  #pending: string | null = null;
  #pendingSince = 0;
  /** How many analyses proposed the contender since it appeared. */
  #pendingSeen = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, settleMs = GUIDANCE_SETTLE_MS) {
    this.#host = host;
    this.#settleMs = settleMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Takes the analysis's latest key (see the class comment for when it is shown). */
  propose(key: string | null): void {
    if (key === this.#shown) {
      // The shown message holds again: forget the contender, and its timer, which would otherwise fire
      // with nothing pending and blank the message.
      this.#pending = null;
      clearTimeout(this.#timer);
      return;
    }
    const now = performance.now();
    if (key !== this.#pending) {
      this.#pending = key;
      this.#pendingSince = now;
      this.#pendingSeen = 1;
    } else {
      this.#pendingSeen++;
    }
    clearTimeout(this.#timer);
    // A contender replaces the shown message once a later frame confirmed it and it has held for the
    // settle time: one frame alone never does, however slowly the next analysis comes (a busy Worker).
    if (this.#shown === null) {
      this.#show(key);
    } else if (this.#pendingSeen >= 2) {
      const wait = this.#settleMs - (now - this.#pendingSince);
      if (wait <= 0) this.#show(key);
      else this.#timer = setTimeout(() => this.#settle(key), wait);
    }
  }

  /** The settle time of a confirmed contender is over: show it, unless something else came since. */
  #settle(key: string | null): void {
    if (this.#pending === key) this.#show(key);
  }

  /** Forgets the message (a new camera or a retake starts from nothing: the next one shows at once). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#pending = null;
    this.#show(null);
  }

  #show(key: string | null): void {
    this.#pending = null;
    if (key === this.#shown) return;
    this.#shown = key;
    this.#host.requestUpdate();
  }
}
