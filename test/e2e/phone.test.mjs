// A phone held upright: a 390×844 screen with touch and a portrait (720×1280) camera, the demo page under
// its strict CSP with the built-in vision. Both flows go from intro to a submission the server verified,
// with every check of both photos passing in the signed claims, photos taller than wide, no console error
// or CSP violation, and no sideways scrolling at any step.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, snapshot, startE2E, turnSizesWithThePhone, untilCameraLive, untilStep} from './support.mjs';

const PHONE = {width: 390, height: 844};

/**
 * The phone, as far as each engine can be one: Firefox has no mobile emulation (no `isMobile`: no meta
 * viewport, no mobile user agent), and its `hasTouch` gives the page no touch events.
 */
const contextFor = (engine) =>
  engine === 'firefox'
    ? {viewport: PHONE, hasTouch: true, deviceScaleFactor: 2}
    : {viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2};

/** The pictures each flow's camera shows: a selfie, then the card across the width. */
const PICTURES = {
  'one-sided': {selfie: 'selfie-portrait', document: 'id-one-sided-portrait', button: /same side/},
  'two-sided': {selfie: 'selfie-with-id-portrait', document: 'id-name-side-portrait', button: /different sides/},
};

/**
 * A finger's tap where the engine can be driven by touch; a click in Firefox, where Playwright's tap (over
 * WebDriver BiDi) delivers neither touch events nor the click that follows them, on any page.
 */
const press = (engine, locator) => (engine === 'firefox' ? locator.click() : locator.tap());

/** Waits for "Looks good" on the current camera step; on a timeout, says what was shown instead. */
async function untilLooksGood(page, where) {
  const message = () =>
    page.evaluate(() => {
      const step = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('[data-step]');
      return step?.shadowRoot?.querySelector('[part=guidance] .message')?.textContent?.trim() ?? '';
    });
  const end = Date.now() + 15_000;
  let shown = '';
  while (Date.now() < end) {
    shown = await message();
    if (shown === 'Looks good') return;
    await page.waitForTimeout(200);
  }
  assert.fail(`${where}: never "Looks good" (last shown: "${shown}")`);
}

/** The page's width against its scrolled width: nothing may stick out sideways. */
async function assertNoSidewaysScroll(page, where) {
  const {scrollWidth, innerWidth} = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${where}: the page scrolls sideways (scrollWidth ${scrollWidth} > innerWidth ${innerWidth})`);
}

/** Takes the photo with a tap (see `press`) and keeps it; the checks all passed, so no "use it anyway" may be asked. */
async function tapPhoto(engine, page, where) {
  await untilCameraLive(page);
  await press(engine, page.getByRole('button', {name: 'Take photo'}));
  const use = page.getByRole('button', {name: 'Use this photo'});
  await use.waitFor({timeout: 15_000});
  assert.equal(await page.getByRole('button', {name: /use it anyway/i}).isVisible(), false, `${where}: a check failed at capture`);
  await assertNoSidewaysScroll(page, `${where} (photo taken)`);
  await press(engine, use);
}

for (const engine of e2eEngines(['chromium', 'firefox'])) {
  describe(`${engine}: a 390×844 phone with a portrait camera`, () => {
    let ctx;
    before(async () => {
      ctx = await startE2E({engine});
    });
    after(async () => {
      await ctx?.close();
    });

    for (const layout of ['one-sided', 'two-sided']) {
      test(`${layout} flow: every check passes on portrait photos, no sideways scrolling, no error`, async (t) => {
        const pictures = PICTURES[layout];
        const {page, seen} = await ctx.newPage('demo/index.html', contextFor(engine), engine === 'chromium' ? turnSizesWithThePhone : undefined);
        const tag = `phone-${layout}`;
        assert.deepEqual(await page.evaluate(() => ({width: innerWidth, height: innerHeight, dpr: devicePixelRatio})), {...PHONE, dpr: 2});

        await untilStep(page, 'intro');
        await assertNoSidewaysScroll(page, 'intro');
        await press(engine, page.getByRole('button', {name: 'Start'}));
        await untilStep(page, 'name');
        await page.getByLabel('Full name').fill('Maria-Magdalena Wolkenstein');
        await assertNoSidewaysScroll(page, 'name');
        await press(engine, page.getByRole('button', {name: 'Continue'}));
        await untilStep(page, 'id-layout');
        await assertNoSidewaysScroll(page, 'layout');
        ctx.setPicture(pictures.selfie);
        await press(engine, page.getByRole('button', {name: pictures.button}));

        await untilStep(page, 'selfie');
        await untilCameraLive(page);
        await untilLooksGood(page, 'selfie');
        await assertNoSidewaysScroll(page, 'selfie');
        await snapshot(page, `${tag}-4-selfie`);
        ctx.setPicture(pictures.document);
        await tapPhoto(engine, page, 'selfie');

        await untilStep(page, 'document');
        await untilCameraLive(page);
        await untilLooksGood(page, 'ID');
        await assertNoSidewaysScroll(page, 'ID');
        await snapshot(page, `${tag}-5-document`);
        await tapPhoto(engine, page, 'ID');

        await untilStep(page, 'review');
        await assertNoSidewaysScroll(page, 'review');
        await snapshot(page, `${tag}-6-review`);
        const claims = page.evaluate(
          () =>
            new Promise((resolve) =>
              document.querySelector('id-verification-profile').addEventListener('idv-submit', (e) => resolve(e.detail.claims), {once: true}),
            ),
        );
        const response = page.waitForResponse((r) => r.url().endsWith('/api/submissions'));
        await press(engine, page.getByRole('button', {name: 'Submit'}));
        const {captures} = await claims;
        assert.equal((await response).status(), 200);
        assert.equal((await (await response).json()).verdict, 'verified');
        await untilStep(page, 'done');
        await page.getByText('Server verified the submission').waitFor();
        await assertNoSidewaysScroll(page, 'done');
        await snapshot(page, `${tag}-7-done`);

        for (const [step, capture] of Object.entries(captures)) {
          const values = Object.entries(capture.checks).map(([name, check]) => `${name} ${+check.value.toFixed(3)} ${check.verdict}`);
          t.diagnostic(`${step}: ${capture.width}×${capture.height}, camera ${capture.camera.width}×${capture.camera.height}; ${values.join(', ')}`);
          const failing = Object.entries(capture.checks).filter(([, check]) => check.verdict !== 'pass');
          assert.deepEqual(failing, [], `${step}: every check passes (${JSON.stringify(capture.checks)})`);
          assert.ok([2, 3].includes(capture.checks.faceEngine.value), `${step}: the built-in engine ran`);
          assert.ok(capture.height > capture.width, `${step}: a portrait photo (${capture.width}×${capture.height})`);
          assert.ok(capture.camera.height > capture.camera.width, `${step}: a portrait camera (${capture.camera.width}×${capture.camera.height})`);
          assert.deepEqual([capture.camera.width, capture.camera.height], [720, 1280], `${step}: the camera's size`);
        }
        for (const name of layout === 'two-sided' ? ['face', 'faceCentre', 'faceSize', 'idPortrait'] : ['face', 'faceCentre', 'faceSize']) {
          assert.ok(name in captures.selfie.checks, `selfie: ${name} was checked`);
        }
        assert.ok((layout === 'two-sided' ? 'photoSide' : 'portrait') in captures.document.checks, 'ID: the card\'s face check ran');
        assert.deepEqual(captures.selfie.checks.face, {value: 1, verdict: 'pass'});

        assert.deepEqual(await seen.readCspViolations(), []);
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(seen.consoleErrors, []);
        await page.context().close();
      });
    }
  });
}
