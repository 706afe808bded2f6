/**
 * One geometry for the camera stage: where the camera picture is drawn in the stage's box, which part of it
 * the person can see, and the guide both in the picture's pixels (what the checks measure) and in the
 * stage's pixels (what is drawn).
 *
 * The stage shows the whole picture, never a silent crop: the picture is fitted inside the box the way CSS
 * `object-fit: contain` and SVG `preserveAspectRatio="xMidYMid meet"` fit it. The stage's CSS gives the
 * box the camera's own aspect ratio at every viewport, so normally the fit fills it exactly; when it does
 * not (a rounding pixel, a camera that rotates between two layouts) the picture is letterboxed, and the
 * guide still lands on the same pixels the checks measure. The guide's SVG uses the picture's pixels as its
 * viewBox with the same fit, so the drawing follows from these functions by construction.
 */
import {cardGuideRect, selfieOvalEllipse, type Ellipse, type Rect} from '../quality/guides.js';
import type {CaptureKind} from '../types.js';

/** A width and a height, in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The guide's shape: the selfie oval or the ID card's rectangle. */
export type GuideShape = ({shape: 'ellipse'} & Ellipse) | ({shape: 'rect'} & Rect);

/** Where a picture sits in a box: its drawn rectangle in box pixels, and picture pixels per box pixel. */
export interface PictureFit extends Rect {
  /** Box pixels per picture pixel. */
  scale: number;
}

/** The stage's geometry for one camera picture in one box (see {@link stageGeometry}). */
export interface StageGeometry {
  /** Where the picture is drawn, in stage pixels. */
  fit: PictureFit;
  /** The part of the picture the person sees, in picture pixels: the whole picture, as nothing is cropped. */
  visible: Rect;
  /** The guide in picture pixels: what the checks measure (scaled to the analysis frame). */
  guideInPicture: GuideShape;
  /** The same guide in stage pixels: what is drawn. */
  guideOnStage: GuideShape;
}

/** Fits the whole picture inside the box, centred, keeping its proportions (`object-fit: contain`). */
export function fitPicture(picture: Size, box: Size): PictureFit {
  const scale = Math.min(box.width / picture.width, box.height / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  return {scale, x: (box.width - width) / 2, y: (box.height - height) / 2, width, height};
}

/** The guide for a step in the pixels of a picture of `picture`'s size (or of the analysis frame's). */
export function guideInPicture(kind: CaptureKind, picture: Size): GuideShape {
  return kind === 'selfie'
    ? {shape: 'ellipse', ...selfieOvalEllipse(picture.width, picture.height)}
    : {shape: 'rect', ...cardGuideRect(picture.width, picture.height)};
}

/** A shape in picture pixels moved to box pixels through the picture's fit. */
export function pictureToStage(shape: GuideShape, fit: PictureFit): GuideShape {
  const {scale, x, y} = fit;
  return shape.shape === 'ellipse'
    ? {shape: 'ellipse', cx: x + shape.cx * scale, cy: y + shape.cy * scale, rx: shape.rx * scale, ry: shape.ry * scale}
    : {shape: 'rect', x: x + shape.x * scale, y: y + shape.y * scale, width: shape.width * scale, height: shape.height * scale};
}

/** A shape in box pixels moved back to picture pixels (the inverse of {@link pictureToStage}). */
export function stageToPicture(shape: GuideShape, fit: PictureFit): GuideShape {
  const {scale, x, y} = fit;
  return shape.shape === 'ellipse'
    ? {shape: 'ellipse', cx: (shape.cx - x) / scale, cy: (shape.cy - y) / scale, rx: shape.rx / scale, ry: shape.ry / scale}
    : {shape: 'rect', x: (shape.x - x) / scale, y: (shape.y - y) / scale, width: shape.width / scale, height: shape.height / scale};
}

/** The rectangle bounding a guide shape. */
export function shapeBounds(shape: GuideShape): Rect {
  return shape.shape === 'ellipse'
    ? {x: shape.cx - shape.rx, y: shape.cy - shape.ry, width: 2 * shape.rx, height: 2 * shape.ry}
    : {x: shape.x, y: shape.y, width: shape.width, height: shape.height};
}

/**
 * The stage's geometry for a camera picture of `picture`'s size shown in a stage box of `stage`'s size.
 *
 * @param picture the camera picture's size (the video's intrinsic size, after any rotation)
 * @param stage the stage's content box in CSS pixels
 */
export function stageGeometry(kind: CaptureKind, picture: Size, stage: Size): StageGeometry {
  const fit = fitPicture(picture, stage);
  const guide = guideInPicture(kind, picture);
  return {
    fit,
    visible: {x: 0, y: 0, width: picture.width, height: picture.height},
    guideInPicture: guide,
    guideOnStage: pictureToStage(guide, fit),
  };
}
