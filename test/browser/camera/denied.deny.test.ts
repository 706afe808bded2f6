// A camera exists but the permission is denied: the real getUserMedia rejects with NotAllowedError.
// Chromium denies through a launch flag, Firefox through its default camera permission; WebKit under
// automation always grants its mock camera, so these are skipped there (the runner says why).
import {expect} from '@open-wc/testing';
import {itWhere} from '../helpers/engine.js';
import {clickButton, stepText, untilStep} from '../helpers/element.js';
import {expectNoFileInput, liveTracks, nextErrorCode, toSelfie, trackCamera, untrackCamera} from './support.js';

describe('camera permission denied', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  itWhere(['chromium', 'firefox'], 'no setting denies the camera', 'explains how to allow the camera, fires camera-denied, and leaves no live track', async () => {
    const el = await toSelfie();
    await untilStep(el, 'camera-blocked');
    expect(stepText(el)).to.contain('Camera access is blocked');
    expect(stepText(el)).to.match(/address bar/);
    expect(liveTracks()).to.have.length(0);
    expectNoFileInput();
    await expect(el).to.be.accessible();
  });

  itWhere(['chromium', 'firefox'], 'no setting denies the camera', 'retries on request and fires camera-denied again while still blocked', async () => {
    const el = await toSelfie();
    await untilStep(el, 'camera-blocked');
    const code = nextErrorCode(el);
    await clickButton(el, 'Try again');
    expect(await code).to.equal('camera-denied');
    await untilStep(el, 'camera-blocked');
    expect(liveTracks()).to.have.length(0);
  });
});
