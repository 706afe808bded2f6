import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {clickButton, deepActiveElement, inStep, mount, stepOf, stepText, untilStep, IdVerificationProfile} from '../helpers/element.js';

async function typeName(el: IdVerificationProfile, value: string) {
  const input = inStep<HTMLInputElement>(el, 'input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await el.updateComplete;
  await stepOf(el).updateComplete;
}

describe('<id-verification-profile> foundation', () => {
  it('opens on an accessible intro that says a camera is needed', async () => {
    const el = await mount();
    expect(el.step).to.equal('intro');
    expect(stepText(el)).to.match(/camera/i);
    await expect(el).to.be.accessible();
  });

  it('shows the host privacy link on the intro when given', async () => {
    const el = await mount({'privacy-url': 'https://example.com/privacy'});
    expect(inStep<HTMLAnchorElement>(el, 'a')!.href).to.equal('https://example.com/privacy');
  });

  it('fires idv-step with the previous step when starting', async () => {
    const el = await mount();
    setTimeout(() => clickButton(el, 'Start'));
    const event = await oneEvent(el, 'idv-step');
    expect(event.detail).to.deep.equal({step: 'name', previous: 'intro'});
  });

  it('shows progress and moves focus to the new step heading', async () => {
    const el = await mount();
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.querySelector('[part=progress]')!.textContent).to.equal('Step 1 of 5');
    expect(deepActiveElement()?.tagName).to.equal('H2');
    expect(deepActiveElement()?.textContent).to.equal('Your full name');
  });

  it('is accessible on the name step, with and without an error', async () => {
    const el = await mount();
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await expect(el).to.be.accessible();
    await typeName(el, '   ');
    expect(inStep(el, '[role=alert]')!.textContent).to.equal('Enter your full name.');
    expect(inStep(el, 'input')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('explains a refused name inline and stays on the step', async () => {
    const el = await mount();
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await typeName(el, 'x'.repeat(500));
    expect(el.step).to.equal('name');
    expect(inStep(el, '[role=alert]')!.textContent).to.match(/at most 200 characters/);
  });

  it('keeps markup in a name as text', async () => {
    const el = await mount();
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await typeName(el, '<img src=x onerror=alert(1)>');
    await untilStep(el, 'id-layout');
    await clickButton(el, 'Back');
    await untilStep(el, 'name');
    expect(inStep<HTMLInputElement>(el, 'input')!.value).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelectorAll('img').length + stepOf(el).shadowRoot!.querySelectorAll('img').length).to.equal(0);
  });

  it('pre-fills the name from full-name', async () => {
    const el = await mount({'full-name': 'Grace Hopper'});
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    expect(inStep<HTMLInputElement>(el, 'input')!.value).to.equal('Grace Hopper');
  });

  it('asks whether name and photo are on the same side, accessibly', async () => {
    const el = await mount({'full-name': 'Grace Hopper'});
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    await typeName(el, 'Grace Hopper');
    await untilStep(el, 'id-layout');
    expect(stepText(el)).to.contain('Are your name and photo on the same side of your ID?');
    expect(el.shadowRoot!.querySelector('[part=progress]')!.textContent).to.equal('Step 2 of 5');
    await expect(el).to.be.accessible();
    await clickButton(el, /different sides/);
    await untilStep(el, 'selfie');
  });

  it('can be completed to the camera step with the keyboard alone', async () => {
    const el = await mount();
    // Focus the element's first control with Tab, then act with keys only.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'}); // Start
    await untilStep(el, 'name');
    await new Promise((r) => setTimeout(r, 0));
    await sendKeys({press: 'Tab'}); // heading → name field
    await sendKeys({type: 'Katherine Johnson'});
    await sendKeys({press: 'Enter'});
    await untilStep(el, 'id-layout');
    await new Promise((r) => setTimeout(r, 0));
    await sendKeys({press: 'Tab'}); // heading → "Yes, on the same side"
    await sendKeys({press: ' '});
    await untilStep(el, 'selfie');
    expect(el.step).to.equal('selfie');
    before.remove();
  });

  it('survives a second registration of the same element', async () => {
    expect(() => IdVerificationProfile.define()).not.to.throw();
    expect(customElements.get('id-verification-profile')).to.equal(IdVerificationProfile);
  });

  it('exposes the step as a custom state for styling', async () => {
    const el = await mount();
    await clickButton(el, 'Start');
    await untilStep(el, 'name');
    expect(el.matches(':state(name)')).to.equal(true);
    expect(el.matches(':state(intro)')).to.equal(false);
  });
});
