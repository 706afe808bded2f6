/**
 * Grabbing camera frames as small greyscale (luma) images for the quality checks.
 */

/** A greyscale image: `data[y * width + x]` is the luma (0–255) of one pixel. */
export interface GreyFrame {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Width of every analysed frame, in pixels. Fixed because the sharpness measure (variance of the Laplacian)
 * depends strongly on resolution — the same picture scores about 2.5× higher at 320 than at 640 px wide —
 * so its thresholds are only valid at one size. 320 px also keeps a full analysis near 1 ms.
 */
export const ANALYSIS_WIDTH = 320;

/** Anything a frame can be grabbed from. */
export type FrameSource = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap | OffscreenCanvas;

/** The intrinsic size of a source in its own pixels (a video's track size, not its CSS box). */
export function sourceSize(source: FrameSource): {width: number; height: number} {
  if (source instanceof HTMLVideoElement) return {width: source.videoWidth, height: source.videoHeight};
  if (source instanceof HTMLImageElement) return {width: source.naturalWidth, height: source.naturalHeight};
  return {width: source.width, height: source.height};
}

/** Converts RGBA pixels to luma with the BT.601 weights in 8-bit fixed point (77 + 150 + 29 = 256). */
export function rgbaToLuma(rgba: Uint8ClampedArray | Uint8Array, out: Uint8Array): void {
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = (77 * rgba[i] + 150 * rgba[i + 1] + 29 * rgba[i + 2]) >> 8;
  }
}

/**
 * Draws sources into one reused canvas at {@link ANALYSIS_WIDTH} (keeping their aspect) and returns their
 * luma. It runs several times a second, so nothing is allocated per frame once the size is known.
 *
 * It keeps two luma buffers and alternates between them: the frame returned by one `grab()` stays valid
 * through the next `grab()`, which is what the steadiness check (current vs previous frame) needs. Copy a
 * frame if you keep it longer.
 */
export class GreyFrameGrabber {
  #canvas: HTMLCanvasElement | OffscreenCanvas | undefined;
  #context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | undefined;
  #buffers: [Uint8Array, Uint8Array] | undefined;
  #next = 0;

  /** @param width analysis width in pixels; keep the default unless thresholds are recalibrated. */
  constructor(readonly width: number = ANALYSIS_WIDTH) {}

  /**
   * Grabs the current picture of `source` as a greyscale frame at the analysis size.
   * Returns `undefined` when the source has no picture yet (a video before its first frame).
   */
  grab(source: FrameSource): GreyFrame | undefined {
    const size = sourceSize(source);
    if (!size.width || !size.height) return undefined;
    const width = this.width;
    const height = Math.max(1, Math.round((width * size.height) / size.width));
    const context = this.#contextFor(width, height);
    // Plain bilinear scaling; 'high' quality would cost a blur pass per frame for no gain in the checks.
    context.drawImage(source, 0, 0, width, height);
    const rgba = context.getImageData(0, 0, width, height).data;
    const data = this.#buffers![this.#next];
    this.#next ^= 1;
    rgbaToLuma(rgba, data);
    return {width, height, data};
  }

  #contextFor(width: number, height: number): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D {
    if (this.#canvas && this.#canvas.width === width && this.#canvas.height === height) return this.#context!;
    // OffscreenCanvas keeps the grabber out of the DOM; a detached <canvas> is the fallback for old Safari.
    this.#canvas =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(width, height)
        : Object.assign(document.createElement('canvas'), {width, height});
    // willReadFrequently keeps the canvas in CPU memory, so getImageData does not read back from the GPU.
    const context = this.#canvas.getContext('2d', {willReadFrequently: true, alpha: false}) as
      | CanvasRenderingContext2D
      | OffscreenCanvasRenderingContext2D
      | null;
    if (!context) throw new Error('2D canvas is not available');
    this.#context = context;
    this.#buffers = [new Uint8Array(width * height), new Uint8Array(width * height)];
    this.#next = 0;
    return context;
  }
}
