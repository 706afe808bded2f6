// A device without a camera, as the script-tag bundle shows it under the demo's strict CSP: the
// no-camera screen with a link and a QR code to continue elsewhere (the QR encoder is loaded on
// demand from beside the bundle).
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, snapshot, startE2E, untilStep} from './support.mjs';

for (const engine of e2eEngines(['chromium', 'firefox'])) {
describe(engine, () => {
  let ctx;
  before(async () => {
    ctx = await startE2E({camera: false, engine});
  });
  after(async () => {
    await ctx?.close();
  });

  test('no camera: explains, offers a link and a QR code to continue on another device', async () => {
    const {page, seen} = await ctx.newPage();
    await untilStep(page, 'intro');
    await page.evaluate(() => document.querySelector('id-verification-profile').setAttribute('handoff-url', 'https://example.com/continue?t=abc123'));
    const errors = page.evaluateHandle(() => {
      const codes = [];
      document.querySelector('id-verification-profile').addEventListener('idv-error', (e) => codes.push(e.detail.code));
      return codes;
    });
    await page.getByRole('button', {name: 'Start'}).click();
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByRole('button', {name: 'Continue'}).click();
    await page.getByRole('button', {name: /same side/}).click();
    await untilStep(page, 'no-camera');
    await page.getByRole('link', {name: 'Continue on another device'}).waitFor();
    const qrPath = page.locator('id-verification-profile').locator('svg path');
    await qrPath.first().waitFor({timeout: 10_000});
    await snapshot(page, 'no-camera-handoff');
    assert.equal(await page.getByRole('link', {name: 'Continue on another device'}).getAttribute('href'), 'https://example.com/continue?t=abc123');
    assert.deepEqual(await (await errors).jsonValue(), ['camera-not-found']);
    assert.ok(seen.requests.some((r) => r.url.endsWith('/dist/chunks/qr-code.js')), 'the QR encoder was loaded on demand');
    assert.deepEqual(await seen.readCspViolations(), []);
    assert.deepEqual(seen.pageErrors, []);
  });
});
}
