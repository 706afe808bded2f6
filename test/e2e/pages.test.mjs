// Every example page renders the element under the demo's strict CSP, with no error of any kind.
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {e2eEngines, startE2E, untilStep} from './support.mjs';

for (const engine of e2eEngines(['chromium', 'firefox'])) {
describe(engine, () => {
  let ctx;
  before(async () => {
    ctx = await startE2E({engine});
  });
  after(async () => {
    await ctx?.close();
  });

  for (const page of ['index.html', 'plain.html', 'dark.html', 'form.html', 'react.html']) {
    test(`demo/${page} shows the intro with no error and no CSP violation`, async () => {
      const {page: tab, seen} = await ctx.newPage(`demo/${page}`);
      await untilStep(tab, 'intro');
      await tab.getByRole('button', {name: 'Start'}).waitFor();
      await tab.waitForTimeout(300); // let late work (challenge fetch, language) finish
      assert.deepEqual(await seen.readCspViolations(), []);
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      await tab.context().close();
    });
  }
});
}
