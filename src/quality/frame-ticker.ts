/**
 * When to analyse the next frame of a live `<video>`: after a pause (a few frames a second, not every
 * animation frame), then on the next decoded frame where the browser reports frames, because analysing
 * the same frame twice would read as "perfectly steady". Shared by the main-thread analysis loop and the
 * vision Worker's client.
 */
export class FrameTicker {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The pending `requestVideoFrameCallback`, with its video (the host may render a new one). */
  #frameCallback: {video: HTMLVideoElement; id: number} | undefined;
  /** Bumped by cancel(): a callback that outlives it (its video was replaced, so the cancel missed it) must not tick. */
  #generation = 0;

  constructor(
    private readonly video: () => HTMLVideoElement | null | undefined,
    private readonly intervalMs: number,
    private readonly onTick: () => void,
  ) {}

  /** Calls `onTick` once: after the pause, then on the next decoded frame where the browser says so. */
  schedule(): void {
    const generation = this.#generation;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (generation !== this.#generation) return;
      const video = this.video();
      // Not every WebKit has requestVideoFrameCallback; a paused video has no next frame to wait for.
      if (video && typeof video.requestVideoFrameCallback === 'function' && !video.paused) {
        const id = video.requestVideoFrameCallback(() => {
          if (generation !== this.#generation) return;
          this.#frameCallback = undefined;
          this.onTick();
        });
        this.#frameCallback = {video, id};
      } else {
        this.onTick();
      }
    }, this.intervalMs);
  }

  /** Drops the tick scheduled, if any. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#frameCallback?.video.cancelVideoFrameCallback(this.#frameCallback.id);
    this.#frameCallback = undefined;
    this.#generation++;
  }
}
