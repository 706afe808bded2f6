import {expect} from '@open-wc/testing';
import {clickButton, inStep, stepOf, stepText, untilStep} from '../helpers/element.js';
import {expectNoFileInput, liveTracks, liveVideo, shoot, streams, toSelfie, trackCamera, until, untrackCamera} from './support.js';

describe('capture step (synthetic fake camera)', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('shows a live, mirrored selfie preview with an oval guide, and an accessible step', async () => {
    const el = await toSelfie();
    const video = await liveVideo(el);
    expect(getComputedStyle(video).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(inStep(el, '[part=overlay] .guide[data-shape=ellipse]')).to.exist;
    expect(stepText(el)).to.contain('Take a photo of your face');
    expectNoFileInput();
    await expect(el).to.be.accessible();
  });

  it('takes a photo, reviews it, and moves on with a capture', async () => {
    const el = await toSelfie();
    await shoot(el);
    expect(liveTracks(), 'camera stopped during review').to.have.length(0);
    await expect(el).to.be.accessible();
    const captured = new Promise<CustomEvent>((r) => el.addEventListener('idv-capture', (e) => r(e as CustomEvent), {once: true}));
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    expect((await captured).detail.kind).to.equal('selfie');
    const video = await liveVideo(el);
    expect(getComputedStyle(video).transform).to.equal('none');
    expect(inStep(el, '[part=overlay] .guide[data-shape=rect]')).to.exist;
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'review');
    expect(liveTracks()).to.have.length(0);
    expect(streams.length).to.equal(2);
  });

  it('stops every track when the element is removed', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    expect(liveTracks()).to.have.length(1);
    el.remove();
    expect(liveTracks()).to.have.length(0);
  });

  it('stops every track when the person goes back', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await clickButton(el, 'Back');
    await untilStep(el, 'id-layout');
    expect(liveTracks()).to.have.length(0);
    expect(stepOf(el)).to.exist;
  });

  it('keeps the shown guidance when a contender lapses before it settles (no blank message)', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    const step = stepOf(el) as unknown as {guidance: string | null; proposeGuidance(key: string): void};
    await until(() => step.guidance !== null, 'a first message');
    const shown = step.guidance;
    const message = inStep(el, '[part=guidance] .message')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(message.textContent ?? ''));
    observer.observe(message, {childList: true, characterData: true, subtree: true});
    // A flicker: another message proposed once, then the analysis (4 a second) proposes the shown one again.
    // The contender is one the selfie analysis itself never proposes (glare is an ID-step message).
    step.proposeGuidance(shown === 'glare' ? 'too-dark' : 'glare');
    await new Promise((r) => setTimeout(r, 1200));
    observer.disconnect();
    expect(step.guidance).to.equal(shown);
    expect(seen, 'the message never went blank').to.not.include('');
  });

  it('asks the camera for 1920×1080 at the ID step (small print legible) and 1280×720 for the selfie', async () => {
    untrackCamera();
    const asked: MediaTrackConstraints[] = [];
    trackCamera((constraints) => {
      asked.push(constraints.video as MediaTrackConstraints);
      return constraints;
    });
    const el = await toSelfie();
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    await liveVideo(el);
    const [selfie, document] = [asked[0], asked.at(-1)!];
    expect([selfie.width, selfie.height]).to.deep.equal([{ideal: 1280}, {ideal: 720}]);
    expect(selfie.facingMode).to.deep.equal({ideal: 'user'});
    expect([document.width, document.height]).to.deep.equal([{ideal: 1920}, {ideal: 1080}]);
    expect(document.facingMode).to.deep.equal({ideal: 'environment'});
  });

  it('retakes: the camera restarts after review', async () => {
    const el = await toSelfie();
    await shoot(el);
    await clickButton(el, 'Retake');
    await liveVideo(el);
    await until(() => liveTracks().length === 1, 'a live camera again');
  });
});
