/**
 * The same kernels as kernels.wat in plain JS: the fallback where WebAssembly cannot compile. Same
 * layouts, same maths (sums may round differently in the last bits: the order of additions differs).
 */
import type {Kernels} from './kernels.js';
import type {PlanStep} from './plan.js';

export class JsKernels implements Kernels {
  floats = new Float32Array(0);

  reserve(floats: number): void {
    if (floats <= this.floats.length) return;
    const grown = new Float32Array(floats);
    grown.set(this.floats);
    this.floats = grown;
  }

  run(step: PlanStep): void {
    const f = this.floats;
    switch (step.op) {
      case 'conv':
        im2col(f, step.x, step.height, step.width, step.kernel, step.stride, step.padTop, step.padLeft, step.outHeight, step.outWidth, step.col);
        pointwise(f, step.col, step.outHeight * step.outWidth, step.taps, step.weights, step.bias, step.channelsOut, step.y, true);
        break;
      case 'pw':
        pointwise(f, step.x, step.pixels, step.channelsIn, step.weights, step.bias, step.channelsOut, step.y, step.relu);
        break;
      case 'dw':
        depthwise(f, step);
        break;
      case 'maxpool':
        maxPool(f, step.x, step.width, step.channels, step.y, step.outHeight, step.outWidth);
        break;
      case 'add':
        addRelu(f, step.a, step.channelsA, step.r, step.channelsR, step.pixels, step.y);
        break;
    }
  }
}

function pointwise(f: Float32Array, x: number, pixels: number, cin: number, w: number, b: number, cout: number, y: number, relu: boolean) {
  for (let p = 0; p < pixels; p++) {
    const xp = x + p * cin;
    const yp = y + p * cout;
    for (let o = 0; o < cout; o++) f[yp + o] = f[b + o];
    for (let i = 0; i < cin; i++) {
      const v = f[xp + i];
      if (v === 0) continue; // after a ReLU, many inputs are 0
      const wp = w + i * cout;
      for (let o = 0; o < cout; o++) f[yp + o] += v * f[wp + o];
    }
    if (relu) for (let o = 0; o < cout; o++) if (f[yp + o] < 0) f[yp + o] = 0;
  }
}

function depthwise(f: Float32Array, s: Extract<PlanStep, {op: 'dw'}>) {
  const {x, height, width, channels: c, weights: w, bias: b, y, outHeight, outWidth, stride, padTop, padLeft} = s;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      const yp = y + (oy * outWidth + ox) * c;
      for (let ch = 0; ch < c; ch++) f[yp + ch] = f[b + ch];
      for (let ky = 0; ky < 3; ky++) {
        const iy = oy * stride + ky - padTop;
        if (iy < 0 || iy >= height) continue;
        for (let kx = 0; kx < 3; kx++) {
          const ix = ox * stride + kx - padLeft;
          if (ix < 0 || ix >= width) continue;
          const xp = x + (iy * width + ix) * c;
          const wp = w + (ky * 3 + kx) * c;
          for (let ch = 0; ch < c; ch++) f[yp + ch] += f[xp + ch] * f[wp + ch];
        }
      }
    }
  }
}

function maxPool(f: Float32Array, x: number, width: number, c: number, y: number, outHeight: number, outWidth: number) {
  const row = width * c;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      const p0 = x + (2 * oy * width + 2 * ox) * c;
      const yp = y + (oy * outWidth + ox) * c;
      for (let ch = 0; ch < c; ch++) {
        const a = Math.max(f[p0 + ch], f[p0 + c + ch]);
        const d = Math.max(f[p0 + row + ch], f[p0 + row + c + ch]);
        f[yp + ch] = a > d ? a : d;
      }
    }
  }
}

function addRelu(f: Float32Array, a: number, ca: number, r: number, cr: number, pixels: number, y: number) {
  for (let p = 0; p < pixels; p++) {
    const ap = a + p * ca, rp = r + p * cr, yp = y + p * ca;
    for (let ch = 0; ch < ca; ch++) {
      const v = f[ap + ch] + (ch < cr ? f[rp + ch] : 0);
      f[yp + ch] = v > 0 ? v : 0;
    }
  }
}

function im2col(f: Float32Array, x: number, height: number, width: number, k: number, stride: number, padTop: number, padLeft: number,
  outHeight: number, outWidth: number, col: number) {
  let cp = col;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      for (let ky = 0; ky < k; ky++) {
        const iy = oy * stride + ky - padTop;
        for (let kx = 0; kx < k; kx++, cp += 3) {
          const ix = ox * stride + kx - padLeft;
          if (iy < 0 || iy >= height || ix < 0 || ix >= width) {
            f[cp] = f[cp + 1] = f[cp + 2] = 0;
          } else {
            const src = x + (iy * width + ix) * 3;
            f[cp] = f[src];
            f[cp + 1] = f[src + 1];
            f[cp + 2] = f[src + 2];
          }
        }
      }
    }
  }
}
