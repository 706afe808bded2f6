// Browser tests in a real headless Chromium with a real (fake-device) camera.
//
// A test file picks the camera it runs against through its name, and each distinct camera becomes a
// WTR group with its own browser launch (Chromium takes one fake-camera file per launch):
//   foo.test.ts                 synthetic fake camera (640×480, no face), permission granted
//   foo.cam-selfie.test.ts      fake camera fed with test/fixtures/selfie.png (as Y4M, made at test time)
//   foo.cam-selfie-dark.test.ts the same picture through a named variant (see VARIANTS)
//   foo.nocam.test.ts           no camera device at all (getUserMedia → NotFoundError)
//   foo.deny.test.ts            camera present, permission denied (NotAllowedError)
//   foo.prompt.test.ts          camera present, no auto-grant: tests set the permission through CDP
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {findChromium, BASE_CHROMIUM_ARGS} from './test/support/chromium.mjs';
import {pngToY4mFile} from './test/support/y4m.mjs';
import {cameraPermissionPlugin} from './test/support/camera-permission-plugin.mjs';

const executablePath = findChromium();
const FIXTURES = 'test/fixtures';
const GENERATED = 'test/.generated';
/** Degraded variants of fixture pictures, named in test file names. */
const VARIANTS = {
  dark: {gain: 0.12},
  bright: {gain: 2.2},
};
const FAKE_DEVICE = ['--use-fake-device-for-media-stream'];
const GRANT = ['--use-fake-ui-for-media-stream'];

/** Every `*.test.ts` under test/browser; TEST_FILES=a,b (path substrings) narrows the run while working. */
const wanted = (process.env.TEST_FILES ?? '').split(',');
const allFiles = readdirSync('test/browser', {recursive: true})
  .map((name) => join('test/browser', name))
  .filter((file) => file.endsWith('.test.ts') && wanted.some((part) => file.includes(part)));

/** @returns {{key: string, args: string[]}} */
function cameraFor(file) {
  const tag = basename(file).match(/\.(cam-[\w-]+|nocam|deny|prompt)\.test\.ts$/)?.[1];
  if (!tag) return {key: 'fake-camera', args: [...FAKE_DEVICE, ...GRANT]};
  if (tag === 'nocam') return {key: tag, args: [...GRANT]};
  if (tag === 'deny') return {key: tag, args: [...FAKE_DEVICE, '--use-fake-ui-for-media-stream=deny']};
  if (tag === 'prompt') return {key: tag, args: [...FAKE_DEVICE]};
  const spec = tag.slice('cam-'.length);
  const variantName = Object.keys(VARIANTS).find((v) => spec.endsWith(`-${v}`)) ?? '';
  const picture = variantName ? spec.slice(0, -(variantName.length + 1)) : spec;
  const y4m = pngToY4mFile(join(FIXTURES, `${picture}.png`), GENERATED, variantName, VARIANTS[variantName]);
  return {key: tag, args: [...FAKE_DEVICE, ...GRANT, `--use-file-for-fake-video-capture=${y4m}`]};
}

const groups = new Map();
for (const file of allFiles) {
  const {key, args} = cameraFor(file);
  if (!groups.has(key)) groups.set(key, {args, files: []});
  groups.get(key).files.push(file);
}

/**
 * Lit's development build warns about mistakes that still render (an update scheduled during an update,
 * a missing property…). Any such warning fails `npm test`: the reporter below prints them and writes
 * them to LIT_WARNINGS_FILE, which test/run.mjs checks (WTR's own exit code only counts failed tests).
 * The "dev mode" notice itself is expected.
 */
export const LIT_WARNINGS_FILE = 'test/.generated/lit-warnings.txt';
rmSync(LIT_WARNINGS_FILE, {force: true});
const litWarnings = [];
function collectLitWarnings({args}, session) {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) {
    litWarnings.push(`${session?.testFile ? `${session.testFile}: ` : ''}${text.slice(0, 300)}`);
  }
  return true;
}

/** Prints one line of totals at the end (the progress bars show them per group only). */
function totalsReporter() {
  return {
    onTestRunFinished({sessions}) {
      if (litWarnings.length) {
        console.log(`\nLit warnings (each fails npm test):\n  ${litWarnings.join('\n  ')}`);
        mkdirSync('test/.generated', {recursive: true});
        writeFileSync(LIT_WARNINGS_FILE, litWarnings.join('\n'));
      }
      const count = {passed: 0, failed: 0, skipped: 0};
      const walk = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) if (session.testResults) walk(session.testResults);
      const files = new Set(sessions.map((s) => s.testFile)).size;
      console.log(`\nbrowser tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped, in ${files} files`);
    },
  };
}

const launcher = (args) =>
  chromeLauncher({
    launchOptions: {executablePath, headless: true, args: [...BASE_CHROMIUM_ARGS, ...args]},
    // Each test file gets its own browser context, so IndexedDB (drafts, keys) is never shared between
    // files that run side by side: a test that empties every store cannot disturb another file.
    createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
  });

export default {
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  testFramework: {config: {timeout: 20_000}},
  reporters: [defaultReporter(), totalsReporter()],
  filterBrowserLogs: collectLitWarnings,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'}),
    cameraPermissionPlugin(),
  ],
  browsers: [launcher([...FAKE_DEVICE, ...GRANT])],
  groups: [...groups].map(([name, {args, files}]) => ({name, files, browsers: [launcher(args)]})),
};
