// The optional on-device face detector, as a host page opts in to it (demo/detector.html, which serves
// the MediaPipe files itself and relaxes the CSP only as far as MediaPipe needs): the two-sided selfie
// counts the face and the ID's portrait, and the two-sided ID step recognises the photo side.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, snapshot, startE2E, untilCameraLive, untilStep} from './support.mjs';

// MediaPipe's runtime is tested where it was measured: Chromium.
for (const engine of e2eEngines(['chromium'])) {
describe(engine, () => {
  let ctx;
  before(async () => {
    ctx = await startE2E({picture: 'selfie-with-id', engine});
  });
  after(async () => {
    await ctx?.close();
  });

  /** The text of the live guidance on the current camera step. */
  const guidance = (page) =>
    page.evaluate(
      () =>
        document.querySelector('id-verification-profile').shadowRoot.querySelector('[data-step]').shadowRoot.querySelector('[part=guidance]')
          ?.textContent ?? '',
    );

  async function toTwoSidedSelfie(page) {
    const status = page.locator('#detector-status');
    await page.getByText(/Face detector ready|could not load/).waitFor({timeout: 60_000});
    assert.match(await status.textContent(), /Face detector ready/);
    await page.getByRole('button', {name: 'Start'}).click();
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByRole('button', {name: 'Continue'}).click();
    await page.getByRole('button', {name: /different sides/}).click();
    await untilStep(page, 'selfie');
    await untilCameraLive(page);
  }

  test('two-sided selfie with the detector: the face and the ID portrait are found and signed as passed', async () => {
    ctx.setPicture('selfie-with-id');
    const {page, seen} = await ctx.newPage('demo/detector.html');
    const captured = page.evaluateHandle(
      () => new Promise((resolve) => document.querySelector('id-verification-profile').addEventListener('idv-capture', (e) => resolve(e.detail), {once: true})),
    );
    await toTwoSidedSelfie(page);
    await page.waitForFunction(
      () => /Looks good/.test(document.querySelector('id-verification-profile').shadowRoot.querySelector('[data-step]').shadowRoot.querySelector('[part=guidance]')?.textContent ?? ''),
      null,
      {timeout: 30_000},
    );
    await snapshot(page, 'detector-two-sided-selfie');
    await page.getByRole('button', {name: 'Take photo'}).click();
    await page.getByRole('button', {name: 'Use this photo'}).click();
    const {kind, checks} = await (await captured).jsonValue();
    assert.equal(kind, 'selfie');
    assert.equal(checks.face.verdict, 'pass');
    assert.equal(checks.idPortrait.verdict, 'pass');
    assert.deepEqual(await seen.readCspViolations(), []);
    assert.deepEqual(seen.pageErrors, []);
    await page.context().close();
  });

  test('two-sided ID step with the detector: showing the photo side asks to turn the card over', async () => {
    ctx.setPicture('selfie-with-id');
    const {page, seen} = await ctx.newPage('demo/detector.html');
    await toTwoSidedSelfie(page);
    ctx.setPicture('id-photo-side');
    await page.getByRole('button', {name: 'Take photo'}).click();
    await page.getByRole('button', {name: /Use this photo/}).click();
    await untilStep(page, 'document');
    await untilCameraLive(page);
    await page.waitForFunction(
      () => /Turn the card over/.test(document.querySelector('id-verification-profile').shadowRoot.querySelector('[data-step]').shadowRoot.querySelector('[part=guidance]')?.textContent ?? ''),
      null,
      {timeout: 30_000},
    );
    assert.match(await guidance(page), /side with your name/);
    await snapshot(page, 'detector-photo-side');
    assert.deepEqual(await seen.readCspViolations(), []);
    await page.context().close();
  });
});
}
