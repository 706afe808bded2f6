// Fake camera fed with test/fixtures/selfie-with-id.png: the face and the photo side of an ID beside it.
import {expect} from '@open-wc/testing';
import type {FlowState} from '../../../src/flow/flow-state.js';
import {clickButton, inStep, stepText, untilStep, type IdVerificationProfile} from '../helpers/element.js';
import {liveVideo, shoot, toSelfie, trackCamera, until, untrackCamera} from './support.js';

const flowOf = (el: IdVerificationProfile) => (el as unknown as {flow: FlowState}).flow;

describe('two-sided selfie (face and the photo side of the ID)', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('asks for the face and the photo side of the ID, accessibly', async () => {
    const el = await toSelfie('two-sided');
    await liveVideo(el);
    expect(inStep(el, 'h2')!.textContent).to.equal('Take a photo of your face and your ID');
    expect(stepText(el)).to.contain('Hold the side of your ID with your photo next to your face');
    await expect(el).to.be.accessible();
  });

  it('finds the face and the smaller portrait on the ID with the built-in engine, and records both', async () => {
    const el = await toSelfie('two-sided');
    await liveVideo(el);
    await until(() => inStep(el, '[part=guidance] .message')?.textContent === 'Looks good', '"Looks good"', 20_000);
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    const {checks} = flowOf(el).captures.selfie!;
    expect(checks.face, 'one person: the portrait on the ID is not counted as a person').to.deep.equal({value: 1, verdict: 'pass'});
    expect(checks.idPortrait!.verdict).to.equal('pass');
    expect(checks.idPortrait!.value, 'the portrait is clearly smaller than the face').to.be.within(0.2, 0.6);
  });
});
