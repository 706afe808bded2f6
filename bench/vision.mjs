#!/usr/bin/env node
// The built-in vision, measured in headless Chromium on the demo's script-tag page under its strict CSP,
// with a real fake camera showing test/fixtures/selfie.png (1280×720):
//  - face detection time per call in the vision Worker (median, p95), per engine path: WebAssembly SIMD,
//    and the plain-JS engine (the same page served without 'wasm-unsafe-eval');
//  - main-thread time per analysed frame: the hand-off to the Worker (median, p95);
//  - long tasks over 50 ms on the page during 10 s of live preview with faces on;
//  - lazily loaded bytes (gzip -9): the Worker, the engine's WebAssembly and the weights;
//  - the script-tag bundle (its budget is checked by bench/size.mjs).
//
//   node bench/vision.mjs [--seconds 10]
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {cpus, loadavg} from 'node:os';
import {chromium} from 'playwright-core';
import {findChromium, BASE_CHROMIUM_ARGS} from '../test/support/chromium.mjs';
import {pngToY4mFile} from '../test/support/y4m.mjs';
import {startDemoServer} from '../demo/server.mjs';
import {quantile} from './quality-browser.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const ms = (v) => (v === undefined ? 'n/a' : v.toFixed(2));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const gzip = (file) => gzipSync(readFileSync(file), {level: 9}).length;

console.log(`vision bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0].toFixed(2)}`);

const lazy = {
  'vision-worker.js': gzip('dist/vision/vision-worker.js'),
  'face-engine.wasm': gzip('dist/vision/face-engine.wasm'),
  'blazeface-short-range.bin': gzip('dist/vision/blazeface-short-range.bin'),
};
const lazyTotal = Object.values(lazy).reduce((a, b) => a + b, 0);
console.log(
  `lazily loaded on the first camera step (gzip -9): ${Object.entries(lazy).map(([f, n]) => `${f} ${kB(n)}`).join(', ')}; ` +
    `total ${kB(lazyTotal)} (target ≤ 120 kB)`,
);
console.log(`script-tag bundle (gzip -9): ${kB(gzip('dist/id-verification-profile.iife.js'))} (budget 30 kB, see bench/size.mjs)`);

const camera = pngToY4mFile('test/fixtures/selfie.png', 'test/.generated');
const demo = await startDemoServer({port: 0});
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...BASE_CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`, '--use-fake-ui-for-media-stream'],
});

/** Opens the selfie step and measures for SECONDS; `withoutWasm` serves every file without 'wasm-unsafe-eval'. */
async function measure(withoutWasm) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (withoutWasm) {
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = {...response.headers()};
      if (headers['content-security-policy']) headers['content-security-policy'] = headers['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({response, headers});
    });
  }
  await page.goto(new URL('demo/index.html', demo.url).href);
  await page.getByRole('button', {name: 'Start'}).click();
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByRole('button', {name: 'Continue'}).click();
  await page.getByRole('button', {name: /same side/}).click();
  // The engine loads in the Worker: wait for its first detection before measuring.
  await page.waitForFunction(() => {
    const step = document.querySelector('id-verification-profile')?.shadowRoot?.querySelector('[data-step]');
    return step?.vision?.detectionCostsMs?.length > 0;
  }, undefined, {timeout: 120_000});
  const result = await page.evaluate(async (seconds) => {
    const step = document.querySelector('id-verification-profile').shadowRoot.querySelector('[data-step]');
    const vision = step.vision;
    const handOffFrom = vision.handOffCostsMs.length;
    const detectFrom = vision.detectionCostsMs.length;
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
    observer.observe({type: 'longtask'});
    await new Promise((r) => setTimeout(r, seconds * 1000));
    observer.disconnect();
    return {
      engine: vision.engine,
      path: vision.path,
      handOff: vision.handOffCostsMs.slice(handOffFrom),
      detect: vision.detectionCostsMs.slice(detectFrom),
      stats: {...vision.stats},
      longTasks,
      face: vision.latest?.checks.face,
    };
  }, SECONDS);
  await context.close();
  return result;
}

try {
  for (const withoutWasm of [false, true]) {
    const r = await measure(withoutWasm);
    const label = withoutWasm ? "without 'wasm-unsafe-eval'" : 'strict CSP';
    console.log(
      `\n${label}: engine ${r.engine}, checks in the ${r.path?.where}; face ${JSON.stringify(r.face)}; ` +
        `${r.stats.analysed} frames analysed, ${r.stats.dropped} ticks dropped while busy`,
    );
    console.log(
      `  face detection in the Worker, ${r.engine}, 480×270 (${r.detect.length} calls in ${SECONDS} s): ` +
        `median ${ms(quantile(r.detect, 0.5))} ms, p95 ${ms(quantile(r.detect, 0.95))} ms`,
    );
    console.log(
      `  main thread per analysed frame, hand-off (${r.handOff.length} frames): ` +
        `median ${ms(quantile(r.handOff, 0.5))} ms, p95 ${ms(quantile(r.handOff, 0.95))} ms (target ≤ 0.5 ms median)`,
    );
    console.log(`  long tasks > 50 ms during ${SECONDS} s of live preview with faces on: ${r.longTasks.length} ${r.longTasks.length ? `(${r.longTasks.join(', ')} ms)` : ''}(target 0)`);
  }
} finally {
  await browser.close();
  await demo.close();
}
if (lazyTotal > 120_000) {
  console.error(`\nlazily loaded vision files: ${kB(lazyTotal)}, over the 120 kB target`);
  process.exitCode = 1;
}
