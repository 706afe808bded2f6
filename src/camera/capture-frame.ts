import type {CameraInfo} from '../types.js';

/** JPEG quality of captures: high enough for the ID's small print, a few hundred kB at 1280×720. */
export const JPEG_QUALITY = 0.92;

/** A frame taken from the camera. */
export interface CapturedFrame {
  /** JPEG bytes at the track's full resolution, as the camera sees it (never mirrored). */
  blob: Blob;
  width: number;
  height: number;
  /** Milliseconds since the epoch. */
  at: number;
  camera: CameraInfo;
}

/**
 * Takes the current frame of a playing `<video>` at the camera's full resolution as a JPEG.
 *
 * The frame is drawn untransformed: a CSS mirror on the preview (selfie) never reaches the stored picture,
 * so the ID's text reads the right way round.
 */
export async function captureFrame(video: HTMLVideoElement, track: MediaStreamTrack): Promise<CapturedFrame> {
  const settings = track.getSettings();
  // The decoded frame size is the truth (a phone turned sideways swaps the track's width and height).
  const width = video.videoWidth || settings.width || 0;
  const height = video.videoHeight || settings.height || 0;
  if (!width || !height) throw new Error('The camera has not delivered a frame yet.');
  const at = Date.now();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', {alpha: false});
  if (!context) throw new Error('Canvas 2D is not available.');
  // WebKit can hand a canvas an all-black picture of a live camera video (seen under load, on the frame
  // after a repaint): draw again on a later frame rather than keep a black photo.
  for (let attempt = 0; ; attempt++) {
    context.drawImage(video, 0, 0, width, height);
    if (!looksBlank(context, width, height) || attempt === BLANK_FRAME_RETRIES) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  // Release the pixel buffer now rather than at the next garbage collection.
  canvas.width = canvas.height = 0;
  if (!blob) throw new Error('The photo could not be encoded.');
  return {blob, width, height, at, camera: cameraInfo(track, width, height)};
}

/** What the capture records about the camera, from the track's settings and label. */
/** Draws of an all-black picture tried again before the photo is kept as it is (a dark room stays dark). */
const BLANK_FRAME_RETRIES = 4;

/** Whether the picture is pure black: one that never arrived, not a dark room (which has noise). */
function looksBlank(context: CanvasRenderingContext2D, width: number, height: number): boolean {
  // One read of an 8×8 copy: cheap, and a real camera picture never averages to exactly 0 in every cell.
  const sample = document.createElement('canvas');
  sample.width = sample.height = 8;
  const small = sample.getContext('2d', {willReadFrequently: true});
  if (!small) return false;
  small.drawImage(context.canvas, 0, 0, width, height, 0, 0, 8, 8);
  const data = small.getImageData(0, 0, 8, 8).data;
  for (let i = 0; i < data.length; i += 4) if (data[i] || data[i + 1] || data[i + 2]) return false;
  return true;
}

export function cameraInfo(track: MediaStreamTrack, width: number, height: number): CameraInfo {
  const settings = track.getSettings();
  return {
    label: track.label,
    facingMode: settings.facingMode || 'unknown',
    width: settings.width ?? width,
    height: settings.height ?? height,
    frameRate: settings.frameRate ?? 0,
  };
}
