#!/usr/bin/env node
// Does the optional MediaPipe detector (dist/mediapipe.js, self-hosted files in dist/mediapipe/) find any
// face that the built-in engine (dist/vision/engine, wasm-simd) misses? Runs both on the 20 pictures in
// test/fixtures/faces/ and the 5 in test/fixtures/*.png and prints, per picture, the expected faces (README
// tables), what each finds, the time per call and the faces only one of them finds.
//
// MediaPipe runs in headless Chromium (one page per model, 'short' and 'full', square crops on as in
// demo/detector.js) on the PNG at its file size, as the adapter gets a camera frame. Its time is the
// main-thread wall time of one detect() (median of --reps calls after a warm-up), plus the long tasks
// (PerformanceObserver 'longtask', > 50 ms) seen during those calls. The built-in engine runs in Node on
// the picture at 480 px on its longer side (what the vision Worker passes, src/vision/frame-reader.ts) and
// at the test size (readPicture: 640 px for the faces set, 1280 for test/fixtures/*.png).
// Needs a build (npm run build && node demo/build-examples.mjs).
//
//   node bench/mediapipe-vs-builtin.mjs [--reps 3] [--json out.json]
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {createBlazeFaceEngine} from '../dist/vision/engine/engine.js';
import {FACES_DIR, readPicture, resize} from '../test/fixtures/faces/pictures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\/]+$/, '');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REPS = Number(arg('reps', 3));
const JSON_OUT = arg('json', null);
const MODELS = ['short', 'full'];
const WORKER_SIDE = 480;

/** Expected [real faces, ID portrait visible ('—' no card)], from the READMEs in test/fixtures and faces/. */
const EXPECTED = {
  'faces/selfie-near-tilted.png': [1, '—'],
  'faces/selfie-frontal-indoor.png': [1, '—'],
  'faces/selfie-far-dusk.png': [1, '—'],
  'faces/selfie-dim-lowlight.png': [1, '—'],
  'faces/selfie-bright-overexposed.png': [1, '—'],
  'faces/selfie-profile-grayscale.png': [1, '—'],
  'faces/portrait-selfie-sunglasses.png': [1, '—'],
  'faces/portrait-selfie-looking-down.png': [1, '—'],
  'faces/two-people-bar.png': [2, '—'],
  'faces/no-face-empty-room.png': [0, '—'],
  'faces/no-face-hand.png': [0, '—'],
  'faces/no-face-dog.png': [0, '—'],
  'faces/no-face-coffee-desk.png': [0, '—'],
  'faces/selfie-with-card-photo-side.png': [1, 'yes'],
  'faces/selfie-with-card-far-dusk.png': [1, 'yes'],
  'faces/selfie-with-card-name-side.png': [1, 'no'],
  'faces/portrait-selfie-with-card.png': [1, 'yes'],
  'faces/card-photo-side-desk.png': [0, 'yes'],
  'faces/card-name-side-plain.png': [0, 'no'],
  'faces/card-one-sided-desk.png': [0, 'yes'],
  'selfie.png': [1, '—'],
  'selfie-with-id.png': [1, 'yes'],
  'id-one-sided.png': [0, 'yes'],
  'id-photo-side.png': [0, 'yes'],
  'id-name-side.png': [0, 'no'],
};

const FIXTURES = join(ROOT, 'test/fixtures');
const files = [
  ...readdirSync(FACES_DIR).filter((f) => f.endsWith('.png')).sort().map((f) => `faces/${f}`),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.png')).sort(),
];
for (const f of files) if (!EXPECTED[f]) console.warn(`warning: no expected counts for ${f}`);

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

// ---------------------------------------------------------------- built-in engine, in Node
console.log(`mediapipe vs built-in: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}, ${REPS} timed calls per picture`);
const engine = await createBlazeFaceEngine({
  model: readFileSync(join(ROOT, 'dist/vision/blazeface-short-range.bin')),
  wasm: readFileSync(join(ROOT, 'dist/vision/face-engine.wasm')),
});
if (engine.kind !== 'wasm-simd') throw new Error(`built-in engine is ${engine.kind}, not wasm-simd`);

/** Full-resolution size of each PNG (the coordinate system every box below is reported in). */
const pngSize = (path) => {
  const b = readFileSync(path);
  return {width: b.readUInt32BE(16), height: b.readUInt32BE(20)};
};
const toLongSide = (p, side) => {
  const k = side / Math.max(p.width, p.height);
  return resize(p, Math.round(p.width * k), Math.round(p.height * k));
};

const builtin = {};
for (const f of files) {
  const path = join(FIXTURES, f);
  const file = pngSize(path);
  const test = readPicture(path);
  const sizes = {worker: toLongSide(test, WORKER_SIDE), test};
  builtin[f] = {};
  for (const [label, picture] of Object.entries(sizes)) {
    for (let i = 0; i < 2; i++) engine.detect(picture); // warm-up: plans and JIT for this size
    const ms = [];
    let faces;
    for (let i = 0; i < REPS; i++) {
      const t0 = performance.now();
      faces = engine.detect(picture);
      ms.push(performance.now() - t0);
    }
    const k = file.width / picture.width;
    builtin[f][label] = {
      input: `${picture.width}×${picture.height}`,
      ms: median(ms),
      faces: faces.map((d) => ({score: d.score, box: {x: d.box.x * k, y: d.box.y * k, width: d.box.width * k, height: d.box.height * k}})),
    };
  }
}

// ---------------------------------------------------------------- MediaPipe, in headless Chromium
const ORIGIN = 'http://mediapipe.bench';
const TYPES = {'.js': 'text/javascript', '.png': 'image/png', '.wasm': 'application/wasm', '.html': 'text/html'};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const mediapipe = {};
try {
  for (const model of MODELS) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`[${model}] page error: ${e.message}`));
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>mediapipe bench</title>'});
      // Only what the bench needs: the adapter, its self-hosted MediaPipe files and the pictures.
      if (!/^\/(dist\/mediapipe(\.js|\/)|test\/fixtures\/)/.test(path)) return route.fulfill({status: 404});
      const file = normalize(join(ROOT, decodeURIComponent(path)));
      if (!file.startsWith(ROOT + sep)) return route.fulfill({status: 403});
      try {
        return route.fulfill({body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream'});
      } catch {
        return route.fulfill({status: 404});
      }
    });
    await page.goto(`${ORIGIN}/`);
    const t0 = Date.now();
    const setup = await page.evaluate(async ({model, first}) => {
      const longTasks = [];
      new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => ({start: e.startTime, duration: e.duration})))).observe({type: 'longtask'});
      // Self-check that the observer reports: an 80 ms busy timer task must show as one long task.
      const busy = await new Promise((resolve) =>
        setTimeout(() => {
          const s = performance.now();
          while (performance.now() - s < 80);
          resolve(s);
        }, 0),
      );
      await new Promise((r) => setTimeout(r, 100));
      const observerWorks = longTasks.some((t) => t.start >= busy - 5 && t.duration >= 70);
      const {createMediaPipeFaceDetector} = await import('/dist/mediapipe.js');
      const loadStart = performance.now();
      const detector = await createMediaPipeFaceDetector({baseUrl: `${location.origin}/dist/mediapipe`, model});
      const loadMs = performance.now() - loadStart;
      const load = async (f) => {
        const img = new Image();
        img.src = `/test/fixtures/${f}`;
        await img.decode();
        return img;
      };
      // Warm-up: the first send() builds the graph and GL resources.
      const warmStart = performance.now();
      await detector.detect(await load(first));
      const firstCallMs = performance.now() - warmStart;
      window.bench = {
        /** `reps` timed detect() calls on picture `f`, after one untimed call (crop canvas, textures). */
        async run(f, reps) {
          const img = await load(f);
          await detector.detect(img);
          await new Promise((r) => setTimeout(r, 0));
          const ms = [];
          let faces = [];
          const from = performance.now();
          for (let i = 0; i < reps; i++) {
            // A fresh task per call: MediaPipe's send() does all its work synchronously under its promise, so
            // back-to-back awaited calls would otherwise merge into one long task.
            await new Promise((r) => setTimeout(r, 0));
            const s = performance.now();
            faces = await detector.detect(img);
            ms.push(performance.now() - s);
          }
          const to = performance.now();
          await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
          const tasks = longTasks.filter((t) => t.start >= from - 1 && t.start < to);
          return {
            width: img.naturalWidth,
            height: img.naturalHeight,
            ms,
            faces,
            longTasks: tasks.length / reps,
            longTaskMax: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
            longTaskMsPerCall: tasks.reduce((s, t) => s + t.duration, 0) / reps,
          };
        },
        close: () => detector.close(),
      };
      return {loadMs, firstCallMs, observerWorks};
    }, {model, first: files[0]});
    const result = {...setup, out: {}};
    for (const f of files) result.out[f] = await page.evaluate(({f, reps}) => window.bench.run(f, reps), {f, reps: REPS});
    await page.evaluate(() => window.bench.close());
    mediapipe[model] = result;
    console.log(`MediaPipe ${model}: load ${result.loadMs.toFixed(0)} ms, first detect ${result.firstCallMs.toFixed(0)} ms, all pictures in ${((Date.now() - t0) / 1000).toFixed(0)} s; long-task observer self-check ${result.observerWorks ? 'ok' : 'FAILED (long-task columns mean nothing)'}`);
    await page.close();
  }
} finally {
  await browser.close();
}

// ---------------------------------------------------------------- comparison
const centre = (b) => ({x: b.x + b.width / 2, y: b.y + b.height / 2});
const contains = (b, p) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
/** Same face: either box's centre lies inside the other (boxes of the two models differ in looseness). */
const same = (a, b) => contains(a, centre(b)) || contains(b, centre(a));
const where = (b) => `(${Math.round(centre(b).x)},${Math.round(centre(b).y)} h${Math.round(b.height)})`;

const rows = [];
const extras = [];
for (const f of files) {
  const [real, portrait] = EXPECTED[f] ?? ['?', '?'];
  const b = builtin[f];
  const row = {file: f, size: `${mediapipe.full?.out[f]?.width ?? '?'}×${mediapipe.full?.out[f]?.height ?? '?'}`, real, portrait};
  for (const model of MODELS) {
    const m = mediapipe[model].out[f];
    row[`mp-${model}`] = m.faces.length;
    row[`mp-${model}-ms`] = median(m.ms);
    row[`mp-${model}-lt`] = `${m.longTasks.toFixed(1)} / ${m.longTaskMax.toFixed(0)}`;
    // Faces MediaPipe finds that the built-in finds at neither size.
    const builtinBoxes = [...b.worker.faces, ...b.test.faces].map((d) => d.box);
    for (const face of m.faces) {
      if (!builtinBoxes.some((box) => same(box, face.box))) extras.push(`${f}: MediaPipe ${model} only ${where(face.box)}`);
    }
  }
  for (const label of ['worker', 'test']) {
    row[`bi-${label}`] = b[label].faces.length;
    row[`bi-${label}-ms`] = b[label].ms;
    row[`bi-${label}-in`] = b[label].input;
    const mpBoxes = MODELS.flatMap((model) => mediapipe[model].out[f].faces.map((d) => d.box));
    for (const face of b[label].faces) {
      if (!mpBoxes.some((box) => same(box, face.box))) extras.push(`${f}: built-in@${b[label].input} only ${where(face.box)} score ${face.score.toFixed(2)}`);
    }
  }
  rows.push(row);
}

const head = ['picture', 'size', 'real', 'ID portrait', 'MP short', 'MP full', 'built-in @480', 'built-in @test size', 'MP short ms', 'MP full ms', 'MP short long tasks per call / longest ms', 'MP full long tasks per call / longest ms', 'built-in ms @480', 'built-in ms @test size'];
console.log(`\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
for (const r of rows) {
  console.log(
    `| ${[r.file, r.size, r.real, r.portrait, r['mp-short'], r['mp-full'], r['bi-worker'], `${r['bi-test']} (${r['bi-test-in']})`, r['mp-short-ms'].toFixed(0), r['mp-full-ms'].toFixed(0), r['mp-short-lt'], r['mp-full-lt'], r['bi-worker-ms'].toFixed(1), r['bi-test-ms'].toFixed(1)].join(' | ')} |`,
  );
}
const col = (k) => median(rows.map((r) => r[k]));
console.log(`\nmedian ms over pictures: MediaPipe short ${col('mp-short-ms').toFixed(0)}, full ${col('mp-full-ms').toFixed(0)} (main thread, each call one blocking task: see the long-task columns); built-in @480 ${col('bi-worker-ms').toFixed(1)}, @test size ${col('bi-test-ms').toFixed(1)}`);
console.log('(faces found = count; expected = real + 1 if the ID portrait is "yes". Boxes below are (centre x,y h) in the PNG’s pixels.)');
console.log(`\nfaces found by only one side (${extras.length}):`);
for (const e of extras) console.log(`- ${e}`);
if (!extras.some((e) => e.includes('MediaPipe'))) console.log('- MediaPipe finds no face that the built-in engine misses.');

if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({builtin, mediapipe}, null, 1));
