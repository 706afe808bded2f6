// Turns a PNG picture into a one-frame YUV4MPEG2 (4:2:0) video for Chromium's fake camera.
// Generated at test time so no video is ever committed. Variants (darker, brighter) are made here
// so each test states what it degrades.
import {readFileSync, writeFileSync, mkdirSync, existsSync, statSync} from 'node:fs';
import {dirname, join, basename} from 'node:path';
import {PNG} from 'pngjs';

/**
 * @param {Uint8Array} rgba
 * @param {number} width
 * @param {number} height
 * @param {{gain?: number}} [variant] gain multiplies every RGB value (0.15 = much darker)
 * @returns {Buffer} one Y4M file with a single frame
 */
export function rgbaToY4m(rgba, width, height, variant = {}) {
  const gain = variant.gain ?? 1;
  const w = width & ~1;
  const h = height & ~1;
  const y = Buffer.alloc(w * h);
  const u = Buffer.alloc((w / 2) * (h / 2));
  const v = Buffer.alloc((w / 2) * (h / 2));
  const clamp = (x) => (x < 0 ? 0 : x > 255 ? 255 : Math.round(x));
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const i = (row * width + col) * 4;
      const r = Math.min(255, rgba[i] * gain);
      const g = Math.min(255, rgba[i + 1] * gain);
      const b = Math.min(255, rgba[i + 2] * gain);
      // BT.601 limited range, what Chromium's fake capture expects.
      y[row * w + col] = clamp(16 + 0.257 * r + 0.504 * g + 0.098 * b);
      if ((row & 1) === 0 && (col & 1) === 0) {
        const ci = (row / 2) * (w / 2) + col / 2;
        u[ci] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b);
        v[ci] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b);
      }
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  return Buffer.concat([header, y, u, v]);
}

/** Converts `pngPath` to `outDir/<name>[-variant].y4m` unless it is already newer. Returns the path. */
export function pngToY4mFile(pngPath, outDir, variantName = '', variant = {}) {
  const out = join(outDir, basename(pngPath, '.png') + (variantName ? `-${variantName}` : '') + '.y4m');
  if (existsSync(out) && statSync(out).mtimeMs > statSync(pngPath).mtimeMs) return out;
  const png = PNG.sync.read(readFileSync(pngPath));
  mkdirSync(dirname(out), {recursive: true});
  writeFileSync(out, rgbaToY4m(png.data, png.width, png.height, variant));
  return out;
}
