/**
 * The camera step's link to the vision checks: hands frames of the live `<video>` to the vision Worker and
 * gives the step one analysis per frame. Where the Worker cannot run, or the host brought its own face
 * detector, the same checks run on the main thread instead (code loaded only then).
 */
import {FrameTicker} from '../quality/frame-ticker.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CaptureChecks, CaptureKind, IdLayout} from '../types.js';
import {faceCheckNames, type FaceDetectorLike} from '../quality/face-detector.js';
import type {FrameAnalysisController, LiveAnalysis} from '../quality/analysis-loop.js';
import type {FromVisionWorker} from './protocol.js';
import type {FaceEngineKind} from './face-engine.js';
import type {VisionWorkerConnection} from './vision-worker-connection.js';
import {faceEngineCheck} from './face-engine-check.js';

/**
 * Prints the console message for a host (see host-advice.ts). Loaded only when there is something to say:
 * the script-tag bundle loads it from `chunks/` beside itself.
 */
function advise<K extends 'adviseWorkerUnavailable' | 'adviseEngineUnavailable' | 'adviseSlowEngine'>(
  name: K,
  ...args: Parameters<(typeof import('./host-advice.js'))[K]>
): void {
  import('./host-advice.js').then(
    (module) => (module[name] as (...a: typeof args) => void)(...args),
    () => undefined,
  );
}

export type {LiveAnalysis};

/** Options of {@link VisionClient}; getters, because the step sets kind, layout and settings after construction. */
export interface VisionClientOptions {
  kind: () => CaptureKind;
  layout: () => IdLayout;
  /** The live `<video>` (the step renders it after the controller is made). */
  video: () => HTMLVideoElement | null | undefined;
  /** The host's own detector: when there is one, it is used on the main thread instead of the Worker. */
  hostDetector: () => FaceDetectorLike | undefined;
  /** The folder of the vision files. */
  baseUrl: () => URL;
  /** Called after every analysed frame. */
  onAnalysis: (latest: LiveAnalysis) => void;
  /** Time between analysed frames, ms. Default 250: guidance at human speed, little CPU. */
  intervalMs?: number;
  /** `false` forces the plain-JS face engine (measurements only). */
  wasm?: boolean;
}

/** Where the checks run: in the Worker, or on the main thread (`reason` says why). */
export type VisionPath = {where: 'worker'} | {where: 'main-thread'; reason: 'host-detector' | 'worker-unavailable'};

/** How many hand-off costs are kept for the benchmark. */
const COST_HISTORY = 1000;

/** A result may take this long before the frame counts as lost and the next one may go, ms. */
const RESULT_TIMEOUT_MS = 5000;

/**
 * Lit reactive controller: analyses the live picture a few times a second while started.
 *
 * Worker path: on each tick (a timer, then the next decoded video frame where the browser says so) the
 * current picture becomes an `ImageBitmap` that is transferred to the Worker. Never more than one frame is
 * in flight: a tick that comes while the Worker is busy is dropped, so a slow device analyses fewer frames
 * instead of queueing them. The main thread's work per frame is that hand-off only.
 */
export class VisionClient implements ReactiveController {
  /** The latest analysis; undefined until the first frame of a session is analysed. */
  latest: LiveAnalysis | undefined;

  /** Counters for tests and the benchmark. */
  readonly stats = {sent: 0, analysed: 0, dropped: 0, maxInFlight: 0};

  readonly #host: ReactiveControllerHost;
  readonly #options: VisionClientOptions;
  #running = false;
  #path: VisionPath | undefined;
  #connection: VisionWorkerConnection | undefined;
  #unlisten: (() => void) | undefined;
  #mainThread: FrameAnalysisController | undefined;
  #mainThreadLoading: Promise<typeof import('./main-thread-analysis.js')> | undefined;
  readonly #ticker: FrameTicker;
  /** Bumped by stop(): nothing started before it may report into a later session. */
  #generation = 0;
  #nextId = 1;
  /** The frame in flight: its id and when it was sent. */
  #inFlight: {id: number; since: number} | undefined;
  /** Ids of this session's frames start here; an older result is dropped. */
  #sessionFirstId = 1;
  #continues = false;
  #readySince: number | undefined;
  #engine: FaceEngineKind | null = null;
  #costs: number[] = [];
  #detectionCosts: number[] = [];
  /** Whether frames go as VideoFrames (where the browser has them and can transfer them to a Worker). */
  #videoFrames = typeof VideoFrame === 'function';
  #waiters: Array<(analysis: LiveAnalysis) => void> = [];

  constructor(host: ReactiveControllerHost, options: VisionClientOptions) {
    this.#host = host;
    this.#options = options;
    this.#ticker = new FrameTicker(options.video, options.intervalMs ?? 250, () => this.#tick());
    host.addController(this);
  }

  /** Whether it is analysing. */
  get running(): boolean {
    return this.#running;
  }

  /** Where the checks run (undefined before the first start). */
  get path(): VisionPath | undefined {
    return this.#path;
  }

  /** The face engine the Worker used last, or null. */
  get engine(): FaceEngineKind | null {
    return this.#engine;
  }

  /** Main-thread milliseconds of each recent frame hand-off (Worker path), oldest first. */
  get handOffCostsMs(): readonly number[] {
    return this.#costs;
  }

  /** Worker milliseconds of each recent face detection (frames that reused a detection are not counted). */
  get detectionCostsMs(): readonly number[] {
    return this.#detectionCosts;
  }

  /** Main-thread milliseconds of each recent analysis on the main-thread path. */
  get mainThreadCostsMs(): readonly number[] {
    return this.#mainThread?.costsMs ?? [];
  }

  hostDisconnected(): void {
    this.stop();
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#connection?.release();
    this.#connection = undefined;
  }

  /** Starts (or resumes) analysing; the Worker and its face engine are created on the first start. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#continues = false;
    this.#sessionFirstId = this.#nextId;
    const generation = this.#generation;
    void this.#choosePath(generation).then((path) => {
      if (generation !== this.#generation || !this.#running) return;
      if (path.where === 'worker') this.#ticker.schedule();
      else void this.#startMainThread();
    });
  }

  /** Stops analysing; a frame in flight is dropped when its result comes. */
  stop(): void {
    this.#running = false;
    this.#ticker.cancel();
    this.#mainThread?.stop();
    this.#readySince = undefined;
    this.latest = undefined;
    this.#generation++;
  }

  /**
   * The analysis of the current picture, for a photo taken before any frame was analysed: the next result
   * (a frame is sent now unless one is in flight). Resolves with no checks if nothing can be analysed.
   */
  async analyseNow(): Promise<{checks: CaptureChecks; ready: boolean}> {
    if (this.latest) return this.latest;
    const video = this.#options.video();
    if (!video) return {checks: {}, ready: false};
    if (this.#path?.where === 'main-thread' || !this.#running) {
      const {analyseVideoOnce} = await this.#loadMainThread();
      const context = {kind: this.#options.kind(), layout: this.#options.layout()};
      return this.#withEngine(analyseVideoOnce(video, context), 'none');
    }
    const next = new Promise<LiveAnalysis>((resolve) => this.#waiters.push(resolve));
    if (!this.#inFlight) this.#sendFrame();
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, RESULT_TIMEOUT_MS));
    return (await Promise.race([next, timeout])) ?? {checks: {}, ready: false};
  }

  /**
   * Where this session's checks run. The Worker's connection code loads with the first camera step (the
   * script-tag bundle loads it from `chunks/` beside itself): pages that never open a camera never load it.
   */
  async #choosePath(generation: number): Promise<VisionPath> {
    if (this.#options.hostDetector()) return (this.#path = {where: 'main-thread', reason: 'host-detector'});
    if (this.#path?.where === 'main-thread' && this.#path.reason === 'worker-unavailable') return this.#path;
    if (this.#connection && !this.#connection.failure) return (this.#path = {where: 'worker'});
    const baseUrl = this.#options.baseUrl();
    let VisionWorkerConnection, visionWorkerSupported;
    try {
      ({VisionWorkerConnection, visionWorkerSupported} = await import('./vision-worker-connection.js'));
    } catch (error) {
      advise('adviseWorkerUnavailable', `its code could not load (${(error as Error).message})`, baseUrl);
      return (this.#path = {where: 'main-thread', reason: 'worker-unavailable'});
    }
    if (this.#connection && !this.#connection.failure) return (this.#path = {where: 'worker'});
    // Stopped or disconnected while the code loaded: take no connection, or the shared Worker's
    // listener would keep this step (and its element) alive after removal.
    if (generation !== this.#generation) return {where: 'worker'};
    if (!visionWorkerSupported()) {
      advise('adviseWorkerUnavailable', 'this browser has no module Worker with OffscreenCanvas and createImageBitmap', baseUrl);
      return (this.#path = {where: 'main-thread', reason: 'worker-unavailable'});
    }
    try {
      this.#connection = VisionWorkerConnection.acquire(baseUrl, {wasm: this.#options.wasm});
    } catch (error) {
      advise('adviseWorkerUnavailable', (error as Error).message, baseUrl);
      return (this.#path = {where: 'main-thread', reason: 'worker-unavailable'});
    }
    this.#unlisten = this.#connection.listen(
      (message) => this.#onMessage(message),
      (reason) => this.#onWorkerFailure(reason),
    );
    return (this.#path = {where: 'worker'});
  }

  #onWorkerFailure(reason: string): void {
    advise('adviseWorkerUnavailable', reason, this.#options.baseUrl());
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#connection = undefined;
    this.#inFlight = undefined;
    this.#path = {where: 'main-thread', reason: 'worker-unavailable'};
    if (!this.#running) return;
    this.#ticker.cancel();
    void this.#startMainThread();
  }

  // ── Worker path ────────────────────────────────────────────────────────────────────────────────
  #tick(): void {
    if (!this.#running || this.#path?.where !== 'worker') return;
    const now = performance.now();
    if (this.#inFlight && now - this.#inFlight.since < RESULT_TIMEOUT_MS) {
      this.stats.dropped++; // back-pressure: the Worker is still on the last frame
    } else {
      this.#inFlight = undefined;
      this.#sendFrame();
    }
    this.#ticker.schedule();
  }

  #sendFrame(): void {
    const video = this.#options.video();
    const connection = this.#connection;
    if (!video || !connection || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return;
    const id = this.#nextId++;
    const generation = this.#generation;
    const kind = this.#options.kind();
    const layout = this.#options.layout();
    this.#inFlight = {id, since: performance.now()};
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, 1);
    const post = (picture: ImageBitmap | VideoFrame) => {
      const continues = this.#continues;
      this.#continues = true;
      connection.post({type: 'frame', id, picture, kind, layout, continues}, [picture]);
      this.stats.sent++;
    };
    const started = performance.now();
    // A VideoFrame wraps the decoded frame without copying it; createImageBitmap(video) converts it to RGB on
    // this thread first (13 ms for 1280 × 720 measured in headless Chromium), so it is only the fallback.
    if (this.#videoFrames) {
      let frame: VideoFrame;
      try {
        frame = new VideoFrame(video, {timestamp: Math.round(video.currentTime * 1e6)});
      } catch {
        this.#inFlight = undefined; // no decoded frame yet: the next tick tries again
        return;
      }
      try {
        post(frame);
        this.#recordCost(performance.now() - started);
        return;
      } catch {
        frame.close();
        this.#videoFrames = false; // not transferable to a Worker in this browser: bitmaps from now on
      }
    }
    let bitmapPromise: Promise<ImageBitmap>;
    try {
      bitmapPromise = createImageBitmap(video);
    } catch {
      this.#inFlight = undefined;
      return;
    }
    const syncMs = performance.now() - started;
    bitmapPromise.then(
      (bitmap) => {
        const resumed = performance.now();
        if (generation !== this.#generation || this.#connection !== connection || connection.failure) {
          bitmap.close();
          if (this.#inFlight?.id === id) this.#inFlight = undefined;
          return;
        }
        post(bitmap);
        this.#recordCost(syncMs + performance.now() - resumed);
      },
      () => {
        // No picture to take (the video went away): the next tick tries again.
        if (this.#inFlight?.id === id) this.#inFlight = undefined;
      },
    );
  }

  #onMessage(message: FromVisionWorker): void {
    if (message.type === 'engine-failed') {
      advise('adviseEngineUnavailable', message.message, this.#options.baseUrl());
      return;
    }
    if (message.type !== 'result') return;
    if (this.#inFlight?.id === message.id) this.#inFlight = undefined;
    // Another step's frame (the Worker is shared), or one from before a stop.
    if (!this.#running || message.id < this.#sessionFirstId || message.id >= this.#nextId) return;
    this.stats.analysed++;
    if (message.detectMs > 0) record(this.#detectionCosts, message.detectMs);
    if (message.engine) {
      this.#engine = message.engine;
      if (message.engine === 'js') advise('adviseSlowEngine');
    }
    this.#accept({checks: message.checks, guidance: message.guidance, ready: message.ready});
  }

  // ── Main-thread path ───────────────────────────────────────────────────────────────────────────
  #loadMainThread() {
    this.#mainThreadLoading ??= import('./main-thread-analysis.js');
    return this.#mainThreadLoading;
  }

  async #startMainThread(): Promise<void> {
    const generation = this.#generation;
    const module = await this.#loadMainThread();
    if (generation !== this.#generation || !this.#running) return;
    if (!this.#mainThread) {
      const options = this.#options;
      this.#mainThread = new module.FrameAnalysisController(this.#host, {
        get kind() {
          return options.kind();
        },
        get layout() {
          return options.layout();
        },
        get detector() {
          return options.hostDetector();
        },
        video: options.video,
        intervalMs: options.intervalMs,
        autoStart: false,
        onAnalysis: (latest) => {
          const used = this.#options.hostDetector() ? 'host' : 'none';
          this.#accept(this.#withEngine(latest, used));
        },
      });
    }
    this.#mainThread.start();
  }

  /** Adds the `faceEngine` check: the host's detector when a face check ran with it, else nobody. */
  #withEngine<T extends {checks: CaptureChecks}>(analysis: T, used: 'host' | 'none'): T {
    const context = {kind: this.#options.kind(), layout: this.#options.layout()};
    const looked = used === 'host' && faceCheckNames(context).some((name) => (analysis.checks[name]?.verdict ?? 'not-run') !== 'not-run');
    return {...analysis, checks: {...analysis.checks, faceEngine: faceEngineCheck(looked ? 'host' : 'none')}};
  }

  // ── Both ───────────────────────────────────────────────────────────────────────────────────────
  #accept(result: Omit<LiveAnalysis, 'steadyForMs'>): void {
    const now = performance.now();
    if (result.ready) this.#readySince ??= now;
    else this.#readySince = undefined;
    const before = this.latest;
    this.latest = {...result, steadyForMs: this.#readySince === undefined ? 0 : now - this.#readySince};
    if (!before || before.guidance !== result.guidance || before.ready !== result.ready) this.#host.requestUpdate();
    const waiters = this.#waiters.splice(0);
    for (const resolve of waiters) resolve(this.latest);
    this.#options.onAnalysis(this.latest);
  }

  #recordCost(ms: number): void {
    record(this.#costs, ms);
  }
}

/** Keeps the last {@link COST_HISTORY} measurements. */
function record(list: number[], ms: number): void {
  if (list.length >= COST_HISTORY) list.shift();
  list.push(ms);
}
