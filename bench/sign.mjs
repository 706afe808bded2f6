// Benchmarks the signed submission:
//  1. building a submission in headless Chromium (hash two ~200 kB JPEGs + ES256 sign, key in IndexedDB);
//  2. verifySubmission throughput in Node on one core (sequential; libuv pool of 1 thread).
// Run: node bench/sign.mjs  (needs `npm run build` for dist/server/index.js). Prints plain figures.
process.env.UV_THREADPOOL_SIZE = '1'; // before any crypto: WebCrypto work runs on the libuv pool

const {join} = await import('node:path');
const {fileURLToPath, pathToFileURL} = await import('node:url');
const {existsSync} = await import('node:fs');
const esbuild = await import('esbuild');
const {chromium} = await import('playwright-core');
const {findChromium, BASE_CHROMIUM_ARGS} = await import('../test/support/chromium.mjs');
const {makeKey, makeSubmission, fakeJpeg} = await import('../test/node/support/signer.mjs');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Intercepted by Playwright, never reaches the network; localhost so the page is a secure context
// (WebCrypto and IndexedDB need one).
const ORIGIN = 'http://localhost:9';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const VERIFY_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

const PAGE_SCRIPT = `
import {buildSubmission, clearDeviceKeys} from './src/submission/index.ts';

/** A JPEG near targetBytes: a noisy picture, quality found by bisection. */
async function jpegNear(targetBytes, seed) {
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 720;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(1280, 720);
  let s = seed;
  for (let i = 0; i < image.data.length; i += 4) {
    s = (s * 1103515245 + 12345) >>> 0;
    const noise = (s >>> 24) & 63;
    const x = (i / 4) % 1280;
    image.data[i] = (x / 5 + noise) & 255;
    image.data[i + 1] = (i / 12000 + noise) & 255;
    image.data[i + 2] = 128 + (noise >> 1);
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  const encode = (q) => new Promise((r) => canvas.toBlob(r, 'image/jpeg', q));
  let lo = 0.05, hi = 0.98, best = await encode(0.5);
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    const blob = await encode(mid);
    if (Math.abs(blob.size - targetBytes) < Math.abs(best.size - targetBytes)) best = blob;
    if (blob.size > targetBytes) hi = mid; else lo = mid;
  }
  return best;
}

window.signBench = async (runs) => {
  await clearDeviceKeys();
  const capture = async (kind, seed) => ({
    kind, blob: await jpegNear(200_000, seed), width: 1280, height: 720, at: Date.now(),
    camera: {label: 'bench', facingMode: 'user', width: 1280, height: 720, frameRate: 30},
    checks: {brightness: {value: 0.5, verdict: 'pass'}, sharpness: {value: 700, verdict: 'pass'}},
  });
  const captures = {selfie: await capture('selfie', 1), document: await capture('document', 2)};
  const input = (i) => ({profileId: 'bench-person', challenge: 'c' + i, name: 'Bench Person', layout: 'one-sided', captures});
  let t = performance.now();
  await buildSubmission(input(-1));
  const first = performance.now() - t;
  for (let i = 0; i < 3; i++) await buildSubmission(input(-2 - i)); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await buildSubmission(input(i));
    times.push(performance.now() - t);
  }
  return {first, times, sizes: [captures.selfie.blob.size, captures.document.blob.size]};
};
`;

async function browserBench() {
  const bundle = await esbuild.build({
    stdin: {contents: PAGE_SCRIPT, resolveDir: ROOT, loader: 'js', sourcefile: 'sign-page.js'},
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
  });
  const browser = await chromium.launch({executablePath: findChromium(), headless: true, args: BASE_CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/bench.js') return route.fulfill({contentType: 'text/javascript', body: bundle.outputFiles[0].text});
      return route.fulfill({contentType: 'text/html', body: '<!doctype html><script type="module" src="/bench.js"></script>'});
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => typeof window.signBench === 'function');
    return await page.evaluate((runs) => window.signBench(runs), RUNS);
  } finally {
    await browser.close();
  }
}

async function nodeBench() {
  const entry = join(ROOT, 'dist/server/index.js');
  if (!existsSync(entry)) throw new Error('dist/server/index.js is missing: run `npm run build` first');
  const {verifySubmission} = await import(pathToFileURL(entry).href);
  const key = await makeKey();
  const pool = [];
  for (let i = 0; i < 50; i++) {
    const files = {selfie: fakeJpeg(200_000, 1 + i), document: fakeJpeg(200_000, 1000 + i)};
    pool.push(await makeSubmission({key, nonce: `n${i}`, files}));
  }
  for (const s of pool.slice(0, 10)) await verifySubmission(s, {nonce: s.nonce, maxAgeSeconds: 600}); // warm-up
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const end = start + VERIFY_SECONDS * 1000;
  while (performance.now() < end) {
    const s = pool[count % pool.length];
    await verifySubmission(s, {nonce: s.nonce, maxAgeSeconds: 600});
    count++;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {count, seconds, cpuMs: (cpu.user + cpu.system) / 1000};
}

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {median: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length};
};

const browser = await browserBench();
const b = stats(browser.times);
console.log(`Chromium buildSubmission (images ${browser.sizes.map((n) => (n / 1000).toFixed(0) + ' kB').join(' + ')}, ${RUNS} runs):`);
console.log(`  first call (generates and stores the device key): ${browser.first.toFixed(1)} ms`);
console.log(`  median ${b.median.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms, mean ${b.mean.toFixed(1)} ms`);

const node = await nodeBench();
const rate = node.count / node.seconds;
console.log(`Node ${process.version} verifySubmission, two 200 kB files, sequential, UV_THREADPOOL_SIZE=1:`);
console.log(`  ${node.count} verifications in ${node.seconds.toFixed(2)} s = ${rate.toFixed(0)} submissions/s (${(1000 / rate).toFixed(2)} ms each; target >= 500/s: ${rate >= 500 ? 'met' : 'NOT met'})`);
console.log(`  CPU time (all threads) ${(node.cpuMs / node.count).toFixed(2)} ms per verification = ${((node.count * 1000) / node.cpuMs).toFixed(0)}/s per fully used core`);
