// Calibration: each fixture picture and each degradation of it gets the verdict a person would expect.
// The expected verdicts are written by hand from what the picture shows, never computed by the checks.
import {expect} from '@open-wc/testing';
import type {CheckResult} from '../../../src/types.js';
import {GreyFrameGrabber, type GreyFrame} from '../../../src/quality/grey-frame.js';
import {cardGuideRect, ellipseBounds, selfieOvalEllipse, type Rect} from '../../../src/quality/guides.js';
import {
  measureBrightness,
  measureCardFraming,
  measureCardSize,
  measureGlare,
  measureOverexposure,
  measureSharpness,
  measureSteadiness,
} from '../../../src/quality/checks.js';
import {describeVariant, loadFixture, makeVariant, type Variant} from './support/variants.js';

type Measure = (frame: GreyFrame, region: Rect) => CheckResult;
const CHECKS: Record<string, Measure> = {
  brightness: measureBrightness,
  overexposure: measureOverexposure,
  sharpness: measureSharpness,
  glare: measureGlare,
  framing: measureCardFraming,
  cardSize: measureCardSize,
};

async function frameOf(fixture: string, variant: Variant): Promise<GreyFrame> {
  const canvas = makeVariant(await loadFixture(fixture), variant);
  const frame = new GreyFrameGrabber().grab(canvas)!;
  return frame;
}

/** The region a check looks at: the card guide for ID pictures, the oval's box for selfies. */
function regionFor(fixture: string, frame: GreyFrame): Rect {
  return fixture.startsWith('id-')
    ? cardGuideRect(frame.width, frame.height)
    : ellipseBounds(selfieOvalEllipse(frame.width, frame.height));
}

const original: Variant = {kind: 'original'};
/** [fixture, variant, check, expected verdict] */
const CASES: [string, Variant, string, CheckResult['verdict']][] = [
  // Light
  ['id-one-sided', original, 'brightness', 'pass'],
  ['selfie', original, 'brightness', 'pass'],
  ['id-one-sided', {kind: 'brightness', factor: 0.5}, 'brightness', 'pass'],
  ['selfie', {kind: 'brightness', factor: 0.5}, 'brightness', 'pass'],
  ['id-one-sided', {kind: 'brightness', factor: 0.25}, 'brightness', 'fail'],
  ['selfie', {kind: 'brightness', factor: 0.25}, 'brightness', 'fail'],
  ['id-name-side', {kind: 'brightness', factor: 2.5}, 'brightness', 'fail'],
  ['id-one-sided', original, 'overexposure', 'pass'],
  ['selfie', original, 'overexposure', 'pass'],
  ['selfie-with-id', original, 'overexposure', 'pass'],
  ['id-one-sided', {kind: 'brightness', factor: 1.5}, 'overexposure', 'fail'],
  ['selfie', {kind: 'brightness', factor: 1.5}, 'overexposure', 'fail'],
  ['selfie', {kind: 'brightness', factor: 2.5}, 'overexposure', 'fail'],
  // Focus
  ['id-one-sided', original, 'sharpness', 'pass'],
  ['id-name-side', original, 'sharpness', 'pass'],
  ['selfie', original, 'sharpness', 'pass'],
  ['id-one-sided', {kind: 'blur', radius: 1}, 'sharpness', 'pass'],
  ['id-one-sided', {kind: 'blur', radius: 2}, 'sharpness', 'pass'],
  ['id-one-sided', {kind: 'blur', radius: 4}, 'sharpness', 'fail'],
  ['id-one-sided', {kind: 'blur', radius: 8}, 'sharpness', 'fail'],
  ['id-name-side', {kind: 'blur', radius: 4}, 'sharpness', 'fail'],
  ['selfie', {kind: 'blur', radius: 1}, 'sharpness', 'pass'],
  ['selfie', {kind: 'blur', radius: 2}, 'sharpness', 'pass'],
  ['selfie', {kind: 'blur', radius: 4}, 'sharpness', 'fail'],
  ['selfie', {kind: 'blur', radius: 8}, 'sharpness', 'fail'],
  // Glare
  ['id-one-sided', original, 'glare', 'pass'],
  ['id-name-side', original, 'glare', 'pass'],
  ['id-one-sided', {kind: 'glare', radius: 0.03}, 'glare', 'warn'],
  ['id-one-sided', {kind: 'glare', radius: 0.06}, 'glare', 'fail'],
  ['id-name-side', {kind: 'glare', radius: 0.06}, 'glare', 'fail'],
  // Framing and distance
  ['id-one-sided', original, 'framing', 'pass'],
  ['id-name-side', original, 'framing', 'pass'],
  ['id-photo-side', original, 'framing', 'pass'],
  ['id-one-sided', {kind: 'scale', scale: 0.9}, 'framing', 'pass'],
  ['id-one-sided', {kind: 'scale', scale: 0.5}, 'framing', 'fail'],
  ['id-one-sided', {kind: 'scale', scale: 1 / 3}, 'framing', 'fail'],
  ['id-name-side', {kind: 'scale', scale: 0.5}, 'framing', 'fail'],
  ['id-name-side', {kind: 'scale', scale: 1 / 3}, 'framing', 'fail'],
  ['id-one-sided', original, 'cardSize', 'pass'],
  ['id-one-sided', {kind: 'scale', scale: 0.5}, 'cardSize', 'fail'],
  ['id-one-sided', {kind: 'scale', scale: 1 / 3}, 'cardSize', 'fail'],
];

describe('quality checks on the fixtures and degraded variants', () => {
  for (const [fixture, variant, check, expected] of CASES) {
    it(`${check}: ${fixture} ${describeVariant(variant)} → ${expected}`, async () => {
      const frame = await frameOf(fixture, variant);
      const result = CHECKS[check](frame, regionFor(fixture, frame));
      expect(result.verdict, `measured ${result.value}`).to.equal(expected);
    });
  }

  it('measures a half-size card at about half the width of the full-size one', async () => {
    const full = await frameOf('id-one-sided', original);
    const half = await frameOf('id-one-sided', {kind: 'scale', scale: 0.5});
    const fullSize = measureCardSize(full, cardGuideRect(full.width, full.height)).value!;
    const halfSize = measureCardSize(half, cardGuideRect(half.width, half.height)).value!;
    // The card in id-one-sided.png spans 941 of 1280 px; the guide 1024 px.
    expect(fullSize).to.be.closeTo(941 / 1024, 0.06);
    expect(halfSize / fullSize).to.be.closeTo(0.5, 0.05);
  });

  it('finds no card to measure in a selfie', async () => {
    const frame = await frameOf('selfie', original);
    expect(measureCardFraming(frame, cardGuideRect(frame.width, frame.height)).verdict).to.equal('fail');
  });

  it('measures mean luma of a flat grey frame exactly', () => {
    const frame = {width: 4, height: 2, data: new Uint8Array(8).fill(77)};
    expect(measureBrightness(frame)).to.deep.equal({value: 77, verdict: 'pass'});
  });

  it('gives a flat frame zero sharpness', () => {
    const frame = {width: 8, height: 8, data: new Uint8Array(64).fill(120)};
    expect(measureSharpness(frame).value).to.equal(0);
  });
});

describe('steadiness between consecutive frames', () => {
  async function steadiness(fixture: string, shift: number) {
    const img = await loadFixture(fixture);
    const grabber = new GreyFrameGrabber();
    const previous = grabber.grab(makeVariant(img, original))!;
    const frame = grabber.grab(makeVariant(img, {kind: 'shift', dx: shift}))!;
    return measureSteadiness(frame, previous);
  }

  it('is zero and passes for an unchanged picture', async () => {
    expect(await steadiness('selfie', 0)).to.deep.equal({value: 0, verdict: 'pass'});
  });

  it('passes a 2 px shake', async () => {
    expect((await steadiness('selfie', 2)).verdict).to.equal('pass');
    expect((await steadiness('id-one-sided', 2)).verdict).to.equal('pass');
  });

  it('fails a 16 px movement', async () => {
    expect((await steadiness('selfie', 16)).verdict).to.equal('fail');
    expect((await steadiness('id-one-sided', 16)).verdict).to.equal('fail');
  });

  it('is not-run without a previous frame', async () => {
    const frame = await frameOf('selfie', original);
    expect(measureSteadiness(frame, undefined)).to.deep.equal({value: null, verdict: 'not-run'});
  });
});
