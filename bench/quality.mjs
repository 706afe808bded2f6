#!/usr/bin/env node
// Cost of the live quality checks in headless Chromium on this machine:
//  - per analysed frame (grab a 1280×720 picture at 320 px wide + all checks), median and p95 over ≥ 200 frames;
//  - the built-in face engine on this page's thread (the Worker's cost: see bench/vision.mjs), per detect() call.
//
//   node bench/quality.mjs [--frames 300] [--detections 10]
import {cpus, loadavg} from 'node:os';
import {openQualityPage, quantile} from './quality-browser.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = Math.max(200, arg('frames', 300));
const DETECTIONS = arg('detections', 10);
const ms = (v) => v.toFixed(2);

console.log(`quality bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0].toFixed(2)}`);
const {page, close} = await openQualityPage();
try {
  for (const kind of ['document', 'selfie']) {
    const {grab, analyse} = await page.evaluate(([n, k]) => window.qualityBench.analysisCost(n, k), [FRAMES, kind]);
    const total = grab.map((g, i) => g + analyse[i]);
    console.log(
      `analysis per frame, ${kind} step, 320×180 (${FRAMES} frames): ` +
        `median ${ms(quantile(total, 0.5))} ms, p95 ${ms(quantile(total, 0.95))} ms ` +
        `(grab median ${ms(quantile(grab, 0.5))} ms, checks median ${ms(quantile(analyse, 0.5))} ms)`,
    );
  }
  const {times, faces} = await page.evaluate((n) => window.qualityBench.detectorCost(n), DETECTIONS);
  console.log(
    `built-in face engine on selfie-with-id.png 1280×720 at 480 px (${DETECTIONS} calls): ` +
      `median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, faces found ${faces}`,
  );
} finally {
  await close();
}
