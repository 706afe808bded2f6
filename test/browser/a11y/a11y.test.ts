import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {deepActiveElement, inStep, mount, stepOf, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {loadStrings} from '../../../src/i18n/locales.js';
import type {IdvStrings} from '../../../src/i18n/en.js';
import {deepElements, motionOnEachScreen} from './motion.js';

const LANGUAGES = ['en', 'ar', 'hi'] as const;

/** Mounts in `lang` and waits until the step shows that language's intro heading. */
async function mountIn(lang: string, attrs: Record<string, string> = {}): Promise<{el: IdVerificationProfile; s: IdvStrings}> {
  const s = await loadStrings(lang);
  const el = await mount({lang, ...attrs});
  const started = performance.now();
  while (el.shadowRoot!.querySelector('.frame')?.getAttribute('lang') !== lang || !stepOf(el).shadowRoot!.textContent!.includes(headingOf(el, s))) {
    if (performance.now() - started > 4000) throw new Error(`${lang} strings never showed`);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await stepOf(el).updateComplete;
  return {el, s};
}

function headingOf(el: IdVerificationProfile, s: IdvStrings): string {
  switch (el.step) {
    case 'intro':
      return s.introHeading;
    case 'on-file':
      return el.status === 'pending' ? s.pendingHeading : s.onFileHeading;
    case 'rejected':
      return s.rejectedHeading;
    default:
      return '';
  }
}

async function toName(el: IdVerificationProfile, s: IdvStrings) {
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
  await untilStep(el, 'name');
  expect(inStep(el, 'h2')!.textContent).to.equal(s.nameHeading);
}

async function toLayout(el: IdVerificationProfile, s: IdvStrings) {
  await toName(el, s);
  const input = inStep<HTMLInputElement>(el, 'input')!;
  input.value = 'Amira Haddad';
  input.dispatchEvent(new Event('input'));
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await untilStep(el, 'id-layout');
  expect(inStep(el, 'h2')!.textContent).to.equal(s.layoutHeading);
}

const TARGETS = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex="-1"])';

/**
 * Known undersized targets, each allowed only while WCAG 2.5.8's spacing exception holds for it (a 24 px
 * circle on its centre touches no other target). The intro's privacy link is a text link (17 px line
 * box); the fix is in intro-step's CSS (see the report), after which this list should be emptied.
 */
const KNOWN_UNDERSIZED: string[] = [];

function undersizedTargets(el: IdVerificationProfile): string[] {
  const targets = deepElements(el.shadowRoot!)
    .filter((e) => e.matches(TARGETS))
    .map((e) => ({e, box: e.getBoundingClientRect()}))
    .filter(({box}) => box.width > 0);
  const spaced = (box: DOMRect) => {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    return targets.every(({box: other}) => {
      if (other === box) return true;
      const dx = Math.max(other.left - cx, 0, cx - other.right);
      const dy = Math.max(other.top - cy, 0, cy - other.bottom);
      return Math.hypot(dx, dy) >= 12;
    });
  };
  return targets
    .filter(({box}) => box.width < 24 || box.height < 24)
    .filter(({e, box}) => !(KNOWN_UNDERSIZED.some((k) => e.matches(k)) && spaced(box)))
    .map(({e, box}) => `${e.tagName.toLowerCase()} "${e.textContent!.trim()}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
}

const SCREENS: Array<[string, (lang: string) => Promise<IdVerificationProfile>]> = [
  ['intro', async (lang) => (await mountIn(lang, {'privacy-url': 'https://example.com/privacy'})).el],
  ['name', async (lang) => {
    const {el, s} = await mountIn(lang);
    await toName(el, s);
    return el;
  }],
  ['name with an error', async (lang) => {
    const {el, s} = await mountIn(lang);
    await toName(el, s);
    inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
    await stepOf(el).updateComplete;
    expect(inStep(el, '[role=alert]')!.textContent).to.equal(s['name-required']);
    return el;
  }],
  ['id-layout', async (lang) => {
    const {el, s} = await mountIn(lang);
    await toLayout(el, s);
    return el;
  }],
  ['on-file (approved)', async (lang) => (await mountIn(lang, {status: 'approved'})).el],
  ['on-file (pending)', async (lang) => (await mountIn(lang, {status: 'pending'})).el],
  ['rejected', async (lang) => (await mountIn(lang, {status: 'rejected', 'status-reason': 'The photo of the ID was cut off.'})).el],
];

for (const lang of LANGUAGES) {
  describe(`accessibility (${lang})`, () => {
    for (const [screen, open] of SCREENS) {
      it(`${screen}: passes axe`, async () => {
        const el = await open(lang);
        await expect(el).to.be.accessible();
      });

      it(`${screen}: every target is at least 24×24 CSS px`, async () => {
        const el = await open(lang);
        expect(undersizedTargets(el)).to.deep.equal([]);
      });
    }
  });
}

describe('keyboard focus', () => {
  it('shows a visible focus ring on each control reached with Tab', async () => {
    const {el, s} = await mountIn('en');
    await toLayout(el, s);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({press: 'Tab'});
      const focused = deepActiveElement() as HTMLElement;
      expect(focused.matches(':focus-visible'), `${focused.tagName} matches :focus-visible`).to.equal(true);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, `${focused.textContent} outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      seen.push(focused.textContent!.trim());
    }
    expect(seen).to.include(s.layoutOneSided);
  });

  it('shows a visible focus ring on the name field', async () => {
    const {el, s} = await mountIn('en');
    await toName(el, s);
    await sendKeys({press: 'Tab'});
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.tagName).to.equal('INPUT');
    expect(getComputedStyle(focused).outlineStyle).to.not.equal('none');
  });
});

describe('prefers-reduced-motion (not asked for)', () => {
  it('detects motion when reduced motion is not asked for (the check is not vacuous)', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    const screens = await motionOnEachScreen();
    expect(screens.selfie).to.not.deep.equal([]);
  });
});
