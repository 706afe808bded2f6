/**
 * The live analysis the camera step attaches to its `<video>`: a few frames a second through the checks, the
 * face detector about once a second, and a host update only when what the person should be told changes.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CaptureChecks} from '../types.js';
import {GreyFrameGrabber, type GreyFrame} from './grey-frame.js';
import {FrameTicker} from './frame-ticker.js';
import {analyzeFrame} from './frame-analyzer.js';
import type {CaptureContext, FaceDetectorLike, FacesInPicture} from './face-detector.js';
import type {GuidanceKey} from './guidance.js';

/** Options of {@link FrameAnalysisController}. */
export interface FrameAnalysisOptions extends CaptureContext {
  /** Returns the live `<video>` (a getter, because the host renders it after the controller is made). */
  video: () => HTMLVideoElement | null | undefined;
  /** Optional face detector; without one the face checks stay `not-run`. */
  detector?: FaceDetectorLike;
  /** Time between analysed frames, ms. Default 250 (4 per second: responsive guidance, little CPU). */
  intervalMs?: number;
  /** Minimum time between the starts of two face detections, ms. Default 1000: detection is ~50–500 ms. */
  detectionIntervalMs?: number;
  /** Start analysing when the host connects. Default true; false waits for {@link FrameAnalysisController.start}. */
  autoStart?: boolean;
  /** Called after every analysed frame (e.g. for auto-capture, which needs `steadyForMs` as it grows). */
  onAnalysis?: (latest: LiveAnalysis) => void;
}

/** The latest analysis, as the camera step reads it. */
export interface LiveAnalysis {
  /** Every check with value and verdict: record these with the capture. */
  checks: CaptureChecks;
  /** The one message to show now. */
  guidance: GuidanceKey;
  /** Every check that ran passed. */
  ready: boolean;
  /** How long every check has passed without interruption, ms (0 when not ready): for auto-capture. */
  steadyForMs: number;
}

/** How many analysis costs are kept for the benchmark. */
const COST_HISTORY = 1000;

/**
 * Lit reactive controller running the quality checks on a live video.
 *
 * Frames are analysed on a timer (and, where supported, on the next decoded video frame after it), never in a
 * tight `requestAnimationFrame` loop: guidance changes at human speed, and the page must stay responsive on a
 * low-end phone. The detector runs in the background at most once per `detectionIntervalMs`, one call at a
 * time; the frame checks use its latest result.
 */
export class FrameAnalysisController implements ReactiveController {
  /** The latest analysis; `undefined` until the first frame has been analysed. */
  latest: LiveAnalysis | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: FrameAnalysisOptions;
  readonly #grabber = new GreyFrameGrabber();
  #previous: GreyFrame | undefined;
  readonly #ticker: FrameTicker;
  #running = false;
  #faces: FacesInPicture | undefined;
  /** Bumped by stop(): a detection started before it must not report into a later run. */
  #generation = 0;
  #detecting = false;
  #lastDetectionStart = -Infinity;
  #readySince: number | undefined;
  #costs: number[] = [];

  constructor(host: ReactiveControllerHost, options: FrameAnalysisOptions) {
    this.#host = host;
    this.#options = options;
    this.#ticker = new FrameTicker(options.video, options.intervalMs ?? 250, () => this.#tick());
    host.addController(this);
  }

  /** Milliseconds each of the recent analyses took (grab + checks, not detection), oldest first. */
  get costsMs(): readonly number[] {
    return this.#costs;
  }

  /** Whether the loop is running. */
  get running(): boolean {
    return this.#running;
  }

  hostConnected(): void {
    if (this.#options.autoStart ?? true) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts (or resumes) analysing. Safe to call when running. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#ticker.schedule();
  }

  /** Stops analysing; a detection in flight finishes but its result is dropped. */
  stop(): void {
    this.#running = false;
    this.#ticker.cancel();
    this.#previous = undefined;
    this.#readySince = undefined;
    // Faces seen before a stop may be gone after it: never let an old detection pass a new picture.
    this.#faces = undefined;
    this.#generation++;
  }

  #tick(): void {
    if (!this.#running) return;
    try {
      this.#analyse();
    } finally {
      if (this.#running) this.#ticker.schedule();
    }
  }

  #analyse(): void {
    const video = this.#options.video();
    if (!video || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
    const {kind, layout, detector} = this.#options;
    const started = performance.now();
    const frame = this.#grabber.grab(video);
    if (!frame) return;
    const result = analyzeFrame(frame, this.#previous, {kind, layout, faces: detector ? this.#faces : undefined});
    const now = performance.now();
    this.#recordCost(now - started);
    // The grabber alternates two buffers, so this frame stays intact until the next grab.
    this.#previous = frame;
    if (detector) this.#maybeDetect(detector, video, now);

    if (result.ready) this.#readySince ??= now;
    else this.#readySince = undefined;
    const before = this.latest;
    this.latest = {...result, steadyForMs: this.#readySince === undefined ? 0 : now - this.#readySince};
    if (!before || before.guidance !== result.guidance || before.ready !== result.ready) this.#host.requestUpdate();
    this.#options.onAnalysis?.(this.latest);
  }

  #maybeDetect(detector: FaceDetectorLike, video: HTMLVideoElement, now: number): void {
    const interval = this.#options.detectionIntervalMs ?? 1000;
    if (this.#detecting || now - this.#lastDetectionStart < interval) return;
    this.#detecting = true;
    this.#lastDetectionStart = now;
    const size = {width: video.videoWidth, height: video.videoHeight};
    const generation = this.#generation;
    detector
      .detect(video)
      .then((faces) => {
        if (generation === this.#generation) this.#faces = {boxes: faces, ...size};
      })
      .catch(() => {
        // A failed detection makes the face checks not-run again: a face check never passes on a failure.
        if (generation === this.#generation) this.#faces = undefined;
      })
      .finally(() => {
        this.#detecting = false;
      });
  }

  #recordCost(ms: number): void {
    if (this.#costs.length >= COST_HISTORY) this.#costs.shift();
    this.#costs.push(ms);
  }
}
