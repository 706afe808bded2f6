// What the host's backend answers is what the person is told: a refusal is a retryable error, never
// "submitted", and nothing claims the profile is complete after a reload. Real Chromium, the demo
// page and server, the fake camera.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startE2E, untilStep, walkToReview} from './support.mjs';

let ctx;
before(async () => {
  ctx = await startE2E();
});
after(async () => {
  await ctx?.close();
});

test('a backend answering 500 shows a retryable error, and after a reload the profile is not complete', async () => {
  const {page} = await ctx.newPage();
  await page.route('**/api/submissions', (route) => route.fulfill({status: 500, contentType: 'application/json', body: '{"ok":false}'}));
  await walkToReview(ctx, page, {tag: 'host-500'});
  await page.getByRole('button', {name: 'Submit'}).click();
  await page.getByText('Nothing was lost').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('id-verification-profile').step), 'review');
  await page.getByRole('button', {name: 'Try again'}).waitFor();

  await page.reload();
  await untilStep(page, 'review');
  await page.getByText('We kept your progress.').waitFor();
  assert.equal(await page.getByText('Your verification profile is complete').count(), 0);
  assert.equal(await page.getByText('under review').count(), 0);
  await page.context().close();
});
