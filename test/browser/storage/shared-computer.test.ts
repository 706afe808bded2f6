// Shared computers: without an explicit profile-id nothing is kept on the device, so the next person at
// the same browser never resumes someone else's photos.
import {expect, fixture, html} from '@open-wc/testing';
import {ProfileStorage, clearStoredData} from '../../../src/storage/index.js';
import {stepText, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';
import {uniqueId} from './helpers.js';
import '../../../src/define.js';

/** A draft at review, as a previous person's visit would have left it under `profileId`. */
async function leaveDraft(profileId: string) {
  const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
  await new ProfileStorage(profileId).saveDraft({step: 'review', name: 'Previous Person', layout: 'one-sided', captures});
}

describe('shared computers', () => {
  const logged: string[] = [];
  const originalInfo = console.info;
  before(async () => {
    await clearStoredData();
    console.info = (...args: unknown[]) => logged.push(args.join(' '));
  });
  after(() => {
    console.info = originalInfo;
  });

  it('without a profile-id, a draft left on the device is not resumed, and the console says why', async () => {
    await leaveDraft('default');
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile challenge="c"></id-verification-profile>`);
    await untilStep(el, 'intro');
    await new Promise((resolve) => setTimeout(resolve, 300)); // a resumed draft would have moved it to review by now
    expect(stepText(el)).not.to.contain('Previous Person');
    expect(el.step).to.equal('intro');
    expect(logged.some((line) => /no profile-id is set/.test(line) && /memory only/.test(line))).to.be.true;
  });

  it('with a profile-id, the same draft is resumed', async () => {
    const id = uniqueId('shared-computer');
    await leaveDraft(id);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="c"></id-verification-profile>`);
    await untilStep(el, 'review');
    expect(stepText(el)).to.contain('Previous Person');
  });
});
