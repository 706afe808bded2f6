/**
 * Auto-capture waits until every check has passed for this long: long enough that a person who is still
 * settling is not caught mid-movement, short enough not to feel like waiting.
 */
export const AUTO_CAPTURE_STEADY_MS = 800;

/** What auto-capture reads of each analysis. */
export interface AutoCaptureInput {
  /** Every check that applies passed (a `not-run` check never does). */
  ready: boolean;
  /** How long `ready` has held without interruption, ms. */
  steadyForMs: number;
}

/**
 * Takes the photo once, when every check has passed and held for {@link AUTO_CAPTURE_STEADY_MS}, if the
 * host enabled auto-capture. It fires at most once per live session: a retake re-arms it, so a person who
 * wants another photo is not photographed again the moment they look back at the camera.
 */
export class AutoCaptureController {
  #fired = false;

  constructor(
    private readonly options: {
      /** Whether the host turned auto-capture on (read on every analysis: it may change). */
      enabled: () => boolean;
      /** Takes the photo. */
      capture: () => void;
      steadyForMs?: number;
    },
  ) {}

  /** Called with every analysis of the live picture. */
  consider(analysis: AutoCaptureInput | null | undefined): void {
    if (this.#fired || !analysis || !this.options.enabled()) return;
    if (analysis.ready && analysis.steadyForMs >= (this.options.steadyForMs ?? AUTO_CAPTURE_STEADY_MS)) {
      this.#fired = true;
      this.options.capture();
    }
  }

  /** Re-arms auto-capture (after a retake). */
  reset(): void {
    this.#fired = false;
  }
}
