// Content checks on real pictures: what a person in front of the camera is told, given the faces a detector
// found. The pictures are decoded and analysed exactly as camera frames are; the face boxes are written
// here by hand (measured once on each picture, in its 1280×720 pixels, and checked against the face sizes
// in test/fixtures/faces/README.md), so these tests do not depend on any detector.
import {expect} from '@open-wc/testing';
import {GreyFrameGrabber} from '../../../src/quality/grey-frame.js';
import {analyzeFrame, type FrameAnalysis} from '../../../src/quality/frame-analyzer.js';
import type {DetectedFace} from '../../../src/quality/face-detector.js';
import type {CaptureKind, IdLayout} from '../../../src/types.js';
import {FRAME, loadFixture, makeVariant, type Variant} from './support/variants.js';

const box = (x: number, y: number, size: number): DetectedFace => ({box: {x, y, width: size, height: size}});

/** The portrait printed on the photo side of the specimen card lying on a desk. */
const CARD_DESK_PORTRAIT = box(226, 253, 204);
/** The man talking, close to the camera (README: face ≈ 460 px). */
const FRONTAL_FACE = box(394, 132, 472);
/** The man holding up the photo side (README: face ≈ 310 px) and the card's portrait beside him (≈ 40 %). */
const WITH_CARD_FACE = box(259, 213, 305);
const WITH_CARD_PORTRAIT = box(681, 350, 120);
/** Two people cheek to cheek in a bar (README: faces ≈ 235 and 225 px). */
const BAR_FACES = [box(589, 110, 226), box(408, 168, 211)];
/** test/fixtures/selfie.png: the face, high in the frame. */
const SELFIE_FACE = box(536, 104, 142);

interface Scene {
  fixture: string;
  kind: CaptureKind;
  layout?: IdLayout;
  /** Faces the detector found; omitted = no detector ran. */
  faces?: DetectedFace[];
  variant?: Variant;
  /** The picture of the frame before (for steadiness); the same picture when omitted (a still scene). */
  previous?: Variant;
}

const grabbers = [new GreyFrameGrabber(), new GreyFrameGrabber()];

async function analyse({fixture, kind, layout = 'one-sided', faces, variant = {kind: 'original'}, previous}: Scene): Promise<FrameAnalysis> {
  const img = await loadFixture(fixture);
  const before = grabbers[0].grab(makeVariant(img, previous ?? variant))!;
  const frame = grabbers[1].grab(makeVariant(img, variant))!;
  return analyzeFrame(frame, before, {kind, layout, faces: faces && {boxes: faces, ...FRAME}});
}

describe('content checks on real pictures', () => {
  it('tells an empty room "we can\'t see your face", not "blurry", and is never ready', async () => {
    const result = await analyse({fixture: 'faces/no-face-empty-room', kind: 'selfie', faces: []});
    expect(result.guidance).to.equal('no-face');
    expect(result.checks.face).to.deep.equal({value: 0, verdict: 'fail'});
    expect(result.ready).to.equal(false);
  });

  it('does not take a card held up at the selfie step for a face', async () => {
    const result = await analyse({fixture: 'faces/card-photo-side-desk', kind: 'selfie', faces: [CARD_DESK_PORTRAIT]});
    expect(result.checks.face.verdict).to.equal('fail');
    expect(result.guidance).to.equal('no-face');
    expect(result.ready).to.equal(false);
  });

  it('passes one face, centred and large enough, at the selfie step', async () => {
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'selfie', faces: [FRONTAL_FACE]});
    expect(result.guidance).to.equal('ready');
    expect(result.ready).to.equal(true);
  });

  it('asks for one person only when a second face as large as the first is there', async () => {
    const second = box(60, 150, 300);
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'selfie', faces: [FRONTAL_FACE, second]});
    expect(result.guidance).to.equal('multiple-faces');
    expect(result.ready).to.equal(false);
  });

  it('asks for one person only when two people are in the picture', async () => {
    const result = await analyse({fixture: 'faces/two-people-bar', kind: 'selfie', faces: BAR_FACES});
    expect(result.checks.face).to.deep.equal({value: 2, verdict: 'fail'});
    expect(result.guidance).to.equal('multiple-faces');
  });

  it('does not take a second person for the ID portrait at the two-sided selfie step', async () => {
    const result = await analyse({fixture: 'faces/two-people-bar', kind: 'selfie', layout: 'two-sided', faces: BAR_FACES});
    expect(result.checks.idPortrait.verdict).to.equal('fail');
    expect(result.guidance).to.equal('multiple-faces');
  });

  it('asks to centre a face at the edge of the frame', async () => {
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'selfie', faces: [box(1080, 250, 190)]});
    expect(result.guidance).to.equal('centre-face');
  });

  it('asks a distant face to move closer', async () => {
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'selfie', faces: [box(600, 320, 80)]});
    expect(result.guidance).to.equal('face-too-small');
  });

  it('accepts the face with the ID portrait beside it at the two-sided selfie step', async () => {
    const result = await analyse({
      fixture: 'faces/selfie-with-card-photo-side',
      kind: 'selfie',
      layout: 'two-sided',
      faces: [WITH_CARD_FACE, WITH_CARD_PORTRAIT],
    });
    expect(result.checks.idPortrait.verdict).to.equal('pass');
    expect(result.checks.idPortrait.value).to.be.closeTo(120 / 305, 0.001);
    expect(result.guidance).to.equal('ready');
  });

  it('asks for the photo side of the ID beside the face when only the face is seen (two-sided selfie)', async () => {
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'selfie', layout: 'two-sided', faces: [FRONTAL_FACE]});
    expect(result.guidance).to.equal('show-id-beside-face');
    expect(result.ready).to.equal(false);
  });

  it('does not take a selfie at the ID step for a card', async () => {
    const result = await analyse({fixture: 'faces/selfie-frontal-indoor', kind: 'document', faces: [FRONTAL_FACE]});
    expect(result.checks.card.verdict).to.equal('fail');
    expect(result.guidance).to.equal('no-card');
    expect(result.ready).to.equal(false);
  });

  it('does not take an empty room for a card at the ID step', async () => {
    const result = await analyse({fixture: 'faces/no-face-empty-room', kind: 'document', faces: []});
    expect(result.checks.card.verdict).to.equal('fail');
    expect(result.guidance).to.equal('no-card');
  });

  it('finds the card and its portrait at the one-sided ID step', async () => {
    const result = await analyse({fixture: 'faces/card-photo-side-desk', kind: 'document', faces: [CARD_DESK_PORTRAIT]});
    // The card is 1000×631 (ID-1) tilted slightly on the desk.
    expect(result.checks.card.value).to.be.closeTo(1000 / 631, 0.1);
    expect(result.checks.portrait.verdict).to.equal('pass');
    expect(result.guidance).to.equal('ready');
  });

  it('asks to turn the card over when the photo side shows at the two-sided ID step', async () => {
    const result = await analyse({fixture: 'faces/card-photo-side-desk', kind: 'document', layout: 'two-sided', faces: [CARD_DESK_PORTRAIT]});
    expect(result.checks.card.verdict).to.equal('pass');
    expect(result.guidance).to.equal('turn-card-over');
    expect(result.ready).to.equal(false);
  });

  it('reads face boxes given in the pixels of the picture the detector saw (480×272 here)', async () => {
    const img = await loadFixture('faces/card-photo-side-desk');
    const frame = grabbers[0].grab(makeVariant(img, {kind: 'original'}))!;
    const s = 480 / 1280;
    const {box: b} = CARD_DESK_PORTRAIT;
    const small = {box: {x: b.x * s, y: b.y * (272 / 720), width: b.width * s, height: b.height * (272 / 720)}};
    const result = analyzeFrame(frame, frame, {kind: 'document', layout: 'two-sided', faces: {boxes: [small], width: 480, height: 272}});
    expect(result.checks.photoSide).to.deep.equal({value: 1, verdict: 'warn'});
    expect(result.guidance).to.equal('turn-card-over');
  });

  it('accepts the name side at the two-sided ID step', async () => {
    const result = await analyse({fixture: 'faces/card-name-side-plain', kind: 'document', layout: 'two-sided', faces: []});
    expect(result.guidance).to.equal('ready');
  });

  it('asks for the side with the photo when a one-sided ID shows no portrait', async () => {
    const result = await analyse({fixture: 'faces/card-name-side-plain', kind: 'document', faces: []});
    expect(result.checks.portrait).to.deep.equal({value: 0, verdict: 'fail'});
    expect(result.guidance).to.equal('show-portrait');
  });

  describe('sharpness and movement', () => {
    /**
     * selfie.png with everything but the face blurred, as a phone's portrait mode does. Measured over the
     * oval's bounds, as before the face was known, this frame scores 281 in Chromium: "blurry".
     */
    const softBackground: Variant = {kind: 'soft-background', radius: 12, keep: {cx: 607, cy: 175, rx: 71, ry: 85}};

    it('does not call a sharp face before a soft background blurry', async () => {
      const result = await analyse({fixture: 'selfie', kind: 'selfie', faces: [SELFIE_FACE], variant: softBackground});
      expect(result.checks.sharpness.verdict).to.equal('pass');
      expect(result.guidance).to.equal('ready');
    });

    it('calls the same picture blurry when the face is soft too', async () => {
      const result = await analyse({fixture: 'selfie', kind: 'selfie', faces: [SELFIE_FACE], variant: {kind: 'blur', radius: 8}});
      expect(result.checks.steadiness.verdict).to.equal('pass');
      expect(result.guidance).to.equal('blurry');
    });

    it('asks a moving person to hold still', async () => {
      const result = await analyse({
        fixture: 'selfie',
        kind: 'selfie',
        faces: [SELFIE_FACE],
        variant: {kind: 'shift', dx: 24},
        previous: {kind: 'original'},
      });
      expect(result.checks.steadiness.verdict).to.equal('fail');
      expect(result.guidance).to.equal('hold-still');
    });

    it('never asks a still person to hold still', async () => {
      const result = await analyse({fixture: 'selfie', kind: 'selfie', faces: [SELFIE_FACE]});
      expect(result.checks.steadiness.verdict).to.equal('pass');
      expect(result.guidance).not.to.equal('hold-still');
    });
  });

  describe('without a detector', () => {
    it('is never ready at the selfie step, and says something neutral', async () => {
      const result = await analyse({fixture: 'selfie', kind: 'selfie'});
      expect(result.checks.face.verdict).to.equal('not-run');
      expect(result.ready).to.equal(false);
      expect(result.guidance).to.equal('take-photo');
    });

    it('is never ready at the two-sided ID step', async () => {
      const result = await analyse({fixture: 'faces/card-name-side-plain', kind: 'document', layout: 'two-sided'});
      expect(result.checks.photoSide.verdict).to.equal('not-run');
      expect(result.ready).to.equal(false);
      expect(result.guidance).not.to.equal('ready');
    });
  });
});
