/**
 * In the vision Worker: reads a transferred camera picture (a `VideoFrame` or an `ImageBitmap`) into the two pictures the
 * checks need, each drawn into its own reused `OffscreenCanvas`:
 * - a grey frame {@link ANALYSIS_WIDTH} px wide for the pixel checks (their thresholds hold at that width);
 * - an RGBA picture whose longer side is at most {@link DETECTION_MAX_SIDE} px for the face engine.
 */
import {ANALYSIS_WIDTH, rgbaToLuma, type GreyFrame} from '../quality/grey-frame.js';
import type {RgbaPicture} from './face-engine.js';

/**
 * The face engine's picture size. At 480 px on the longer side the portrait on an ID card held next to a
 * face is about 24 px tall and is found; squeezed smaller it is missed (see the engine's notes). The cost
 * grows with the area, so a portrait camera gets 270 × 480, not 480 × 853.
 */
export const DETECTION_MAX_SIDE = 480;

type Context2D = OffscreenCanvasRenderingContext2D;

/** A camera picture as the main thread hands it over. */
export type CameraPicture = ImageBitmap | VideoFrame;

/** A picture's size in pixels (a VideoFrame's display size: what drawImage draws). */
function sizeOf(picture: CameraPicture): {width: number; height: number} {
  return 'displayWidth' in picture ? {width: picture.displayWidth, height: picture.displayHeight} : picture;
}

/** One reused canvas of a fixed size. */
class Surface {
  readonly canvas: OffscreenCanvas;
  readonly context: Context2D;
  constructor(width: number, height: number) {
    this.canvas = new OffscreenCanvas(width, height);
    // willReadFrequently keeps the canvas in CPU memory, so getImageData does not read back from the GPU.
    const context = this.canvas.getContext('2d', {willReadFrequently: true, alpha: false});
    if (!context) throw new Error('OffscreenCanvas 2D is not available');
    this.context = context;
  }
  fits(width: number, height: number): boolean {
    return this.canvas.width === width && this.canvas.height === height;
  }
  read(bitmap: CameraPicture): ImageData {
    const {width, height} = this.canvas;
    // Plain bilinear scaling: 'high' quality would cost a blur pass per frame for no gain in the checks.
    this.context.drawImage(bitmap, 0, 0, width, height);
    return this.context.getImageData(0, 0, width, height);
  }
}

/** Reads bitmaps into grey frames and detector pictures, allocating only when the camera's size changes. */
export class FrameReader {
  #grey: Surface | undefined;
  #detection: Surface | undefined;
  #luma: [Uint8Array, Uint8Array] | undefined;
  #next = 0;

  /**
   * The picture as luma at the analysis width. Two buffers alternate, so the frame returned stays intact
   * through the next call (steadiness compares a frame with the one before).
   */
  grey(bitmap: CameraPicture): GreyFrame {
    const size = sizeOf(bitmap);
    const width = ANALYSIS_WIDTH;
    const height = Math.max(1, Math.round((width * size.height) / size.width));
    if (!this.#grey?.fits(width, height)) {
      this.#grey = new Surface(width, height);
      this.#luma = [new Uint8Array(width * height), new Uint8Array(width * height)];
      this.#next = 0;
    }
    const data = this.#luma![this.#next];
    this.#next ^= 1;
    rgbaToLuma(this.#grey.read(bitmap).data, data);
    return {width, height, data};
  }

  /** The picture for the face engine (boxes it finds are in this picture's pixels). */
  detectionPicture(bitmap: CameraPicture): RgbaPicture {
    const size = sizeOf(bitmap);
    const scale = Math.min(1, DETECTION_MAX_SIDE / Math.max(size.width, size.height));
    const width = Math.max(1, Math.round(size.width * scale));
    const height = Math.max(1, Math.round(size.height * scale));
    if (!this.#detection?.fits(width, height)) this.#detection = new Surface(width, height);
    const {data} = this.#detection.read(bitmap);
    return {data, width, height};
  }
}
