/**
 * The network's input sizes for a picture. The model is fully convolutional, so any multiple of 16
 * works: the input keeps the picture's aspect (no squeezing into 128×128), which keeps an ID's portrait
 * held beside a face tens of pixels tall instead of a few.
 */
import type {FaceEngineKind} from '../face-engine.js';

/**
 * Long sides of the inputs each engine runs, finest first (see agreement.ts for why several). The fine
 * size keeps an ID portrait (≈ 40 % of the face) ≥ 20 px; 256 suits faces a quarter of the frame high;
 * 192 suits faces filling the frame, which the fine size misplaces. The JS fallback is ~10× slower, so
 * it runs two: 416 still finds a portrait of ~22 px (at 480) held at arm's length; 320 did not.
 */
export const LONG_SIDES: Record<FaceEngineKind, readonly number[]> = {
  'wasm-simd': [480, 256, 192],
  js: [416, 192],
};

const up16 = (n: number) => Math.max(16, Math.ceil(n / 16) * 16);

/** The input size with long side `longSide` (at most the picture's own, rounded up to 16) and the picture's aspect. */
export function inputSize(pictureWidth: number, pictureHeight: number, longSide: number): {width: number; height: number} {
  const landscape = pictureWidth >= pictureHeight;
  const long = landscape ? pictureWidth : pictureHeight;
  const short = landscape ? pictureHeight : pictureWidth;
  const inputLong = Math.min(up16(longSide), up16(long));
  const inputShort = up16((inputLong * short) / long);
  return landscape ? {width: inputLong, height: inputShort} : {width: inputShort, height: inputLong};
}
