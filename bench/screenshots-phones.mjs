// Every step of the two-sided flow, and the no-camera screen, at four screen sizes, in the demo page under
// its strict CSP (real Chromium, fake camera fed from the fixture pictures; the 390×844 phone gets a
// portrait camera, 720×1280, that turns the sizes asked for as a phone held upright does). Written to
// docs/phones/ as JPEGs of the element, for a person to look at.
//
//   npm run build && node demo/build-examples.mjs && node bench/screenshots-phones.mjs
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {startE2E, untilStep, untilCameraLive, takePhoto, turnSizesWithThePhone} from '../test/e2e/support.mjs';

const OUT = 'docs/phones';
const SIZES = [
  {name: '320x568', viewport: {width: 320, height: 568}},
  {name: '390x844-portrait-camera', viewport: {width: 390, height: 844}, portrait: true},
  {name: '844x390', viewport: {width: 844, height: 390}},
  {name: '1280x800', viewport: {width: 1280, height: 800}},
];
mkdirSync(OUT, {recursive: true});
mkdirSync('test/artifacts/phones', {recursive: true});

/** Waits (up to 15 s) for "Looks good" on a camera step, so the picture shows the guide as it ends up. */
async function untilLooksGood(page) {
  await page
    .waitForFunction(
      () => {
        const step = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('[data-step]');
        return step?.shadowRoot?.querySelector('.guidance')?.hasAttribute('data-ready');
      },
      undefined,
      {timeout: 15_000},
    )
    .catch(() => console.warn('never "Looks good" on this step'));
}

async function shot(page, size, step) {
  await page.waitForTimeout(700); // the guidance settles
  const element = page.locator('id-verification-profile');
  await element.screenshot({path: join(OUT, `${size.name}-${step}.jpg`), type: 'jpeg', quality: 70});
  // The same as PNG in the git-ignored artifacts, for viewers that show no JPEG.
  await element.screenshot({path: join('test/artifacts/phones', `${size.name}-${step}.png`)});
}

const ctx = await startE2E({engine: 'chromium'});
try {
  for (const size of SIZES) {
    const {page} = await ctx.newPage('demo/index.html', {}, size.portrait ? turnSizesWithThePhone : undefined);
    await page.setViewportSize(size.viewport);
    await untilStep(page, 'intro');
    await shot(page, size, '1-intro');
    await page.getByRole('button', {name: 'Start'}).click();
    await untilStep(page, 'name');
    await page.getByLabel('Full name').fill('Maria-Magdalena Wolkenstein');
    await shot(page, size, '2-name');
    await page.getByRole('button', {name: 'Continue'}).click();
    await untilStep(page, 'id-layout');
    await shot(page, size, '3-layout');
    ctx.setPicture(size.portrait ? 'selfie-with-id-portrait' : 'selfie-with-id');
    await page.getByRole('button', {name: /different sides/}).click();
    await untilStep(page, 'selfie');
    await untilCameraLive(page);
    await untilLooksGood(page);
    await shot(page, size, '4-selfie');
    ctx.setPicture(size.portrait ? 'id-name-side-portrait' : 'id-name-side');
    await takePhoto(page);
    await untilStep(page, 'document');
    await untilCameraLive(page);
    await untilLooksGood(page);
    await shot(page, size, '5-document');
    await takePhoto(page);
    await untilStep(page, 'review');
    await shot(page, size, '6-review');
    await page.getByRole('button', {name: 'Submit'}).click();
    await untilStep(page, 'done');
    await shot(page, size, '7-done');
    await page.context().close();
  }
} finally {
  await ctx.close();
}
// The no-camera screen: where people are sent to their phone.
const noCamera = await startE2E({engine: 'chromium', camera: false});
try {
  for (const size of SIZES.filter((s) => s.name !== '390x844-portrait-camera')) {
    const {page} = await noCamera.newPage();
    await page.setViewportSize(size.viewport);
    await page.getByRole('button', {name: 'Start'}).click();
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByRole('button', {name: 'Continue'}).click();
    await page.getByRole('button', {name: /same side/}).click();
    await untilStep(page, 'no-camera');
    await shot(page, size, '8-no-camera');
    await page.context().close();
  }
} finally {
  await noCamera.close();
}
console.log(`screenshots in ${OUT}/`);
