// WebKit end to end: MiniBrowser driven through WebKitWebDriver (the W3C WebDriver server WebKit ships),
// because Playwright's WebKit builds cannot be installed here. It offers the few page calls the flows
// use, with the same names as Playwright's, so `walkToReview` and friends drive either.
//
// What WebDriver gives: real navigation, real pointer clicks and key presses on elements (inside shadow
// roots too: elements are found by a script and clicked by the driver), screenshots. What it does not:
// request and console events. The page's own record stands in: `performance` resource entries for the
// requests, `securitypolicyviolation` and `error` listeners installed right after load.
// The camera: WebKit's mock camera shows a fixed pattern, so `test/support/canvas-camera.js` is run in
// the page after load (before any camera step) and shows the picture set by `setPicture`.
import {spawn} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {findEngine} from '../support/browsers.mjs';
import {freePort, startDisplay, stopDisplay} from '../support/webkit-launcher.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const CANVAS_CAMERA = readFileSync('test/support/canvas-camera.js', 'utf8');

/** Finds, through every shadow root, the elements a locator describes (runs in the page). */
const FIND_IN_PAGE = `
  function allElements(root, out = []) {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) allElements(el.shadowRoot, out);
    }
    return out;
  }
  function visible(el) {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }
  function textMatches(text, want) {
    text = (text || '').replace(/\\s+/g, ' ').trim();
    return want.regex ? new RegExp(want.regex, want.flags).test(text) : text === want.text;
  }
  function find(query) {
    const everything = allElements(document);
    if (query.kind === 'css') return everything.filter((el) => el.matches(query.selector));
    if (query.kind === 'button') {
      return everything.filter((el) => (el.localName === 'button' || el.getAttribute('role') === 'button') &&
        textMatches(el.getAttribute('aria-label') || el.textContent, query.name) && visible(el));
    }
    if (query.kind === 'label') {
      const labels = everything.filter((el) => el.localName === 'label' && textMatches(el.textContent, query.name));
      const fields = everything.filter((el) => el.getAttribute && textMatches(el.getAttribute('aria-label'), query.name));
      return [...labels.map((label) => label.control).filter(Boolean), ...fields];
    }
    if (query.kind === 'text') {
      // As Playwright's getByText: a case-insensitive substring, on the innermost element holding it.
      const has = (el) => query.name.regex ? textMatches(el.textContent, query.name)
        : (el.textContent || '').replace(/\\s+/g, ' ').toLowerCase().includes(query.name.text.toLowerCase());
      return everything.filter((el) => has(el) && ![...el.children].some(has) && visible(el));
    }
    return [];
  }
`;

const nameQuery = (name) => (name instanceof RegExp ? {regex: name.source, flags: name.flags} : {text: name});

/** One WebKitWebDriver server under a private display, and the sessions made on it. */
export async function launchWebKit() {
  const {minibrowser, webdriver, xvfb} = findEngine('webkit');
  const display = {};
  const displayName = await startDisplay(xvfb, display);
  const port = await freePort();
  const child = spawn(webdriver, [`--port=${port}`, '--host=127.0.0.1'], {stdio: 'ignore', env: {...process.env, DISPLAY: displayName}});
  const base = `http://127.0.0.1:${port}`;
  async function request(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {'content-type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.message ?? response.status}`);
    return json.value;
  }
  for (let tries = 0; ; tries++) {
    try {
      await request('GET', '/status');
      break;
    } catch (error) {
      if (tries > 150) throw new Error('WebKitWebDriver did not start', {cause: error});
      await sleep(100);
    }
  }
  let picture = {name: 'selfie', gain: 1};
  const pages = new Set();

  return {
    setPicture(name, _variant = '', options = {}) {
      picture = {name, gain: options.gain ?? 1};
      // Pages already open read it at their next camera start.
      return Promise.all([...pages].map((page) => page.sendPicture(picture)));
    },
    /** A new MiniBrowser window (its own ephemeral store, as a private window) on `url`. */
    async newPage(url) {
      const session = await request('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: minibrowser,
              args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
            },
          },
        },
      });
      const page = webDriverPage(request, session.sessionId, () => pages.delete(page));
      pages.add(page);
      await request('POST', `/session/${session.sessionId}/window/rect`, {width: 1100, height: 900}).catch(() => {});
      await page.goto(url);
      await page.sendPicture(picture);
      return page;
    },
    async close() {
      for (const page of [...pages]) await page.context().close();
      child.kill();
      stopDisplay(display);
    },
  };
}

/** A Playwright-shaped page over one WebDriver session. */
function webDriverPage(request, id, onClose) {
  const session = (path) => `/session/${id}${path}`;
  const run = (body, args = []) => request('POST', session('/execute/sync'), {script: body, args});
  /** Calls `fn(arg)` in the page and returns its (JSON) result. */
  const evaluate = (fn, arg) => run(`return (${fn})(arguments[0]);`, [arg ?? null]);
  const elementId = (ref) => ref && Object.values(ref)[0];

  async function findOne(query) {
    const ref = await run(`${FIND_IN_PAGE}; return find(arguments[0])[0] || null;`, [query]);
    return elementId(ref);
  }
  async function until(condition, timeout, what) {
    const started = Date.now();
    for (;;) {
      const value = await condition();
      if (value) return value;
      if (Date.now() - started > timeout) throw new Error(`WebKit: timed out after ${timeout} ms waiting for ${what}`);
      await sleep(100);
    }
  }
  const locator = (query, what) => ({
    async waitFor({timeout = 15_000} = {}) {
      await until(() => findOne(query), timeout, what);
    },
    async isVisible() {
      return Boolean(await findOne(query));
    },
    async click({timeout = 15_000} = {}) {
      const element = await until(() => findOne(query), timeout, what);
      await request('POST', session(`/element/${element}/click`), {});
    },
    async fill(text, {timeout = 15_000} = {}) {
      const element = await until(() => findOne(query), timeout, what);
      await request('POST', session(`/element/${element}/clear`), {});
      await request('POST', session(`/element/${element}/value`), {text});
    },
    async screenshot({path}) {
      const element = await until(() => findOne(query), 15_000, what);
      const png = await request('GET', session(`/element/${element}/screenshot`));
      writeFileSync(path, Buffer.from(png, 'base64'));
    },
  });

  const page = {
    engine: 'webkit',
    async goto(url) {
      await request('POST', session('/url'), {url});
      // WebDriver may answer before the document that stays has replaced the first one: wait for it.
      await until(() => evaluate(() => document.readyState === 'complete' && Boolean(customElements.get('id-verification-profile'))), 15_000, 'the page to load');
      // The page's own record of what went wrong, from now on (WebDriver has no console or CSP events).
      await run(`
        window.__cspViolations = [];
        window.__pageErrors = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
        window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
        ${CANVAS_CAMERA}`);
    },
    async sendPicture({name, gain}) {
      const base64 = readFileSync(`test/fixtures/${name}.png`).toString('base64');
      await run('window.__IDV_CAMERA_PICTURE__ = arguments[0];', [{base64, gain}]);
    },
    evaluate,
    async waitForFunction(fn, arg, {timeout = 15_000} = {}) {
      await until(() => evaluate(fn, arg), timeout, `${String(fn).slice(0, 80)}`);
    },
    waitForTimeout: sleep,
    getByRole: (_role, {name}) => locator({kind: 'button', name: nameQuery(name)}, `button ${name}`),
    getByLabel: (name) => locator({kind: 'label', name: nameQuery(name)}, `field ${name}`),
    getByText: (name) => locator({kind: 'text', name: nameQuery(name)}, `text ${name}`),
    locator: (selector) => locator({kind: 'css', selector}, selector),
    /** Every URL the page loaded (resource entries), for the same-origin check. */
    requestedUrls: () => evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]),
    pageErrors: () => evaluate(() => window.__pageErrors ?? []),
    context: () => ({
      browser: () => ({browserType: () => ({name: () => 'webkit'})}),
      async close() {
        onClose();
        await request('DELETE', session('')).catch(() => {});
      },
    }),
  };
  return page;
}
