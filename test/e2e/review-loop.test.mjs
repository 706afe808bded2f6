// The whole loop on one machine, as `npm start` runs it: a person submits, the reviewer rejects with
// "ID not legible", the person's page (reloaded) shows that reason and the person redoes the photos,
// the new submission is approved, and the page then shows "complete" and never asks again.
// Real Chromium for both the person and the reviewer, the demo server with a throwaway data folder.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {ARTIFACTS, e2eEngines, snapshot, startE2E, takePhoto, untilCameraLive, untilStep, walkToReview} from './support.mjs';

const engines = e2eEngines(['chromium']);
let ctx;
let dataDir;
let previousDataDir;

before(async () => {
  if (engines.length === 0) return;
  dataDir = await mkdtemp(path.join(tmpdir(), 'idv-e2e-review-'));
  // startE2E starts the demo server with its defaults, which read DEMO_DATA_DIR.
  previousDataDir = process.env.DEMO_DATA_DIR;
  process.env.DEMO_DATA_DIR = dataDir;
  ctx = await startE2E({engine: 'chromium'});
});
after(async () => {
  await ctx?.close();
  if (previousDataDir === undefined) delete process.env.DEMO_DATA_DIR;
  else process.env.DEMO_DATA_DIR = previousDataDir;
  if (dataDir) await rm(dataDir, {recursive: true, force: true});
});

/** Submits from the review step and waits for the demo server to have stored it. */
async function submit(page) {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/submissions'));
  await page.getByRole('button', {name: 'Submit'}).click();
  assert.equal((await response).status(), 200);
  await untilStep(page, 'done');
}

/** The reviewer's card for the newest pending submission of `name`, once its photos have loaded. */
async function reviewCard(reviewerPage, name) {
  const card = reviewerPage.getByRole('article', {name});
  await card.waitFor({timeout: 10_000});
  await reviewerPage.waitForFunction(
    (label) => [...document.querySelectorAll('article')]
      .filter((a) => a.querySelector('h2')?.textContent === label)
      .every((a) => [...a.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0)),
    name,
  );
  return card;
}

test('submit, reject with "ID not legible", see the reason and redo, approve, then complete for good', {skip: engines.length === 0 && 'Chromium only'}, async () => {
  const person = await ctx.newPage();
  const reviewer = await ctx.newPage(`review#token=${ctx.demo.reviewerToken}`);
  assert.equal(new URL(reviewer.page.url()).hash, '', 'the token leaves the address bar');

  // 1. The person submits.
  await walkToReview(ctx, person.page, {name: 'Ada Lovelace', layout: 'one-sided', tag: 'loop'});
  await submit(person.page);

  // 2. The reviewer sees both photos, the signed name, the layout and every check, and rejects.
  await reviewer.page.reload();
  let card = await reviewCard(reviewer.page, 'Ada Lovelace');
  await card.getByText('one-sided: name and photo on the same side').waitFor();
  const checks = await card.locator('table.checks tbody tr').allInnerTexts();
  assert.ok(checks.some((row) => /^Selfie\tbrightness\t[\d.]+\t(pass|warn|fail)$/.test(row)), checks.join('\n'));
  assert.ok(checks.some((row) => /^ID\tsharpness\t[\d.]+\t(pass|warn|fail)$/.test(row)), checks.join('\n'));
  assert.equal((await card.locator('.verdict').innerText()).split(':')[0], 'verified');
  await reviewer.page.screenshot({path: path.join(ARTIFACTS, 'chromium-loop-reviewer-page.png'), fullPage: true});
  await card.getByLabel('Reason').selectOption({label: 'ID not legible'});
  await card.getByRole('button', {name: 'Reject'}).click();
  await reviewer.page.getByText('Rejected (ID not legible): Ada Lovelace').waitFor();

  // 3. The person's page, reloaded, shows the reason and the way to redo it; the person redoes the ID photo.
  await person.page.reload();
  await untilStep(person.page, 'rejected');
  await person.page.getByText('Reason: ID not legible.').waitFor();
  await snapshot(person.page, 'loop-8-rejected');
  await person.page.getByRole('button', {name: 'Start again'}).click();
  await untilStep(person.page, 'name');
  await person.page.getByLabel('Full name').fill('Ada Lovelace');
  await person.page.getByRole('button', {name: 'Continue'}).click();
  await untilStep(person.page, 'id-layout');
  ctx.setPicture('selfie');
  await person.page.getByRole('button', {name: /same side/}).click();
  await untilStep(person.page, 'selfie');
  await untilCameraLive(person.page);
  ctx.setPicture('id-one-sided');
  await takePhoto(person.page);
  await untilStep(person.page, 'document');
  await takePhoto(person.page);
  await untilStep(person.page, 'review');
  await submit(person.page);
  await person.page.reload();
  await untilStep(person.page, 'on-file');
  await person.page.getByText('Your verification profile is under review').waitFor();

  // 4. The new submission is back in the queue; the reviewer approves it.
  await reviewer.page.getByRole('button', {name: 'Refresh the queue'}).click();
  card = await reviewCard(reviewer.page, 'Ada Lovelace');
  assert.equal(await reviewer.page.getByRole('article').count(), 1, 'only the new submission is pending');
  await card.getByRole('button', {name: 'Approve'}).click();
  await reviewer.page.getByText('Approved: Ada Lovelace').waitFor();
  await reviewer.page.getByText('Nothing is waiting for review.').waitFor();

  // 5. The person's page shows "complete" and, reloaded again, still never asks for anything.
  for (let visit = 0; visit < 2; visit++) {
    const requestsBefore = person.seen.requests.length;
    await person.page.reload();
    await untilStep(person.page, 'on-file');
    await person.page.getByText('Your verification profile is complete').waitFor();
    assert.equal(await person.page.getByRole('button', {name: 'Start'}).count(), 0);
    const calls = person.seen.requests.slice(requestsBefore).filter((r) => r.url.includes('/api/')).map((r) => `${r.method} ${new URL(r.url).pathname}`);
    assert.deepEqual(calls, ['GET /api/status'], 'the page only asks for the status, no challenge');
  }
  await snapshot(person.page, 'loop-9-complete');

  for (const {seen} of [person, reviewer]) {
    assert.deepEqual(await seen.readCspViolations(), []);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
  }
});

test('the reviewer page with a wrong token shows nothing of the queue and asks for the token', {skip: engines.length === 0 && 'Chromium only'}, async () => {
  const {page, seen} = await ctx.newPage('review#token=not-the-token-of-this-server');
  await page.getByText('That token was not accepted').waitFor();
  assert.equal(await page.getByRole('article').count(), 0);
  await page.getByLabel('Reviewer token').fill(ctx.demo.reviewerToken);
  await page.getByRole('button', {name: 'Open the queue'}).click();
  await page.getByText('Nothing is waiting for review.').waitFor();
  assert.deepEqual(await seen.readCspViolations(), []);
  assert.deepEqual(seen.pageErrors, []);
  await page.context().close();
});
