// The engine's network against an independent implementation of the same weights: the BlazeFace graph
// rebuilt operator by operator from the .tflite on TensorFlow.js (CPU backend), fp16 weights decoded
// here. Our engine runs (a) f32 weights converted from the same .tflite, which checks its kernels, and
// (b) the shipped int8 blazeface-short-range.bin, which bounds what the int8 conversion changes. Both run
// on the same input: a picture resized (by the test) to exactly the network's input size, so the
// engine's letterbox is the identity.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import {readTflite, OP} from '../../src/vision/engine/build/tflite-reader.mjs';
import {BLAZEFACE_TFLITE} from '../../src/vision/engine/build/rollup-plugin.mjs';
import {convertBlazeFace} from '../../src/vision/engine/build/convert-model.mjs';
import {createBlazeFaceEngine} from '../../dist/vision/engine/engine.js';
import {FACES_DIR, readPicture, resize} from '../fixtures/faces/pictures.mjs';

await tf.setBackend('cpu');

/**
 * Bounds, measured on these cases (docs/face-engine.md), over every anchor scoring ≥ 0.3 on either side.
 * The kernels: the engine run on f32 weights converted from the same .tflite matches TensorFlow.js to
 * float rounding. The shipped file: int8 weights move raw scores and boxes by these amounts; the faces
 * counted stay the same (last test).
 */
const BOUNDS = {
  float32: {score: 0.002, boxPx: 0.02},
  int8: {score: 0.2, boxPx: 12},
};

function half(bits) {
  const e = (bits >> 10) & 31, f = bits & 1023, s = bits & 0x8000 ? -1 : 1;
  return e === 0 ? s * f * 2 ** -24 : s * 2 ** (e - 15) * (1 + f / 1024);
}

/** The tflite graph as TensorFlow.js operations: returns the four tensors that feed the final RESHAPEs. */
function tfjsBlazeFace(tflite) {
  const m = readTflite(tflite);
  const constants = new Map();
  const values = (index) => {
    const {data, type, shape} = m.tensors[index];
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const n = shape.reduce((a, b) => a * b, 1);
    if (type === 1) return Float32Array.from({length: n}, (_, i) => half(view.getUint16(2 * i, true)));
    if (type === 2) return Int32Array.from({length: n}, (_, i) => view.getInt32(4 * i, true));
    return Float32Array.from({length: n}, (_, i) => view.getFloat32(4 * i, true));
  };
  for (const op of m.operators) if (op.code === OP.DEQUANTIZE) constants.set(op.outputs[0], tf.tensor(values(op.inputs[0]), m.tensors[op.inputs[0]].shape));
  return (input) => tf.tidy(() => {
    const t = new Map([[m.inputs[0], input]]);
    const heads = [];
    for (const op of m.operators) {
      const [a, b, c] = op.inputs;
      const out = op.outputs[0];
      switch (op.code) {
        case OP.CONV_2D:
          t.set(out, tf.add(tf.conv2d(t.get(a), tf.transpose(constants.get(b), [1, 2, 3, 0]), m.stride(op), m.padding(op) === 0 ? 'same' : 'valid'), constants.get(c)));
          break;
        case OP.DEPTHWISE_CONV_2D:
          t.set(out, tf.add(tf.depthwiseConv2d(t.get(a), tf.transpose(constants.get(b), [1, 2, 3, 0]), m.stride(op), 'same'), constants.get(c)));
          break;
        case OP.MAX_POOL_2D: t.set(out, tf.maxPool(t.get(a), 2, 2, 'valid')); break;
        case OP.PAD: {
          const p = values(b);
          t.set(out, tf.pad(t.get(a), [[p[0], p[1]], [p[2], p[3]], [p[4], p[5]], [p[6], p[7]]]));
          break;
        }
        case OP.ADD: t.set(out, tf.add(t.get(a), t.get(b))); break;
        case OP.RELU: t.set(out, tf.relu(t.get(a))); break;
        case OP.RESHAPE: heads.push(tf.keep(t.get(a))); break;
      }
    }
    return heads;
  });
}

const reference = tfjsBlazeFace(new Uint8Array(readFileSync(BLAZEFACE_TFLITE)));
const shipped = readFileSync('dist/vision/blazeface-short-range.bin');
const float32 = convertBlazeFace(new Uint8Array(readFileSync(BLAZEFACE_TFLITE)), {weights: 'float32'});
const wasm = readFileSync('dist/vision/face-engine.wasm');
const engines = {
  int8: {'wasm-simd': await createBlazeFaceEngine({model: shipped, wasm}), js: await createBlazeFaceEngine({model: shipped, wasm: null})},
  float32: {'wasm-simd': await createBlazeFaceEngine({model: float32, wasm}), js: await createBlazeFaceEngine({model: float32, wasm: null})},
};

/** Cases: picture, input size. The ID portrait case at the fine size; a portrait-orientation picture. */
const CASES = [
  ['selfie-with-card-photo-side.png', 480, 272],
  ['two-people-bar.png', 256, 144],
  ['portrait-selfie-with-card.png', 272, 480],
  ['no-face-dog.png', 256, 144],
];

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const references = new Map();

function compare(engine, name, width, height) {
  const picture = resize(readPicture(join(FACES_DIR, name)), width, height);
  const key = `${name} ${width}×${height}`;
  if (!references.has(key)) {
    const input = tf.tensor4d(Float32Array.from({length: width * height * 3}, (_, i) => picture.data[Math.floor(i / 3) * 4 + (i % 3)] / 127.5 - 1), [1, height, width, 3]);
    references.set(key, reference(input).map((h) => h.dataSync()));
  }
  const expected = references.get(key);
  const ours = engine.rawHeads(picture, width, height);
  let score = 0, box = 0, anchors = 0;
  for (const [scoreIndex, boxIndex] of [[0, 2], [1, 3]]) {
    const s = ours[scoreIndex].values, e = expected[scoreIndex];
    assert.equal(s.length, e.length, 'score grid sizes');
    for (let i = 0; i < s.length; i++) {
      const p = sigmoid(s[i]), q = sigmoid(e[i]);
      if (Math.max(p, q) < 0.3) continue;
      anchors++;
      score = Math.max(score, Math.abs(p - q));
      for (let k = 0; k < 16; k++) box = Math.max(box, Math.abs(ours[boxIndex].values[i * 16 + k] - expected[boxIndex][i * 16 + k]));
    }
  }
  return {score, box, anchors};
}

for (const weights of ['float32', 'int8']) {
  for (const kind of ['wasm-simd', 'js']) {
    for (const [name, width, height] of CASES) {
      test(`${kind} kernels, ${weights} weights, ${width}×${height}, ${name}: raw scores and boxes agree with TensorFlow.js`, () => {
        const {score, box, anchors} = compare(engines[weights][kind], name, width, height);
        console.log(`# ${weights} ${kind} ${width}×${height} ${name}: ${anchors} anchors ≥ 0.3, max |Δscore| ${score.toFixed(4)}, max |Δbox| ${box.toFixed(3)} px`);
        assert.ok(anchors >= 10, `only ${anchors} anchors to compare`);
        assert.ok(score <= BOUNDS[weights].score, `score difference ${score.toFixed(4)} over ${anchors} anchors`);
        assert.ok(box <= BOUNDS[weights].boxPx, `box difference ${box.toFixed(2)} px over ${anchors} anchors`);
      });
    }
  }
}

test('int8 weights count the same faces as f32 weights on every fixture, at the same places', () => {
  const iou = (a, b) => {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x), h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    const i = Math.max(0, w) * Math.max(0, h);
    return i / (a.width * a.height + b.width * b.height - i);
  };
  let worst = 1;
  for (const name of readdirSync(FACES_DIR).filter((f) => f.endsWith('.png'))) {
    const p = readPicture(join(FACES_DIR, name));
    const a = engines.float32['wasm-simd'].detect(p), b = engines.int8['wasm-simd'].detect(p);
    assert.equal(b.length, a.length, `${name}: f32 ${a.length}, int8 ${b.length}`);
    for (const face of a) {
      const best = Math.max(...b.map((other) => iou(face.box, other.box)));
      worst = Math.min(worst, best);
      assert.ok(best >= 0.8, `${name}: IoU ${best.toFixed(2)}`);
    }
  }
  console.log(`# int8 vs f32 faces: lowest IoU ${worst.toFixed(3)}`);
});
