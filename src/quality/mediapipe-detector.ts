/**
 * Optional face detector: adapts MediaPipe Face Detection (`@mediapipe/face_detection@0.4.1646425229`,
 * Apache-2.0) to {@link FaceDetectorLike}. Separate entry: the core never imports it, so hosts that do not opt
 * in download nothing of it.
 *
 * The package is a classic script that defines `window.FaceDetection` and fetches its wasm and model files
 * itself. Everything is self-hosted: copy `node_modules/@mediapipe/face_detection/*` to a folder of your site
 * and pass that folder's URL as `baseUrl`. It needs `script-src <baseUrl> 'wasm-unsafe-eval'` in a CSP.
 * Pin the exact version: the newest 0.4 release aborts at start (`options_.has_num_classes()`).
 */
import type {DetectedFace, FaceDetectorLike} from './face-detector.js';

/** Options of {@link createMediaPipeFaceDetector}. */
export interface MediaPipeDetectorOptions {
  /** URL of the folder holding the package's files (`face_detection.js`, `.wasm`, `.tflite`…), no trailing slash needed. */
  baseUrl: string;
  /**
   * `short`: the short-range model (229 kB), for a face within ~2 m, ~4× faster; enough for a selfie.
   * `full`: the full-range model, which also finds the small portrait on an ID card held beside the face
   * (needed for the two-sided selfie). Default `full`.
   */
  model?: 'short' | 'full';
  /** Minimum detection score, 0–1. Default 0.5 (MediaPipe's own default). */
  minDetectionConfidence?: number;
  /**
   * Look at three overlapping squares of a non-square frame instead of the whole frame. Default `true`.
   *
   * MediaPipe letterboxes its input into a square model input (192 px for the full-range model), so on a
   * 1280×720 frame a face keeps only 192/1280 of its size, and the portrait on an ID card held beside the face
   * falls below the smallest face the model finds (measured on test/fixtures/selfie-with-id.png: not found
   * whole, found in the right-hand square). Three squares (start, centre, end of the long side) keep 192/720
   * and overlap enough that any face up to 60% of the short side lies wholly in one of them; they cost three
   * model runs per `detect()`.
   */
  squareCrops?: boolean;
}

/** The slice of MediaPipe's `FaceDetection` class this adapter uses (the package's types are not imported). */
interface MediaPipeFaceDetection {
  setOptions(options: {model?: string; minDetectionConfidence?: number; selfieMode?: boolean}): void;
  onResults(listener: (results: {detections: {boundingBox: NormalizedBox}[]}) => void): void;
  initialize(): Promise<void>;
  send(inputs: {image: CanvasImageSource}): Promise<void>;
  close(): Promise<void>;
}
interface NormalizedBox {
  xCenter: number;
  yCenter: number;
  width: number;
  height: number;
}
type MediaPipeConstructor = new (config: {locateFile: (file: string) => string}) => MediaPipeFaceDetection;

/** A MediaPipe-backed detector; `close()` frees its wasm memory. */
export interface MediaPipeFaceDetector extends FaceDetectorLike {
  /** Releases the wasm instance. The detector must not be used afterwards. */
  close(): Promise<void>;
}

/** Loading the script is shared by every detector made on the page: one `<script>` per base URL. */
const scripts = new Map<string, Promise<MediaPipeConstructor>>();

/** Name of the Trusted Types policy this module creates for the one script URL it sets. */
export const TRUSTED_TYPES_POLICY = 'idv-mediapipe';
let policy: {createScriptURL(url: string): unknown} | undefined;

/**
 * The script URL, as a TrustedScriptURL where Trusted Types exist: under `require-trusted-types-for 'script'`
 * a plain string assignment to `script.src` throws. (MediaPipe then loads its own wasm loader script, which
 * needs the page's default policy or an allowance for it; see the README.)
 */
function scriptUrl(url: string): unknown {
  const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: object): typeof policy}}).trustedTypes;
  if (!tt) return url;
  // The policy only vouches for MediaPipe's entry script, so it cannot be borrowed for anything else.
  policy ??= tt.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (u: string) => {
      if (!u.endsWith('/face_detection.js')) throw new TypeError(`${TRUSTED_TYPES_POLICY}: unexpected script ${u}`);
      return u;
    },
  });
  return policy!.createScriptURL(url);
}

function loadScript(baseUrl: string): Promise<MediaPipeConstructor> {
  const existing = (globalThis as {FaceDetection?: MediaPipeConstructor}).FaceDetection;
  if (existing) return Promise.resolve(existing);
  let loading = scripts.get(baseUrl);
  if (!loading) {
    loading = new Promise<MediaPipeConstructor>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = scriptUrl(`${baseUrl}/face_detection.js`) as string;
      script.crossOrigin = 'anonymous';
      script.onload = () => {
        const loaded = (globalThis as {FaceDetection?: MediaPipeConstructor}).FaceDetection;
        if (loaded) resolve(loaded);
        else reject(new Error(`${script.src} did not define FaceDetection`));
      };
      script.onerror = () => reject(new Error(`Could not load ${script.src}`));
      document.head.append(script);
    });
    // A failed load may be retried later (a flaky network, a fixed CSP).
    loading.catch(() => scripts.delete(baseUrl));
    scripts.set(baseUrl, loading);
  }
  return loading;
}

/** The intrinsic pixel size of a drawable source, to turn MediaPipe's 0–1 boxes into source pixels. */
function intrinsicSize(source: CanvasImageSource): {width: number; height: number} {
  if (source instanceof HTMLVideoElement) return {width: source.videoWidth, height: source.videoHeight};
  if (source instanceof HTMLImageElement) return {width: source.naturalWidth, height: source.naturalHeight};
  if (source instanceof SVGImageElement) return {width: source.width.baseVal.value, height: source.height.baseVal.value};
  if ('displayWidth' in source) return {width: source.displayWidth, height: source.displayHeight}; // VideoFrame
  return {width: source.width, height: source.height};
}

/** Side of the square crops handed to MediaPipe (above its 192 px model input, so its own scaling decides). */
const CROP_SIZE = 256;

/** Overlap (intersection over union) above which two boxes from overlapping crops are the same face. */
const SAME_FACE_IOU = 0.3;

/** Drops boxes that repeat a face already found in another crop, keeping the larger (less cut-off) one. */
function mergeOverlapping(faces: DetectedFace[]): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const face of [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)) {
    if (!kept.some((k) => iou(k.box, face.box) > SAME_FACE_IOU)) kept.push(face);
  }
  return kept;
}

function iou(a: DetectedFace['box'], b: DetectedFace['box']): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * Loads MediaPipe from `baseUrl` and returns a ready detector (model downloaded and compiled).
 * Calls to `detect` are queued: MediaPipe runs one frame at a time and reports through a single callback.
 */
export async function createMediaPipeFaceDetector(options: MediaPipeDetectorOptions): Promise<MediaPipeFaceDetector> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const FaceDetection = await loadScript(baseUrl);
  const solution = new FaceDetection({locateFile: (file) => `${baseUrl}/${file}`});
  solution.setOptions({
    model: options.model ?? 'full',
    minDetectionConfidence: options.minDetectionConfidence ?? 0.5,
    selfieMode: false, // boxes in the source's own (unmirrored) coordinates
  });
  let latest: NormalizedBox[] = [];
  solution.onResults((results) => {
    latest = (results.detections ?? []).map((d) => d.boundingBox);
  });
  await solution.initialize();

  /** Faces in `image`, as boxes in pixels of a region at (x, y) of size `w`×`h` of the source. */
  const run = async (image: CanvasImageSource, x: number, y: number, w: number, h: number) => {
    latest = [];
    // send() resolves after onResults has run for this frame.
    await solution.send({image});
    return latest.map((b) => ({
      box: {x: x + (b.xCenter - b.width / 2) * w, y: y + (b.yCenter - b.height / 2) * h, width: b.width * w, height: b.height * h},
    }));
  };
  const useCrops = options.squareCrops ?? true;
  let crop: HTMLCanvasElement | undefined;

  let queue: Promise<unknown> = Promise.resolve();
  const detectNow = async (source: CanvasImageSource): Promise<DetectedFace[]> => {
    const {width, height} = intrinsicSize(source);
    if (!width || !height) return [];
    const side = Math.min(width, height);
    const long = Math.max(width, height);
    if (!useCrops || long - side < side * 0.05) return run(source, 0, 0, width, height);
    // A small canvas: the model only sees 192 px anyway, and uploading less is faster on a software GL.
    crop ??= Object.assign(document.createElement('canvas'), {width: CROP_SIZE, height: CROP_SIZE});
    const context = crop.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    const found: DetectedFace[] = [];
    for (const offset of [0, (long - side) / 2, long - side]) {
      const [x, y] = width >= height ? [offset, 0] : [0, offset];
      context.drawImage(source, x, y, side, side, 0, 0, CROP_SIZE, CROP_SIZE);
      found.push(...(await run(crop, x, y, side, side)));
    }
    return mergeOverlapping(found);
  };
  return {
    detect(source) {
      const result = queue.then(() => detectNow(source));
      queue = result.catch(() => undefined);
      return result;
    },
    close: () => solution.close(),
  };
}
