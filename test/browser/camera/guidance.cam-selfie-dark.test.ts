// Fake camera fed with test/fixtures/selfie.png darkened to 12% (the `dark` variant in the WTR config).
import {expect} from '@open-wc/testing';
import {clickButton, inStep, stepOf} from '../helpers/element.js';
import {liveVideo, shoot, toSelfie, trackCamera, until, untrackCamera} from './support.js';

describe('selfie step in the dark', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('says "too dark" in the live region, with a dashed guide and no check mark', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    const region = inStep(el, '[part=guidance]')!;
    await until(() => region.querySelector('.message')!.textContent === 'Too dark — find more light', '"too dark" guidance');
    expect(inStep(el, '.stage')!.dataset.state).to.equal('adjust');
    expect(getComputedStyle(inStep(el, '.guide')!).strokeDasharray).not.to.equal('none');
    expect(inStep(el, '[part=guidance] .icon')!.textContent).to.equal('!');
    await expect(el).to.be.accessible();
  });

  it('announces the message once, not on every analysed frame', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    const region = inStep(el, '[part=guidance]')!;
    await until(() => region.querySelector('.message')!.textContent === 'Too dark — find more light', 'guidance');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(region.textContent!.trim()));
    observer.observe(region, {childList: true, characterData: true, subtree: true});
    await new Promise((r) => setTimeout(r, 1500)); // ~6 analyses
    observer.disconnect();
    expect(changes, 'live region mutations while the picture stays dark').to.have.length(0);
  });

  it('does not auto-capture a dark picture; the shutter still works and asks to confirm', async () => {
    const el = await toSelfie('one-sided', {'auto-capture': ''});
    await liveVideo(el);
    await new Promise((r) => setTimeout(r, 2000));
    expect(inStep(el, 'img'), 'no automatic photo').to.equal(null);
    await shoot(el);
    expect(inStep(el, '[role=alert]')!.textContent).to.equal('This photo may not be clear enough. Use it anyway?');
    await stepOf(el).updateComplete;
    const captured = new Promise<CustomEvent>((r) => el.addEventListener('idv-capture', (e) => r(e as CustomEvent), {once: true}));
    await clickButton(el, 'Use this photo');
    expect((await captured).detail.checks.brightness.verdict).to.equal('fail');
  });
});
