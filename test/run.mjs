// `npm test`: builds, then runs every suite (Node unit tests, browser tests in Chromium, end-to-end
// tests against the demo server) and exits non-zero if any failed. Needs Chromium; says how to get it.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {findChromium} from './support/chromium.mjs';

try {
  const chromium = findChromium();
  process.env.CHROME_PATH ??= chromium;
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const hasTests = (dir, suffix) =>
  existsSync(dir) && readdirSync(dir, {recursive: true}).some((f) => String(f).endsWith(suffix));

const suites = [
  {name: 'build', cmd: ['npx', 'rollup', '-c', '--silent']},
  // The demo's React page and self-hosted detector files, which the end-to-end tests load.
  {name: 'demo build', cmd: ['node', 'demo/build-examples.mjs']},
  hasTests('test/node', '.test.mjs') && {name: 'node', cmd: ['node', '--test', '--test-reporter=dot', 'test/node/']},
  {name: 'browser', cmd: ['npx', 'web-test-runner'], failIf: () => existsSync('test/.generated/lit-warnings.txt')},
  hasTests('test/e2e', '.test.mjs') && {name: 'end-to-end', cmd: ['node', '--test', '--test-concurrency=1', 'test/e2e/']},
].filter(Boolean);

const results = [];
for (const suite of suites) {
  const started = Date.now();
  console.log(`\n── ${suite.name} ──`);
  const {status} = spawnSync(suite.cmd[0], suite.cmd.slice(1), {stdio: 'inherit'});
  const ok = status === 0 && !suite.failIf?.();
  results.push({name: suite.name, ok, seconds: (Date.now() - started) / 1000});
  if (suite.name.endsWith('build') && status !== 0) break;
}

console.log('\n── summary ──');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) && results.length === suites.length ? 0 : 1);
