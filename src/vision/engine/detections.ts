/**
 * Decoding the heads into candidate faces and merging overlapping candidates (MediaPipe's weighted
 * non-maximum suppression), in preallocated arrays: nothing is allocated per call.
 */
import type {PlannedHead} from './plan.js';

/** Floats per detection: score, x, y, width, height (box, top-left origin), then 6 keypoints (x, y). */
export const FIELDS = 17;
export const KEYPOINTS = 6;

/** A fixed-capacity list of detections, each {@link FIELDS} floats. */
export class DetectionList {
  readonly values: Float32Array;
  count = 0;
  constructor(readonly capacity: number) {
    this.values = new Float32Array(capacity * FIELDS);
  }
  score(i: number) {
    return this.values[i * FIELDS];
  }
  clear() {
    this.count = 0;
  }
  /** Copies detection `i` of `from` to the end of this list (if there is room). */
  push(from: DetectionList, i: number): number {
    if (this.count === this.capacity) return -1;
    const to = this.count * FIELDS;
    for (let f = 0; f < FIELDS; f++) this.values[to + f] = from.values[i * FIELDS + f];
    return this.count++;
  }
}

const sigmoid = (logit: number) => 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, logit))));

/**
 * Adds every anchor scoring at least `minScore` to `into`, in picture pixels (input pixels ÷ `scale`).
 * The box numbers are offsets in input pixels from the anchor centre (the grid cell's centre): BlazeFace
 * short-range uses one anchor size, so the same decoding holds at any input size.
 */
export function decodeHeads(floats: Float32Array, heads: readonly PlannedHead[], minScore: number, scale: number, into: DetectionList): void {
  const minLogit = Math.log(minScore / (1 - minScore));
  for (const scores of heads) {
    if (scores.kind !== 'score') continue;
    const boxes = heads.find((h) => h.kind === 'box' && h.stride === scores.stride)!;
    const {anchors, stride, rows, cols} = scores;
    for (let gy = 0; gy < rows; gy++) {
      for (let gx = 0; gx < cols; gx++) {
        const cell = gy * cols + gx;
        for (let a = 0; a < anchors; a++) {
          const logit = floats[scores.offset + cell * scores.cellFloats + a];
          if (logit < minLogit || into.count === into.capacity) continue;
          const r = boxes.offset + cell * boxes.cellFloats + a * 16;
          const ax = (gx + 0.5) * stride;
          const ay = (gy + 0.5) * stride;
          const w = floats[r + 2], h = floats[r + 3];
          const out = into.values;
          const o = into.count++ * FIELDS;
          out[o] = sigmoid(logit);
          out[o + 1] = (ax + floats[r] - w / 2) / scale;
          out[o + 2] = (ay + floats[r + 1] - h / 2) / scale;
          out[o + 3] = w / scale;
          out[o + 4] = h / scale;
          for (let k = 0; k < KEYPOINTS; k++) {
            out[o + 5 + 2 * k] = (ax + floats[r + 4 + 2 * k]) / scale;
            out[o + 6 + 2 * k] = (ay + floats[r + 5 + 2 * k]) / scale;
          }
        }
      }
    }
  }
}

/** Intersection over union of detection i of `a` and j of `b`. */
export function iou(a: DetectionList, i: number, b: DetectionList, j: number): number {
  const p = a.values, q = b.values, o = i * FIELDS, u = j * FIELDS;
  const x1 = Math.max(p[o + 1], q[u + 1]), y1 = Math.max(p[o + 2], q[u + 2]);
  const x2 = Math.min(p[o + 1] + p[o + 3], q[u + 1] + q[u + 3]), y2 = Math.min(p[o + 2] + p[o + 4], q[u + 2] + q[u + 4]);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  const union = p[o + 3] * p[o + 4] + q[u + 3] * q[u + 4] - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Weighted NMS (MediaPipe's WEIGHTED): take the best remaining candidate, average it with every
 * remaining candidate overlapping it by more than `threshold` IoU (weights: scores), keep the best score.
 */
export class WeightedNms {
  private order: Int32Array;
  private taken: Uint8Array;
  constructor(capacity: number) {
    this.order = new Int32Array(capacity);
    this.taken = new Uint8Array(capacity);
  }

  run(candidates: DetectionList, threshold: number, into: DetectionList): void {
    const n = candidates.count;
    const order = this.order, taken = this.taken, v = candidates.values;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      taken[i] = 0;
    }
    // Insertion sort by score, highest first: a few hundred candidates at most.
    for (let i = 1; i < n; i++) {
      const item = order[i], s = v[item * FIELDS];
      let j = i - 1;
      while (j >= 0 && v[order[j] * FIELDS] < s) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
    into.clear();
    for (let a = 0; a < n; a++) {
      const top = order[a];
      if (taken[top]) continue;
      const slot = into.push(candidates, top);
      if (slot < 0) return;
      const out = into.values, o = slot * FIELDS;
      for (let f = 1; f < FIELDS; f++) out[o + f] = 0;
      let weight = 0;
      for (let b = a; b < n; b++) {
        const other = order[b];
        if (taken[other] || iou(candidates, top, candidates, other) <= threshold) continue;
        taken[other] = 1;
        const s = v[other * FIELDS];
        weight += s;
        for (let f = 1; f < FIELDS; f++) out[o + f] += v[other * FIELDS + f] * s;
      }
      for (let f = 1; f < FIELDS; f++) out[o + f] /= weight;
    }
  }
}
