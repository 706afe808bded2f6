/**
 * Whether a card is actually in front of the camera: a rectangle of ID-1 proportions with printed detail
 * inside. Pure maths on a {@link GreyFrame}, so it runs in the vision Worker.
 *
 * The guide's framing checks only ask "is there an edge near each side of the guide?", which a face, a door
 * frame or the edge of a desk can answer yes to. This module asks what a card looks like: four straight
 * edges whose rectangle has the card's width-to-height ratio, and print (text, lines, a portrait) inside.
 */
import type {CheckResult} from '../types.js';
import type {GreyFrame} from './grey-frame.js';
import {ID1_ASPECT, type Rect} from './guides.js';
import {locateCardEdges, type CardEdges} from './checks.js';
import {CARD_ASPECT_TOLERANCE, CARD_PRINT_MIN_SHARE, CARD_PRINT_STEP, CARD_STRETCH_MAX_GAIN, CARD_STRETCH_MIN_GAIN} from './thresholds.js';

/** The rectangle the four card edges enclose, in frame pixels; `undefined` when an edge is missing. */
export function cardRectangle(guide: Rect, edges: CardEdges): Rect | undefined {
  const {top, right, bottom, left} = edges;
  if (top === null || right === null || bottom === null || left === null) return undefined;
  const x0 = guide.x + left * guide.width;
  const x1 = guide.x + guide.width - right * guide.width;
  const y0 = guide.y + top * guide.height;
  const y1 = guide.y + guide.height - bottom * guide.height;
  if (x1 <= x0 || y1 <= y0) return undefined;
  return {x: x0, y: y0, width: x1 - x0, height: y1 - y0};
}

/**
 * Share (0–1) of the rectangle's inner part (8 % in from each side, clear of the card's own border) whose
 * pixels differ from the pixel two to the right or two below by at least {@link CARD_PRINT_STEP}: printed
 * detail. A blank desk or wall scores near 0; text, guilloche lines and a portrait score far higher.
 */
export function measurePrint(frame: GreyFrame, rect: Rect): number {
  const {data, width, height} = frame;
  const x0 = Math.max(0, Math.round(rect.x + rect.width * 0.08));
  const x1 = Math.min(width - 2, Math.round(rect.x + rect.width * 0.92));
  const y0 = Math.max(0, Math.round(rect.y + rect.height * 0.08));
  const y1 = Math.min(height - 2, Math.round(rect.y + rect.height * 0.92));
  let detailed = 0;
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0, i = y * width + x0; x < x1; x++, i++) {
      const v = data[i];
      const dx = Math.abs(data[i + 2] - v);
      const dy = Math.abs(data[i + 2 * width] - v);
      if (dx >= CARD_PRINT_STEP || dy >= CARD_PRINT_STEP) detailed++;
      count++;
    }
  }
  return count > 0 ? detailed / count : 0;
}

/** A card found in the picture. */
export interface FoundCard {
  /** The rectangle its edges enclose, in frame pixels. */
  rect: Rect;
  /** Its width over its height (ID-1: 1.585). */
  aspect: number;
  /** Share of its inner area with printed detail (see {@link measurePrint}). */
  print: number;
}

/**
 * Looks for a card in and around `guide`: its four edges (see {@link locateCardEdges}), their rectangle's
 * aspect ratio and the print inside. Returns what was measured whether or not it looks like a card
 * (`undefined` only when an edge is missing); {@link isCardShaped} judges it.
 */
export function findCard(frame: GreyFrame, guide: Rect, edges = locateCardEdges(frame, guide)): FoundCard | undefined {
  const rect = cardRectangle(guide, edges);
  if (!rect) return undefined;
  return {rect, aspect: rect.width / rect.height, print: measurePrint(frame, rect)};
}

/** Reused by {@link findHeldCard}: the luma histogram and the contrast-stretched copy of the frame. */
const histogram = new Uint32Array(256);
let stretched = new Uint8Array(0);

/**
 * The frame with its luma range (1st to 99th percentile) stretched to 0–255, the gain capped at
 * {@link CARD_STRETCH_MAX_GAIN}; `undefined` when the range already spans more than 1 /
 * {@link CARD_STRETCH_MIN_GAIN} of it. The copy is reused: valid until the next call.
 */
function stretchContrast(frame: GreyFrame): GreyFrame | undefined {
  const {data, width, height} = frame;
  histogram.fill(0);
  for (let i = 0; i < data.length; i++) histogram[data[i]]++;
  const tail = data.length * 0.01;
  let low = 0;
  for (let sum = histogram[0]; sum < tail && low < 255; ) sum += histogram[++low];
  let high = 255;
  for (let sum = histogram[255]; sum < tail && high > 0; ) sum += histogram[--high];
  const gain = Math.min(CARD_STRETCH_MAX_GAIN, 255 / Math.max(1, high - low));
  if (gain < CARD_STRETCH_MIN_GAIN) return undefined;
  if (stretched.length < data.length) stretched = new Uint8Array(data.length);
  const out = stretched.subarray(0, data.length);
  for (let i = 0; i < data.length; i++) out[i] = Math.min(255, Math.max(0, Math.round((data[i] - low) * gain)));
  return {width, height, data: out};
}

/**
 * A card held up to the camera at the selfie step, whose portrait is then not the person. Like
 * {@link findCard}, and when that finds no card-shaped rectangle, again on the frame with its contrast
 * stretched: in a dim or over-bright picture (the light range squeezed to under half) the card's outer edge
 * against the background steps by less than the edge contrast, and a line inside the card (the header band)
 * is taken for its edge instead, giving the wrong proportions. Returns the card-shaped one if either is (the
 * second with its print measured on the stretched copy).
 */
export function findHeldCard(frame: GreyFrame, guide: Rect): FoundCard | undefined {
  const found = findCard(frame, guide);
  if (isCardShaped(found)) return found;
  const stretchedFrame = stretchContrast(frame);
  const again = stretchedFrame && findCard(stretchedFrame, guide);
  return isCardShaped(again) ? again : found;
}

/** Whether a found rectangle has ID-1 proportions (within {@link CARD_ASPECT_TOLERANCE}) and print inside. */
export function isCardShaped(card: FoundCard | undefined): card is FoundCard {
  return (
    card !== undefined &&
    Math.abs(card.aspect / ID1_ASPECT - 1) <= CARD_ASPECT_TOLERANCE &&
    card.print >= CARD_PRINT_MIN_SHARE
  );
}

/**
 * The `card` check of the ID step. Value: the width/height ratio of the rectangle enclosed by the four edges
 * found around the guide (ID-1 = 1.585), or 0 when fewer than four edges were found. Passes when the ratio
 * is within {@link CARD_ASPECT_TOLERANCE} of ID-1, the inside carries print (at least
 * {@link CARD_PRINT_MIN_SHARE} of detailed pixels) and no face fills it (`faceFillsIt`: a person held up to
 * the camera is not a card, whatever lines surround them).
 */
export function cardCheck(card: FoundCard | undefined, faceFillsIt: boolean): CheckResult {
  if (!card) return {value: 0, verdict: 'fail'};
  return {value: card.aspect, verdict: isCardShaped(card) && !faceFillsIt ? 'pass' : 'fail'};
}
