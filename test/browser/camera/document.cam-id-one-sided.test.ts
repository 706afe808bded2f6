// Fake camera fed with test/fixtures/id-one-sided.png: a specimen card, portrait on the left, filling most
// of the frame. The ID step's photo must match it, the right way round.
import {expect} from '@open-wc/testing';
import type {FlowState} from '../../../src/flow/flow-state.js';
import {clickButton, inStep, stepText, untilStep, type IdVerificationProfile} from '../helpers/element.js';
import {decode, regionDistances, type Region} from './pixels.js';
import {expectNoFileInput, liveTracks, liveVideo, shoot, toSelfie, trackCamera, untrackCamera} from './support.js';

const REGIONS: Region[] = [
  {name: 'header band', x: 0.7, y: 0.15, width: 0.14, height: 0.08},
  {name: 'portrait', x: 0.18, y: 0.35, width: 0.15, height: 0.3},
  {name: 'card right', x: 0.72, y: 0.4, width: 0.12, height: 0.3},
  {name: 'top margin', x: 0.1, y: 0.02, width: 0.8, height: 0.08},
  {name: 'machine-readable line', x: 0.16, y: 0.83, width: 0.5, height: 0.09},
];
const TOLERANCE = 16;
const flowOf = (el: IdVerificationProfile) => (el as unknown as {flow: FlowState}).flow;

async function toDocument(layout: 'one-sided' | 'two-sided' = 'one-sided') {
  const el = await toSelfie(layout);
  await shoot(el);
  await clickButton(el, 'Use this photo');
  await untilStep(el, 'document');
  return el;
}

describe('ID step with the one-sided specimen card', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('shows an unmirrored preview with an ID-1 card guide, accessibly', async () => {
    const el = await toDocument();
    const video = await liveVideo(el);
    expect(getComputedStyle(video).transform).to.equal('none');
    const guide = inStep<SVGPathElement>(el, '[part=overlay] .guide[data-shape=rect]')!;
    // The guide's on-screen box has the card's 85.6 × 54 shape.
    const box = guide.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(85.6 / 54, 0.03);
    expect(stepText(el)).to.contain('Hold your ID close to the camera');
    expectNoFileInput();
    await expect(el).to.be.accessible();
  });

  it('stores a full-resolution JPEG whose pixels match the card fed in, the right way round', async () => {
    const el = await toDocument();
    await shoot(el);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'review');
    const capture = flowOf(el).captures.document!;
    expect([capture.width, capture.height]).to.deep.equal([1280, 720]);
    expect(capture.checks.brightness!.verdict).to.equal('pass');
    expect(capture.checks).to.have.property('glare');
    expect(capture.checks).to.have.property('framing');
    const taken = await decode(capture.blob);
    const fixture = await decode('/test/fixtures/id-one-sided.png');
    for (const {region, distance, a, b} of regionDistances(taken, fixture, REGIONS)) {
      expect(distance, `${region}: captured ${a} vs fixture ${b}`).to.be.below(TOLERANCE);
    }
    const mirrored = regionDistances(taken, fixture, REGIONS, true);
    expect(Math.max(...mirrored.map((r) => r.distance))).to.be.above(60);
    expect(liveTracks()).to.have.length(0);
  });

  it('asks for the name side in the two-sided flow', async () => {
    const el = await toDocument('two-sided');
    await liveVideo(el);
    expect(stepText(el)).to.contain('Show the side of your ID with your name');
    await expect(el).to.be.accessible();
  });
});
