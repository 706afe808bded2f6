/**
 * The face detector's contract and the face checks made from its boxes.
 *
 * The built-in engine (or a host's own `faceDetector`) finds the boxes; this module turns them into checks.
 * Without a detector the face checks are `not-run`, never `pass`: the backend must be able to tell "no face
 * found" from "nobody looked", and the person is never told "Looks good" on pixels alone.
 */
import type {CaptureChecks, CaptureKind, IdLayout} from '../types.js';
import {ellipseDistance, selfieOvalEllipse, type Rect} from './guides.js';
import {NOT_RUN} from './checks.js';
import {
  CARD_MAX_FACE_SHARE,
  CARD_PORTRAIT_MIN_SHARE,
  FACE_CENTRE_MAX_OVAL_DISTANCE,
  FACE_MIN_OVAL_FRACTION,
  ID_PORTRAIT_MAX_RELATIVE_SIZE,
  ID_PORTRAIT_MIN_RELATIVE_SIZE,
  OTHER_FACE_MIN_RELATIVE_SIZE,
  PERSON_MIN_SCORE,
} from './thresholds.js';

/**
 * A face found in a picture. The box (and keypoints) are in the pixels of the picture the detector was
 * given; {@link scaleFaces} moves them to another size of the same picture.
 */
export interface DetectedFace {
  box: {x: number; y: number; width: number; height: number};
  /** The detector's confidence, 0–1, when it gives one. */
  score?: number;
  /** Landmarks (BlazeFace: eyes, nose tip, mouth, ear tragions), same pixels as the box. */
  keypoints?: ReadonlyArray<{x: number; y: number}>;
}

/** Anything that finds faces: the browser's `FaceDetector` shape, a host's own detector, a test stub. */
export interface FaceDetectorLike {
  /** Finds the faces in the source's current picture. */
  detect(source: CanvasImageSource): Promise<DetectedFace[]>;
}

/** Which step is being checked: the checks that apply depend on both. */
export interface CaptureContext {
  kind: CaptureKind;
  layout: IdLayout;
}

/**
 * Faces found in one frame, with the size of the picture their pixels refer to (the detector may have seen
 * the frame at any scale).
 */
export interface FacesInPicture {
  boxes: readonly DetectedFace[];
  width: number;
  height: number;
}

/** The faces' boxes and keypoints moved from a picture of `from`'s size to one `width` × `height`. */
export function scaleFaces(from: FacesInPicture, width: number, height: number): DetectedFace[] {
  const sx = width / from.width;
  const sy = height / from.height;
  return from.boxes.map(({box, score, keypoints}) => ({
    box: {x: box.x * sx, y: box.y * sy, width: box.width * sx, height: box.height * sy},
    ...(score === undefined ? {} : {score}),
    ...(keypoints === undefined ? {} : {keypoints: keypoints.map((k) => ({x: k.x * sx, y: k.y * sy}))}),
  }));
}

/**
 * Names of the face checks for a step (values in each check's `value`):
 * - `face` (selfie): the number of people: faces found, minus the ID's portrait (two-sided), minus faces
 *   printed on a card found in the picture, minus specks under {@link OTHER_FACE_MIN_RELATIVE_SIZE} of the
 *   largest face; 0 while no face scores {@link PERSON_MIN_SCORE}. Passes at exactly 1.
 * - `faceCentre` (selfie): how far the person's face centre is from the oval's centre, in oval radii
 *   (0 = centred, 1 = on the rim). Passes up to {@link FACE_CENTRE_MAX_OVAL_DISTANCE}.
 * - `faceSize` (selfie): the person's face box height as a share of the oval's height. Passes from
 *   {@link FACE_MIN_OVAL_FRACTION}.
 * - `idPortrait` (two-sided selfie): the ID portrait's height relative to the person's face (0 = none).
 *   Passes between {@link ID_PORTRAIT_MIN_RELATIVE_SIZE} and {@link ID_PORTRAIT_MAX_RELATIVE_SIZE}.
 * - `portrait` (one-sided ID step): the height of the largest face on the card as a share of the card's
 *   height (0 = none). Passes between {@link CARD_PORTRAIT_MIN_SHARE} and {@link CARD_MAX_FACE_SHARE}.
 * - `photoSide` (two-sided ID step, name side wanted): the number of faces on the card. Warns when a
 *   portrait shows: the camera sees the photo side.
 */
export function faceCheckNames({kind, layout}: CaptureContext): string[] {
  if (kind === 'selfie') {
    const base = ['face', 'faceCentre', 'faceSize'];
    return layout === 'two-sided' ? [...base, 'idPortrait'] : base;
  }
  return layout === 'two-sided' ? ['photoSide'] : ['portrait'];
}

/** The face checks of a step, all `not-run`: what a capture records when no detector ran. */
export function faceChecksNotRun(context: CaptureContext): CaptureChecks {
  return Object.fromEntries(faceCheckNames(context).map((name) => [name, NOT_RUN]));
}

type Box = DetectedFace['box'];

const centreOf = (box: Box) => ({x: box.x + box.width / 2, y: box.y + box.height / 2});

/** Whether the box's centre lies inside the rectangle. */
export function centreInside(box: Box, rect: Rect): boolean {
  const c = centreOf(box);
  return c.x >= rect.x && c.x <= rect.x + rect.width && c.y >= rect.y && c.y <= rect.y + rect.height;
}

/**
 * Whether a face is printed on `card`: its whole box lies on the card and it is much smaller than the card. A
 * person's head that merely overlaps a rectangle of lines behind them (a card-shaped false outline) reaches
 * out of it.
 */
function printedOn(face: DetectedFace, card: Rect | undefined): boolean {
  if (!card) return false;
  const {x, y, width, height} = face.box;
  const inside = x >= card.x && y >= card.y && x + width <= card.x + card.width && y + height <= card.y + card.height;
  return inside && height <= CARD_MAX_FACE_SHARE * card.height;
}

/** The faces of a selfie frame sorted into the person, the ID's portrait and the others. */
export interface SelfieFaces {
  /** The person: the largest face not printed on a card, with a score of at least {@link PERSON_MIN_SCORE}. */
  person?: DetectedFace;
  /** Two-sided: the face that is the ID's portrait (clearly smaller than the person's). */
  portrait?: DetectedFace;
  /** Other people: faces not printed on a card, large enough to count, besides the person. */
  others: DetectedFace[];
}

/**
 * Sorts a selfie frame's faces. The person is the largest face (closest to the camera) that is not printed on
 * `card` and scores at least {@link PERSON_MIN_SCORE} (a face without a score qualifies); a two-sided selfie's ID portrait is the largest other face between
 * {@link ID_PORTRAIT_MIN_RELATIVE_SIZE} and {@link ID_PORTRAIT_MAX_RELATIVE_SIZE} of the person's (or any
 * face printed on the card held up); faces under {@link OTHER_FACE_MIN_RELATIVE_SIZE} of the person's are
 * background specks.
 *
 * @param card a card found in the frame (same pixels as the boxes), whose portrait is not a person
 */
export function sortSelfieFaces(faces: readonly DetectedFace[], context: CaptureContext, card?: Rect): SelfieFaces {
  const bySize = [...faces].sort((a, b) => b.box.height - a.box.height);
  const printed = bySize.filter((f) => printedOn(f, card));
  const live = bySize.filter((f) => !printedOn(f, card));
  const person = live.find((f) => f.score === undefined || f.score >= PERSON_MIN_SCORE);
  if (!person) return {others: [], portrait: context.layout === 'two-sided' ? printed[0] : undefined};
  const relative = (f: DetectedFace) => f.box.height / person.box.height;
  let rest = live.filter((f) => f !== person && relative(f) >= OTHER_FACE_MIN_RELATIVE_SIZE);
  let portrait: DetectedFace | undefined;
  if (context.layout === 'two-sided') {
    portrait =
      printed.find((f) => relative(f) >= ID_PORTRAIT_MIN_RELATIVE_SIZE) ??
      rest.find((f) => relative(f) >= ID_PORTRAIT_MIN_RELATIVE_SIZE && relative(f) <= ID_PORTRAIT_MAX_RELATIVE_SIZE);
    rest = rest.filter((f) => f !== portrait);
  }
  return {person, portrait, others: rest};
}

/**
 * Turns detected face boxes into the face checks for a step (see {@link faceCheckNames}).
 *
 * @param faces boxes in the pixels of a frame of `frameSize`
 * @param card where a card was found in the frame (same pixels), if one was: at the selfie step its portrait
 *   is not a person; at the ID step the portrait is looked for on it. Without one the ID step looks in
 *   `cardArea` (the guide).
 * @param cardArea the ID step's guide, used when no card was found
 */
export function measureFaces(
  faces: readonly DetectedFace[],
  frameSize: {width: number; height: number},
  context: CaptureContext,
  card?: Rect,
  cardArea?: Rect,
): CaptureChecks {
  if (context.kind === 'document') return measureCardFaces(faces, context, card ?? cardArea ?? {x: 0, y: 0, ...frameSize});
  const oval = selfieOvalEllipse(frameSize.width, frameSize.height);
  const {person, portrait, others} = sortSelfieFaces(faces, context, card);
  const people = (person ? 1 : 0) + others.length;
  const checks: CaptureChecks = {face: {value: people, verdict: people === 1 ? 'pass' : 'fail'}};
  if (person) {
    const c = centreOf(person.box);
    const distance = ellipseDistance(oval, c.x, c.y);
    checks.faceCentre = {value: distance, verdict: distance <= FACE_CENTRE_MAX_OVAL_DISTANCE ? 'pass' : 'fail'};
    const size = person.box.height / (2 * oval.ry);
    checks.faceSize = {value: size, verdict: size < FACE_MIN_OVAL_FRACTION ? 'fail' : 'pass'};
  } else {
    checks.faceCentre = NOT_RUN;
    checks.faceSize = NOT_RUN;
  }
  if (context.layout === 'two-sided') {
    const relative = person && portrait ? portrait.box.height / person.box.height : 0;
    checks.idPortrait = {value: relative, verdict: person && portrait ? 'pass' : 'fail'};
  }
  return checks;
}

/** The ID step's face checks: the portrait on the card (one-sided) or its absence (two-sided). */
function measureCardFaces(faces: readonly DetectedFace[], context: CaptureContext, area: Rect): CaptureChecks {
  const onCard = faces.filter((f) => centreInside(f.box, area));
  if (context.layout === 'two-sided') {
    return {photoSide: {value: onCard.length, verdict: onCard.length > 0 ? 'warn' : 'pass'}};
  }
  const largest = Math.max(0, ...onCard.map((f) => f.box.height));
  const share = largest / area.height;
  const ok = share >= CARD_PORTRAIT_MIN_SHARE && share <= CARD_MAX_FACE_SHARE;
  return {portrait: {value: share, verdict: ok ? 'pass' : 'fail'}};
}

/** Whether any face is too large to be a card's portrait: a person fills the area, not a card. */
export function faceFills(faces: readonly DetectedFace[], area: Rect): boolean {
  return faces.some((f) => f.box.height > CARD_MAX_FACE_SHARE * area.height);
}
