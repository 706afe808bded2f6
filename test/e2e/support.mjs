// End-to-end harness: the demo server (`npm start`'s) on a free port, and a real browser driven by
// Playwright with a camera whose picture the test chooses per step.
// - Chromium: a fake camera file. Chromium opens the file each time a camera starts, so swapping the file
//   between steps shows the selfie to the selfie step and the ID to the ID step, with real getUserMedia.
// - Firefox (Playwright over WebDriver BiDi): Firefox's fake camera shows a fixed pattern, so the picture
//   is the canvas camera of test/support/canvas-camera.js behind the real getUserMedia, asking this
//   harness for the current picture at every camera start.
// WebKit is driven by its own WebDriver (see webkit-driver.mjs).
import {chromium, firefox} from 'playwright-core';
import {copyFileSync, mkdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {startDemoServer} from '../../demo/server.mjs';
import {findChromium, BASE_CHROMIUM_ARGS} from '../support/chromium.mjs';
import {findProgram, FIREFOX_TEST_PREFS, selectedEngines} from '../support/browsers.mjs';
import {pngToY4mFile} from '../support/y4m.mjs';

const GENERATED = 'test/.generated';
export const ARTIFACTS = 'test/artifacts/e2e';

/**
 * The hash Firefox prints when the page's CSP blocks the <style> Playwright adds to take a screenshot
 * (animations off). That report is the test's, not the page's: a blocked style of the page has another.
 */
const PLAYWRIGHT_SCREENSHOT_STYLE = 'sha256-YjaKGiklmzC6wjXA513HAMmzus8VE61XCOT+SmwNZWA=';

/** The engines a test file runs in: those it supports, narrowed by TEST_BROWSERS. */
export function e2eEngines(supported) {
  return selectedEngines().filter((engine) => supported.includes(engine));
}

/** Starts the demo server and a browser with a swappable camera picture. Call `close()` when done. */
export async function startE2E({picture = 'selfie', extraArgs = [], camera = true, engine = 'chromium'} = {}) {
  mkdirSync(ARTIFACTS, {recursive: true});
  const demo = await startDemoServer({port: 0});
  const browser = engine === 'firefox' ? await launchFirefox({camera}) : await launchChromium({camera, extraArgs});
  browser.setPicture(picture);
  return {
    engine,
    demo,
    browser: browser.browser,
    /** Feeds `test/fixtures/<name>.png` to the camera from its next start. */
    setPicture: browser.setPicture,
    /**
     * A new page with console errors, page errors, CSP violations and requests recorded. `contextOptions`
     * (Playwright's: viewport, isMobile, hasTouch, deviceScaleFactor…) replace the desktop defaults;
     * `initScript`, a function, runs in the page before its own scripts.
     */
    async newPage(path = 'demo/index.html', contextOptions = {}, initScript = undefined) {
      const context = await browser.browser.newContext({viewport: {width: 1100, height: 900}, ...contextOptions});
      await browser.prepare?.(context);
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      const seen = {consoleErrors: [], pageErrors: [], requests: [], cspViolations: []};
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.text().includes(PLAYWRIGHT_SCREENSHOT_STYLE)) return;
        seen.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => String(error).includes(PLAYWRIGHT_SCREENSHOT_STYLE) || seen.pageErrors.push(String(error)));
      page.on('request', (request) => seen.requests.push({method: request.method(), url: request.url()}));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(new URL(path, demo.url).href);
      seen.readCspViolations = () => page.evaluate(() => window.__cspViolations);
      return {page, seen};
    },
    async close() {
      await browser.browser.close();
      await demo.close();
      browser.cleanup?.();
    },
  };
}

async function launchChromium({camera, extraArgs}) {
  const cameraFile = join(GENERATED, `e2e-camera-${process.pid}-${Date.now()}.y4m`);
  // Copy then rename: Chromium must never open a half-written file, and a camera already reading the
  // old one keeps it (rename swaps the name, not the open file).
  const setPicture = (name, variant = '', options = {}) => {
    copyFileSync(pngToY4mFile(`test/fixtures/${name}.png`, GENERATED, variant, options), `${cameraFile}.next`);
    renameSync(`${cameraFile}.next`, cameraFile);
  };
  setPicture('selfie');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...BASE_CHROMIUM_ARGS,
      // Without a fake device this machine has no camera at all: getUserMedia → NotFoundError.
      ...(camera ? ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${cameraFile}`] : []),
      '--use-fake-ui-for-media-stream',
      ...extraArgs,
    ],
  });
  return {browser, setPicture, cleanup: () => rmSync(cameraFile, {force: true})};
}

async function launchFirefox({camera}) {
  let current = {name: 'selfie', gain: 1};
  process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';
  const browser = await firefox.launch({
    // Playwright's own Firefox builds cannot be downloaded here; 'moz-firefox' drives a stock Firefox.
    channel: 'moz-firefox',
    executablePath: findProgram('firefox'),
    headless: true,
    // Permission is granted by preference (Playwright cannot grant the camera in Firefox). Without the
    // fake device there is no camera at all on a test machine.
    firefoxUserPrefs: {...FIREFOX_TEST_PREFS, 'media.navigator.streams.fake': camera},
  });
  return {
    browser,
    setPicture: (name, _variant = '', options = {}) => {
      current = {name, gain: options.gain ?? 1};
    },
    async prepare(context) {
      await context.exposeFunction('__idvCameraPicture', () => ({
        base64: readFileSync(`test/fixtures/${current.name}.png`).toString('base64'),
        gain: current.gain,
      }));
      await context.addInitScript({path: 'test/support/canvas-camera.js'});
    },
  };
}

/**
 * A phone's camera in Chromium. The fake camera plays the 720×1280 picture as a camera whose own format
 * is portrait, and Chromium fits the element's landscape sizes (ideal 1280×720 for the selfie, 1920×1080
 * for the ID) to it by cropping: 720×720 and 720×1080. A phone's camera has a landscape sensor that is
 * turned with the phone: asked for 1280×720 when held upright it gives 720×1280 (iOS and Android swap the
 * sizes asked for). This init script (for `newPage`) does that swap for an upright window, so the camera
 * gives the whole portrait picture, as a phone would.
 */
export function turnSizesWithThePhone() {
  const proto = Object.getPrototypeOf(navigator.mediaDevices ?? {});
  const real = proto?.getUserMedia;
  if (!real) return;
  proto.getUserMedia = function getUserMedia(constraints) {
    const video = constraints?.video;
    if (video && typeof video === 'object' && innerHeight > innerWidth && ('width' in video || 'height' in video)) {
      const {width, height, ...rest} = video;
      constraints = {...constraints, video: {...rest, ...(height === undefined ? {} : {width: height}), ...(width === undefined ? {} : {height: width})}};
    }
    return real.call(this, constraints);
  };
}

/** Saves a screenshot of the element as a test artifact. */
export async function snapshot(page, name) {
  const engine = page.context().browser()?.browserType().name() ?? 'browser';
  // Playwright's screenshot adds a <style> of its own (animations off); in Firefox the page's CSP blocks
  // it and fires a violation. That one is the test's, not the page's: it is taken off the list (the
  // console report is recognised by its hash, see PLAYWRIGHT_SCREENSHOT_STYLE).
  const before = await page.evaluate(() => window.__cspViolations?.length ?? 0);
  await page.locator('id-verification-profile').screenshot({path: join(ARTIFACTS, `${engine}-${name}.png`), animations: 'disabled'});
  await page.waitForTimeout(150);
  await page.evaluate((from) => {
    const list = window.__cspViolations ?? [];
    window.__cspViolations = [...list.slice(0, from), ...list.slice(from).filter((v) => v !== 'style-src-elem inline')];
  }, before);
}

/** Waits for the element to be on `step`. */
export async function untilStep(page, step, timeout = 15_000) {
  await page.waitForFunction((s) => document.querySelector('id-verification-profile')?.step === s, step, {timeout});
}

/** Waits until the current camera step shows a live picture. */
export async function untilCameraLive(page) {
  await page.getByRole('button', {name: 'Take photo'}).waitFor({state: 'visible', timeout: 15_000});
  await page.waitForFunction(() => {
    const step = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('[data-step]');
    const video = step?.shadowRoot?.querySelector('video');
    return video && video.readyState >= 2 && video.videoWidth > 0;
  });
}

/** Takes the photo on the current camera step and accepts it. */
export async function takePhoto(page) {
  await untilCameraLive(page);
  await page.getByRole('button', {name: 'Take photo'}).click();
  const confirm = page.getByRole('button', {name: /use it anyway/i});
  const use = page.getByRole('button', {name: 'Use this photo'});
  await Promise.race([confirm.waitFor({timeout: 10_000}).catch(() => {}), use.waitFor({timeout: 10_000})]);
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await use.click();
}

/**
 * Walks a whole flow with the mouse: intro → name → layout → selfie → ID → review, taking a screenshot
 * of every step. Stops on review (the caller submits).
 */
export async function walkToReview(ctx, page, {name = 'Ada Lovelace', layout = 'one-sided', tag = layout} = {}) {
  await untilStep(page, 'intro');
  await snapshot(page, `${tag}-1-intro`);
  await page.getByRole('button', {name: 'Start'}).click();
  await untilStep(page, 'name');
  await page.getByLabel('Full name').fill(name);
  await snapshot(page, `${tag}-2-name`);
  await page.getByRole('button', {name: 'Continue'}).click();
  await untilStep(page, 'id-layout');
  await snapshot(page, `${tag}-3-layout`);
  ctx.setPicture(layout === 'two-sided' ? 'selfie-with-id' : 'selfie');
  await page.getByRole('button', {name: layout === 'two-sided' ? /different sides/ : /same side/}).click();
  await untilStep(page, 'selfie');
  await untilCameraLive(page);
  await page.waitForTimeout(600); // let the guidance settle for the screenshot
  await snapshot(page, `${tag}-4-selfie`);
  ctx.setPicture(layout === 'two-sided' ? 'id-name-side' : 'id-one-sided');
  await takePhoto(page);
  await untilStep(page, 'document');
  await untilCameraLive(page);
  await page.waitForTimeout(600);
  await snapshot(page, `${tag}-5-document`);
  await takePhoto(page);
  await untilStep(page, 'review');
  await snapshot(page, `${tag}-6-review`);
}

/** The accessible text of the focused element, looking through shadow roots. */
function focusedLabel(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    return (active.getAttribute('aria-label') || active.textContent || active.getAttribute('name') || '').trim();
  });
}

/**
 * Moves focus with Tab (only the keyboard) until the focused control's label matches, then presses
 * `key` on it. Fails after 40 Tabs: a control that cannot be reached by keyboard is a bug.
 */
export async function activateByKeyboard(page, label, key = 'Enter') {
  for (let i = 0; i < 40; i++) {
    const text = await focusedLabel(page);
    if (typeof label === 'string' ? text === label : label.test(text)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${label}" cannot be reached with Tab`);
}

/** Takes the photo on a camera step and accepts it, by keyboard only. */
export async function takePhotoByKeyboard(page) {
  await untilCameraLive(page);
  await activateByKeyboard(page, 'Take photo');
  await page.getByRole('button', {name: 'Use this photo'}).waitFor({timeout: 10_000});
  if (await page.getByRole('button', {name: /use it anyway/i}).isVisible().catch(() => false)) {
    await activateByKeyboard(page, /use it anyway/i);
  }
  await activateByKeyboard(page, 'Use this photo');
}
