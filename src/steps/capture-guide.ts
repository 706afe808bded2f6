/**
 * The guide drawn over the camera preview: the picture dimmed outside an oval (selfie) or an ID-1 card
 * frame (ID). The shapes come from the same fractions the checks measure in (`quality/guides.ts`), in an
 * SVG whose viewBox is 100 × 100 and stretched over the stage, so what is drawn is what is measured.
 */
import {html, svg, type TemplateResult} from 'lit';
import {cardGuideFractions, selfieOvalFractions} from '../quality/guides.js';
import type {CaptureKind} from '../types.js';

/** The guide's outline, in viewBox units (0–100 on each axis). */
export type GuideOutline =
  | {shape: 'ellipse'; cx: number; cy: number; rx: number; ry: number}
  | {shape: 'rect'; x: number; y: number; width: number; height: number; rx: number; ry: number};

/** The guide as SVG geometry: the outline and the path of the hole cut out of the dimming mask. */
export interface GuideGeometry {
  outline: GuideOutline;
  /** Path data of the hole; the mask is the whole viewBox minus this (even-odd fill). */
  hole: string;
}

/**
 * The guide for a step, in viewBox units.
 * @param frameAspect the camera picture's width ÷ height (the card guide's height depends on it)
 */
export function guideGeometry(kind: CaptureKind, frameAspect: number): GuideGeometry {
  if (kind === 'selfie') {
    const {cx, cy, rx, ry} = selfieOvalFractions();
    const [x, y, w, h] = [cx * 100, cy * 100, rx * 100, ry * 100];
    return {
      outline: {shape: 'ellipse', cx: x, cy: y, rx: w, ry: h},
      hole: `M${x - w} ${y}a${w} ${h} 0 1 0 ${2 * w} 0a${w} ${h} 0 1 0 ${-2 * w} 0Z`,
    };
  }
  const {x, y, width, height} = cardGuideFractions(frameAspect);
  const [gx, gy, gw, gh] = [x * 100, y * 100, width * 100, height * 100];
  // Corner radius of an ID-1 card (3.18 mm of 85.6 mm), in each axis's own units.
  const rx = gw * (3.18 / 85.6);
  const ry = gh * (3.18 / 54);
  // The hole has the outline's rounded corners, so no dimmed corner shows inside the guide.
  const hole =
    `M${gx + rx} ${gy}h${gw - 2 * rx}a${rx} ${ry} 0 0 1 ${rx} ${ry}v${gh - 2 * ry}a${rx} ${ry} 0 0 1 ${-rx} ${ry}` +
    `h${-(gw - 2 * rx)}a${rx} ${ry} 0 0 1 ${-rx} ${-ry}v${-(gh - 2 * ry)}a${rx} ${ry} 0 0 1 ${rx} ${-ry}Z`;
  return {outline: {shape: 'rect', x: gx, y: gy, width: gw, height: gh, rx, ry}, hole};
}

/** The guide overlay for a step (decorative: the instructions say the same in words). */
export function renderCaptureGuide(kind: CaptureKind, frameAspect: number): TemplateResult {
  const {outline, hole} = guideGeometry(kind, frameAspect);
  const shape =
    outline.shape === 'ellipse'
      ? svg`<ellipse class="guide" cx=${outline.cx} cy=${outline.cy} rx=${outline.rx} ry=${outline.ry} vector-effect="non-scaling-stroke"></ellipse>`
      : svg`<rect class="guide" x=${outline.x} y=${outline.y} width=${outline.width} height=${outline.height} rx=${outline.rx} ry=${outline.ry} vector-effect="non-scaling-stroke"></rect>`;
  return html`<svg class="overlay" part="overlay" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <path class="mask" d="M0 0H100V100H0Z${hole}"></path>
    ${shape}
  </svg>`;
}
