/**
 * Where the person is asked to put their ID card and their face.
 *
 * The shapes live here because two parties must agree on them: the camera step draws the guide over the
 * preview from them (in the camera picture's pixels, see `stage-geometry.ts`), and the quality checks
 * measure inside the same shapes on the analysis frame (the same picture, scaled). Each is a function of
 * the picture's size only, so both get the same shape at any resolution.
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

/** Width over height of an ID-1 card (ISO/IEC 7810: 85.60 × 53.98 mm), the format of ID cards and licences. */
export const ID1_ASPECT = 85.6 / 53.98;

/**
 * Share of the picture's width the card guide takes. Large enough that the card's text is legible at capture
 * resolution, small enough to leave a margin in which the card's edges can be found. On a portrait phone
 * camera this puts the card across the width, as a person holds it.
 */
export const CARD_GUIDE_WIDTH_FRACTION = 0.8;

/** The card guide may never take more than this share of the picture's height (very wide pictures). */
export const CARD_GUIDE_MAX_HEIGHT_FRACTION = 0.9;

/**
 * Selfie oval height as a share of the picture's short side: a head at arm's length fills about this much
 * of a laptop webcam's height, and of a phone's width. Sized from the short side so that the same face
 * fits the oval whichever way the camera is held.
 */
export const SELFIE_OVAL_SHORT_SIDE_FRACTION = 0.8;

/** Width over height of the selfie oval: a face is about three quarters as wide as it is tall. */
export const SELFIE_OVAL_ASPECT = 3 / 4;

/** The oval never takes more than this share of the picture's width or height (extreme aspect ratios). */
export const SELFIE_OVAL_MAX_FRACTION = 0.9;

/**
 * The card guide in pixels of a picture of the given size: an ID-1 rectangle centred in the picture,
 * {@link CARD_GUIDE_WIDTH_FRACTION} of its width (less on a very wide picture, so that it fits the height).
 * It keeps the card's proportions in pixels on any camera, so the shape drawn is the card's shape.
 */
export function cardGuideRect(frameWidth: number, frameHeight: number): Rect {
  let width = CARD_GUIDE_WIDTH_FRACTION * frameWidth;
  let height = width / ID1_ASPECT;
  if (height > CARD_GUIDE_MAX_HEIGHT_FRACTION * frameHeight) {
    height = CARD_GUIDE_MAX_HEIGHT_FRACTION * frameHeight;
    width = height * ID1_ASPECT;
  }
  return {x: (frameWidth - width) / 2, y: (frameHeight - height) / 2, width, height};
}

/**
 * The selfie oval in pixels of a picture of the given size: centred, face-shaped
 * ({@link SELFIE_OVAL_ASPECT}, taller than wide) and {@link SELFIE_OVAL_SHORT_SIDE_FRACTION} of the
 * picture's short side tall, on any camera.
 */
export function selfieOvalEllipse(frameWidth: number, frameHeight: number): Ellipse {
  let height = SELFIE_OVAL_SHORT_SIDE_FRACTION * Math.min(frameWidth, frameHeight);
  height = Math.min(height, SELFIE_OVAL_MAX_FRACTION * frameHeight, (SELFIE_OVAL_MAX_FRACTION * frameWidth) / SELFIE_OVAL_ASPECT);
  const width = height * SELFIE_OVAL_ASPECT;
  return {cx: frameWidth / 2, cy: frameHeight / 2, rx: width / 2, ry: height / 2};
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
