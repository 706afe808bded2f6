// Two copies of the component on one page — an app's npm copy and a widget's script tag — each with
// its own classes. The script tag registers the step elements first, so the npm copy's root renders
// steps from the other copy: they must still share the flow through @lit/context.
import {expect, fixture, html} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import {IdVerificationProfile} from '../../../src/id-verification-profile.js';

async function loadScriptTagCopy(): Promise<void> {
  if (customElements.get('id-verification-profile')) return;
  const script = document.createElement('script');
  script.src = '/dist/id-verification-profile.iife.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, {once: true});
    script.addEventListener('error', () => reject(new Error('the script-tag bundle did not load (run the build)')), {once: true});
  });
  document.head.append(script);
  await loaded;
}

async function headingOf(el: Element, text: string, timeout = 4000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const heading = el.shadowRoot?.querySelector('[data-step]')?.shadowRoot?.querySelector('h2')?.textContent?.trim();
    if (heading === text) return;
    if (performance.now() - started > timeout) throw new Error(`heading is "${heading}", expected "${text}"`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function click(el: Element, label: string): void {
  const buttons = [...el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelectorAll('button')];
  buttons.find((b) => b.textContent!.trim() === label)!.click();
}

describe('two copies on one page', () => {
  before(async () => {
    await loadScriptTagCopy();
    IdVerificationProfile.define('app-verification-profile');
  });

  it('the two copies are different classes (so this test means something)', () => {
    expect(customElements.get('app-verification-profile')).to.equal(IdVerificationProfile);
    expect(customElements.get('id-verification-profile')).not.to.equal(IdVerificationProfile);
  });

  it("the npm copy's element hands its language and its flow to the script tag's step elements", async () => {
    const tag = unsafeStatic('app-verification-profile');
    const el = await fixture(staticHtml`<${tag} persist="none" lang="fr" full-name="Ada Lovelace"></${tag}>`);
    await headingOf(el, 'Créez votre profil de vérification');
    click(el, 'Commencer');
    await headingOf(el, 'Votre nom complet');
    const input = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('Ada Lovelace');
  });

  it("the script tag's element keeps working next to it", async () => {
    const el = await fixture(html`<id-verification-profile persist="none"></id-verification-profile>`);
    await headingOf(el, 'Create your verification profile');
    click(el, 'Start');
    await headingOf(el, 'Your full name');
  });
});
