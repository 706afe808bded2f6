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

test('a page left open past the challenge lifetime still submits: the challenge is fetched when signing', async () => {
  ctx.demo.challenges.ttlSeconds = 3;
  try {
    const {page} = await ctx.newPage();
    const opened = Date.now();
    await walkToReview(ctx, page, {tag: 'expired-challenge'});
    await page.waitForTimeout(Math.max(0, opened + 4000 - Date.now())); // longer than any challenge lives
    const response = page.waitForResponse((r) => r.url().endsWith('/api/submissions'));
    await page.getByRole('button', {name: 'Submit'}).click();
    assert.equal((await response).status(), 200);
    await untilStep(page, 'done');
    await page.context().close();
  } finally {
    ctx.demo.challenges.ttlSeconds = 600;
  }
});

test('after a refused attempt, the retry signs a new challenge and is accepted', async () => {
  const {page} = await ctx.newPage();
  let refused = false;
  await page.route('**/api/submissions', (route) => {
    if (refused) return route.continue();
    refused = true;
    return route.fulfill({status: 503, contentType: 'application/json', body: '{"ok":false}'});
  });
  const nonces = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/challenge')) nonces.push(request.url());
  });
  await walkToReview(ctx, page, {tag: 'retry-challenge'});
  await page.getByRole('button', {name: 'Submit'}).click();
  await page.getByRole('button', {name: 'Try again'}).click();
  await untilStep(page, 'done');
  await page.getByText('Server verified the submission').waitFor();
  assert.equal(nonces.length, 2, 'one challenge per signature');
  await page.context().close();
});
