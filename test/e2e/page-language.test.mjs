// The element follows the page's language after load: a page that switches <html lang> gets the
// element in that language. Real Chromium, the demo page and its script-tag bundle.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startE2E, untilStep} from './support.mjs';

let ctx;
before(async () => {
  ctx = await startE2E();
});
after(async () => {
  await ctx?.close();
});

test("document.documentElement.lang = 'fr' after load switches the element to French", async () => {
  const {page, seen} = await ctx.newPage();
  await untilStep(page, 'intro');
  await page.getByRole('button', {name: 'Start'}).waitFor();
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.getByRole('button', {name: 'Commencer'}).waitFor();
  assert.deepEqual(seen.pageErrors, []);
  await page.context().close();
});
