// The demo as a person uses it in WebKit (MiniBrowser through WebKitWebDriver): both flows from intro to
// a submission the demo server verified, under the demo's strict CSP, every request to the page's origin.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startDemoServer} from '../../demo/server.mjs';
import {mkdirSync} from 'node:fs';
import {ARTIFACTS, e2eEngines, untilStep, walkToReview} from './support.mjs';
import {launchWebKit} from './webkit-page.mjs';

for (const engine of e2eEngines(['webkit'])) {
  describe(engine, () => {
    let demo;
    let webkit;
    before(async () => {
      mkdirSync(ARTIFACTS, {recursive: true});
      demo = await startDemoServer({port: 0});
      webkit = await launchWebKit();
    });
    after(async () => {
      await webkit?.close();
      await demo?.close();
    });

    for (const layout of ['one-sided', 'two-sided']) {
      test(`${layout} flow: intro to a verified submission with the face checks passed, under a strict CSP, every request to the page's origin`, async () => {
        await webkit.setPicture('selfie');
        const page = await webkit.newPage(new URL('demo/index.html', demo.url).href);
        try {
        await walkToReview(webkit, page, {name: 'Ada Lovelace', layout});
        await page.evaluate(() =>
          document.querySelector('id-verification-profile').addEventListener('idv-submit', (e) => (window.__claims = e.detail.claims), {once: true}),
        );
        await page.getByRole('button', {name: 'Submit'}).click();
        await untilStep(page, 'done');
        // The built-in vision ran in WebKit too: the signed claims say the face checks passed, with WebAssembly.
        const selfie = (await page.evaluate(() => window.__claims)).captures.selfie.checks;
        assert.deepEqual(selfie.face, {value: 1, verdict: 'pass'});
        if (layout === 'two-sided') assert.equal(selfie.idPortrait.verdict, 'pass');
        assert.deepEqual(selfie.faceEngine, {value: 3, verdict: 'pass'}, 'the WebAssembly engine ran');
        await page.getByText('Server verified the submission').waitFor();

        const origin = new URL(demo.url).origin;
        const urls = await page.requestedUrls();
        assert.ok(urls.some((url) => url.endsWith('/api/submissions')), 'the submission went to the demo server');
        assert.deepEqual(urls.filter((url) => new URL(url).origin !== origin), []);
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
        assert.deepEqual(await page.pageErrors(), []);
        } finally {
          await page.context().close();
        }
      });
    }
  });
}
