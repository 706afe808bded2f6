import {expect, fixture, html} from '@open-wc/testing';
import {mount, stepOf, inStep, IdVerificationProfile} from '../helpers/element.js';
import {untilHeading} from '../helpers/languages.js';
import {en} from '../../../src/i18n/en.js';
import {BUILTIN_LOCALES} from '../../../src/i18n/builtin-locales.js';
import {loadStrings, matchLocale} from '../../../src/i18n/locales.js';

async function mountIn(ancestorLang: string, ownLang?: string): Promise<IdVerificationProfile> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${ancestorLang}>
      <section>
        <id-verification-profile persist="none" lang=${ownLang ?? ''}></id-verification-profile>
      </section>
    </div>
  `);
  const el = wrapper.querySelector('id-verification-profile') as IdVerificationProfile;
  if (!ownLang) el.removeAttribute('lang');
  return el;
}

describe('languages', () => {
  it('follows the nearest [lang] ancestor', async () => {
    const el = await mountIn('fr');
    await untilHeading(el, 'Créez votre profil de vérification');
    expect(inStep(el, 'button.primary')!.textContent!.trim()).to.equal('Commencer');
  });

  it('prefers its own lang attribute over an ancestor', async () => {
    const el = await mountIn('fr', 'de');
    await untilHeading(el, 'Erstellen Sie Ihr Verifizierungsprofil');
  });

  it('renders Arabic right to left', async () => {
    const el = await mount({lang: 'ar'});
    await untilHeading(el, 'أنشئ ملف التحقق الخاص بك');
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(inStep(el, 'h2')!).direction).to.equal('rtl');
    expect(getComputedStyle(inStep(el, 'button')!).direction).to.equal('rtl');
  });

  it('keeps left-to-right languages left to right', async () => {
    const el = await mount({lang: 'hi'});
    await untilHeading(el, 'अपनी सत्यापन प्रोफ़ाइल बनाएँ');
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(inStep(el, 'h2')!).direction).to.equal('ltr');
  });

  it('lets the strings property override one entry in any language', async () => {
    const el = await mount({lang: 'es'});
    el.strings = {start: '¡Vamos!'};
    await untilHeading(el, 'Crea tu perfil de verificación');
    expect(inStep(el, 'button.primary')!.textContent!.trim()).to.equal('¡Vamos!');
    el.setAttribute('lang', 'de');
    await untilHeading(el, 'Erstellen Sie Ihr Verifizierungsprofil');
    expect(inStep(el, 'button.primary')!.textContent!.trim()).to.equal('¡Vamos!');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await mount({lang: 'xx-Unknown'});
    await new Promise((r) => setTimeout(r, 50));
    await untilHeading(el, en.introHeading);
  });

  it('re-renders when lang changes at runtime', async () => {
    const el = await mount({lang: 'fr'});
    await untilHeading(el, 'Créez votre profil de vérification');
    el.setAttribute('lang', 'pt-BR');
    await untilHeading(el, 'Crie seu perfil de verificação');
    el.setAttribute('lang', 'ar');
    await untilHeading(el, 'أنشئ ملف التحقق الخاص بك');
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await untilHeading(el, en.introHeading);
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
  });

  it('translates the progress line with the language’s own number format', async () => {
    const el = await mount({lang: 'ar'});
    await untilHeading(el, 'أنشئ ملف التحقق الخاص بك');
    await stepOf(el).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    const progress = el.shadowRoot!.querySelector('[part="progress"]')!.textContent!;
    const n = new Intl.NumberFormat('ar');
    expect(progress).to.equal(`الخطوة ${n.format(1)} من ${n.format(5)}`);
  });
});

describe('string tables', () => {
  it('matches region and base tags to the built-in languages', () => {
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('PT-br')).to.equal('pt-br');
    expect(matchLocale('pt')).to.equal('pt-br');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('zz')).to.equal('en');
  });

  for (const tag of Object.keys(BUILTIN_LOCALES)) {
    it(`${tag}: has only keys English has, each of the same kind`, async () => {
      const {default: table} = await BUILTIN_LOCALES[tag]();
      for (const [key, value] of Object.entries(table)) {
        expect(en, `${tag} has a key English lacks`).to.have.property(key);
        expect(typeof value, `${tag}.${key}`).to.equal(typeof en[key as keyof typeof en]);
      }
    });

    it(`${tag}: function entries produce text for real values`, async () => {
      const strings = await loadStrings(tag);
      for (const n of [0, 1, 2, 3, 11, 100, 200]) {
        const text = strings['name-too-long'](n);
        expect(text).to.be.a('string').and.not.contain('undefined');
      }
      expect(strings.stepOf(2, 5)).to.not.equal(en.stepOf(2, 5));
      expect(strings.rejectedReason('REASON')).to.contain('REASON');
    });
  }

  it('Arabic picks the plural form for the number', async () => {
    const ar = await loadStrings('ar');
    expect(ar['name-too-long'](2)).to.contain('حرفين');
    const n = new Intl.NumberFormat('ar');
    expect(ar['name-too-long'](1)).to.contain('حرف واحد');
    expect(ar['name-too-long'](5)).to.contain(`${n.format(5)} أحرف`);
    expect(ar['name-too-long'](20)).to.contain(`${n.format(20)} حرفًا`);
    expect(ar['name-too-long'](200)).to.contain(`${n.format(200)} حرف.`);
  });
});
