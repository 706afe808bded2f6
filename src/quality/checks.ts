/**
 * The pixel quality checks: pure functions over a {@link GreyFrame}, no DOM, so they run anywhere (a worker,
 * a test, a benchmark) and give the same answer for the same pixels.
 *
 * Every check returns a {@link CheckResult}: the measured value and its verdict against a threshold from
 * `thresholds.ts`. The values go into the capture's `checks`, so the backend can apply its own policy.
 */
import type {CheckResult} from '../types.js';
import type {GreyFrame} from './grey-frame.js';
import type {Rect} from './guides.js';
import {
  BRIGHTNESS_MAX,
  BRIGHTNESS_MIN,
  CARD_EDGE_MAX_INSIDE,
  CARD_EDGE_MAX_OUTSIDE,
  CARD_EDGE_MIN_CONTRAST,
  CARD_EDGE_SEARCH_INSIDE,
  CARD_MIN_WIDTH_FRACTION,
  CLIPPED_LUMA,
  GLARE_FAIL_SHARE,
  GLARE_WARN_SHARE,
  OVEREXPOSED_MAX_SHARE,
  SHARPNESS_MIN,
  STEADINESS_MAX,
} from './thresholds.js';

/** A check that could not be made (no previous frame, no detector…). Never counts as passed. */
export const NOT_RUN: CheckResult = Object.freeze({value: null, verdict: 'not-run'});

/** Integer pixel bounds of `region` clipped to the frame (`x1`, `y1` exclusive). Whole frame when omitted. */
function clip(frame: GreyFrame, region?: Rect): {x0: number; y0: number; x1: number; y1: number} {
  if (!region) return {x0: 0, y0: 0, x1: frame.width, y1: frame.height};
  return {
    x0: Math.max(0, Math.round(region.x)),
    y0: Math.max(0, Math.round(region.y)),
    x1: Math.min(frame.width, Math.round(region.x + region.width)),
    y1: Math.min(frame.height, Math.round(region.y + region.height)),
  };
}

/**
 * Mean luma (0–255) in `region` (whole frame when omitted). Fails below {@link BRIGHTNESS_MIN} (too dark:
 * noise and motion blur take over) and above {@link BRIGHTNESS_MAX} (over-exposed: detail is clipped).
 * Measured in the guide region, not the whole frame, so a bright window behind a dark face still fails.
 */
export function measureBrightness(frame: GreyFrame, region?: Rect): CheckResult {
  const {x0, y0, x1, y1} = clip(frame, region);
  const {data, width} = frame;
  let sum = 0;
  for (let y = y0; y < y1; y++) {
    for (let i = y * width + x0, end = y * width + x1; i < end; i++) sum += data[i];
  }
  const count = (x1 - x0) * (y1 - y0);
  if (count <= 0) return NOT_RUN;
  const value = sum / count;
  const verdict = value < BRIGHTNESS_MIN || value > BRIGHTNESS_MAX ? 'fail' : 'pass';
  return {value, verdict};
}

/**
 * Variance of the Laplacian (4-neighbour kernel) in `region`: the standard focus measure. Sharp edges give
 * large second derivatives of both signs, blur flattens them. Only meaningful at the fixed analysis width
 * (the value scales with resolution), which is why {@link GreyFrameGrabber} never changes size.
 *
 * @param min the threshold: {@link SHARPNESS_MIN} for a guide region full of print or background, lower for
 *   a face box (skin is smooth even when in focus)
 * @param step the neighbour distance of the Laplacian, in pixels (default 1). A larger step measures the
 *   region as if it were scaled down by that factor, so a face close to the camera (many pixels, few edges
 *   per pixel) is judged on the same scale as a face further away.
 */
export function measureSharpness(frame: GreyFrame, region?: Rect, min = SHARPNESS_MIN, step = 1): CheckResult {
  const {x0, y0, x1, y1} = clip(frame, region);
  const {data, width, height} = frame;
  const k = Math.max(1, Math.round(step));
  const up = k * width;
  // The kernel needs a neighbour on each side.
  const xa = Math.max(k, x0);
  const xb = Math.min(width - k, x1);
  const ya = Math.max(k, y0);
  const yb = Math.min(height - k, y1);
  let sum = 0;
  let sumSq = 0;
  for (let y = ya; y < yb; y++) {
    for (let i = y * width + xa, end = y * width + xb; i < end; i++) {
      const lap = data[i - k] + data[i + k] + data[i - up] + data[i + up] - 4 * data[i];
      sum += lap;
      sumSq += lap * lap;
    }
  }
  const count = (xb - xa) * (yb - ya);
  if (count <= 0) return NOT_RUN;
  const mean = sum / count;
  const value = sumSq / count - mean * mean;
  return {value, verdict: value < min ? 'fail' : 'pass'};
}

/**
 * Share (0–1) of pixels in `region` clipped to white (luma ≥ {@link CLIPPED_LUMA}). Over-exposure fails above
 * {@link OVEREXPOSED_MAX_SHARE}: the mean alone misses it when dark clothes or a dark card header pull the mean
 * down while the face or the card's print is burnt out.
 */
export function measureOverexposure(frame: GreyFrame, region?: Rect): CheckResult {
  const {x0, y0, x1, y1} = clip(frame, region);
  const {data, width} = frame;
  let clipped = 0;
  for (let y = y0; y < y1; y++) {
    for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
      if (data[i] >= CLIPPED_LUMA) clipped++;
    }
  }
  const count = (x1 - x0) * (y1 - y0);
  if (count <= 0) return NOT_RUN;
  const value = clipped / count;
  return {value, verdict: value > OVEREXPOSED_MAX_SHARE ? 'fail' : 'pass'};
}

/** How far (in analysis pixels) a clipped pixel's neighbours must also be clipped for it to count as glare. */
const GLARE_CORE_RADIUS = 2;

/**
 * Share (0–1) of the card region covered by glare: clipped pixels (luma ≥ {@link CLIPPED_LUMA}) whose
 * neighbours {@link GLARE_CORE_RADIUS} px away in all four directions are clipped too. A reflection on the
 * laminate is a blob that hides the print under it; white print (the header of many cards) is made of strokes
 * one or two analysis pixels wide and is not glare. Warns at {@link GLARE_WARN_SHARE}, fails at
 * {@link GLARE_FAIL_SHARE}.
 */
export function measureGlare(frame: GreyFrame, region: Rect): CheckResult {
  const {x0, y0, x1, y1} = clip(frame, region);
  const {data, width, height} = frame;
  const r = GLARE_CORE_RADIUS;
  const up = r * width;
  let glare = 0;
  for (let y = Math.max(r, y0); y < Math.min(height - r, y1); y++) {
    for (let x = Math.max(r, x0), i = y * width + x; x < Math.min(width - r, x1); x++, i++) {
      if (
        data[i] >= CLIPPED_LUMA &&
        data[i - r] >= CLIPPED_LUMA &&
        data[i + r] >= CLIPPED_LUMA &&
        data[i - up] >= CLIPPED_LUMA &&
        data[i + up] >= CLIPPED_LUMA
      ) {
        glare++;
      }
    }
  }
  const count = (x1 - x0) * (y1 - y0);
  if (count <= 0) return NOT_RUN;
  const value = glare / count;
  const verdict = value >= GLARE_FAIL_SHARE ? 'fail' : value >= GLARE_WARN_SHARE ? 'warn' : 'pass';
  return {value, verdict};
}

/**
 * Mean absolute luma difference (0–255) between two consecutive frames: camera or card movement. `not-run`
 * without a previous frame of the same size.
 */
export function measureSteadiness(frame: GreyFrame, previous: GreyFrame | undefined): CheckResult {
  if (!previous || previous.width !== frame.width || previous.height !== frame.height) return NOT_RUN;
  const a = frame.data;
  const b = previous.data;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    sum += d < 0 ? -d : d;
  }
  const value = sum / a.length;
  return {value, verdict: value > STEADINESS_MAX ? 'fail' : 'pass'};
}

/**
 * Where the card's edges were found, per side of the guide, as insets: the distance from the guide's edge
 * towards the guide's centre, as a fraction of the guide's width (left, right) or height (top, bottom).
 * Negative = outside the guide. `null` = no edge found on that side.
 */
export interface CardEdges {
  top: number | null;
  right: number | null;
  bottom: number | null;
  left: number | null;
}

/** The middle share of each guide side that edge profiles average over (clear of rounded corners). */
const EDGE_SPAN = 0.3;

/**
 * Finds the card's four edges by scanning from just outside each side of the guide towards its centre.
 *
 * Each scan line parallel to the side gets the *signed* luma step across it (pixel 1 beyond minus pixel 1
 * before), averaged along the middle of the side. A straight card edge gives the same step all along the
 * line; text, photos and background texture give steps of both signs that cancel. The first (outermost) line
 * whose mean step reaches {@link CARD_EDGE_MIN_CONTRAST} is the card's edge — the outermost, because inside
 * the card there are stronger straight lines (a dark header band) that are not its border.
 */
export function locateCardEdges(frame: GreyFrame, guide: Rect): CardEdges {
  const spanX0 = Math.round(guide.x + guide.width * (0.5 - EDGE_SPAN / 2));
  const spanX1 = Math.round(guide.x + guide.width * (0.5 + EDGE_SPAN / 2));
  const spanY0 = Math.round(guide.y + guide.height * (0.5 - EDGE_SPAN / 2));
  const spanY1 = Math.round(guide.y + guide.height * (0.5 + EDGE_SPAN / 2));
  const rowStep = (y: number) => meanStepAcrossRow(frame, y, spanX0, spanX1);
  const colStep = (x: number) => meanStepAcrossColumn(frame, x, spanY0, spanY1);
  /**
   * One side: the guide's edge at `edge`, `inward` = +1 when the guide's centre lies towards larger
   * coordinates, `size` = the guide's extent across that side, `limit` = the frame's extent.
   */
  const side = (edge: number, inward: 1 | -1, size: number, limit: number, step: (pos: number) => number) => {
    const from = edge - inward * CARD_EDGE_MAX_OUTSIDE * size;
    const to = edge + inward * CARD_EDGE_SEARCH_INSIDE * size;
    const pos = scan(from, to, limit, step);
    return pos === null ? null : ((pos - edge) * inward) / size;
  };
  return {
    top: side(guide.y, 1, guide.height, frame.height, rowStep),
    bottom: side(guide.y + guide.height, -1, guide.height, frame.height, rowStep),
    left: side(guide.x, 1, guide.width, frame.width, colStep),
    right: side(guide.x + guide.width, -1, guide.width, frame.width, colStep),
  };
}

/**
 * Walks line positions from `from` to `to` (either direction), clipped to [1, limit - 2], and returns the
 * first position whose |step| reaches the edge contrast — moved on to the local peak, since a slightly blurred
 * edge spreads over two or three lines. `null` when none does.
 */
function scan(from: number, to: number, limit: number, step: (pos: number) => number): number | null {
  const dir = to >= from ? 1 : -1;
  const lo = 1;
  const hi = limit - 2;
  let pos = Math.round(Math.min(hi, Math.max(lo, from)));
  const end = Math.round(Math.min(hi, Math.max(lo, to)));
  for (; dir > 0 ? pos <= end : pos >= end; pos += dir) {
    let strength = Math.abs(step(pos));
    if (strength < CARD_EDGE_MIN_CONTRAST) continue;
    while (pos + dir >= lo && pos + dir <= hi) {
      const next = Math.abs(step(pos + dir));
      if (next <= strength) break;
      strength = next;
      pos += dir;
    }
    return pos;
  }
  return null;
}

function meanStepAcrossRow(frame: GreyFrame, y: number, x0: number, x1: number): number {
  const {data, width} = frame;
  const a = Math.max(0, x0);
  const b = Math.min(width, x1);
  let sum = 0;
  for (let x = a; x < b; x++) sum += data[(y + 1) * width + x] - data[(y - 1) * width + x];
  return b > a ? sum / (b - a) : 0;
}

function meanStepAcrossColumn(frame: GreyFrame, x: number, y0: number, y1: number): number {
  const {data, width, height} = frame;
  const a = Math.max(0, y0);
  const b = Math.min(height, y1);
  let sum = 0;
  for (let y = a; y < b; y++) sum += data[y * width + x + 1] - data[y * width + x - 1];
  return b > a ? sum / (b - a) : 0;
}

/**
 * Whether the card fills the guide: value = how many of the card's four edges lie near the guide's edges
 * (within {@link CARD_EDGE_MAX_INSIDE} inside or {@link CARD_EDGE_MAX_OUTSIDE} outside). Passes at 4 only.
 * A card held at half or a third of the guide's size has its edges deep inside the guide and fails.
 *
 * @param edges from {@link locateCardEdges} (pass them in when {@link measureCardSize} needs them too)
 */
export function measureCardFraming(frame: GreyFrame, guide: Rect, edges = locateCardEdges(frame, guide)): CheckResult {
  const near = (inset: number | null) =>
    inset !== null && inset <= CARD_EDGE_MAX_INSIDE && inset >= -CARD_EDGE_MAX_OUTSIDE ? 1 : 0;
  const value = near(edges.top) + near(edges.right) + near(edges.bottom) + near(edges.left);
  return {value, verdict: value === 4 ? 'pass' : 'fail'};
}

/**
 * The card's apparent size: its width as a fraction of the guide's width (from its left and right edges, or
 * from its top and bottom edges when those are missing). Fails below {@link CARD_MIN_WIDTH_FRACTION}: the card
 * is too far from the camera. `not-run` when no pair of opposite edges was found (no card to measure).
 * Separate from framing so the guidance can say "closer" rather than just "fit the card".
 */
export function measureCardSize(frame: GreyFrame, guide: Rect, edges = locateCardEdges(frame, guide)): CheckResult {
  let value: number;
  if (edges.left !== null && edges.right !== null) value = 1 - edges.left - edges.right;
  else if (edges.top !== null && edges.bottom !== null) value = 1 - edges.top - edges.bottom;
  else return NOT_RUN;
  return {value, verdict: value < CARD_MIN_WIDTH_FRACTION ? 'fail' : 'pass'};
}
