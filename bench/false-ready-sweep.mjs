#!/usr/bin/env node
// The false "Looks good" sweep: every picture of test/fixtures/faces/ and the camera fixtures of
// test/fixtures/, and every variant of each made in code (pictures.mjs: darker, brighter, blurred, smaller,
// mirrored, portrait-cropped), through the full analysis (`analyzeFrame`, with the built-in face engine's
// boxes) at the selfie and the ID step, one- and two-sided. "Looks good" (`ready`) must never be reached for
// a picture without a real person at the selfie step, or without a card at the ID step. Also counts the
// analyses of pictures with a person (selfie step) or a card (ID step) that reach ready, so a fix can be
// seen not to cost real captures. Needs a build (npm run build).
//
//   node bench/false-ready-sweep.mjs              table of the false ready analyses, totals; exit 1 if any
//   node bench/false-ready-sweep.mjs --all        also every picture with a person or a card, ready or not
//   node bench/false-ready-sweep.mjs --engine js  the plain-JS engine instead of WebAssembly SIMD
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {FACES_DIR, VARIANTS, readPicture, toWidth} from '../test/fixtures/faces/pictures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const {createBlazeFaceEngine} = await import(pathToFileURL(join(ROOT, 'dist/vision/engine/engine.js')).href);
const {rgbaToLuma, ANALYSIS_WIDTH} = await import(pathToFileURL(join(ROOT, 'dist/quality/grey-frame.js')).href);
const {analyzeFrame} = await import(pathToFileURL(join(ROOT, 'dist/quality/frame-analyzer.js')).href);

/**
 * What each picture shows (from the fixtures' READMEs): how many real people, and whether a card is in the
 * frame. `heldOut`: not used to choose any threshold (the camera fixtures, as in docs/vision-calibration.md).
 */
export const PICTURES = [
  ['selfie-near-tilted.png', 1, false], ['selfie-frontal-indoor.png', 1, false], ['selfie-far-dusk.png', 1, false],
  ['selfie-dim-lowlight.png', 1, false], ['selfie-bright-overexposed.png', 1, false], ['selfie-profile-grayscale.png', 1, false],
  ['portrait-selfie-sunglasses.png', 1, false], ['portrait-selfie-looking-down.png', 1, false], ['two-people-bar.png', 2, false],
  ['no-face-empty-room.png', 0, false], ['no-face-hand.png', 0, false], ['no-face-dog.png', 0, false], ['no-face-coffee-desk.png', 0, false],
  ['selfie-with-card-photo-side.png', 1, true], ['selfie-with-card-far-dusk.png', 1, true], ['selfie-with-card-name-side.png', 1, true],
  ['portrait-selfie-with-card.png', 1, true], ['card-photo-side-desk.png', 0, true], ['card-name-side-plain.png', 0, true],
  ['card-one-sided-desk.png', 0, true],
].map(([name, people, card]) => ({name, path: join(FACES_DIR, name), people, card, heldOut: false}))
  .concat([
    ['selfie.png', 1, false], ['selfie-with-id.png', 1, true], ['id-one-sided.png', 0, true], ['id-photo-side.png', 0, true], ['id-name-side.png', 0, true],
  ].map(([name, people, card]) => ({name, path: join(ROOT, 'test/fixtures', name), people, card, heldOut: true})));

export const CONTEXTS = [
  {kind: 'selfie', layout: 'one-sided'},
  {kind: 'selfie', layout: 'two-sided'},
  {kind: 'document', layout: 'one-sided'},
  {kind: 'document', layout: 'two-sided'},
];

/** What the vision Worker gives the engine: the longer side at most 480 px (frame-reader.ts). */
const detectionSize = (p) => {
  const scale = Math.min(1, 480 / Math.max(p.width, p.height));
  return scale < 1 ? toWidth(p, Math.round(p.width * scale)) : p;
};

/** The grey frame the checks see: ANALYSIS_WIDTH (320) px wide, luma. */
function greyFrame(p) {
  const small = toWidth(p, ANALYSIS_WIDTH);
  const data = new Uint8Array(small.width * small.height);
  rgbaToLuma(small.data, data);
  return {width: small.width, height: small.height, data};
}

/** Whether an analysis of this picture at this step must never be ready: nobody at the selfie step, no card at the ID step. */
export const mustNotBeReady = (picture, context) => (context.kind === 'selfie' ? picture.people === 0 : !picture.card);

export async function createEngine(kind = 'wasm-simd') {
  const model = readFileSync(join(ROOT, 'dist/vision/blazeface-short-range.bin'));
  return createBlazeFaceEngine({model, wasm: kind === 'js' ? null : readFileSync(join(ROOT, 'dist/vision/face-engine.wasm'))});
}

/**
 * Runs the sweep. `select(picture, variant)` limits it (default: everything). Returns one row per picture,
 * variant and step: {picture, variant, context, negative, ready, guidance, faces (scores), failed (check names)}.
 */
export async function sweep({engine, select = () => true} = {}) {
  engine ??= await createEngine();
  const rows = [];
  for (const picture of PICTURES) {
    const original = readPicture(picture.path);
    for (const [variant, make] of [['original', (p) => p], ...Object.entries(VARIANTS)]) {
      if (!select(picture, variant)) continue;
      const pixels = make(original);
      if (!pixels) continue;
      const input = detectionSize(pixels);
      const boxes = engine.detect(input);
      const frame = greyFrame(pixels);
      for (const context of CONTEXTS) {
        const analysis = analyzeFrame(frame, frame, {...context, faces: {boxes, width: input.width, height: input.height}});
        const failed = Object.entries(analysis.checks).filter(([, r]) => r.verdict !== 'pass').map(([name, r]) => `${name} ${r.verdict}`);
        rows.push({
          picture, variant, context, negative: mustNotBeReady(picture, context), ready: analysis.ready, guidance: analysis.guidance,
          scores: boxes.map((f) => f.score), checks: analysis.checks, failed,
        });
      }
    }
  }
  return rows;
}

const step = (c) => `${c.kind === 'selfie' ? 'selfie' : 'ID'} ${c.layout}`;

/** Counts: false ready (pictures that must not be ready) and ready among the others, per set and step. */
export function summarise(rows) {
  const sets = {
    'originals': (r) => r.variant === 'original' && !r.picture.heldOut,
    'held out: camera fixtures': (r) => r.variant === 'original' && r.picture.heldOut,
    'variants': (r) => r.variant !== 'original',
  };
  const out = [];
  for (const [set, inSet] of Object.entries(sets)) {
    for (const context of CONTEXTS) {
      const here = rows.filter((r) => inSet(r) && r.context.kind === context.kind && r.context.layout === context.layout);
      const negatives = here.filter((r) => r.negative), positives = here.filter((r) => !r.negative);
      out.push({
        set, step: step(context),
        negatives: negatives.length, falseReady: negatives.filter((r) => r.ready).length,
        positives: positives.length, ready: positives.filter((r) => r.ready).length,
      });
    }
  }
  return out;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const engineKind = process.argv.includes('--engine') ? process.argv[process.argv.indexOf('--engine') + 1] : 'wasm-simd';
  const started = performance.now();
  const rows = await sweep({engine: await createEngine(engineKind)});
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const scores = (r) => (r.scores.length ? r.scores.map((s) => s.toFixed(2)).join(', ') : '—');
  const line = (r) => `| ${r.picture.name} | ${r.variant} | ${step(r.context)} | ${r.picture.people} | ${r.picture.card ? 'yes' : 'no'} | ${scores(r)} | ${r.ready ? 'READY' : 'not ready'} | ${r.failed.join(', ') || '—'} |`;
  const header = ['| picture | variant | step | people | card | face scores | result | checks not passing |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];

  console.log(`False-ready sweep, engine ${engineKind}: ${rows.length} analyses in ${seconds} s\n`);
  if (process.argv.includes('--all')) {
    console.log('## Pictures with a person (selfie step) or a card (ID step)\n');
    console.log([...header, ...rows.filter((r) => !r.negative).map(line)].join('\n'), '\n');
  }
  const falseReady = rows.filter((r) => r.negative && r.ready);
  console.log('## Ready without a person (selfie step) or without a card (ID step)\n');
  console.log(falseReady.length ? [...header, ...falseReady.map(line)].join('\n') : 'None.', '\n');

  console.log('## Totals\n');
  console.log('| set | step | without person/card | false ready | with person/card | ready |', '\n| --- | --- | --- | --- | --- | --- |');
  const summary = summarise(rows);
  for (const s of summary) console.log(`| ${s.set} | ${s.step} | ${s.negatives} | ${s.falseReady} | ${s.positives} | ${s.ready} |`);
  const negatives = rows.filter((r) => r.negative).length;
  const positives = rows.filter((r) => !r.negative);
  console.log(`\nTotal: ${falseReady.length} of ${negatives} analyses without a person or card reached ready; ` +
    `${positives.filter((r) => r.ready).length} of ${positives.length} with one did ` +
    `(originals: ${positives.filter((r) => r.ready && r.variant === 'original').length} of ${positives.filter((r) => r.variant === 'original').length}).`);
  process.exitCode = falseReady.length ? 1 : 0;
}
