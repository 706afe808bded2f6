// The element speaks the page's language as the page changes it, not only its own attribute, and its
// direction is that of the language it actually shows.
import {expect, fixture, html} from '@open-wc/testing';
import type {IdVerificationProfile} from '../helpers/element.js';
import {untilHeading} from '../helpers/languages.js';
import '../../../src/define.js';

const frame = (el: IdVerificationProfile) => el.shadowRoot!.querySelector<HTMLElement>('[part=step]')!;

describe('the page language', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('follows <html lang> when the page changes it after load', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile persist="none"></id-verification-profile>`);
    await untilHeading(el, 'Create your verification profile');
    document.documentElement.lang = 'fr';
    await untilHeading(el, 'Créez votre profil de vérification');
  });

  it('follows the nearest [lang] ancestor when it changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><section><id-verification-profile persist="none"></id-verification-profile></section></div>`);
    const el = wrapper.querySelector<IdVerificationProfile>('id-verification-profile')!;
    await untilHeading(el, 'Erstellen Sie Ihr Verifizierungsprofil');
    wrapper.setAttribute('lang', 'es');
    await untilHeading(el, 'Crea tu perfil de verificación');
  });

  it('a lang="he" page without a Hebrew table shows English, left to right', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="he" dir="rtl"><id-verification-profile persist="none"></id-verification-profile></div>`);
    const el = wrapper.querySelector<IdVerificationProfile>('id-verification-profile')!;
    await untilHeading(el, 'Create your verification profile');
    expect(frame(el).getAttribute('dir')).to.equal('ltr');
    expect(frame(el).getAttribute('lang')).to.equal('en');
  });

  it('an Arabic page shows Arabic, right to left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><id-verification-profile persist="none"></id-verification-profile></div>`);
    const el = wrapper.querySelector<IdVerificationProfile>('id-verification-profile')!;
    await untilHeading(el, 'أنشئ ملف التحقق الخاص بك');
    expect(frame(el).getAttribute('dir')).to.equal('rtl');
  });
});
