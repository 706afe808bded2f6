// Custom states are a styling hook: an engine that refuses a state name (Chromium 90–124 accept only
// `--name`) must still get a working element. The refusal is reproduced by replacing
// CustomStateSet.prototype.add, the one thing those engines do differently.
import {expect, fixture, html} from '@open-wc/testing';
import {ProfileStorage} from '../../../src/storage/index.js';
import {clickButton, mount, stepText, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';

const hasCustomStates = typeof (globalThis as {CustomStateSet?: unknown}).CustomStateSet === 'function';
const proto = () => (globalThis as unknown as {CustomStateSet: {prototype: {add(name: string): unknown}}}).CustomStateSet.prototype;

/** Replaces CustomStateSet#add for the test; returns the names it was given that it accepted. */
function engineAccepting(accepts: (name: string) => boolean): {accepted: string[]; restore(): void} {
  const realAdd = proto().add;
  const accepted: string[] = [];
  proto().add = function (this: unknown, name: string) {
    if (!accepts(name)) throw new DOMException(`'${name}' is not a valid custom state`, 'SyntaxError');
    accepted.push(name);
    return this;
  };
  return {accepted, restore: () => (proto().add = realAdd)};
}

let counter = 0;

describe('custom states on engines that refuse a state name', () => {
  before(function () {
    if (!hasCustomStates) this.skip();
  });

  it('an engine taking only --name states renders the intro and gets the old spelling', async () => {
    const engine = engineAccepting((name) => name.startsWith('--'));
    try {
      const el = await mount();
      expect(el.step).to.equal('intro');
      expect(stepText(el)).to.match(/camera/i);
      await clickButton(el, 'Start');
      await untilStep(el, 'name');
      expect(engine.accepted).to.include('--name');
    } finally {
      engine.restore();
    }
  });

  it('an engine refusing every state name still renders and submits', async () => {
    const engine = engineAccepting(() => false);
    try {
      const id = `states-${Date.now()}-${counter++}`;
      const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
      await new ProfileStorage(id).saveDraft({step: 'review', name: 'Ada Lovelace', layout: 'one-sided', captures});
      const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="c"></id-verification-profile>`);
      await untilStep(el, 'review');
      await clickButton(el, 'Submit');
      await untilStep(el, 'done');
      expect(stepText(el)).to.contain('submitted');
    } finally {
      engine.restore();
    }
  });
});
