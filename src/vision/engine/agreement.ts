/**
 * The agreement rule: which of the network's detections count as faces.
 *
 * A bare score threshold is not enough: at 0.5–0.78 BlazeFace also fires on a patch of clothing, the
 * lettering on a card or a dog, and a real face can score 0.57 at one size and 0.95 at another. So the
 * engine runs the network at two or three input sizes and a detection counts only when it is confirmed:
 *
 * 1. **across sizes**: the same face (boxes overlapping by IoU ≥ 0.3, or the smaller box's centre inside
 *    the larger one with heights within 2×) is found at two or more sizes with a score ≥ 0.5, and its
 *    best score is ≥ 0.75; or
 * 2. **by geometry**: found at one size only, with a score ≥ 0.85 and BlazeFace's keypoints laid out as
 *    on a face: the eyes 0.25–0.65 of the box width apart, the mouth 0.3–0.6 of the box height below the
 *    eye line, the nose between the eye line and the mouth. This keeps a face that only one size sees
 *    well: a face filling the frame (coarse size) or an ID portrait held far away (fine size).
 *
 * The ID portrait beside a face (~40 % of the face's height, ≥ 20 px at the fine size) is a separate
 * face by these rules: it does not overlap the face. Each counted face is reported with the box,
 * keypoints and score of its best-scoring detection.
 */
import {DetectionList, FIELDS, iou} from './detections.js';

export const AGREEMENT = {
  /** Detections kept at each size, before the rule. */
  candidateScore: 0.5,
  /** Best score of a face seen at two or more sizes. */
  confirmedScore: 0.75,
  /** Score of a face seen at one size only, with a face-shaped keypoint layout. */
  aloneScore: 0.85,
  eyeSpan: [0.25, 0.65],
  mouthBelowEyes: [0.3, 0.6],
  noseBetween: [0.2, 0.95],
  matchIou: 0.3,
  matchHeightRatio: 0.5,
} as const;

/** Whether detection i of `a` and j of `b` are the same face seen at two sizes. */
function sameFace(a: DetectionList, i: number, b: DetectionList, j: number): boolean {
  if (iou(a, i, b, j) >= AGREEMENT.matchIou) return true;
  const p = a.values, q = b.values, o = i * FIELDS, u = j * FIELDS;
  const [small, so, large, lo] = p[o + 4] < q[u + 4] ? [p, o, q, u] : [q, u, p, o];
  if (small[so + 4] < AGREEMENT.matchHeightRatio * large[lo + 4]) return false;
  const cx = small[so + 1] + small[so + 3] / 2, cy = small[so + 2] + small[so + 4] / 2;
  return cx >= large[lo + 1] && cx <= large[lo + 1] + large[lo + 3] && cy >= large[lo + 2] && cy <= large[lo + 2] + large[lo + 4];
}

const within = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;

/** Whether the keypoints of detection i sit where a face's eyes, nose and mouth would. */
export function faceShaped(list: DetectionList, i: number): boolean {
  const v = list.values, o = i * FIELDS;
  const width = v[o + 3], height = v[o + 4];
  const [rx, ry, lx, ly, nx, ny, mx, my] = [v[o + 5], v[o + 6], v[o + 7], v[o + 8], v[o + 9], v[o + 10], v[o + 11], v[o + 12]];
  const ex = lx - rx, ey = ly - ry;
  const span = Math.hypot(ex, ey);
  if (!(span > 0)) return false;
  // Signed distance from the eye line, positive towards the chin: works for a tilted head too.
  const below = (x: number, y: number) => ((x - rx) * -ey + (y - ry) * ex) / span;
  const mouth = below(mx, my);
  return within(span / width, AGREEMENT.eyeSpan) && within(mouth / height, AGREEMENT.mouthBelowEyes) && within(below(nx, ny) / mouth, AGREEMENT.noseBetween);
}

/** Applies the rule to the detections of each size (after suppression); preallocated, reusable. */
export class Agreement {
  private readonly pool: DetectionList;
  private readonly sizeOf: Uint8Array;
  private readonly order: Int32Array;
  private readonly clusterOf: Int32Array;
  private readonly clusterHead: Int32Array;
  private readonly clusterSizes: Int32Array;

  constructor(capacity: number) {
    this.pool = new DetectionList(capacity);
    this.sizeOf = new Uint8Array(capacity);
    this.order = new Int32Array(capacity);
    this.clusterOf = new Int32Array(capacity);
    this.clusterHead = new Int32Array(capacity);
    this.clusterSizes = new Int32Array(capacity);
  }

  run(perSize: readonly DetectionList[], into: DetectionList): void {
    const pool = this.pool;
    pool.clear();
    perSize.forEach((list, size) => {
      for (let i = 0; i < list.count; i++) {
        const at = pool.push(list, i);
        if (at >= 0) this.sizeOf[at] = size;
      }
    });
    const n = pool.count, order = this.order;
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = 1; i < n; i++) {
      const item = order[i], s = pool.score(item);
      let j = i - 1;
      while (j >= 0 && pool.score(order[j]) < s) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
    // Greedy clustering, best first: a detection joins the first cluster whose best detection is the
    // same face and which has nothing yet from its size.
    let clusters = 0;
    for (let k = 0; k < n; k++) {
      const d = order[k], sizeBit = 1 << this.sizeOf[d];
      let joined = -1;
      for (let c = 0; c < clusters && joined < 0; c++) {
        if (!(this.clusterSizes[c] & sizeBit) && sameFace(pool, this.clusterHead[c], pool, d)) joined = c;
      }
      if (joined < 0) {
        joined = clusters++;
        this.clusterHead[joined] = d;
        this.clusterSizes[joined] = 0;
      }
      this.clusterSizes[joined] |= sizeBit;
      this.clusterOf[d] = joined;
    }
    into.clear();
    for (let c = 0; c < clusters; c++) {
      const head = this.clusterHead[c];
      const sizes = popCount(this.clusterSizes[c]);
      const score = pool.score(head);
      const confirmed = (sizes >= 2 && score >= AGREEMENT.confirmedScore) || (score >= AGREEMENT.aloneScore && faceShaped(pool, head));
      if (confirmed) into.push(pool, head);
    }
  }
}

function popCount(bits: number): number {
  let n = 0;
  for (; bits; bits &= bits - 1) n++;
  return n;
}
