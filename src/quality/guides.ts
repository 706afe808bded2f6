/**
 * Where the person is asked to put their ID card and their face.
 *
 * The numbers live here, as fractions of the frame, because two parties must agree on them: the camera step
 * draws the guide overlay from them, and the quality checks measure inside the same regions. Fractions
 * (not pixels) keep them valid at any camera resolution and at the fixed analysis size.
 */

/** An axis-aligned rectangle. In pixels or in frame fractions, as the function producing it says. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An axis-aligned ellipse: centre and radii. In pixels or in frame fractions, as its producer says. */
export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** Width over height of an ID-1 card (ISO/IEC 7810: 85.6 × 54 mm), the format of ID cards and licences. */
export const ID1_ASPECT = 85.6 / 54;

/**
 * Share of the frame width the card guide takes. Large enough that the card's text is legible at capture
 * resolution, small enough to leave a margin in which the card's edges can be found.
 */
export const CARD_GUIDE_WIDTH_FRACTION = 0.8;

/** The card guide may never take more than this share of the frame height (very wide frames). */
export const CARD_GUIDE_MAX_HEIGHT_FRACTION = 0.9;

/** Selfie oval width as a share of the frame width: a head at arm's length on a laptop webcam. */
export const SELFIE_OVAL_WIDTH_FRACTION = 0.45;

/** Selfie oval height as a share of the frame height. */
export const SELFIE_OVAL_HEIGHT_FRACTION = 0.75;

/**
 * The card guide as fractions of the frame: an ID-1 rectangle centred in the frame, 80% of its width.
 * The aspect ratio is needed because a fraction of the width maps to a different fraction of the height
 * on a 16:9 laptop camera than on a 3:4 phone camera.
 *
 * @param frameAspect frame width divided by frame height
 */
export function cardGuideFractions(frameAspect: number): Rect {
  let width = CARD_GUIDE_WIDTH_FRACTION;
  let height = (width * frameAspect) / ID1_ASPECT;
  if (height > CARD_GUIDE_MAX_HEIGHT_FRACTION) {
    height = CARD_GUIDE_MAX_HEIGHT_FRACTION;
    width = (height * ID1_ASPECT) / frameAspect;
  }
  return {x: (1 - width) / 2, y: (1 - height) / 2, width, height};
}

/** The card guide in pixels of a frame of the given size. */
export function cardGuideRect(frameWidth: number, frameHeight: number): Rect {
  const f = cardGuideFractions(frameWidth / frameHeight);
  return {x: f.x * frameWidth, y: f.y * frameHeight, width: f.width * frameWidth, height: f.height * frameHeight};
}

/** The selfie oval as fractions of the frame: centred, 45% of the width and 75% of the height. */
export function selfieOvalFractions(): Ellipse {
  return {cx: 0.5, cy: 0.5, rx: SELFIE_OVAL_WIDTH_FRACTION / 2, ry: SELFIE_OVAL_HEIGHT_FRACTION / 2};
}

/** The selfie oval in pixels of a frame of the given size. */
export function selfieOvalEllipse(frameWidth: number, frameHeight: number): Ellipse {
  const f = selfieOvalFractions();
  return {cx: f.cx * frameWidth, cy: f.cy * frameHeight, rx: f.rx * frameWidth, ry: f.ry * frameHeight};
}

/** The rectangle bounding an ellipse (checks that need a rectangle measure inside it). */
export function ellipseBounds(e: Ellipse): Rect {
  return {x: e.cx - e.rx, y: e.cy - e.ry, width: 2 * e.rx, height: 2 * e.ry};
}

/** How far point (x, y) is from the ellipse's centre in units of its radius: ≤ 1 inside, > 1 outside. */
export function ellipseDistance(e: Ellipse, x: number, y: number): number {
  return Math.hypot((x - e.cx) / e.rx, (y - e.cy) / e.ry);
}

/**
 * `rect` scaled by `scale` about its centre, then clipped to a frame of `frameWidth` × `frameHeight`
 * (the region around a face box in which light and sharpness are measured).
 */
export function enlargeRect(rect: Rect, scale: number, frameWidth: number, frameHeight: number): Rect {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const x0 = Math.max(0, cx - (rect.width * scale) / 2);
  const y0 = Math.max(0, cy - (rect.height * scale) / 2);
  const x1 = Math.min(frameWidth, cx + (rect.width * scale) / 2);
  const y1 = Math.min(frameHeight, cy + (rect.height * scale) / 2);
  return {x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0)};
}
