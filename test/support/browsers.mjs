// Finds the three test engines on this machine: an environment variable first, then the usual install
// locations. A missing one is an error that says exactly how to install it, never a silent skip.
import {existsSync} from 'node:fs';

/** Every engine the suites run in, in the order they run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Where each engine's programs are looked for; `env` wins when set. */
const PROGRAMS = {
  chromium: {
    env: 'CHROME_PATH',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    install: 'Debian/Ubuntu: sudo apt-get install -y chromium   (macOS: install Google Chrome)',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    install: 'Debian/Ubuntu: sudo apt-get install -y --no-install-recommends firefox-esr',
  },
  minibrowser: {
    env: 'WEBKIT_MINIBROWSER_PATH',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
    install: 'Debian/Ubuntu: sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb',
  },
  webkitDriver: {
    env: 'WEBKIT_WEBDRIVER_PATH',
    candidates: ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'],
    install: 'Debian/Ubuntu: sudo apt-get install -y --no-install-recommends webkit2gtk-driver',
  },
  xvfb: {
    env: 'XVFB_PATH',
    candidates: ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'],
    install: 'Debian/Ubuntu: sudo apt-get install -y --no-install-recommends xvfb',
  },
};

/** @returns {string} the program's path; throws a message naming the fix when it is missing. */
export function findProgram(name) {
  const {env, candidates, install} = PROGRAMS[name];
  const fromEnv = process.env[env];
  const hint = `  ${install}\n  or set ${env}=/path/to/it and run the command again.\n  (TEST_BROWSERS=chromium,firefox,webkit narrows a run to the engines you have.)`;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to ${fromEnv}, which does not exist.\n${hint}`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No ${name} was found for the tests.\n${hint}`);
  return found;
}

/** The programs each engine needs. */
export function findEngine(engine) {
  if (engine === 'chromium') return {executablePath: findProgram('chromium')};
  if (engine === 'firefox') return {executablePath: findProgram('firefox')};
  if (engine === 'webkit') {
    return {minibrowser: findProgram('minibrowser'), webdriver: findProgram('webkitDriver'), xvfb: findProgram('xvfb')};
  }
  throw new Error(`Unknown engine ${engine}: TEST_BROWSERS takes ${ENGINES.join(', ')}`);
}

/** The engines to run: `TEST_BROWSERS=chromium,firefox` narrows; all three by default. */
export function selectedEngines() {
  const wanted = (process.env.TEST_BROWSERS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) return [...ENGINES];
  for (const engine of wanted) if (!ENGINES.includes(engine)) throw new Error(`TEST_BROWSERS: unknown engine ${engine} (use ${ENGINES.join(', ')})`);
  return ENGINES.filter((e) => wanted.includes(e));
}

/**
 * Firefox preferences for tests: a fake camera granted without a prompt, and no calls to Mozilla's
 * servers (this machine has no network; each refused connection is noise and a delay).
 */
export const FIREFOX_TEST_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'services.settings.server': 'data:,#x/v1',
  'browser.safebrowsing.update.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  // Timers of a page that is not in front are not slowed down (the camera tests wait on them).
  'dom.min_background_timeout_value': 4,
};
