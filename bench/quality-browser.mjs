// Opens headless Chromium on a page with the quality modules bundled (bench/quality-page.mjs), served from
// the project root under a private origin, so fixtures and the vision files (dist/vision/) load as in the tests.
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {findChromium, BASE_CHROMIUM_ARGS} from '../test/support/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORIGIN = 'http://quality.bench';
const TYPES = {'.js': 'text/javascript', '.png': 'image/png', '.wasm': 'application/wasm', '.html': 'text/html'};

/** @returns {Promise<{page: import('playwright-core').Page, close: () => Promise<void>}>} */
export async function openQualityPage() {
  const bundle = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/quality-page.mjs')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
  });
  const script = bundle.outputFiles[0].text;
  const browser = await chromium.launch({executablePath: findChromium(), headless: true, args: BASE_CHROMIUM_ARGS});
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({contentType: 'text/html', body: '<!doctype html><script type="module" src="/bundle.js"></script>'});
    }
    if (path === '/bundle.js') return route.fulfill({contentType: 'text/javascript', body: script});
    const file = normalize(join(ROOT, decodeURIComponent(path)));
    if (!file.startsWith(ROOT)) return route.fulfill({status: 403});
    try {
      const body = await readFile(file);
      return route.fulfill({body, contentType: TYPES[extname(file)] ?? 'application/octet-stream'});
    } catch {
      return route.fulfill({status: 404});
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'qualityBench' in window);
  return {page, close: () => browser.close()};
}

/** @param {number[]} values @param {number} q 0–1 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
