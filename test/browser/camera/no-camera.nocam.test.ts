// No camera device at all: the browser's real getUserMedia rejects with NotFoundError.
import {expect} from '@open-wc/testing';
import {clickButton, inStep, stepOf, stepText, untilStep} from '../helpers/element.js';
import {expectNoFileInput, liveTracks, nextErrorCode, toSelfie, trackCamera, until, untrackCamera} from './support.js';

describe('no camera on the device', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('shows the camera-not-found screen and fires camera-not-found; no track is live', async () => {
    const code = new Promise<string>((resolve) =>
      document.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}),
    );
    const el = await toSelfie();
    expect(await code).to.equal('camera-not-found');
    await untilStep(el, 'no-camera');
    expect(stepText(el)).to.contain('A camera is needed');
    expect(liveTracks()).to.have.length(0);
    expectNoFileInput();
    await expect(el).to.be.accessible();
  });

  it('offers the hand-off URL as a link and a QR code', async () => {
    const el = await toSelfie('one-sided', {'handoff-url': 'https://example.com/verify?session=abc123'});
    await untilStep(el, 'no-camera');
    const link = inStep<HTMLAnchorElement>(el, 'a[href="https://example.com/verify?session=abc123"]');
    expect(link!.textContent).to.equal('Continue on another device');
    await until(() => Boolean(inStep(el, 'svg.qr-code')), 'the QR code');
    const qr = inStep<SVGSVGElement>(el, 'svg.qr-code')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.match(/QR code/);
    expect(Number(qr.dataset.size)).to.equal(17 + 4 * Number(qr.dataset.version));
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d/);
    await expect(el).to.be.accessible();
  });

  it('does not show a link for a hand-off URL that is not a web address', async () => {
    const el = await toSelfie('one-sided', {'handoff-url': 'javascript:alert(1)'});
    await untilStep(el, 'no-camera');
    expect(inStep(el, 'a')).to.equal(null);
    expect(inStep(el, 'svg')).to.equal(null);
  });

  it('tries again on request (still no camera) and goes back to the ID layout question', async () => {
    const el = await toSelfie();
    await untilStep(el, 'no-camera');
    const code = nextErrorCode(el);
    await clickButton(el, 'Try again');
    expect(await code).to.equal('camera-not-found');
    await untilStep(el, 'no-camera');
    await clickButton(el, 'Back');
    await untilStep(el, 'id-layout');
    expect(stepOf(el).tagName).to.equal('IDV-LAYOUT-STEP');
  });
});
