import {expect} from '@open-wc/testing';
import {GreyFrameGrabber} from '../../../src/quality/grey-frame.js';
import {analyzeFrame} from '../../../src/quality/frame-analyzer.js';
import {loadFixture, makeVariant, type Variant} from './support/variants.js';

async function analyse(fixture: string, variant: Variant, kind: 'selfie' | 'document', layout = 'one-sided' as const) {
  const frame = new GreyFrameGrabber().grab(makeVariant(await loadFixture(fixture), variant))!;
  return analyzeFrame(frame, undefined, {kind, layout});
}

describe('analyzeFrame', () => {
  it('runs the document checks on an ID picture', async () => {
    const {checks} = await analyse('id-one-sided', {kind: 'original'}, 'document');
    expect(Object.keys(checks)).to.have.members([
      'brightness',
      'overexposure',
      'sharpness',
      'glare',
      'framing',
      'cardSize',
      'steadiness',
    ]);
  });

  it('runs the selfie checks, face checks not-run without a detector', async () => {
    const {checks} = await analyse('selfie', {kind: 'original'}, 'selfie');
    expect(Object.keys(checks)).to.have.members(['brightness', 'overexposure', 'sharpness', 'steadiness', 'face', 'faceSize']);
    expect(checks.face.verdict).to.equal('not-run');
  });

  it('is ready on the one-sided ID fixture', async () => {
    const result = await analyse('id-one-sided', {kind: 'original'}, 'document');
    expect(result.guidance).to.equal('ready');
    expect(result.ready).to.equal(true);
  });

  it('is ready on the selfie fixture without a detector', async () => {
    expect((await analyse('selfie', {kind: 'original'}, 'selfie')).ready).to.equal(true);
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
