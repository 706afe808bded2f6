import {expect} from '@open-wc/testing';
import {GreyFrameGrabber} from '../../../src/quality/grey-frame.js';
import {analyzeFrame} from '../../../src/quality/frame-analyzer.js';
import type {DetectedFace} from '../../../src/quality/face-detector.js';
import {FRAME, loadFixture, makeVariant, type Variant} from './support/variants.js';

async function analyse(fixture: string, variant: Variant, kind: 'selfie' | 'document', faces?: DetectedFace[]) {
  const frame = new GreyFrameGrabber().grab(makeVariant(await loadFixture(fixture), variant))!;
  return analyzeFrame(frame, undefined, {kind, layout: 'one-sided', faces: faces && {boxes: faces, ...FRAME}});
}

/** A still scene: the frame is its own previous frame (steadiness 0). */
async function analyseStill(fixture: string, kind: 'selfie' | 'document', faces?: DetectedFace[]) {
  const frame = new GreyFrameGrabber().grab(makeVariant(await loadFixture(fixture), {kind: 'original'}))!;
  return analyzeFrame(frame, frame, {kind, layout: 'one-sided', faces: faces && {boxes: faces, ...FRAME}});
}

/** The portrait on test/fixtures/id-one-sided.png, in its 1280×720 pixels (measured once on the picture). */
const ID_PORTRAIT: DetectedFace = {box: {x: 281, y: 290, width: 111, height: 111}};

describe('analyzeFrame', () => {
  it('runs the document checks on an ID picture', async () => {
    const {checks} = await analyse('id-one-sided', {kind: 'original'}, 'document');
    expect(Object.keys(checks)).to.have.members([
      'brightness',
      'overexposure',
      'sharpness',
      'glare',
      'card',
      'framing',
      'cardSize',
      'steadiness',
      'portrait',
    ]);
  });

  it('runs the selfie checks, face checks not-run without a detector', async () => {
    const {checks} = await analyse('selfie', {kind: 'original'}, 'selfie');
    expect(Object.keys(checks)).to.have.members(['brightness', 'overexposure', 'sharpness', 'steadiness', 'face', 'faceCentre', 'faceSize']);
    expect(checks.face.verdict).to.equal('not-run');
  });

  it('is ready on the one-sided ID fixture, held still, with its portrait found', async () => {
    const result = await analyseStill('id-one-sided', 'document', [ID_PORTRAIT]);
    expect(result.guidance).to.equal('ready');
    expect(result.ready).to.equal(true);
  });

  it('is not ready on the first frame (steadiness not measured yet)', async () => {
    expect((await analyse('id-one-sided', {kind: 'original'}, 'document', [ID_PORTRAIT])).ready).to.equal(false);
  });

  it('is not ready on the selfie fixture without a detector', async () => {
    expect((await analyseStill('selfie', 'selfie')).ready).to.equal(false);
  });

  const GUIDANCE: [string, Variant, 'selfie' | 'document', string][] = [
    ['id-one-sided', {kind: 'brightness', factor: 0.25}, 'document', 'too-dark'],
    ['id-one-sided', {kind: 'brightness', factor: 1.5}, 'document', 'too-bright'],
    ['id-one-sided', {kind: 'blur', radius: 8}, 'document', 'blurry'],
    ['id-one-sided', {kind: 'glare', radius: 0.06}, 'document', 'glare'],
    ['id-one-sided', {kind: 'scale', scale: 0.5}, 'document', 'card-too-far'],
    ['id-one-sided', {kind: 'scale', scale: 1 / 3}, 'document', 'card-too-far'],
    ['selfie', {kind: 'brightness', factor: 0.25}, 'selfie', 'too-dark'],
    ['selfie', {kind: 'blur', radius: 8}, 'selfie', 'blurry'],
  ];
  for (const [fixture, variant, kind, expected] of GUIDANCE) {
    it(`advises ${expected} for ${fixture} ${variant.kind} ${Object.values(variant)[1] ?? ''}`, async () => {
      const result = await analyse(fixture, variant, kind);
      expect(result.guidance).to.equal(expected);
      expect(result.ready).to.equal(false);
    });
  }
});
