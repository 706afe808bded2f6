// Inside a <form>: an incomplete element stops the form with a message the person can see, in their
// language, on a control of the element; a disabled <fieldset> disables it.
import {expect, fixture, html} from '@open-wc/testing';
import {deepActiveElement, inStep, stepOf, untilStep, IdVerificationProfile} from '../helpers/element.js';
import '../../../src/define.js';

async function formWith(disabled = false) {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <fieldset ?disabled=${disabled}>
        <id-verification-profile persist="none" challenge="c"></id-verification-profile>
      </fieldset>
      <button>Send</button>
    </form>
  `);
  const el = form.querySelector<IdVerificationProfile>('id-verification-profile')!;
  await untilStep(el, 'intro');
  return {form, el, fieldset: form.querySelector('fieldset')!};
}

const until = async (condition: () => boolean, what: string) => {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > 4000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the element in a form', () => {
  it('while incomplete, reporting validity focuses a control of the element', async () => {
    const {form, el} = await formWith();
    await new Promise((r) => setTimeout(r, 50));
    expect(form.reportValidity()).to.equal(false);
    const focused = deepActiveElement();
    // Compared as a boolean: a failure printing the element itself would swamp the report.
    expect(focused?.getRootNode() === stepOf(el).shadowRoot, 'focus is on a control of the current step').to.equal(true);
    expect(focused?.textContent?.trim()).to.equal('Start');
  });

  it('the element reports its validation message like a form control', async () => {
    const {el} = await formWith();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.validationMessage).to.equal('Complete and submit your verification profile.');
  });

  it('the validation message is in the language shown', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="fr"><id-verification-profile persist="none"></id-verification-profile></form>`);
    const el = form.querySelector<IdVerificationProfile>('id-verification-profile')!;
    await until(() => el.validationMessage === 'Complétez et envoyez votre profil de vérification.', `the French message, not "${el.validationMessage}" (${stepOf(el).shadowRoot!.textContent!.trim().slice(0, 40)})`);
  });

  it('a disabled fieldset disables the element: its buttons do nothing and cannot be focused', async () => {
    const {el} = await formWith(true);
    await el.updateComplete;
    expect(el.matches(':disabled')).to.equal(true);
    const start = inStep<HTMLButtonElement>(el, 'button.primary')!;
    start.focus();
    expect(deepActiveElement()).not.to.equal(start);
    start.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.step).to.equal('intro');
  });

  it('enabling the fieldset again gives the person the element back', async () => {
    const {el, fieldset} = await formWith(true);
    fieldset.disabled = false;
    await el.updateComplete;
    inStep<HTMLButtonElement>(el, 'button.primary')!.click();
    await untilStep(el, 'name');
  });
});
