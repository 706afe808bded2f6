/**
 * Reads the engine's own model file, `blazeface-short-range.bin`, written at build time by
 * `build/convert-model.mjs` (which documents the layout), and dequantises its weights to f32.
 */

/** One fused layer of the network, over numbered tensors (0 is the input picture). */
export interface ModelLayer {
  /** conv: k×k stem with ReLU; dw: 3×3 depthwise; pw: 1×1; maxpool: 2×2/2; add: residual add + ReLU. */
  op: 'conv' | 'dw' | 'pw' | 'maxpool' | 'add';
  input: number;
  /** add only: the second operand, zero-extended to `channelsIn` channels. */
  residual?: number;
  output: number;
  kernel: number;
  stride: number;
  channelsIn: number;
  channelsResidual?: number;
  channelsOut: number;
  relu?: boolean;
  /** Per output channel, then per tap (ky, kx, input channel); depthwise: per channel, then ky, kx. */
  weights?: Float32Array;
  bias?: Float32Array;
}

/** A tensor the detector reads: per cell of its grid, `anchors` scores or `anchors` × 16 box numbers. */
export interface ModelHead {
  tensor: number;
  kind: 'score' | 'box';
  /** Input pixels per grid cell: 8 or 16. */
  stride: number;
  anchors: number;
}

export interface FaceModel {
  layers: ModelLayer[];
  heads: ModelHead[];
  tensorCount: number;
}

interface StoredLayer extends Omit<ModelLayer, 'weights' | 'bias'> {
  weights?: number;
  scale?: number;
  bias?: number;
}

const MAGIC = 'BFSR';
const VERSION = 1;

/** Parses and dequantises a model file; throws on anything that is not one. */
export function readModelFile(file: ArrayBuffer | Uint8Array): FaceModel {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error('not a face engine model file (version 1)');
  const headerBytes = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerBytes))) as {
    tensorCount: number;
    layers: StoredLayer[];
    heads: ModelHead[];
  };
  const data = (12 + headerBytes + 3) & ~3;
  const f32 = (offset: number, length: number) => {
    const out = new Float32Array(length);
    for (let i = 0; i < length; i++) out[i] = view.getFloat32(data + offset + 4 * i, true);
    return out;
  };
  const layers = header.layers.map(({weights, scale, bias, ...layer}): ModelLayer => {
    if (weights === undefined || bias === undefined) return layer;
    const taps = layer.op === 'dw' ? layer.kernel * layer.kernel : layer.kernel * layer.kernel * layer.channelsIn;
    const count = taps * layer.channelsOut;
    let values: Float32Array;
    if (scale === undefined) values = f32(weights, count);
    else {
      const scales = f32(scale!, layer.channelsOut);
      values = new Float32Array(count);
      for (let i = 0; i < count; i++) values[i] = view.getInt8(data + weights + i) * scales[Math.floor(i / taps)];
    }
    return {...layer, weights: values, bias: f32(bias, layer.channelsOut)};
  });
  return {layers, heads: header.heads, tensorCount: header.tensorCount};
}
