/** Helpers for the vision tests: a VisionClient on a real camera `<video>`, with a minimal host. */
import {VisionClient, type VisionClientOptions} from '../../../src/vision/vision-client.js';
import type {FaceDetectorLike} from '../../../src/quality/face-detector.js';
import {TestHost, startCameraVideo} from '../quality/support/live.js';
import {VISION_BASE_URL} from '../helpers/element.js';

export {waitFor} from '../quality/support/live.js';

/** A started client on the camera, analysing as the selfie step does. Call `stop()` when done. */
export async function startClient(
  options: Partial<Pick<VisionClientOptions, 'wasm' | 'intervalMs'>> & {baseUrl?: string; detector?: FaceDetectorLike; kind?: 'selfie' | 'document'} = {},
) {
  const camera = await startCameraVideo();
  const host = new TestHost();
  const analyses: VisionClient['latest'][] = [];
  const client = new VisionClient(host, {
    kind: () => options.kind ?? 'selfie',
    layout: () => 'one-sided',
    video: () => camera.video,
    hostDetector: () => options.detector,
    baseUrl: () => new URL(options.baseUrl ?? VISION_BASE_URL, location.href),
    onAnalysis: (latest) => analyses.push(latest),
    wasm: options.wasm,
    intervalMs: options.intervalMs,
  });
  host.connect();
  client.start();
  return {
    client,
    analyses,
    video: camera.video,
    stop() {
      host.disconnect();
      camera.stop();
    },
  };
}

/** Collects console warnings while `fn` runs. */
export async function withWarnings<T>(fn: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  try {
    return await fn(warnings);
  } finally {
    console.warn = original;
  }
}
