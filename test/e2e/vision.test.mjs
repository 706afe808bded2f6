// The built-in vision end to end: the demo's script-tag page under the strict CSP (wasm-unsafe-eval,
// worker-src 'self', Trusted Types with the element's own policy). Both flows complete with the face
// checks passing in the signed claims, no CSP violation and no request to another origin; pictures that
// are not what a step asks for get their guidance and never "Looks good".
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, startE2E, untilCameraLive, untilStep, walkToReview} from './support.mjs';
import {CSP} from '../../demo/server.mjs';
import {writeFileSync} from 'node:fs';
import {GENERATED_CLAIMS, readmeClaimsExample, shapeOf} from '../support/readme-claims.mjs';

/** The policy the issue asks the demo to be served with. */
const STRICT = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html id-verification-profile',
];

/** Every guidance message the live region shows during `ms`, in order, without repeats. */
async function guidanceDuring(page, ms) {
  return page.evaluate(async (duration) => {
    const seen = [];
    const end = performance.now() + duration;
    while (performance.now() < end) {
      const step = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('[data-step]');
      const text = step?.shadowRoot?.querySelector('[part=guidance] .message')?.textContent?.trim() ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
      await new Promise((r) => setTimeout(r, 100));
    }
    return seen;
  }, ms);
}

/** Walks to the camera step of `layout` showing `picture` at `step` ('selfie' or 'document'). */
async function openCameraStep(ctx, page, {layout, step, picture}) {
  await untilStep(page, 'intro');
  await page.getByRole('button', {name: 'Start'}).click();
  await untilStep(page, 'name');
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByRole('button', {name: 'Continue'}).click();
  await untilStep(page, 'id-layout');
  ctx.setPicture(step === 'selfie' ? picture : layout === 'two-sided' ? 'selfie-with-id' : 'selfie');
  await page.getByRole('button', {name: layout === 'two-sided' ? /different sides/ : /same side/}).click();
  await untilStep(page, 'selfie');
  await untilCameraLive(page);
  if (step === 'selfie') return;
  ctx.setPicture(picture);
  await page.getByRole('button', {name: 'Take photo'}).click();
  const confirm = page.getByRole('button', {name: /use it anyway/i});
  const use = page.getByRole('button', {name: 'Use this photo'});
  await use.waitFor({timeout: 15_000});
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await use.click();
  await untilStep(page, 'document');
  await untilCameraLive(page);
}

for (const engine of e2eEngines(['chromium', 'firefox'])) {
  describe(`${engine}: built-in vision`, () => {
    let ctx;
    before(async () => {
      ctx = await startE2E({engine});
    });
    after(async () => {
      await ctx?.close();
    });

    test('the demo is served with the strict policy', () => {
      for (const directive of STRICT) assert.ok(CSP.split('; ').includes(directive), directive);
      assert.ok(!CSP.includes("'unsafe-eval'"), "no 'unsafe-eval'");
    });

    for (const layout of ['one-sided', 'two-sided']) {
      test(`${layout} flow: the face checks pass in the signed claims, no CSP violation, no foreign request`, async () => {
        const {page, seen} = await ctx.newPage();
        await walkToReview(ctx, page, {layout, tag: `vision-${layout}`});
        const claims = page.evaluate(
          () =>
            new Promise((resolve) =>
              document.querySelector('id-verification-profile').addEventListener('idv-submit', (e) => resolve(e.detail.claims), {once: true}),
            ),
        );
        await page.getByRole('button', {name: 'Submit'}).click();
        const signed = await claims;
        const {captures} = signed;
        await untilStep(page, 'done');
        if (layout === 'two-sided' && engine === 'chromium') {
          // The README's example is this submission's shape: every member and every check name.
          writeFileSync(GENERATED_CLAIMS, JSON.stringify(signed, null, 2));
          assert.deepEqual(shapeOf(readmeClaimsExample()), shapeOf(signed), 'README claims example: run node test/support/readme-claims.mjs');
        }
        const selfie = captures.selfie.checks;
        assert.deepEqual(selfie.face, {value: 1, verdict: 'pass'}, 'one person (the portrait on the ID is not a person)');
        assert.equal(selfie.faceSize.verdict, 'pass');
        if (layout === 'two-sided') assert.equal(selfie.idPortrait.verdict, 'pass');
        assert.ok([2, 3].includes(selfie.faceEngine.value), `the built-in engine ran (faceEngine ${selfie.faceEngine.value})`);
        assert.equal(selfie.faceEngine.verdict, 'pass');
        if (layout === 'two-sided') assert.equal(captures.document.checks.photoSide.verdict, 'pass');
        const workerLoaded = seen.requests.some((r) => r.url.endsWith('/dist/vision/vision-worker.js'));
        assert.ok(workerLoaded, 'the Worker came from dist/vision/');
        const foreign = seen.requests.filter((r) => new URL(r.url).origin !== new URL(ctx.demo.url).origin);
        assert.deepEqual(foreign, []);
        assert.deepEqual(await seen.readCspViolations(), []);
        assert.deepEqual(seen.pageErrors, []);
        await page.context().close();
      });
    }

    const cases = [
      {name: 'an empty room at the selfie step', layout: 'one-sided', step: 'selfie', picture: 'faces/no-face-empty-room', says: "We can't see your face"},
      {name: 'a card held up at the selfie step', layout: 'one-sided', step: 'selfie', picture: 'faces/card-photo-side-desk', says: null},
      {name: 'a selfie at the ID step', layout: 'one-sided', step: 'document', picture: 'selfie', says: null},
      {name: 'the photo side at the two-sided ID step', layout: 'two-sided', step: 'document', picture: 'id-photo-side', says: 'Turn the card over: show the side with your name'},
    ];
    for (const c of cases) {
      test(`${c.name}: guidance, never "Looks good"`, async () => {
        const {page, seen} = await ctx.newPage();
        await openCameraStep(ctx, page, c);
        const messages = await guidanceDuring(page, 5000);
        assert.ok(messages.length > 0, 'some guidance was shown');
        assert.ok(!messages.includes('Looks good'), `never "Looks good" (saw: ${messages.join(' | ')})`);
        if (c.says) assert.ok(messages.includes(c.says), `"${c.says}" (saw: ${messages.join(' | ')})`);
        assert.deepEqual(await seen.readCspViolations(), []);
        await page.context().close();
      });
    }
  });
}
