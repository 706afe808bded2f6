// The demo as a person uses it: both flows from intro to a submission the demo server verified,
// under the demo's strict CSP, with no request of the component's own.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, snapshot, startE2E, untilStep, walkToReview} from './support.mjs';

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
    test(`${layout} flow: intro to a verified submission under a strict CSP, no request of its own`, async () => {
      const {page, seen} = await ctx.newPage();
      await walkToReview(ctx, page, {name: 'Ada Lovelace', layout});
      const requestsBeforeSubmit = seen.requests.length;
      const response = page.waitForResponse((r) => r.url().endsWith('/api/submissions'));
      await page.getByRole('button', {name: 'Submit'}).click();
      assert.equal((await response).status(), 200);
      assert.equal((await (await response).json()).sub, 'demo-person', 'signed for the profile id the session is for');
      await untilStep(page, 'done');
      await snapshot(page, `${layout}-7-done`);
      await page.getByText('Server verified the submission').waitFor();

      // Only the host page's own calls: the page, its scripts, the challenge (asked for when signing) and the submission.
      const apiCalls = seen.requests.slice(requestsBeforeSubmit).map((r) => `${r.method} ${new URL(r.url).pathname}`);
      assert.deepEqual(apiCalls.filter((c) => c.includes('/api/')), ['GET /api/challenge', 'POST /api/submissions']);
      const foreign = seen.requests.filter((r) => new URL(r.url).origin !== new URL(ctx.demo.url).origin);
      assert.deepEqual(foreign, []);
      assert.deepEqual(await seen.readCspViolations(), []);
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      await page.context().close();
    });
  }

  test('plain form: after the element submits, the form posts the signed profile and the server verifies it', async () => {
    const {page, seen} = await ctx.newPage('demo/form.html');
    await walkToReview(ctx, page, {name: 'Grace Hopper', layout: 'one-sided', tag: 'form'});
    // Before the element has submitted, the form refuses to post: the element reports valueMissing.
    assert.equal(await page.locator('form').evaluate((form) => form.checkValidity()), false);
    await page.getByRole('button', {name: 'Submit'}).click();
    await untilStep(page, 'done');
    assert.deepEqual(await seen.readCspViolations(), []); // read now: posting the form leaves the page
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/submissions'));
    await page.getByRole('button', {name: 'Send to the server'}).click();
    const response = await posted;
    assert.equal(response.status(), 200);
    const verdict = await response.json();
    assert.equal(verdict.verdict, 'verified');
    assert.equal(verdict.name, 'Grace Hopper');
    await page.context().close();
  });
});
}
