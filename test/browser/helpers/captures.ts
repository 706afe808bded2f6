import type {Capture, CaptureKind} from '../../../src/types.js';

/** A real JPEG drawn on a canvas: a coloured field with a label, so two captures differ. */
export async function jpegCapture(kind: CaptureKind, colour = kind === 'selfie' ? '#c08040' : '#4080c0'): Promise<Capture> {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 640, 360);
  ctx.fillStyle = '#fff';
  ctx.font = '48px sans-serif';
  ctx.fillText(kind, 40, 100);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
  return {
    kind,
    blob,
    width: 640,
    height: 360,
    at: Date.now(),
    camera: {label: 'test canvas', facingMode: kind === 'selfie' ? 'user' : 'environment', width: 640, height: 360, frameRate: 30},
    checks: {brightness: {value: 120, verdict: 'pass'}, faces: {value: null, verdict: 'not-run'}},
  };
}
