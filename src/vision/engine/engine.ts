/**
 * The built-in face engine: BlazeFace short-range run by our own kernels (WebAssembly SIMD, or plain JS
 * where WebAssembly cannot compile), at two input sizes, with the agreement rule of agreement.ts.
 */
import type {FaceDetection, FaceEngine, FaceEngineKind, RgbaPicture} from '../face-engine.js';
import {Agreement, AGREEMENT} from './agreement.js';
import {DetectionList, FIELDS, KEYPOINTS, WeightedNms, decodeHeads} from './detections.js';
import {JsKernels} from './js-kernels.js';
import type {Kernels} from './kernels.js';
import {Letterbox} from './letterbox.js';
import {readModelFile} from './model-file.js';
import {Network} from './network.js';
import {inputSize, LONG_SIDES} from './sizes.js';
import {instantiateKernels} from './wasm-kernels.js';

/** Candidates kept per size before suppression (a frame has a few faces; each gives tens of anchors). */
const MAX_CANDIDATES = 512;
/** Faces kept per size after suppression. */
const MAX_FACES = 32;
/** MediaPipe's suppression overlap for BlazeFace. */
const NMS_IOU = 0.3;

/** One head's grid as the network left it, without channel padding (diagnostics and parity tests). */
export interface RawHead {
  kind: 'score' | 'box';
  stride: number;
  rows: number;
  cols: number;
  anchors: number;
  /** Scores: rows × cols × anchors logits; boxes: rows × cols × anchors × 16 offsets, in input pixels. */
  values: Float32Array;
}

export class BlazeFaceEngine implements FaceEngine {
  private readonly network: Network;
  private readonly letterbox = new Letterbox();
  private readonly candidates = new DetectionList(MAX_CANDIDATES);
  private readonly nms = new WeightedNms(MAX_CANDIDATES);
  private readonly perSize: DetectionList[];
  private readonly agreement: Agreement;
  private readonly accepted = new DetectionList(MAX_FACES);

  constructor(readonly kind: FaceEngineKind, model: ArrayBuffer | Uint8Array, kernels: Kernels) {
    this.network = new Network(readModelFile(model), kernels);
    this.perSize = LONG_SIDES[kind].map(() => new DetectionList(MAX_FACES));
    this.agreement = new Agreement(MAX_FACES * LONG_SIDES[kind].length);
  }

  /** The input sizes this engine runs for a picture of this size, finest first. */
  sizesFor(picture: {width: number; height: number}): Array<{width: number; height: number}> {
    return LONG_SIDES[this.kind].map((side) => inputSize(picture.width, picture.height, side));
  }

  detect(picture: RgbaPicture): FaceDetection[] {
    const sides = LONG_SIDES[this.kind];
    for (let s = 0; s < sides.length; s++) {
      const {width, height} = inputSize(picture.width, picture.height, sides[s]);
      this.detectAt(picture, width, height, AGREEMENT.candidateScore, this.perSize[s]);
    }
    this.agreement.run(this.perSize, this.accepted);
    return toFaces(this.accepted);
  }

  /**
   * Every face the network finds at one input size after suppression, without the agreement rule
   * (for calibration and tests).
   */
  candidatesAt(picture: RgbaPicture, width: number, height: number, minScore = AGREEMENT.candidateScore): FaceDetection[] {
    const into = new DetectionList(MAX_FACES);
    this.detectAt(picture, width, height, minScore, into);
    return toFaces(into);
  }

  /** The raw head outputs at one input size (for parity tests against another implementation). */
  rawHeads(picture: RgbaPicture, width: number, height: number): RawHead[] {
    const plan = this.infer(picture, width, height);
    const floats = this.network.kernels.floats;
    return plan.heads.map((head) => {
      const depth = head.kind === 'score' ? head.anchors : head.anchors * 16;
      const values = new Float32Array(head.rows * head.cols * depth);
      for (let cell = 0; cell < head.rows * head.cols; cell++) {
        for (let c = 0; c < depth; c++) values[cell * depth + c] = floats[head.offset + cell * head.cellFloats + c];
      }
      return {kind: head.kind, stride: head.stride, rows: head.rows, cols: head.cols, anchors: head.anchors, values};
    });
  }

  /** Scale from picture to input pixels of the last {@link infer}. */
  private scale = 1;

  private infer(picture: RgbaPicture, width: number, height: number) {
    const plan = this.network.plan(width, height);
    this.scale = this.letterbox.fill(picture, this.network.kernels.floats, plan.input, width, height);
    this.network.run(plan);
    return plan;
  }

  private detectAt(picture: RgbaPicture, width: number, height: number, minScore: number, into: DetectionList) {
    const plan = this.infer(picture, width, height);
    this.candidates.clear();
    decodeHeads(this.network.kernels.floats, plan.heads, minScore, this.scale, this.candidates);
    this.nms.run(this.candidates, NMS_IOU, into);
  }
}

function toFaces(list: DetectionList): FaceDetection[] {
  const faces: FaceDetection[] = [];
  const v = list.values;
  for (let i = 0; i < list.count; i++) {
    const o = i * FIELDS;
    const keypoints = [];
    for (let k = 0; k < KEYPOINTS; k++) keypoints.push({x: v[o + 5 + 2 * k], y: v[o + 6 + 2 * k]});
    faces.push({score: v[o], box: {x: v[o + 1], y: v[o + 2], width: v[o + 3], height: v[o + 4]}, keypoints});
  }
  return faces;
}

/**
 * Builds an engine from the converted weights (our own file) and, optionally, the compiled kernels.
 * With `wasm` given and compiling (it needs SIMD) the engine is `'wasm-simd'`; otherwise (null, a
 * CompileError from a Content Security Policy without 'wasm-unsafe-eval', no SIMD) it is `'js'`.
 */
export async function createFaceEngine(options: {model: ArrayBuffer | Uint8Array; wasm?: BufferSource | WebAssembly.Module | null}): Promise<FaceEngine> {
  return createBlazeFaceEngine(options);
}

/** {@link createFaceEngine} with the engine's full type (diagnostics for tests and calibration). */
export async function createBlazeFaceEngine(options: {model: ArrayBuffer | Uint8Array; wasm?: BufferSource | WebAssembly.Module | null}): Promise<BlazeFaceEngine> {
  if (options.wasm) {
    let kernels: Kernels | null = null;
    try {
      kernels = await instantiateKernels(options.wasm);
    } catch {
      // A CSP without 'wasm-unsafe-eval' or an engine without SIMD: a CompileError in Chromium and
      // Firefox, but browsers differ in the error they throw, and the JS engine is always a safe answer.
    }
    if (kernels) return new BlazeFaceEngine('wasm-simd', options.model, kernels);
  }
  return new BlazeFaceEngine('js', options.model, new JsKernels());
}
