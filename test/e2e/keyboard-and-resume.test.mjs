// A person who uses only the keyboard finishes both flows; a person who reloads mid-flow resumes
// where they were and finishes. Real Chromium, the demo page and server, the fake camera.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {activateByKeyboard, e2eEngines, startE2E, takePhoto, takePhotoByKeyboard, untilCameraLive, untilStep} from './support.mjs';

for (const engine of e2eEngines(['chromium', 'firefox'])) {
describe(engine, () => {
  let ctx;
  before(async () => {
    ctx = await startE2E({engine});
  });
  after(async () => {
    await ctx?.close();
  });

  for (const layout of ['one-sided', 'two-sided']) {
    test(`${layout} flow with the keyboard alone, to a verified submission`, async () => {
      const {page, seen} = await ctx.newPage();
      let mouseEvents = 0;
      await page.exposeFunction('__countMouse', () => mouseEvents++);
      await page.evaluate(() => {
        for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) {
          window.addEventListener(type, (e) => e.detail > 0 && window.__countMouse(), true);
        }
      });
      await untilStep(page, 'intro');
      await activateByKeyboard(page, 'Start');
      await untilStep(page, 'name');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Katherine Johnson');
      await page.keyboard.press('Enter');
      await untilStep(page, 'id-layout');
      ctx.setPicture(layout === 'two-sided' ? 'selfie-with-id' : 'selfie');
      await activateByKeyboard(page, layout === 'two-sided' ? 'No, they are on different sides' : 'Yes, on the same side', 'Space');
      await untilStep(page, 'selfie');
      await untilCameraLive(page); // the selfie camera has its picture: the next start gets the ID
      ctx.setPicture(layout === 'two-sided' ? 'id-name-side' : 'id-one-sided');
      await takePhotoByKeyboard(page);
      await untilStep(page, 'document');
      await takePhotoByKeyboard(page);
      await untilStep(page, 'review');
      await activateByKeyboard(page, 'Submit');
      await untilStep(page, 'done');
      await page.getByText('Server verified the submission').waitFor();
      assert.equal(mouseEvents, 0, 'no mouse event was used');
      assert.deepEqual(seen.pageErrors, []);
      await page.context().close();
    });
  }

  test('reloading mid-flow resumes at the same step with the same photo, then finishes', async () => {
    const {page, seen} = await ctx.newPage();
    await untilStep(page, 'intro');
    await page.getByRole('button', {name: 'Start'}).click();
    await page.getByLabel('Full name').fill('Mary Jackson');
    await page.getByRole('button', {name: 'Continue'}).click();
    ctx.setPicture('selfie');
    await page.getByRole('button', {name: /same side/}).click();
    await untilStep(page, 'selfie');
    await untilCameraLive(page);
    ctx.setPicture('id-one-sided');
    await takePhoto(page);
    await untilStep(page, 'document');
    const selfieBefore = await page.evaluate(async () => {
      const el = document.querySelector('id-verification-profile');
      return el.flow.captures.selfie.blob.size;
    });

    await page.reload();
    await untilStep(page, 'document');
    await page.getByText('We kept your progress.').waitFor();
    const selfieAfter = await page.evaluate(() => document.querySelector('id-verification-profile').flow.captures.selfie.blob.size);
    assert.equal(selfieAfter, selfieBefore);

    await takePhoto(page);
    await untilStep(page, 'review');
    await page.getByText('Mary Jackson').waitFor();
    // The element asks the page for a fresh challenge when signing, so the reload changes nothing here.
    await page.getByRole('button', {name: 'Submit'}).click();
    await untilStep(page, 'done');
    await page.getByText('Server verified the submission').waitFor();
    assert.deepEqual(seen.pageErrors, []);
    await page.context().close();
  });
});
}
