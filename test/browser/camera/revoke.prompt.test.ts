// A fake camera without auto-grant: the tests grant and revoke the permission through the browser (CDP),
// as a person does from the address bar. Revoking it on a live track really ends the track. Only Chromium
// lets a test change a page's camera permission from outside the page, so these run in Chromium only.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {engine, itWhere} from '../helpers/engine.js';
import {clickButton, stepText, untilStep} from '../helpers/element.js';
import {liveTracks, liveVideo, nextErrorCode, streams, toSelfie, trackCamera, until, untrackCamera} from './support.js';

const setCameraPermission = (state: 'granted' | 'denied' | 'prompt') => executeServerCommand('set-camera-permission', {state});
const WHY = 'no way to change the camera permission from outside the page';
const canSetPermission = engine === 'chromium';

describe('camera permission revoked on a live track', () => {
  beforeEach(async () => {
    trackCamera();
    if (canSetPermission) await setCameraPermission('granted');
  });
  afterEach(async () => {
    untrackCamera();
    if (canSetPermission) await setCameraPermission('granted');
  });

  itWhere(['chromium'], WHY, 'the permission plugin sets the permission the page sees', async () => {
    await setCameraPermission('denied');
    expect((await navigator.permissions.query({name: 'camera' as PermissionName})).state).to.equal('denied');
    await setCameraPermission('granted');
    expect((await navigator.permissions.query({name: 'camera' as PermissionName})).state).to.equal('granted');
  });

  itWhere(['chromium'], WHY, 'shows the camera-ended screen, fires camera-ended, and leaves no live track', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    expect(liveTracks()).to.have.length(1);
    const code = nextErrorCode(el);
    await setCameraPermission('denied');
    expect(await code).to.equal('camera-ended');
    await untilStep(el, 'camera-error');
    expect(stepText(el)).to.contain('The camera stopped');
    expect(streams[0]!.getVideoTracks()[0]!.readyState).to.equal('ended');
    expect(liveTracks()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  itWhere(['chromium'], WHY, 'resumes where the person was once the camera is allowed again', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await setCameraPermission('denied');
    await untilStep(el, 'camera-error');
    await setCameraPermission('granted');
    await clickButton(el, 'Continue');
    await untilStep(el, 'selfie');
    await liveVideo(el);
    await until(() => liveTracks().length === 1, 'the camera running again');
    expect((el as unknown as {flow: {name: string}}).flow.name).to.equal('Ada Lovelace');
  });
});
