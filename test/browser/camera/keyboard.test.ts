// Both flows, intro to review, with the keyboard alone (real key presses through the test runner), and no
// file input in any state on the way.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {deepActiveElement, mount, untilStep, type IdVerificationProfile} from '../helpers/element.js';
import {expectNoFileInput, liveTracks, liveVideo, press, trackCamera, until, untrackCamera} from './support.js';

const settle = () => new Promise((r) => setTimeout(r, 0));

async function photoByKeyboard(el: IdVerificationProfile, step: 'selfie' | 'document') {
  await untilStep(el, step);
  await settle();
  expect(deepActiveElement()?.tagName, `${step}: focus on the heading`).to.equal('H2');
  await liveVideo(el);
  expectNoFileInput();
  // heading → Back (or first the Switch camera button and the list, where there are two cameras: WebKit's mocks)
  await press('Tab');
  if (deepActiveElement()?.textContent?.trim() === 'Switch camera') await press('Tab');
  if (deepActiveElement()?.tagName === 'SELECT') await press('Tab');
  // Not the preview: Firefox made the <video> a Tab stop of its own until it was taken out of the order.
  expect(deepActiveElement()?.textContent?.trim(), `focused: ${deepActiveElement()?.tagName}`).to.equal('Back');
  await press('Tab'); // Back → Take photo
  expect(deepActiveElement()?.getAttribute('part')).to.equal('shutter');
  await press('Enter');
  await until(() => deepActiveElement()?.textContent?.trim() === 'Use this photo', `${step}: focus on "Use this photo"`);
  expectNoFileInput();
  expect(liveTracks()).to.have.length(0);
  await press('Enter');
}

for (const layout of ['one-sided', 'two-sided'] as const) {
  describe(`keyboard only, ${layout} ID`, () => {
    beforeEach(() => trackCamera());
    afterEach(() => untrackCamera());

    it('goes from the intro to the review with key presses alone', async () => {
      const el = await mount();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      try {
        expectNoFileInput();
        await press('Tab', 'Enter'); // Start
        await untilStep(el, 'name');
        await settle();
        await press('Tab');
        await sendKeys({type: 'Katherine Johnson'});
        await press('Enter');
        await untilStep(el, 'id-layout');
        await settle();
        expectNoFileInput();
        await press('Tab'); // "Yes, on the same side"
        if (layout === 'two-sided') await press('Tab'); // "No, they are on different sides"
        await press(' ');
        await photoByKeyboard(el, 'selfie');
        await photoByKeyboard(el, 'document');
        await untilStep(el, 'review');
        expectNoFileInput();
        expect((el as unknown as {flow: {layout: string}}).flow.layout).to.equal(layout);
        expect(liveTracks()).to.have.length(0);
      } finally {
        before.remove();
      }
    });
  });
}
