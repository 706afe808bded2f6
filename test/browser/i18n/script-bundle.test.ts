import {expect} from '@open-wc/testing';

// The script-tag bundle (dist/, built by `npm test` before the browser tests) loads a language from the
// file beside it, and only the language the page uses.
async function pageWithBundle(lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script src="/dist/id-verification-profile.iife.js"></script></head>
    <body><id-verification-profile persist="none"></id-verification-profile></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function headingIn(frame: HTMLIFrameElement, text: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const el = frame.contentDocument!.querySelector('id-verification-profile');
    const step = el?.shadowRoot?.querySelector('[data-step]');
    const heading = step?.shadowRoot?.querySelector('h2')?.textContent?.trim();
    if (heading === text) return;
    if (performance.now() - started > timeout) throw new Error(`heading is "${heading}", expected "${text}"`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const loadedLocales = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/locales/'));

describe('script-tag bundle languages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads dist/locales/fr.js beside the bundle, and no other language', async () => {
    const frame = await pageWithBundle('fr');
    await headingIn(frame, 'Créez votre profil de vérification');
    expect(loadedLocales(frame)).to.deep.equal(['/dist/locales/fr.js']);
  });

  it('loads no language file for English', async () => {
    const frame = await pageWithBundle('en');
    await headingIn(frame, 'Create your verification profile');
    await new Promise((r) => setTimeout(r, 100));
    expect(loadedLocales(frame)).to.deep.equal([]);
  });

  it('renders Arabic right to left from the bundle', async () => {
    const frame = await pageWithBundle('ar');
    await headingIn(frame, 'أنشئ ملف التحقق الخاص بك');
    const el = frame.contentDocument!.querySelector('id-verification-profile')!;
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
  });
});
