// `npm test`: builds, then runs every suite — Node unit tests, the browser suite once per engine
// (Chromium, Firefox ESR, WebKitGTK), end-to-end tests against the demo server — and exits non-zero if
// any failed. Prints the time of each suite and engine, and one closing `N passed, N failed` line.
//
// TEST_BROWSERS=chromium (or a comma-separated list) narrows the engines. Each engine must be installed:
// a missing one stops the run with the command that installs it.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {findEngine, selectedEngines} from './support/browsers.mjs';

let engines;
try {
  engines = selectedEngines();
  for (const engine of engines) findEngine(engine);
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const hasTests = (dir, suffix) =>
  existsSync(dir) && readdirSync(dir, {recursive: true}).some((f) => String(f).endsWith(suffix));

const NODE_REPORT = 'test/.generated/node-report.txt';
const LIT_WARNINGS = 'test/.generated/lit-warnings.txt';

/** Counts from the closing lines each runner prints. */
const nodeCounts = (text) => ({
  passed: Number(text.match(/^(?:ℹ|#) pass (\d+)/m)?.[1] ?? 0),
  failed: Number(text.match(/^(?:ℹ|#) fail (\d+)/m)?.[1] ?? 0),
  skipped: Number(text.match(/^(?:ℹ|#) skipped (\d+)/m)?.[1] ?? 0),
});
const browserCounts = (text) => {
  const m = [...text.matchAll(/^browser: (\d+) passed, (\d+) failed, (\d+) skipped/gm)].at(-1);
  return m ? {passed: +m[1], failed: +m[2], skipped: +m[3]} : undefined;
};

const suites = [
  {name: 'build', cmd: ['npx', 'rollup', '-c', '--silent'], stopOnFailure: true},
  // The demo's React page and self-hosted detector files, which the end-to-end tests load.
  {name: 'demo build', cmd: ['node', 'demo/build-examples.mjs'], stopOnFailure: true},
  hasTests('test/node', '.test.mjs') && {
    name: 'node',
    // Dots on screen; the full report (with its closing counts) to a file.
    cmd: ['node', '--test', '--test-reporter=dot', '--test-reporter-destination=stdout',
      '--test-reporter=spec', `--test-reporter-destination=${NODE_REPORT}`, 'test/node/'],
    counts: () => nodeCounts(existsSync(NODE_REPORT) ? readFileSync(NODE_REPORT, 'utf8') : ''),
  },
  ...engines.map((engine) => ({
    name: `browser ${engine}`,
    cmd: ['npx', 'web-test-runner'],
    env: {TEST_BROWSERS: engine},
    counts: browserCounts,
    failIf: () => existsSync(LIT_WARNINGS),
  })),
  hasTests('test/e2e', '.test.mjs') && {
    name: 'end-to-end',
    cmd: ['node', '--test', '--test-concurrency=2', 'test/e2e/'],
    env: {TEST_BROWSERS: engines.join(',')},
    counts: nodeCounts,
  },
].filter(Boolean);

/** Runs a command with its output shown and kept (the counts are read from it). */
function run({cmd, env}) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}});
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (status) => resolve({status, output}));
  });
}

/**
 * The test files in which WebKit lost the page, when those are the run's only failures; otherwise null.
 * web-test-runner prints the file's name on a line of its own before that file's results.
 */
function lostPageFiles(output) {
  const lines = output.split('\n');
  const files = new Set();
  let file;
  for (const line of lines) {
    const header = line.match(/(test\/browser\/\S+\.test\.ts):\s*$/)?.[1];
    if (header) file = header;
    if (!/❌/.test(line)) continue;
    // "did not finish": the file's page stopped answering (seen once in a clean-clone run, after the page
    // had been lost in another file of the same run); like a lost page, no assertion of ours failed.
    const lostPage =
      /page navigated to another origin|browser disconnected|unable to create and start a test page|Browser tests did not finish within/.test(line);
    if (!lostPage || !file) return null;
    files.add(file);
  }
  return files.size ? [...files] : null;
}

/** The failed tests a runner's output names (web-test-runner's ❌ lines, node's `not ok`), with the error after each. */
function failureLines(output) {
  const lines = output.split('\n');
  const found = [];
  lines.forEach((line, i) => {
    const failedTest = line.match(/❌\s*(.+)$/)?.[1] ?? line.match(/^\s*not ok \d+ - (.+)$/)?.[1] ?? line.match(/^✖ (.+?)(?: \(\d[\d.]*ms\))?$/)?.[1];
    if (!failedTest) return;
    const detail = lines.slice(i + 1, i + 8).find((next) => /Error|error:|expected|timed out|Timeout/i.test(next));
    found.push(`${failedTest.trim()}${detail ? ` — ${detail.trim().slice(0, 240)}` : ''}`);
  });
  return found.slice(0, 40);
}

mkdirSync('test/.generated', {recursive: true});
rmSync(NODE_REPORT, {force: true});
const results = [];
for (const suite of suites) {
  const started = Date.now();
  console.log(`\n── ${suite.name} ──`);
  let {status, output} = await run(suite);
  let counts = suite.counts?.(output);
  const notes = [];
  // WebKitGTK now and then loses a test page (its web process goes; the runner reports "navigated to
  // another origin" or cannot start the page) in a file that passes when run again. Only those files, and
  // only when every failure of the run is such a loss, are run once more; each is named in the summary.
  // A failed assertion is never retried.
  const lost = suite.name === 'browser webkit' && status !== 0 ? lostPageFiles(output) : null;
  if (lost?.length) {
    console.log(`\n── ${suite.name}: WebKit lost the page in ${lost.join(', ')}; running ${lost.length === 1 ? 'it' : 'them'} once more ──`);
    const again = await run({...suite, env: {...suite.env, TEST_FILES: lost.join(',')}});
    const againCounts = suite.counts?.(again.output);
    notes.push(`WebKit lost the page, passed when run again: ${lost.join(', ')}`);
    if (again.status === 0 && againCounts && counts) {
      status = 0;
      counts = {passed: counts.passed + againCounts.passed, failed: 0, skipped: counts.skipped};
    } else {
      output += again.output;
    }
  }
  // A runner that fails without reaching its closing line still counts as one failure.
  if (counts && status !== 0 && counts.failed === 0) counts.failed = 1;
  const ok = status === 0 && !suite.failIf?.();
  results.push({name: suite.name, ok, seconds: (Date.now() - started) / 1000, counts, notes, failures: ok ? [] : failureLines(output)});
  if (suite.stopOnFailure && status !== 0) break;
}

// The failures again, just above the summary, so the end of a long log names them.
const failed = results.filter((r) => r.failures.length);
if (failed.length) {
  console.log('\n── failures ──');
  for (const r of failed) for (const line of r.failures) console.log(`${r.name}: ${line}`);
}

console.log('\n── summary ──');
const total = {passed: 0, failed: 0, skipped: 0};
for (const r of results) {
  const c = r.counts;
  const tally = c ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : '';
  console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(18)} ${r.seconds.toFixed(1).padStart(6)} s   ${tally}`);
  for (const note of r.notes ?? []) console.log(`      ${note}`);
  if (c) for (const k of Object.keys(total)) total[k] += c[k];
}
const allOk = results.every((r) => r.ok) && results.length === suites.length;
if (!allOk && total.failed === 0) total.failed = results.filter((r) => !r.ok).length;
const seconds = results.reduce((s, r) => s + r.seconds, 0);
console.log(`total ${(seconds / 60).toFixed(1)} min, engines: ${engines.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(allOk ? 0 : 1);
