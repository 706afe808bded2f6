// Screenshots of every screen in English and Arabic (right to left), to look at: starts the demo
// server, opens demo/plain.html (the script-tag bundle) in headless Chromium with a fake camera, walks
// the flow and saves one PNG per screen to test/artifacts/i18n/<lang>-<nn>-<screen>.png.
//
//   node bench/screenshots-i18n.mjs [en ar …]      (build first: npm run build)
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {findChromium, BASE_CHROMIUM_ARGS} from '../test/support/chromium.mjs';
import {startDemoServer} from '../demo/server.mjs';

const OUT = 'test/artifacts/i18n';
const LANGS = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'ar'];
const CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
mkdirSync(OUT, {recursive: true});

const server = await startDemoServer({port: 0});
const launch = (args) => chromium.launch({executablePath: findChromium(), headless: true, args: [...BASE_CHROMIUM_ARGS, ...args]});
const saved = [];

/** A page with the element in `lang`, its strings loaded, and extra attributes set. */
async function open(browser, lang, attrs = {}) {
  const page = await browser.newPage({viewport: {width: 760, height: 1000}, deviceScaleFactor: 1});
  page.on('pageerror', (e) => console.error(`[${lang}] page error:`, e.message));
  await page.goto(new URL('demo/plain.html', server.url).href);
  await page.evaluate(async ({lang, attrs}) => {
    const el = document.querySelector('id-verification-profile');
    el.setAttribute('persist', 'none');
    el.setAttribute('lang', lang);
    const {challenge} = await (await fetch('/api/challenge')).json();
    el.setAttribute('challenge', challenge);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  }, {lang, attrs});
  await page.waitForFunction((lang) => {
    const frame = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('.frame');
    return frame?.getAttribute('lang') === lang;
  }, lang);
  await page.waitForTimeout(300); // the language file, then a render
  return page;
}

let counter = 0;
async function shot(page, lang, name) {
  await page.waitForTimeout(250);
  const file = join(OUT, `${lang}-${String(++counter).padStart(2, '0')}-${name}.png`);
  await page.locator('id-verification-profile').screenshot({path: file});
  saved.push(file);
}

const el = 'id-verification-profile';
const stepIs = (page, step) => page.waitForFunction((step) => document.querySelector('id-verification-profile').step === step, step, {timeout: 10_000});

async function journey(browser, lang) {
  counter = 0;
  const page = await open(browser, lang, {'privacy-url': 'https://example.com/privacy'});
  await shot(page, lang, 'intro');
  await page.locator(`${el} [part~=primary-button]`).click();
  await stepIs(page, 'name');
  await page.locator(`${el} [part~=primary-button]`).click(); // empty: shows the error
  await shot(page, lang, 'name-error');
  await page.locator(`${el} input`).fill(lang === 'ar' ? 'أميرة حداد' : 'Amira Haddad');
  await shot(page, lang, 'name');
  await page.locator(`${el} [part~=primary-button]`).click();
  await stepIs(page, 'id-layout');
  await shot(page, lang, 'id-layout');
  await page.locator(`${el} fieldset button`).first().click();
  for (const kind of ['selfie', 'document']) {
    await stepIs(page, kind);
    await page.waitForFunction(() => {
      const step = document.querySelector('id-verification-profile').shadowRoot.querySelector('[data-step]');
      const video = step?.shadowRoot?.querySelector('video');
      return video && video.readyState >= 2;
    }, undefined, {timeout: 10_000});
    await page.waitForTimeout(1200); // a few analysed frames, so guidance shows
    await shot(page, lang, kind);
    await page.locator(`${el} [part~=shutter]`).click();
    await page.locator(`${el} [part~=primary-button]`).waitFor();
    await shot(page, lang, `${kind}-review`);
    await page.locator(`${el} [part~=primary-button]`).click();
  }
  await stepIs(page, 'review');
  await shot(page, lang, 'review');
  await page.locator(`${el} [part~=primary-button]`).click();
  await stepIs(page, 'done');
  await shot(page, lang, 'done');
  await page.close();

  for (const [name, attrs] of [
    ['on-file', {status: 'approved'}],
    ['pending', {status: 'pending'}],
    ['rejected', {status: 'rejected', 'status-reason': lang === 'ar' ? 'صورة البطاقة مقصوصة.' : 'The photo of the ID was cut off.'}],
  ]) {
    const p = await open(browser, lang, attrs);
    await shot(p, lang, name);
    await p.close();
  }
}

/** A camera problem screen, reached by walking to the selfie step in a browser without a usable camera. */
async function cameraProblem(browser, lang, name) {
  const page = await open(browser, lang, {'handoff-url': 'https://example.com/continue/abc123'});
  await page.locator(`${el} [part~=primary-button]`).click();
  await page.locator(`${el} input`).fill('Amira Haddad');
  await page.locator(`${el} [part~=primary-button]`).click();
  await stepIs(page, 'id-layout');
  await page.locator(`${el} fieldset button`).first().click();
  await page.waitForFunction(() => !['id-layout', 'selfie'].includes(document.querySelector('id-verification-profile').step), undefined, {timeout: 10_000});
  await shot(page, lang, name);
  await page.close();
}

try {
  const browser = await launch(CAMERA);
  for (const lang of LANGS) await journey(browser, lang);
  await browser.close();
  const denied = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream=deny']);
  for (const lang of LANGS) await cameraProblem(denied, lang, 'camera-blocked');
  await denied.close();
  const none = await launch(['--use-fake-ui-for-media-stream']);
  for (const lang of LANGS) await cameraProblem(none, lang, 'no-camera');
  await none.close();
  console.log(saved.join('\n'));
} finally {
  await server.close();
}
