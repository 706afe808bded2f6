// A web-test-runner launcher for WebKitGTK's MiniBrowser, with no dependency beyond Node.
//
// Two ways to run a test file, as a person uses Safari in two ways:
// - `private` (the default): through WebKitWebDriver, the W3C WebDriver server WebKit ships. Automation
//   always uses an ephemeral data store, as a private window does; WebDriver's actions give real key
//   presses, so `sendKeys` from @web/test-runner-commands works.
// - `persistent`: MiniBrowser started directly, with fresh XDG folders per test file, so IndexedDB is a
//   real on-disk store as in a normal window. No automation channel: no `sendKeys`.
// Each test file gets its own MiniBrowser process (fresh storage). The display is a private Xvfb that the
// launcher starts on a free display number and stops when the run ends.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** W3C WebDriver codes of the named keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
const KEY_CODES = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

/**
 * A private Xvfb for one launcher: each has its own, because an X display gives the keyboard focus to one
 * window, and WebKit shows focus rings only in the focused window.
 */
export async function startDisplay(xvfb, display) {
  display.starting ??= new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it accepts clients.
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
    display.process = child;
    running.add(display);
  });
  display.name = await display.starting;
  return display.name;
}

/** Every display still running, ended with the process whatever happens to the run. */
const running = new Set();
process.once('exit', () => running.forEach((display) => display.process?.kill()));

export function stopDisplay(display) {
  running.delete(display);
  display.process?.kill();
  Object.assign(display, {process: undefined, name: undefined, starting: undefined});
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** How long MiniBrowser may take to open a session before it counts as stuck (it takes 1–3 s). */
const SESSION_START_TIMEOUT_MS = 45_000;

/**
 * @param {object} options
 * @param {string} options.minibrowser path of the MiniBrowser binary
 * @param {string} options.webdriver path of WebKitWebDriver
 * @param {string} options.xvfb path of Xvfb
 * @param {'private' | 'persistent'} [options.mode]
 * @param {string[]} [options.args] extra MiniBrowser arguments (camera flags)
 * @param {Record<string, string>} [options.env] extra environment for the browser (GTK settings)
 * @param {number} [options.concurrency] test files at once (each its own MiniBrowser)
 */
export function webkitLauncher({minibrowser, webdriver, xvfb, mode = 'private', args = [], env = {}, concurrency = 1}) {
  /** @type {Map<string, {kind: 'webdriver', id: string} | {kind: 'process', child: import('node:child_process').ChildProcess, home: string, url: string}>} */
  const sessions = new Map();
  let driver; // {child, base}
  let displayName;
  const display = {process: undefined, name: undefined, starting: undefined};

  async function request(method, path, body, timeoutMs) {
    const response = await fetch(`${driver.base}${path}`, {
      method,
      headers: {'content-type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.message ?? response.status}`);
    return json.value;
  }

  async function startDriver() {
    const port = await freePort();
    const child = spawn(webdriver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: {...process.env, ...env, DISPLAY: displayName},
    });
    driver = {child, base: `http://127.0.0.1:${port}`};
    for (let tries = 0; tries < 100; tries++) {
      try {
        const status = await request('GET', '/status');
        if (status?.ready !== false) return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('WebKitWebDriver did not start');
  }

  return {
    name: mode === 'private' ? 'WebKit' : 'WebKit (persistent storage)',
    // `webdriver` is what @web/test-runner-commands' sendKeys plugin looks for; it then calls sendKeys().
    type: mode === 'private' ? 'webdriver' : 'webkit-process',
    concurrency,

    async initialize() {
      displayName = await startDisplay(xvfb, display);
      if (mode === 'private') await startDriver();
    },

    async stop() {
      for (const id of [...sessions.keys()]) await this.stopSession(id).catch(() => {});
      driver?.child.kill();
      driver = undefined;
      stopDisplay(display);
    },

    async startSession(sessionId, url) {
      if (mode === 'private') {
        const capabilities = {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {binary: minibrowser, args: ['--automation', ...args]},
          },
        };
        let session;
        try {
          session = await request('POST', '/session', {capabilities}, SESSION_START_TIMEOUT_MS);
        } catch {
          // A MiniBrowser that never came up leaves WebKitWebDriver waiting for it: start a fresh driver
          // and try once more (the browser's start, not a test, is what is retried).
          driver?.child.kill();
          await startDriver();
          session = await request('POST', '/session', {capabilities}, SESSION_START_TIMEOUT_MS);
        }
        sessions.set(sessionId, {kind: 'webdriver', id: session.sessionId});
        await request('POST', `/session/${session.sessionId}/window/rect`, {width: 800, height: 600}).catch(() => {});
        // Without a window manager nothing gives the window the keyboard focus; switching to it does, and
        // WebKit shows focus rings (:focus-visible) only in a focused window.
        const handle = await request('GET', `/session/${session.sessionId}/window`);
        await request('POST', `/session/${session.sessionId}/window`, {handle}).catch(() => {});
        await request('POST', `/session/${session.sessionId}/url`, {url});
        return;
      }
      // Fresh XDG folders: WebKit keeps IndexedDB, caches and settings under them.
      const home = mkdtempSync(join(tmpdir(), 'idv-webkit-'));
      const child = spawn(minibrowser, [...args, url], {
        stdio: 'ignore',
        env: {
          ...process.env,
          DISPLAY: displayName,
          HOME: home,
          XDG_DATA_HOME: join(home, 'data'),
          XDG_CACHE_HOME: join(home, 'cache'),
          XDG_CONFIG_HOME: join(home, 'config'),
          ...env,
        },
      });
      sessions.set(sessionId, {kind: 'process', child, home, url});
    },

    isActive(sessionId) {
      return sessions.has(sessionId);
    },

    async getBrowserUrl(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) return undefined;
      if (session.kind === 'process') return session.url;
      return request('GET', `/session/${session.id}/url`).catch(() => undefined);
    },

    async stopSession(sessionId) {
      const session = sessions.get(sessionId);
      sessions.delete(sessionId);
      if (session?.kind === 'webdriver') await request('DELETE', `/session/${session.id}`).catch(() => {});
      if (session?.kind === 'process') {
        await new Promise((resolve) => {
          session.child.once('exit', resolve);
          session.child.kill();
          setTimeout(resolve, 3000);
        });
        // MiniBrowser may still be writing its caches as it exits: retry, and never fail a test over it.
        try {
          rmSync(session.home, {recursive: true, force: true, maxRetries: 5, retryDelay: 200});
        } catch {
          // left in the temp folder; the system cleans it
        }
      }
      return {};
    },

    async startDebugSession() {
      throw new Error('WebKit tests have no debug mode here; run them with TEST_BROWSERS=webkit.');
    },

    /**
     * Real key presses through WebDriver actions. `keys` is what the sendKeys plugin passes: one name
     * (`Tab`, `Shift+Tab`, `Enter`, `Space`…) for a press, or single characters for typing.
     */
    async sendKeys(sessionId, keys) {
      const session = sessions.get(sessionId);
      if (session?.kind !== 'webdriver') throw new Error('Key presses need the private (WebDriver) WebKit mode.');
      const actions = [];
      for (const key of keys) {
        const parts = key.length > 1 ? key.split('+') : [key];
        const codes = parts.map((part) => KEY_CODES[part] ?? part);
        if (codes.some((code) => [...code].length !== 1)) throw new Error(`Unknown key for WebKit: ${key}`);
        for (const code of codes) actions.push({type: 'keyDown', value: code});
        for (const code of [...codes].reverse()) actions.push({type: 'keyUp', value: code});
      }
      await request('POST', `/session/${session.id}/actions`, {actions: [{type: 'key', id: 'keyboard', actions}]});
      await request('DELETE', `/session/${session.id}/actions`).catch(() => {});
    },
  };
}
