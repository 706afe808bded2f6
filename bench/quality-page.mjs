// Browser side of the quality benchmark and calibration (bundled by esbuild in quality-browser.mjs).
// Exposes `window.qualityBench` for the Node scripts to call through Playwright.
import {GreyFrameGrabber} from '../src/quality/grey-frame.ts';
import {analyzeFrame} from '../src/quality/frame-analyzer.ts';
import {measureSteadiness} from '../src/quality/checks.ts';
import {loadFaceEngine} from '../src/vision/engine/load.ts';
import * as thresholds from '../src/quality/thresholds.ts';
import {loadFixture, makeVariant, describeVariant} from '../test/browser/quality/support/variants.ts';

/** The built-in face engine (the one the vision Worker runs), on the page's thread for measuring. */
let engine;
async function detector() {
  engine ??= await loadFaceEngine('/dist/vision/');
  return {
    async detect(canvas) {
      // As the Worker does: the frame downscaled to at most 480 px wide, boxes back in canvas pixels.
      const scale = Math.min(1, 480 / canvas.width);
      const small = new OffscreenCanvas(Math.round(canvas.width * scale), Math.round(canvas.height * scale));
      const context = small.getContext('2d', {willReadFrequently: true});
      context.drawImage(canvas, 0, 0, small.width, small.height);
      return engine.detect(context.getImageData(0, 0, small.width, small.height)).map((face) => ({
        box: {x: face.box.x / scale, y: face.box.y / scale, width: face.box.width / scale, height: face.box.height / scale},
      }));
    },
  };
}

/**
 * Measures every check on each {fixture, variant, kind, layout}; with `detect` also the face
 * checks from the built-in face engine. Steadiness is measured against `previous` (a variant of the same fixture) if given.
 */
async function measure(cases) {
  const grabber = new GreyFrameGrabber();
  const rows = [];
  for (const c of cases) {
    const img = await loadFixture(c.fixture);
    const canvas = makeVariant(img, c.variant);
    let previous;
    if (c.previous) {
      previous = grabber.grab(makeVariant(img, c.previous));
      previous = {...previous, data: previous.data.slice()};
    }
    const frame = grabber.grab(canvas);
    let faces;
    let boxes;
    if (c.detect) {
      boxes = (await (await detector(c.detect)).detect(canvas)).map((f) => f.box);
      faces = {boxes: boxes.map((box) => ({box})), width: canvas.width, height: canvas.height};
    }
    const result = analyzeFrame(frame, previous, {kind: c.kind, layout: c.layout, faces});
    if (c.previous) result.checks.steadiness = measureSteadiness(frame, previous);
    rows.push({...c, label: describeVariant(c.variant), ...result, boxes});
  }
  return rows;
}

/** Per-frame cost of grab + analyzeFrame on a 1280×720 canvas, `n` frames, alternating two pictures. */
async function analysisCost(n, kind = 'document') {
  const fixture = kind === 'document' ? 'id-one-sided' : 'selfie';
  const img = await loadFixture(fixture);
  const a = makeVariant(img, {kind: 'original'});
  const b = makeVariant(img, {kind: 'shift', dx: 1});
  const grabber = new GreyFrameGrabber();
  const grab = [];
  const analyse = [];
  let previous;
  for (let i = 0; i < n + 10; i++) {
    const t0 = performance.now();
    const frame = grabber.grab(i % 2 ? b : a);
    const t1 = performance.now();
    analyzeFrame(frame, previous, {kind, layout: 'one-sided'});
    const t2 = performance.now();
    previous = frame;
    if (i >= 10) {
      // The first frames warm up the JIT and allocate the canvas.
      grab.push(t1 - t0);
      analyse.push(t2 - t1);
    }
  }
  return {grab, analyse};
}

/** Detector cost per call on a 1280×720 fixture (downscale included). */
async function detectorCost(n, fixture = 'selfie-with-id') {
  const d = await detector();
  const canvas = makeVariant(await loadFixture(fixture), {kind: 'original'});
  await d.detect(canvas); // warm-up: the first call sizes the buffers
  const times = [];
  let faces = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    faces = (await d.detect(canvas)).length;
    times.push(performance.now() - t0);
  }
  return {times, faces};
}

window.qualityBench = {measure, analysisCost, detectorCost, thresholds: {...thresholds}, loadFixture, makeVariant};
