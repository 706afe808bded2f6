// Browser tests in three real engines — Chromium, Firefox ESR and WebKitGTK — with real cameras.
//
// A test file picks the camera it runs against through its name; each (engine, camera) pair becomes a WTR
// group with its own browser launch:
//   foo.test.ts                 the engine's fake camera, permission granted
//   foo.cam-selfie.test.ts      a camera showing test/fixtures/selfie.png: in Chromium a real fake-camera
//                               file (Y4M, made at test time); in Firefox and WebKit, which cannot play a
//                               file, a canvas stream of the picture behind the real getUserMedia
//   foo.cam-selfie-dark.test.ts the same picture through a named variant (see VARIANTS)
//   foo.nocam.test.ts           no camera device at all (getUserMedia → NotFoundError)
//   foo.deny.test.ts            camera present, permission denied (NotAllowedError)
//   foo.prompt.test.ts          camera present, no auto-grant: the test sets the permission (Chromium only)
//   foo.reduce.test.ts          the person asked for reduced motion (browser setting)
// WebKit runs every file through WebKitWebDriver, whose data store is ephemeral as in a private window;
// the storage files also run in a MiniBrowser with a persistent on-disk store ("webkit-persistent").
//
// TEST_BROWSERS=chromium,firefox narrows the engines; TEST_FILES=a,b (path substrings) narrows the files.
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {BASE_CHROMIUM_ARGS} from './test/support/chromium.mjs';
import {findEngine, selectedEngines, FIREFOX_TEST_PREFS} from './test/support/browsers.mjs';
import {webkitLauncher} from './test/support/webkit-launcher.mjs';
import {pngToY4mFile} from './test/support/y4m.mjs';
import {cameraPermissionPlugin} from './test/support/camera-permission-plugin.mjs';

const FIXTURES = 'test/fixtures';
const GENERATED = 'test/.generated';
/** Degraded variants of fixture pictures, named in test file names. */
const VARIANTS = {
  dark: {gain: 0.12},
  bright: {gain: 2.2},
};

/** Every `*.test.ts` under test/browser; TEST_FILES=a,b (path substrings) narrows the run while working. */
const wanted = (process.env.TEST_FILES ?? '').split(',');
const allFiles = readdirSync('test/browser', {recursive: true})
  .map((name) => join('test/browser', name))
  .filter((file) => file.endsWith('.test.ts') && wanted.some((part) => file.includes(part)));

/**
 * What a file's name asks of the camera and the browser.
 * @returns {{key: string, tag: string, picture?: string, variant?: string}}
 */
function cameraFor(file) {
  const tag = basename(file).match(/\.(cam-[\w-]+|nocam|deny|prompt|reduce)\.test\.ts$/)?.[1];
  if (!tag) return {key: 'fake-camera', tag: 'fake-camera'};
  if (!tag.startsWith('cam-')) return {key: tag, tag};
  const spec = tag.slice('cam-'.length);
  const variant = Object.keys(VARIANTS).find((v) => spec.endsWith(`-${v}`)) ?? '';
  const picture = variant ? spec.slice(0, -(variant.length + 1)) : spec;
  return {key: tag, tag: 'picture', picture, variant};
}

// ── Chromium ──────────────────────────────────────────────────────────────────────────────────────────
const CHROMIUM_FAKE_DEVICE = ['--use-fake-device-for-media-stream'];
const CHROMIUM_GRANT = ['--use-fake-ui-for-media-stream'];

function chromiumArgs({tag, picture, variant}) {
  if (tag === 'nocam') return [...CHROMIUM_GRANT];
  if (tag === 'deny') return [...CHROMIUM_FAKE_DEVICE, '--use-fake-ui-for-media-stream=deny'];
  if (tag === 'prompt') return [...CHROMIUM_FAKE_DEVICE];
  if (tag === 'reduce') return [...CHROMIUM_FAKE_DEVICE, ...CHROMIUM_GRANT, '--force-prefers-reduced-motion'];
  if (tag === 'picture') {
    const y4m = pngToY4mFile(join(FIXTURES, `${picture}.png`), GENERATED, variant, VARIANTS[variant]);
    return [...CHROMIUM_FAKE_DEVICE, ...CHROMIUM_GRANT, `--use-file-for-fake-video-capture=${y4m}`];
  }
  return [...CHROMIUM_FAKE_DEVICE, ...CHROMIUM_GRANT];
}

function chromiumLauncher(camera, {executablePath}) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      // Lets the leak test force a garbage collection in Chromium (other engines use memory pressure).
      args: [...BASE_CHROMIUM_ARGS, '--js-flags=--expose-gc', ...chromiumArgs(camera)],
    },
    // Each test file gets its own browser context, so IndexedDB (drafts, keys) is never shared between
    // files that run side by side: a test that empties every store cannot disturb another file.
    createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
  });
  launcher.name = 'Chromium';
  return launcher;
}

// ── Firefox ───────────────────────────────────────────────────────────────────────────────────────────
function firefoxPrefs({tag}) {
  // No fake device and no real one on a test machine: getUserMedia finds no camera.
  if (tag === 'nocam') return {...FIREFOX_TEST_PREFS, 'media.navigator.streams.fake': false};
  if (tag === 'deny' || tag === 'prompt') {
    return {...FIREFOX_TEST_PREFS, 'media.navigator.permission.disabled': false, 'permissions.default.camera': 2};
  }
  if (tag === 'reduce') return {...FIREFOX_TEST_PREFS, 'ui.prefersReducedMotion': 1};
  return FIREFOX_TEST_PREFS;
}

function firefoxLauncher(camera, {executablePath}) {
  // Keeps Firefox's remote settings client from calling out (the prefs alone do not stop every call).
  process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';
  const launcher = chromeLauncher({
    launchOptions: {browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: firefoxPrefs(camera)},
    createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
    concurrency: 1,
  });
  launcher.name = 'Firefox';
  return launcher;
}

// ── WebKit ────────────────────────────────────────────────────────────────────────────────────────────
const WEBKIT_CAMERA = ['--enable-media-stream=true', '--enable-mock-capture-devices=true'];

/** A GTK settings folder that turns animations off: WebKitGTK reports that as prefers-reduced-motion. */
function reducedMotionConfigHome() {
  const home = mkdtempSync(join(tmpdir(), 'idv-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  return home;
}

function webkitLauncherFor(camera, programs, mode = 'private') {
  const args = camera.tag === 'nocam' ? ['--enable-media-stream=true'] : [...WEBKIT_CAMERA];
  // Outside automation the mock camera asks for permission and would wait for a prompt forever.
  if (mode === 'persistent') args.push('--features=-MockCaptureDevicesPrompt');
  const env = camera.tag === 'reduce' ? {XDG_CONFIG_HOME: reducedMotionConfigHome()} : {};
  return webkitLauncher({...programs, mode, args, env});
}

// ── Groups ────────────────────────────────────────────────────────────────────────────────────────────
/** Camera setups an engine cannot make, with the reason; the files are run as skipped in that engine. */
const UNSUPPORTED = {
  firefox: {prompt: 'Firefox cannot change a page\u2019s camera permission from outside the page'},
  webkit: {
    prompt: 'WebKit cannot change a page\u2019s camera permission from outside the page',
    deny: 'WebKit under automation grants the mock camera; it has no setting that denies it',
  },
};

/** The page each test file runs in: the engine's name, and the picture camera where the file asks for one. */
function testRunnerHtml(engine, camera, skipReason) {
  const picture = camera.tag === 'picture' && engine !== 'chromium';
  const settings = {engine, skipReason: skipReason ?? null};
  const cameraScript = picture
    ? `<script>window.__IDV_CAMERA_PICTURE__ = ${JSON.stringify({
        picture: `/${FIXTURES}/${camera.picture}.png`,
        gain: VARIANTS[camera.variant]?.gain ?? 1,
      })}</script><script type="module" src="/test/support/canvas-camera.js"></script>`
    : '';
  return (framework) =>
    `<!DOCTYPE html><html><head><script>window.__IDV_TEST__ = ${JSON.stringify(settings)}</script>${cameraScript}</head>` +
    `<body><script type="module" src="${framework}"></script></body></html>`;
}

const engines = selectedEngines();
const programs = Object.fromEntries(engines.map((engine) => [engine, findEngine(engine)]));
const groups = [];
for (const engine of engines) {
  const byCamera = new Map();
  for (const file of allFiles) {
    const camera = cameraFor(file);
    if (!byCamera.has(camera.key)) byCamera.set(camera.key, {camera, files: []});
    byCamera.get(camera.key).files.push(file);
  }
  for (const [key, {camera, files}] of byCamera) {
    const skipReason = UNSUPPORTED[engine]?.[camera.tag];
    // A setup the engine cannot make still loads its files (in the default camera setup) so each test
    // is listed, and skipped with the reason in its title (see test/browser/helpers/engine.ts).
    const launchCamera = skipReason ? {key: 'fake-camera', tag: 'fake-camera'} : camera;
    const launcher =
      engine === 'chromium'
        ? chromiumLauncher(launchCamera, programs.chromium)
        : engine === 'firefox'
          ? firefoxLauncher(launchCamera, programs.firefox)
          : webkitLauncherFor(launchCamera, programs.webkit);
    groups.push({name: `${engine}:${key}`, files, browsers: [launcher], testRunnerHtml: testRunnerHtml(engine, camera, skipReason)});
  }
  if (engine === 'webkit') {
    const storageFiles = allFiles.filter((file) => file.includes('/storage/'));
    if (storageFiles.length) {
      const camera = {key: 'fake-camera', tag: 'fake-camera'};
      groups.push({
        name: 'webkit-persistent:storage',
        files: storageFiles,
        browsers: [webkitLauncherFor(camera, programs.webkit, 'persistent')],
        testRunnerHtml: testRunnerHtml('webkit', camera),
      });
    }
  }
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

/** Engine of a session, from its group's name (`firefox:cam-selfie` → firefox, `webkit-persistent:storage`). */
const engineOf = (session) => String(session.group?.name ?? session.browser?.name ?? '').split(':')[0];

/** Prints totals per engine and overall at the end (the progress bars show them per group only). */
function totalsReporter() {
  return {
    onTestRunFinished({sessions}) {
      if (litWarnings.length) {
        console.log(`\nLit warnings (each fails npm test):\n  ${litWarnings.join('\n  ')}`);
        mkdirSync(GENERATED, {recursive: true});
        writeFileSync(LIT_WARNINGS_FILE, litWarnings.join('\n'));
      }
      const totals = new Map();
      const count = (engine) => {
        if (!totals.has(engine)) totals.set(engine, {passed: 0, failed: 0, skipped: 0, files: new Set(), skips: new Set()});
        return totals.get(engine);
      };
      for (const session of sessions) {
        const engine = engineOf(session);
        const c = count(engine);
        c.files.add(session.testFile);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) c.failed++;
        const walk = (suite) => {
          for (const test of suite.tests) {
            c[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
            if (test.skipped) c.skips.add(test.name);
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
      }
      const all = {passed: 0, failed: 0, skipped: 0};
      console.log('');
      for (const [engine, c] of totals) {
        console.log(`browser tests, ${engine}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped, in ${c.files.size} files`);
        for (const name of c.skips) console.log(`  skipped in ${engine}: ${name}`);
        for (const k of Object.keys(all)) all[k] += c[k];
      }
      console.log(`browser: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
    },
  };
}

export default {
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240_000,
  // Twenty-odd WebKit launchers each start an Xvfb and a WebDriver server: give a loaded machine time.
  browserStartTimeout: 120_000,
  testFramework: {config: {timeout: 30_000}},
  reporters: [defaultReporter(), totalsReporter()],
  filterBrowserLogs: collectLitWarnings,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'}),
    cameraPermissionPlugin(),
  ],
  groups,
};
