/**
 * The guide drawn over the camera preview: the picture dimmed outside an oval (selfie) or an ID-1 card
 * frame (ID). The SVG's viewBox is the camera picture in its own pixels, fitted over the stage exactly as
 * the video is (`xMidYMid meet` = `object-fit: contain`), and the shapes are the ones the checks measure in
 * (`stage-geometry.ts`), so what is drawn is what is measured on any camera and at any stage size.
 */
import {html, svg, type TemplateResult} from 'lit';
import {guideInPicture, type GuideShape, type Size} from './stage-geometry.js';
import type {CaptureKind} from '../types.js';

/** Corner radius of an ID-1 card as a share of its width (3.18 mm of 85.60 mm). */
const CARD_CORNER_SHARE = 3.18 / 85.6;

/** Path data of a guide shape (the hole cut out of the dimming mask), in the shape's own units. */
export function guidePath(shape: GuideShape): string {
  if (shape.shape === 'ellipse') {
    const {cx, cy, rx, ry} = shape;
    return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
  }
  const {x, y, width: w, height: h} = shape;
  const r = w * CARD_CORNER_SHARE;
  return (
    `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
    `h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}Z`
  );
}

/**
 * The guide overlay for a step (decorative: the instructions say the same in words).
 * @param picture the camera picture's size in pixels
 */
export function renderCaptureGuide(kind: CaptureKind, picture: Size): TemplateResult {
  const shape = guideInPicture(kind, picture);
  const {width, height} = picture;
  const hole = guidePath(shape);
  // The hole has the outline's rounded corners, so no dimmed corner shows inside the guide.
  const outline =
    shape.shape === 'ellipse'
      ? svg`<ellipse class="guide" cx=${shape.cx} cy=${shape.cy} rx=${shape.rx} ry=${shape.ry} vector-effect="non-scaling-stroke"></ellipse>`
      : svg`<rect class="guide" x=${shape.x} y=${shape.y} width=${shape.width} height=${shape.height} rx=${shape.width * CARD_CORNER_SHARE} vector-effect="non-scaling-stroke"></rect>`;
  return html`<svg class="overlay" part="overlay" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
    <path class="mask" d="M0 0H${width}V${height}H0Z${hole}"></path>
    ${outline}
  </svg>`;
}
