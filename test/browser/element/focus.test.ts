// Focus follows the person: it moves to a step's heading when they act in the element (or are already
// in it), never because a draft was restored, a record loaded or the host changed `status` while they
// are busy elsewhere on the page.
import {expect, fixture, html} from '@open-wc/testing';
import {ProfileStorage} from '../../../src/storage/index.js';
import {clickButton, deepActiveElement, inStep, stepOf, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';

let counter = 0;
const freshId = () => `focus-test-${Date.now()}-${counter++}`;

/** A page with a search field the person is typing in, and the element below it. */
async function pageWithField(profileId: string): Promise<{el: IdVerificationProfile; field: HTMLInputElement}> {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <input id="search" aria-label="Search" />
      <id-verification-profile profile-id=${profileId} challenge="c"></id-verification-profile>
    </div>
  `);
  const field = root.querySelector('input')!;
  field.focus();
  return {el: root.querySelector('id-verification-profile')!, field};
}

/** Where focus is, in words (comparing elements directly would make a failure print the whole element). */
function describeFocus(): string {
  const active = deepActiveElement();
  if (active?.id === 'search') return 'the search field';
  if (active?.tagName === 'H2') return `heading: ${active.textContent}`;
  return `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim().slice(0, 60)}`;
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('focus moves only for the person', () => {
  it('restoring a draft leaves focus in the field the person is typing in', async () => {
    const id = freshId();
    const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
    await new ProfileStorage(id).saveDraft({step: 'review', name: 'Ada Lovelace', layout: 'one-sided', captures});
    const {el, field} = await pageWithField(id);
    await untilStep(el, 'review');
    await settle();
    expect(describeFocus()).to.equal('the search field');
  });

  it('a stored record loading leaves focus where it is', async () => {
    const id = freshId();
    await new ProfileStorage(id).saveRecord({status: 'pending', submittedAt: Date.now(), kid: 'k'});
    const {el, field} = await pageWithField(id);
    await untilStep(el, 'on-file');
    await settle();
    expect(describeFocus()).to.equal('the search field');
  });

  it('the host changing status leaves focus where it is', async () => {
    const {el, field} = await pageWithField(freshId());
    await el.updateComplete;
    el.status = 'rejected';
    await untilStep(el, 'rejected');
    await settle();
    expect(describeFocus()).to.equal('the search field');
  });

  it('with focus inside the element, a host status change moves it to the new heading', async () => {
    const {el} = await pageWithField(freshId());
    await untilStep(el, 'intro');
    inStep<HTMLButtonElement>(el, 'button.primary')!.focus();
    el.status = 'approved';
    await untilStep(el, 'on-file');
    await settle();
    expect(describeFocus()).to.equal(`heading: ${stepOf(el).shadowRoot!.querySelector('h2')!.textContent}`);
  });

  it("the person's own click moves focus to the next step's heading", async () => {
    const {el} = await pageWithField(freshId());
    await untilStep(el, 'intro');
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await settle();
    expect(describeFocus()).to.equal(`heading: ${stepOf(el).shadowRoot!.querySelector('h2')!.textContent}`);
  });
});
