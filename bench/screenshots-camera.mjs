// Screenshots of the camera steps and two camera-problem screens, taken in the demo page (served by the
// demo server, under its strict CSP with Trusted Types) in real Chromium with a fake camera fed from the
// fixture pictures. Saved in test/artifacts/ (git-ignored) for a person to look at.
//
//   node bench/screenshots-camera.mjs            # builds first (npx rollup -c)
//   node bench/screenshots-camera.mjs --no-build
import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {findChromium, BASE_CHROMIUM_ARGS} from '../test/support/chromium.mjs';
import {pngToY4mFile} from '../test/support/y4m.mjs';
import {startDemoServer} from '../demo/server.mjs';

const OUT = 'test/artifacts';
const FAKE_DEVICE = '--use-fake-device-for-media-stream';
const GRANT = '--use-fake-ui-for-media-stream';
const feed = (picture) => `--use-file-for-fake-video-capture=${pngToY4mFile(`test/fixtures/${picture}.png`, 'test/.generated')}`;

if (!process.argv.includes('--no-build')) execFileSync('npx', ['rollup', '-c', '--silent'], {stdio: 'inherit'});
mkdirSync(OUT, {recursive: true});
const demo = await startDemoServer({port: 0});
const executablePath = findChromium();

/** Opens the demo in a browser with these camera flags, runs `drive`, and saves a screenshot of the element. */
async function shoot(name, cameraArgs, drive, {viewport = {width: 1100, height: 900}, attrs = {}} = {}) {
  const browser = await chromium.launch({executablePath, headless: true, args: [...BASE_CHROMIUM_ARGS, ...cameraArgs]});
  const problems = [];
  try {
    const page = await browser.newPage({viewport});
    // Every console error counts (a CSP or Trusted Types violation shows here), except the demo's missing favicon.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${demo.url}demo/index.html`);
    await page.evaluate(async (attributes) => {
      // Each screenshot starts from a fresh profile (the demo keeps drafts).
      const element = document.getElementById('idv');
      await element.clearStoredData?.();
      element.reset();
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    }, attrs);
    await drive(page);
    // Let the guidance settle and the video show a few frames.
    await page.waitForTimeout(1200);
    const file = join(OUT, `camera-${name}.png`);
    await page.locator('#idv').screenshot({path: file});
    console.log(`${file}${problems.length ? `  console errors: ${problems.join(' | ')}` : ''}`);
  } finally {
    await browser.close();
  }
}

async function toSelfie(page) {
  await page.getByRole('button', {name: 'Start'}).click();
  await page.getByLabel('Full name').fill('Eileen Collins');
  await page.getByRole('button', {name: 'Continue'}).click();
  await page.getByRole('button', {name: /same side/}).click();
}

async function untilLive(page) {
  await page.waitForFunction(() => {
    const find = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'VIDEO' && el.readyState >= 2) return true;
        if (el.shadowRoot && find(el.shadowRoot)) return true;
      }
      return false;
    };
    return find(document);
  });
}

try {
  await shoot('selfie', [FAKE_DEVICE, GRANT, feed('selfie')], async (page) => {
    await toSelfie(page);
    await untilLive(page);
    await page.locator('[part=guidance]').filter({hasText: 'Looks good'}).waitFor();
  });
  await shoot('selfie-dark-mobile', [FAKE_DEVICE, GRANT, `--use-file-for-fake-video-capture=${pngToY4mFile('test/fixtures/selfie.png', 'test/.generated', 'dark', {gain: 0.12})}`], async (page) => {
    await toSelfie(page);
    await untilLive(page);
    await page.locator('[part=guidance]').filter({hasText: 'Too dark'}).waitFor();
  }, {viewport: {width: 390, height: 844}});
  await shoot('document', [FAKE_DEVICE, GRANT, feed('id-one-sided')], async (page) => {
    await toSelfie(page);
    await untilLive(page);
    await page.locator('[part=shutter]').click();
    await page.getByRole('button', {name: 'Use this photo'}).click();
    await untilLive(page);
  });
  await shoot('document-review', [FAKE_DEVICE, GRANT, feed('id-one-sided')], async (page) => {
    await toSelfie(page);
    await untilLive(page);
    await page.locator('[part=shutter]').click();
    await page.getByRole('button', {name: 'Use this photo'}).click();
    await untilLive(page);
    await page.locator('[part=shutter]').click();
    await page.getByRole('button', {name: 'Use this photo'}).waitFor();
  });
  await shoot('no-camera', [GRANT], async (page) => {
    await toSelfie(page);
    await page.getByRole('heading', {name: 'A camera is needed'}).waitFor();
    await page.getByRole('img', {name: /QR code/}).waitFor();
  }, {attrs: {'handoff-url': 'https://example.com/verify/continue?session=7f3a9c2e'}});
  await shoot('camera-blocked', [FAKE_DEVICE, `${GRANT}=deny`], async (page) => {
    await toSelfie(page);
    await page.getByRole('heading', {name: 'Camera access is blocked'}).waitFor();
  });
} finally {
  await demo.close();
}
