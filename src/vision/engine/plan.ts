/**
 * The execution plan for one input size: every tensor gets a place in one f32 memory, the steps are
 * the kernels to call in order, and buffers are reused as soon as no later step reads them.
 *
 * Memory layout (in f32 units, shared by the WebAssembly and the JS kernels):
 *   [packed weights][activations of the current plan]
 * Tensors are NHWC with channels padded to a multiple of 4 (padding channels hold 0, because the packed
 * weights and biases of padding channels are 0), except the 3-channel input picture.
 */
import type {FaceModel, ModelHead} from './model-file.js';

/** Channels rounded up to a multiple of 4 (one SIMD vector). */
export const pad4 = (channels: number) => (channels + 3) & ~3;

/** Spare pixels after every tensor: the 1×1 kernel works on blocks of 4 pixels. */
const SLACK_PIXELS = 4;

export type PlanStep =
  | {op: 'conv'; x: number; height: number; width: number; kernel: number; stride: number; padTop: number; padLeft: number;
      outHeight: number; outWidth: number; col: number; taps: number; weights: number; bias: number; channelsOut: number; y: number}
  | {op: 'pw'; x: number; pixels: number; channelsIn: number; weights: number; bias: number; channelsOut: number; y: number; relu: boolean}
  | {op: 'dw'; x: number; height: number; width: number; channels: number; weights: number; bias: number; y: number;
      outHeight: number; outWidth: number; stride: number; padTop: number; padLeft: number}
  | {op: 'maxpool'; x: number; width: number; channels: number; y: number; outHeight: number; outWidth: number}
  | {op: 'add'; a: number; channelsA: number; r: number; channelsR: number; pixels: number; y: number};

/** Where a head's grid lies in memory after a run. */
export interface PlannedHead extends ModelHead {
  offset: number;
  rows: number;
  cols: number;
  /** Floats per grid cell (the padded channel count). */
  cellFloats: number;
}

export interface Plan {
  width: number;
  height: number;
  /** Offset of the input picture, height × width × 3 floats in −1…1. */
  input: number;
  steps: PlanStep[];
  heads: PlannedHead[];
  /** Floats the whole memory needs (weights and activations). */
  floats: number;
}

/** Weights in the layout the kernels read, all in one array; per layer, the offsets of its weights and bias. */
export interface PackedWeights {
  data: Float32Array;
  layers: Array<{weights: number; bias: number} | null>;
}

/** Rearranges the model's weights for the kernels: 1×1 and stem as [tap][out], depthwise as [tap][channel]. */
export function packWeights(model: FaceModel): PackedWeights {
  let size = 0;
  const offsets = model.layers.map((layer) => {
    if (!layer.weights) return null;
    const out = pad4(layer.channelsOut);
    const taps = layer.op === 'dw' ? layer.kernel * layer.kernel : layer.op === 'pw' ? pad4(layer.channelsIn) : layer.kernel * layer.kernel * layer.channelsIn;
    const weights = size;
    const bias = weights + taps * out;
    size = bias + out;
    return {weights, bias};
  });
  const data = new Float32Array(pad4(size));
  model.layers.forEach((layer, i) => {
    const at = offsets[i];
    if (!at || !layer.weights || !layer.bias) return;
    const out = pad4(layer.channelsOut);
    const taps = layer.op === 'dw' ? layer.kernel * layer.kernel : layer.kernel * layer.kernel * layer.channelsIn;
    for (let o = 0; o < layer.channelsOut; o++) {
      data[at.bias + o] = layer.bias[o];
      for (let t = 0; t < taps; t++) data[at.weights + t * out + o] = layer.weights[o * taps + t];
    }
  });
  return {data, layers: offsets};
}

/** TF "SAME" padding before the first row/column for a k×k window with stride s. */
const samePadding = (size: number, out: number, kernel: number, stride: number) => Math.floor(Math.max((out - 1) * stride + kernel - size, 0) / 2);

/** A first-fit allocator over the activation area; freed blocks merge with their neighbours. */
class Arena {
  private free: Array<{start: number; size: number}> = [];
  end: number;
  constructor(base: number) {
    this.end = base;
  }
  take(size: number): number {
    size = pad4(size);
    const index = this.free.findIndex((block) => block.size >= size);
    if (index < 0) {
      const start = this.end;
      this.end += size;
      return start;
    }
    const block = this.free[index];
    const start = block.start;
    if (block.size === size) this.free.splice(index, 1);
    else Object.assign(block, {start: start + size, size: block.size - size});
    return start;
  }
  give(start: number, size: number) {
    size = pad4(size);
    this.free.push({start, size});
    this.free.sort((a, b) => a.start - b.start);
    for (let i = this.free.length - 1; i > 0; i--) {
      const before = this.free[i - 1];
      if (before.start + before.size === this.free[i].start) {
        before.size += this.free[i].size;
        this.free.splice(i, 1);
      }
    }
  }
}

/**
 * Plans the network for a width × height input (both multiples of 16).
 * Activations start after the packed weights.
 */
export function createPlan(model: FaceModel, packed: PackedWeights, width: number, height: number): Plan {
  if (width % 16 || height % 16) throw new Error(`input size ${width}×${height} is not a multiple of 16`);
  const shapes: Array<{h: number; w: number; c: number} | undefined> = new Array(model.tensorCount);
  const place: number[] = new Array(model.tensorCount).fill(-1);
  const lastUse: number[] = new Array(model.tensorCount).fill(-1);
  model.layers.forEach((layer, i) => {
    lastUse[layer.input] = i;
    if (layer.residual !== undefined) lastUse[layer.residual] = i;
  });
  for (const head of model.heads) lastUse[head.tensor] = Infinity;
  const size = (t: number) => {
    const s = shapes[t]!;
    return (s.h * s.w + SLACK_PIXELS) * s.c;
  };
  const arena = new Arena(packed.data.length);
  shapes[0] = {h: height, w: width, c: 3};
  place[0] = arena.take(size(0));
  const steps: PlanStep[] = [];
  model.layers.forEach((layer, i) => {
    const x = shapes[layer.input]!;
    const outHeight = layer.op === 'maxpool' ? x.h >> 1 : Math.ceil(x.h / layer.stride);
    const outWidth = layer.op === 'maxpool' ? x.w >> 1 : Math.ceil(x.w / layer.stride);
    shapes[layer.output] = {h: outHeight, w: outWidth, c: pad4(layer.channelsOut)};
    let col = -1;
    const colSize = (outHeight * outWidth + SLACK_PIXELS) * layer.kernel * layer.kernel * layer.channelsIn;
    if (layer.op === 'conv') col = arena.take(colSize);
    const y = arena.take(size(layer.output));
    place[layer.output] = y;
    const w = packed.layers[i];
    const xAt = place[layer.input];
    switch (layer.op) {
      case 'conv':
        steps.push({op: 'conv', x: xAt, height: x.h, width: x.w, kernel: layer.kernel, stride: layer.stride,
          padTop: samePadding(x.h, outHeight, layer.kernel, layer.stride), padLeft: samePadding(x.w, outWidth, layer.kernel, layer.stride),
          outHeight, outWidth, col, taps: layer.kernel * layer.kernel * layer.channelsIn, weights: w!.weights, bias: w!.bias,
          channelsOut: pad4(layer.channelsOut), y});
        break;
      case 'pw':
        steps.push({op: 'pw', x: xAt, pixels: x.h * x.w, channelsIn: x.c, weights: w!.weights, bias: w!.bias, channelsOut: pad4(layer.channelsOut), y, relu: false});
        break;
      case 'dw':
        steps.push({op: 'dw', x: xAt, height: x.h, width: x.w, channels: x.c, weights: w!.weights, bias: w!.bias, y, outHeight, outWidth,
          stride: layer.stride, padTop: samePadding(x.h, outHeight, 3, layer.stride), padLeft: samePadding(x.w, outWidth, 3, layer.stride)});
        break;
      case 'maxpool':
        steps.push({op: 'maxpool', x: xAt, width: x.w, channels: x.c, y, outHeight, outWidth});
        break;
      case 'add':
        steps.push({op: 'add', a: xAt, channelsA: x.c, r: place[layer.residual!], channelsR: shapes[layer.residual!]!.c, pixels: x.h * x.w, y});
        break;
    }
    if (col >= 0) arena.give(col, colSize);
    for (const t of [layer.input, layer.residual]) if (t !== undefined && lastUse[t] === i) arena.give(place[t], size(t));
  });
  const heads = model.heads.map((head): PlannedHead => {
    const s = shapes[head.tensor]!;
    return {...head, offset: place[head.tensor], rows: s.h, cols: s.w, cellFloats: s.c};
  });
  return {width, height, input: place[0], steps, heads, floats: arena.end};
}
