#!/usr/bin/env node
// Calibration of the built-in face engine, written to docs/vision-calibration.md: for every picture in
// test/fixtures/faces/ and the camera fixtures in test/fixtures/, and variants of each made in code
// (darker, brighter, blurred, smaller, mirrored, portrait-cropped), the expected faces, the faces each
// engine finds (count, scores) and the verdicts of the product's own face checks (`measureFaces` from
// dist/quality/face-detector.js, whatever its current rules are), then the miss rate on real faces and
// the false faces and false passes on pictures without one. Needs a build (npm run build).
//
//   node bench/vision-calibration.mjs            writes docs/vision-calibration.md and prints a summary
//   node bench/vision-calibration.mjs --stdout   prints the document instead
import {readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import {createBlazeFaceEngine} from '../dist/vision/engine/engine.js';
import {measureFaces} from '../dist/quality/face-detector.js';
import {FACES_DIR, VARIANTS, readPicture, toWidth} from '../test/fixtures/faces/pictures.mjs';

/**
 * What each picture shows (from the pictures' READMEs): real faces, and whether an ID portrait can be
 * seen (null: no card in the frame). `tuned`: the pictures the sizes and the agreement rule were chosen
 * on; the rest, and every variant, were held out.
 */
const PICTURES = [
  ['selfie-near-tilted.png', 1, null], ['selfie-frontal-indoor.png', 1, null], ['selfie-far-dusk.png', 1, null],
  ['selfie-dim-lowlight.png', 1, null], ['selfie-bright-overexposed.png', 1, null], ['selfie-profile-grayscale.png', 1, null],
  ['portrait-selfie-sunglasses.png', 1, null], ['portrait-selfie-looking-down.png', 1, null], ['two-people-bar.png', 2, null],
  ['no-face-empty-room.png', 0, null], ['no-face-hand.png', 0, null], ['no-face-dog.png', 0, null], ['no-face-coffee-desk.png', 0, null],
  ['selfie-with-card-photo-side.png', 1, true], ['selfie-with-card-far-dusk.png', 1, true], ['selfie-with-card-name-side.png', 1, false],
  ['portrait-selfie-with-card.png', 1, true], ['card-photo-side-desk.png', 0, true], ['card-name-side-plain.png', 0, false],
  ['card-one-sided-desk.png', 0, true],
].map(([name, real, portrait]) => ({name, path: join(FACES_DIR, name), real, portrait, tuned: true}))
  .concat([
    ['selfie.png', 1, null], ['selfie-with-id.png', 1, true], ['id-one-sided.png', 0, true], ['id-photo-side.png', 0, true], ['id-name-side.png', 0, false],
  ].map(([name, real, portrait]) => ({name, path: join('test/fixtures', name), real, portrait, tuned: false})));

/** What the vision Worker passes the engine: frames at most 480 px wide (270 for a portrait camera). */
const workerSize = (p) => (p.width > 480 && p.width >= p.height ? toWidth(p, 480) : p.height > p.width && p.width > 270 ? toWidth(p, 270) : p);

const CONTEXTS = {
  'selfie 1-sided': {kind: 'selfie', layout: 'one-sided'},
  'selfie 2-sided': {kind: 'selfie', layout: 'two-sided'},
  'ID 2-sided': {kind: 'document', layout: 'two-sided'},
};

const model = readFileSync('dist/vision/blazeface-short-range.bin');
const engines = [
  await createBlazeFaceEngine({model, wasm: readFileSync('dist/vision/face-engine.wasm')}),
  await createBlazeFaceEngine({model, wasm: null}),
];

const verdicts = (faces, size) =>
  Object.entries(CONTEXTS).map(([label, context]) => {
    const checks = measureFaces(faces, size, context);
    return `${label}: ${Object.entries(checks).map(([name, r]) => `${name} ${r.verdict}`).join(', ')}`;
  });

const rows = [];
for (const picture of PICTURES) {
  const original = readPicture(picture.path);
  const variants = [['original', original], ...Object.entries(VARIANTS).map(([name, make]) => [name, make(original)])].filter(([, p]) => p);
  for (const [variant, pixels] of variants) {
    const input = workerSize(pixels);
    // Cropping to 9:16 can cut a face or the card out of the frame: no expectation for those.
    const expected = variant === 'portrait-cropped' ? null : picture.real + (picture.portrait ? 1 : 0);
    const results = engines.map((engine) => {
      const faces = engine.detect(input);
      return {kind: engine.kind, faces, verdicts: verdicts(faces, input)};
    });
    rows.push({picture, variant, input: {width: input.width, height: input.height}, size: `${input.width}×${input.height}`, expected, results});
  }
}

const expectation = (p) => `${p.real}${p.portrait ? ' + ID portrait' : ''}`;
const scores = (faces) => (faces.length ? faces.map((f) => f.score.toFixed(2)).join(', ') : '—');

function summary(selection, kind) {
  let expectedFaces = 0, missed = 0, extra = 0, noFacePictures = 0, falseFacePictures = 0, falsePasses = 0;
  for (const row of selection) {
    const result = row.results.find((r) => r.kind === kind);
    const found = result.faces.length;
    if (row.expected !== null) {
      expectedFaces += row.expected;
      missed += Math.max(0, row.expected - found);
      extra += Math.max(0, found - row.expected);
    }
    if (row.picture.real === 0 && row.expected !== null) {
      noFacePictures++;
      // A picture with no real face is a false face when more faces are found than its card portrait.
      if (found > (row.picture.portrait ? 1 : 0)) falseFacePictures++;
      const selfie = measureFaces(result.faces, row.input, CONTEXTS['selfie 1-sided']);
      if (row.picture.portrait === null && result.faces.length) falsePasses += selfie.face?.verdict === 'pass' ? 1 : 0;
    }
  }
  return {expectedFaces, missed, extra, noFacePictures, falseFacePictures, falsePasses};
}

const lines = [];
lines.push('# Vision calibration: the built-in face engine on the fixtures', '');
lines.push(`Generated by \`node bench/vision-calibration.mjs\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}, ` +
  `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Do not edit by hand: re-run the script.`, '');
lines.push('Each picture is first scaled as the vision Worker scales camera frames (at most 480 px wide, 270 for portrait ' +
  'pictures), then given to both engines. *Expected* counts real faces plus the ID portrait where one is visible ' +
  '(from the fixtures\' READMEs). Verdicts are those of `measureFaces` in `dist/quality/face-detector.js` at the time of the ' +
  'run, for three steps: the one-sided selfie, the two-sided selfie, and the two-sided ID step (name side wanted). ' +
  'Portrait-cropped variants can cut a face or the card out of the frame, so they carry no expectation and are not counted below. ' +
  'The sizes and the agreement rule were chosen on the original `test/fixtures/faces/` pictures (*tuned*); ' +
  'the camera fixtures of `test/fixtures/` and every variant were *held out*.', '');

lines.push('## Summary', '');
lines.push('| set | engine | expected faces | missed | extra | no-face pictures | with a false face | false selfie pass |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
const sets = {
  'tuned (originals)': rows.filter((r) => r.picture.tuned && r.variant === 'original'),
  'held out: camera fixtures': rows.filter((r) => !r.picture.tuned && r.variant === 'original'),
  'held out: variants': rows.filter((r) => r.variant !== 'original'),
};
const printed = [];
for (const [label, selection] of Object.entries(sets)) {
  for (const kind of ['wasm-simd', 'js']) {
    const s = summary(selection, kind);
    const missRate = s.expectedFaces ? ((100 * s.missed) / s.expectedFaces).toFixed(1) : '—';
    const line = `| ${label} | ${kind} | ${s.expectedFaces} | ${s.missed} (${missRate} %) | ${s.extra} | ${s.noFacePictures} | ${s.falseFacePictures} | ${s.falsePasses} |`;
    lines.push(line);
    printed.push(line);
  }
}
lines.push('', '*missed*: expected faces (real or ID portrait) not found, counted per picture as expected − found when fewer are found; ' +
  '*extra*: faces found beyond the expected count; *with a false face*: pictures with no real face where more faces were found than the card\'s portrait; ' +
  '*false selfie pass*: pictures with no face at all where the one-sided selfie `face` check passed.', '');

lines.push('## Misses and extras', '');
const wrong = rows.filter((r) => r.expected !== null && r.results.some((x) => x.faces.length !== r.expected));
if (!wrong.length) lines.push('None.');
else {
  lines.push('| picture | variant | expected | wasm-simd found (scores) | js found (scores) |', '| --- | --- | --- | --- | --- |');
  for (const r of wrong) lines.push(`| ${r.picture.name} | ${r.variant} | ${r.expected} | ${r.results[0].faces.length} (${scores(r.results[0].faces)}) | ${r.results[1].faces.length} (${scores(r.results[1].faces)}) |`);
}
lines.push('');

lines.push('## Every picture', '');
lines.push('| picture | variant | input | expected | engine | found | scores | verdicts |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  for (const result of r.results) {
    lines.push(`| ${r.picture.name}${r.picture.tuned ? '' : ' (held out)'} | ${r.variant} | ${r.size} | ${r.expected === null ? '—' : expectation(r.picture)} | ${result.kind} | ${result.faces.length} | ${scores(result.faces)} | ${result.verdicts.join('; ')} |`);
  }
}
lines.push('');

const doc = lines.join('\n');
if (process.argv.includes('--stdout')) console.log(doc);
else {
  writeFileSync('docs/vision-calibration.md', doc);
  console.log(`vision calibration: ${rows.length} pictures × ${engines.length} engines (load average ${loadavg()[0].toFixed(2)}) → docs/vision-calibration.md`);
  console.log(printed.join('\n'));
}
