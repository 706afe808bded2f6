/**
 * The network's input sizes for a picture. The model is fully convolutional, so any multiple of 16
 * works: the input keeps the picture's aspect (no squeezing into 128×128), which keeps an ID's portrait
 * held beside a face tens of pixels tall instead of a few.
 */
import type {FaceEngineKind} from '../face-engine.js';

/** Long side of the two inputs each engine runs; the JS fallback is ~10× slower, so it runs smaller ones. */
export const LONG_SIDES: Record<FaceEngineKind, {fine: number; coarse: number}> = {
  // fine: the ID portrait (≈ 40 % of the face) ≥ 20 px; coarse: faces filling the frame, and a second opinion.
  'wasm-simd': {fine: 480, coarse: 256},
  js: {fine: 320, coarse: 192},
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
