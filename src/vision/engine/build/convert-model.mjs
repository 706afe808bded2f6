// Converts BlazeFace short-range (`face_detection_short_range.tflite`, fp16 weights) into the engine's
// own compact file, `blazeface-short-range.bin`: the graph as a short list of fused layers, and the
// weights as int8 with one scale per output channel (half the size of fp16, detections unchanged: see
// docs/face-engine.md). Build time only.
//
// File layout (little-endian), read by src/vision/engine/model-file.ts:
//   "BFSR"  u32 version (1)  u32 headerBytes  header (UTF-8 JSON)  zero padding to a multiple of 4  data
// The header lists `layers` and `heads`; every offset in it counts bytes from the start of `data`.
// Per layer with weights: int8 weights [channelsOut][taps] (taps = k·k·channelsIn, or k·k for depthwise,
// in the model's own order), then f32 scale[channelsOut], then f32 bias[channelsOut];
// weight = int8 · scale. A layer stored as f32 (option `weights: 'float32'`, or `floatLayers`, for
// measuring what int8 changes) has no scale.
import {OP, TYPE, readTflite} from './tflite-reader.mjs';

export const MODEL_MAGIC = 'BFSR';
export const MODEL_VERSION = 1;

/** IEEE 754 half precision to a JS number. */
function halfToNumber(bits) {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** A constant tensor's values as float32 (fp16 and fp32 supported). */
export function constantValues(tensor) {
  const {data, type} = tensor;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (type === TYPE.FLOAT16) return Float32Array.from({length: data.length / 2}, (_, i) => halfToNumber(view.getUint16(2 * i, true)));
  if (type === TYPE.FLOAT32) return Float32Array.from({length: data.length / 4}, (_, i) => view.getFloat32(4 * i, true));
  if (type === TYPE.INT32) return Int32Array.from({length: data.length / 4}, (_, i) => view.getInt32(4 * i, true));
  throw new Error(`unsupported constant tensor type ${type}`);
}

/**
 * The graph as fused layers over renumbered tensors (0 = the input picture, 3 channels):
 * conv (k×k, fused ReLU), dw (3×3 depthwise), pw (1×1), maxpool (2×2/2), and add (residual add + ReLU,
 * the residual zero-extended to the other input's channel count, which is what the model's channel PAD
 * does). The final RESHAPE/CONCATENATION are dropped: the four tensors that fed them are the heads, and
 * the engine decodes their grids directly at any input size.
 */
export function readBlazeFaceGraph(tfliteBytes) {
  const model = readTflite(tfliteBytes);
  const constants = new Map(); // tflite tensor -> Float32Array
  const constant = (index) => {
    if (!constants.has(index)) constants.set(index, constantValues(model.tensors[index]));
    return constants.get(index);
  };
  const ids = new Map([[model.inputs[0], 0]]); // tflite tensor -> our tensor id
  const id = (index) => {
    if (!ids.has(index)) ids.set(index, ids.size);
    return ids.get(index);
  };
  const channelPadOf = new Map(); // PAD output -> its unpadded input
  const layers = [];
  const heads = [];
  const ops = model.operators;
  const channels = (index) => model.tensors[index].shape.at(-1);
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const [x, w, b] = op.inputs;
    const y = op.outputs[0];
    const next = ops[i + 1];
    const reluFollows = next?.code === OP.RELU && next.inputs[0] === y;
    switch (op.code) {
      case OP.DEQUANTIZE:
        constants.set(y, constant(x));
        break;
      case OP.CONV_2D:
      case OP.DEPTHWISE_CONV_2D: {
        if (model.padding(op) !== 0 && model.tensors[w].shape[1] !== 1) throw new Error('only SAME padding is supported');
        const [, kernel] = model.tensors[w].shape;
        const depthwise = op.code === OP.DEPTHWISE_CONV_2D;
        const kind = depthwise ? 'dw' : kernel === 1 ? 'pw' : 'conv';
        const fused = kind === 'conv' && reluFollows; // only the stem conv is followed by a lone ReLU
        layers.push({
          op: kind, input: id(x), output: id(fused ? next.outputs[0] : y), kernel, stride: model.stride(op),
          channelsIn: channels(x), channelsOut: channels(y), relu: fused, weights: constant(w), bias: constant(b),
        });
        if (fused) i++;
        break;
      }
      case OP.MAX_POOL_2D:
        if (model.poolSize(op) !== 2 || model.stride(op) !== 2) throw new Error('only 2×2/2 max-pool is supported');
        layers.push({op: 'maxpool', input: id(x), output: id(y), kernel: 2, stride: 2, channelsIn: channels(x), channelsOut: channels(y)});
        break;
      case OP.PAD: {
        const pads = constant(op.inputs[1]); // [[0,0],[0,0],[0,0],[before,after]]
        if (pads.slice(0, 7).some((p) => p !== 0)) throw new Error('only channel padding after is supported');
        channelPadOf.set(y, x);
        break;
      }
      case OP.ADD: {
        if (!reluFollows) throw new Error('every ADD must be followed by a RELU');
        const [a, r] = op.inputs.map((t) => channelPadOf.get(t) ?? t).sort((p, q) => channels(q) - channels(p));
        layers.push({op: 'add', input: id(a), residual: id(r), output: id(next.outputs[0]), kernel: 1, stride: 1,
          channelsIn: channels(a), channelsResidual: channels(r), channelsOut: channels(y), relu: true});
        i++;
        break;
      }
      case OP.RESHAPE: {
        const [, gridRows, , depth] = model.tensors[x].shape;
        const stride = model.tensors[model.inputs[0]].shape[1] / gridRows;
        const isScore = depth <= 6; // scores: one per anchor; boxes: 16 numbers per anchor
        heads.push({tensor: id(x), kind: isScore ? 'score' : 'box', stride, anchors: isScore ? depth : depth / 16});
        break;
      }
      case OP.CONCATENATION:
        break;
      default:
        throw new Error(`unsupported tflite operator ${op.code}`);
    }
  }
  return {layers, heads, tensorCount: ids.size};
}

/** Symmetric int8 per output channel: scale = max|w| / 127 (shrinking it to clip outliers measured no better). */
function quantizePerChannel(weights, channelsOut) {
  const taps = weights.length / channelsOut;
  const q = new Int8Array(weights.length);
  const scale = new Float32Array(channelsOut);
  for (let o = 0; o < channelsOut; o++) {
    let max = 0;
    for (let t = 0; t < taps; t++) max = Math.max(max, Math.abs(weights[o * taps + t]));
    scale[o] = max / 127 || 1;
    for (let t = 0; t < taps; t++) q[o * taps + t] = Math.round(weights[o * taps + t] / scale[o]);
  }
  return {q, scale};
}

/** Depthwise weights come as [1][ky][kx][c]; store them per channel, [c][ky·kx], like the others. */
function channelMajor(layer) {
  if (layer.op !== 'dw') return layer.weights;
  const taps = layer.kernel * layer.kernel;
  const out = new Float32Array(layer.weights.length);
  for (let c = 0; c < layer.channelsOut; c++) for (let t = 0; t < taps; t++) out[c * taps + t] = layer.weights[t * layer.channelsOut + c];
  return out;
}

/**
 * @param {Uint8Array} tfliteBytes
 * @param {{weights?: 'int8' | 'float32', floatLayers?: (layer: object, index: number) => boolean}} [options]
 * @returns {Uint8Array} the engine's model file
 */
export function convertBlazeFace(tfliteBytes, {weights: precision = 'int8', floatLayers = () => false} = {}) {
  const graph = readBlazeFaceGraph(tfliteBytes);
  const chunks = [];
  let size = 0;
  const put = (typed) => {
    size = (size + 3) & ~3;
    const offset = size;
    chunks.push({offset, bytes: new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength)});
    size += typed.byteLength;
    return offset;
  };
  const layers = graph.layers.map(({weights, bias, ...layer}, index) => {
    if (!weights) return layer;
    const ordered = channelMajor({...layer, weights});
    if (precision === 'float32' || floatLayers(layer, index)) return {...layer, weights: put(ordered), bias: put(bias)};
    const {q, scale} = quantizePerChannel(ordered, layer.channelsOut);
    return {...layer, weights: put(q), scale: put(scale), bias: put(bias)};
  });
  const header = new TextEncoder().encode(JSON.stringify({tensorCount: graph.tensorCount, layers, heads: graph.heads}));
  const dataStart = (12 + header.length + 3) & ~3;
  const file = new Uint8Array(dataStart + size);
  file.set(new TextEncoder().encode(MODEL_MAGIC), 0);
  const view = new DataView(file.buffer);
  view.setUint32(4, MODEL_VERSION, true);
  view.setUint32(8, header.length, true);
  file.set(header, 12);
  for (const {offset, bytes} of chunks) file.set(bytes, dataStart + offset);
  return file;
}
