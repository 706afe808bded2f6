/**
 * The same kernels as kernels.wat in plain JS: the fallback where WebAssembly cannot compile. Same
 * layouts, same maths (sums may round differently in the last bits: the order of additions differs).
 */
import type {Kernels} from './kernels.js';
import type {PlanStep} from './plan.js';

export class JsKernels implements Kernels {
  floats = new Float32Array(0);
  /**
   * 1×1 weights transposed to [out][in], made on first use: JS is fastest summing into a local
   * variable along a contiguous row, where SIMD wants the [in][out] layout of the shared memory.
   */
  private readonly transposed = new Map<number, Float32Array>();

  reserve(floats: number): void {
    if (floats <= this.floats.length) return;
    const grown = new Float32Array(floats);
    grown.set(this.floats);
    this.floats = grown;
  }

  private rows(weights: number, cin: number, cout: number): Float32Array {
    let rows = this.transposed.get(weights);
    if (!rows) {
      rows = new Float32Array(cin * cout);
      for (let i = 0; i < cin; i++) for (let o = 0; o < cout; o++) rows[o * cin + i] = this.floats[weights + i * cout + o];
      this.transposed.set(weights, rows);
    }
    return rows;
  }

  run(step: PlanStep): void {
    const f = this.floats;
    switch (step.op) {
      case 'conv':
        im2col(f, step.x, step.height, step.width, step.kernel, step.stride, step.padTop, step.padLeft, step.outHeight, step.outWidth, step.col);
        pointwise(f, step.col, step.outHeight * step.outWidth, step.taps, this.rows(step.weights, step.taps, step.channelsOut), step.bias, step.channelsOut, step.y, true);
        break;
      case 'pw':
        pointwise(f, step.x, step.pixels, step.channelsIn, this.rows(step.weights, step.channelsIn, step.channelsOut), step.bias, step.channelsOut, step.y, step.relu);
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

/**
 * y = b + x·w (+ ReLU), in blocks of 2 pixels × 4 output channels (cout is a multiple of 4; the tensors
 * have a spare pixel past the end), so each input and each weight is read once per block.
 */
function pointwise(f: Float32Array, x: number, pixels: number, cin: number, rows: Float32Array, b: number, cout: number, y: number, relu: boolean) {
  for (let p = 0; p < pixels; p += 2) {
    const xp = x + p * cin, xq = xp + cin;
    const yp = y + p * cout, yq = yp + cout;
    for (let o = 0; o < cout; o += 4) {
      let a0 = f[b + o], a1 = f[b + o + 1], a2 = f[b + o + 2], a3 = f[b + o + 3];
      let c0 = a0, c1 = a1, c2 = a2, c3 = a3;
      const r0 = o * cin, r1 = r0 + cin, r2 = r1 + cin, r3 = r2 + cin;
      for (let i = 0; i < cin; i++) {
        const v = f[xp + i], u = f[xq + i];
        const w0 = rows[r0 + i], w1 = rows[r1 + i], w2 = rows[r2 + i], w3 = rows[r3 + i];
        a0 += v * w0; a1 += v * w1; a2 += v * w2; a3 += v * w3;
        c0 += u * w0; c1 += u * w1; c2 += u * w2; c3 += u * w3;
      }
      if (relu) {
        a0 = a0 < 0 ? 0 : a0; a1 = a1 < 0 ? 0 : a1; a2 = a2 < 0 ? 0 : a2; a3 = a3 < 0 ? 0 : a3;
        c0 = c0 < 0 ? 0 : c0; c1 = c1 < 0 ? 0 : c1; c2 = c2 < 0 ? 0 : c2; c3 = c3 < 0 ? 0 : c3;
      }
      f[yp + o] = a0; f[yp + o + 1] = a1; f[yp + o + 2] = a2; f[yp + o + 3] = a3;
      f[yq + o] = c0; f[yq + o + 1] = c1; f[yq + o + 2] = c2; f[yq + o + 3] = c3;
    }
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
