// Every built entry imports in plain Node (as during server-side rendering) without touching a browser
// global: each is imported in a fresh process where `window`, `document` and friends are absent, and
// every read of one by the package's own code (dist/) is recorded. Dependencies' Node builds may
// feature-detect (lit-html checks `globalThis.document === undefined`); that is what they are for.
// Lit's Node build installs a `customElements` shim, so `define` registers into that and must not throw.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const ENTRIES = ['dist/index.js', 'dist/define.js', 'dist/server/index.js', 'dist/react.js'];

/** Browser globals that must not be read while a module is being imported. */
const BROWSER_GLOBALS = [
  'window', 'self', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB',
  'matchMedia', 'requestAnimationFrame', 'getComputedStyle', 'MediaStream', 'ImageData', 'OffscreenCanvas',
  'HTMLCanvasElement', 'HTMLVideoElement', 'ResizeObserver', 'IntersectionObserver', 'screen', 'devicePixelRatio',
];

const CHILD = `
const touched = [];
/** Records a read unless it comes from a dependency's own feature detection. */
function record(name) {
  const caller = new Error().stack.split(String.fromCharCode(10))[3] ?? '';
  if (!caller.includes('/node_modules/')) touched.push(name + ' at ' + caller.trim());
}
for (const name of ${JSON.stringify(BROWSER_GLOBALS)}) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { record(name); return undefined; },
    set() { record(name + ' (set)'); },
  });
}
let error = null;
try {
  const module = await import(process.argv[1]);
  if (!Object.keys(module).length) error = 'no exports';
} catch (e) {
  error = String(e && e.stack || e);
}
process.stdout.write(JSON.stringify({touched: [...new Set(touched)], error}));
`;

function importInFreshNode(entry) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(entry).href], {
    encoding: 'utf8',
    env: {...process.env, NODE_ENV: 'production'},
  });
  return JSON.parse(out);
}

for (const entry of ENTRIES) {
  test(`${entry} imports in Node without touching a browser global`, {skip: !existsSync(entry) && 'not built'}, () => {
    const {touched, error} = importInFreshNode(entry);
    assert.equal(error, null, `importing ${entry} failed`);
    assert.deepEqual(touched, [], `${entry} read browser globals at import time`);
  });
}

test('define registers into Lit’s server shim without throwing', () => {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL('dist/define.js').href)}); await import(${JSON.stringify(pathToFileURL('dist/define.js').href)} + '?again'); process.stdout.write(String(typeof customElements !== 'undefined' && !!customElements.get('id-verification-profile')))`],
    {encoding: 'utf8'},
  );
  assert.equal(out, 'true');
});
