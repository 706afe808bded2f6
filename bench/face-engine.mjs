#!/usr/bin/env node
// The built-in face engine in Node on this machine: milliseconds per call (median, p95) for each engine
// (wasm-simd, js) at each input size it runs, and per whole detect() (all its sizes and the agreement
// rule); plus the gzip bytes of what a page loads for it: kernels, weights and the engine's JS.
// Needs a build (npm run build).
//
//   node bench/face-engine.mjs [--calls 40]
import {readFileSync, readdirSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {createBlazeFaceEngine} from '../dist/vision/engine/engine.js';
import {readPicture, toWidth} from '../test/fixtures/faces/pictures.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLS = arg('calls', 40);
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;

console.log(`face engine bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0].toFixed(2)}, Node ${process.version}`);
const model = readFileSync('dist/vision/blazeface-short-range.bin');
const wasm = readFileSync('dist/vision/face-engine.wasm');
// What the vision Worker passes: camera frames downscaled to 480 px wide (landscape) or 270 (portrait).
const pictures = {
  landscape: toWidth(readPicture('test/fixtures/faces/selfie-with-card-photo-side.png'), 480),
  portrait: toWidth(readPicture('test/fixtures/faces/portrait-selfie-with-card.png'), 270),
};

const time = (f) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

console.log('\n| engine | picture | input | median ms | p95 ms | calls |\n| --- | --- | --- | --- | --- | --- |');
for (const kind of ['wasm-simd', 'js']) {
  const engine = await createBlazeFaceEngine({model, wasm: kind === 'wasm-simd' ? wasm : null});
  if (engine.kind !== kind) throw new Error(`wanted ${kind}, got ${engine.kind}`);
  const calls = kind === 'js' ? Math.max(10, Math.round(CALLS / 4)) : CALLS;
  for (const [label, picture] of Object.entries(pictures)) {
    const rows = engine.sizesFor(picture).map(({width, height}) => [`${width}×${height}`, () => engine.candidatesAt(picture, width, height)]);
    rows.push([`detect (all sizes + agreement)`, () => engine.detect(picture)]);
    for (const [input, call] of rows) {
      for (let i = 0; i < 3; i++) call(); // warm-up: plans, JIT
      const ms = Array.from({length: calls}, () => time(call));
      console.log(`| ${kind} | ${label} ${picture.width}×${picture.height} | ${input} | ${quantile(ms, 0.5).toFixed(1)} | ${quantile(ms, 0.95).toFixed(1)} | ${calls} |`);
    }
  }
}

const engineJs = await build({entryPoints: ['dist/vision/engine/load.js'], bundle: true, minify: true, write: false, format: 'esm'});
const js = engineJs.outputFiles[0].contents;
const files = [
  ['face-engine.wasm (kernels)', wasm],
  ['blazeface-short-range.bin (int8 weights)', model],
  ['engine JS (load.js and its imports, minified)', js],
];
console.log('\n| file | bytes | gzip -9 |\n| --- | --- | --- |');
for (const [name, bytes] of files) console.log(`| ${name} | ${bytes.length} | ${gzip(bytes)} |`);
const total = files.reduce((sum, [, bytes]) => sum + gzip(bytes), 0);
console.log(`| total | | ${total} |`);
console.log(`\n(${readdirSync('dist/vision').join(', ')} in dist/vision/)`);
