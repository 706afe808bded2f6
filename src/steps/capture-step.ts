import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {StepElement} from './step-element.js';
import {CameraController, CAMERA_FAILURES, type CameraStatus, type GetUserMedia} from '../camera/camera-controller.js';
import {captureFrame, type CapturedFrame} from '../camera/capture-frame.js';
import {captureStepStyles} from './capture-step.styles.js';
import {renderCaptureGuide} from './capture-guide.js';
import type {Size} from './stage-geometry.js';
import {GuidanceController} from './guidance-controller.js';
import {AutoCaptureController} from './auto-capture-controller.js';
import {VisionClient, type LiveAnalysis} from '../vision/vision-client.js';
import {visionBaseUrl} from '../vision/base-url.js';
import type {FaceDetectorLike} from '../quality/face-detector.js';
import {problemOfStatus} from '../camera/camera-problems.js';
import type {Capture, CaptureChecks, CaptureKind} from '../types.js';


/** What the ID step asks of the camera. */
export const ID_CAMERA_SIZE = {width: {ideal: 1920}, height: {ideal: 1080}} as const;

/** A photo shown for review. */
interface Review extends CapturedFrame {
  checks: CaptureChecks;
  /** Object URL of the JPEG for the `<img>`. */
  url: string;
  /** Whether the checks failed when it was taken (the person is asked to confirm). */
  lowQuality: boolean;
}

/**
 * The selfie and ID steps: a live camera preview with a guide (oval for the face, an ID-1 card frame for
 * the ID), guidance, a shutter, then a review of the photo before it is used.
 *
 * The camera starts when the step is shown and stops when it is left, when the photo is being reviewed,
 * while the page is hidden, and when the element is removed.
 * @internal
 */
export class CaptureStep extends StepElement {
  /**
   * Replaces the browser's `getUserMedia` for every capture step created afterwards. For tests only:
   * a busy camera (`NotReadableError`) cannot be produced by a real browser on demand.
   * @internal
   */
  static getUserMedia: GetUserMedia | undefined = undefined;

  static override styles = [StepElement.styles, captureStepStyles];

  static override properties: PropertyDeclarations = {
    kind: {reflect: true},
    review: {state: true, attribute: false},
    picture: {state: true, attribute: false},
    taking: {state: true, attribute: false},
  };

  /** Which photo this step takes. */
  kind: CaptureKind = 'selfie';

  /** The photo being reviewed, or null while the camera is live. */
  private review: Review | null = null;
  /**
   * The camera picture's size: the video's intrinsic size, which changes when a phone is turned. Until the
   * first frame, the usual webcam shape.
   */
  private picture: Size = {width: 1280, height: 720};
  private taking = false;

  /** The latest analysis of the live picture (null: nothing measured yet). */
  protected analysis: LiveAnalysis | null = null;

  /**
   * Checks the live picture a few times a second while the camera is live and no photo is in review (in the
   * vision Worker where it can run).
   */
  protected readonly vision: VisionClient;

  constructor() {
    super();
    // Functions: kind, layout and the settings come from properties and contexts set after construction.
    this.vision = new VisionClient(this, {
      kind: () => this.kind,
      layout: () => this.flow.layout ?? 'one-sided',
      hostDetector: () => this.#detector,
      baseUrl: () => visionBaseUrl(this.settings?.visionBaseUrl),
      video: () => this.renderRoot?.querySelector('video'),
      onAnalysis: (latest) => {
        this.analysis = latest;
        this.proposeGuidance(latest.guidance);
        if (!this.review) this.#autoCapture.consider(latest);
      },
    });
  }

  /** The host's face detector (`faceDetector` property), when it looks like one. */
  get #detector(): FaceDetectorLike | undefined {
    const detector = this.settings?.faceDetector as Partial<FaceDetectorLike> | null | undefined;
    return typeof detector?.detect === 'function' ? (detector as FaceDetectorLike) : undefined;
  }

  #camera: CameraController | null = null;
  #reportedStatus: CameraStatus = 'idle';
  /** Which message the live region shows, so it never flickers. */
  readonly #guidance = new GuidanceController(this);
  /** Takes the photo once every check has passed and held, when the host turned auto-capture on. */
  readonly #autoCapture = new AutoCaptureController({
    enabled: () => Boolean(this.settings?.autoCapture),
    capture: () => void this.takePhoto(),
  });

  /** The camera (created on first use, so the facing mode follows `kind`). */
  protected get camera(): CameraController {
    this.#camera ??= new CameraController(this, {
      facingMode: this.kind === 'selfie' ? 'user' : 'environment',
      // The ID's small print must be legible: ask for the best the camera offers (ideal, so a camera that
      // cannot still starts at its own best; the size used is recorded in the claims' camera member).
      size: this.kind === 'selfie' ? undefined : ID_CAMERA_SIZE,
      getUserMedia: CaptureStep.getUserMedia,
    });
    return this.#camera;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#showExistingOrStart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.review) URL.revokeObjectURL(this.review.url);
    // An unaccepted photo is dropped with its URL; reconnected, the step starts the camera again.
    this.review = null;
  }

  /** The person returning to a step sees the photo they took; otherwise the camera starts. */
  #showExistingOrStart(): void {
    if (this.review) return;
    const existing = this.flow.captures[this.kind];
    if (existing) {
      this.review = {...existing, url: URL.createObjectURL(existing.blob), lowQuality: false};
    } else {
      void this.camera.start();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && this.hasUpdated && this.#camera) {
      // A step element shows one kind (the root keys it by kind); a changed kind needs its own camera.
      this.#camera.stop();
      this.removeController(this.#camera);
      this.#camera = null;
      this.#showExistingOrStart();
    }
    const status = this.#camera?.status ?? 'idle';
    if (status !== this.#reportedStatus) {
      this.#reportedStatus = status;
      const problem = problemOfStatus(status);
      if (problem && CAMERA_FAILURES.includes(status)) this.intent({type: 'camera-failed', problem});
    }
  }

  protected override updated(): void {
    const video = this.renderRoot.querySelector('video');
    const stream = this.#camera?.stream ?? null;
    if (video && video.srcObject !== stream) {
      video.srcObject = stream;
      if (stream) video.play().catch(() => undefined); // autoplay+muted also starts it; play() is belt and braces
    }
    // The stage takes the picture's shape. Set through the CSSOM: a `style` attribute (which Lit's styleMap
    // also writes on first render) is an inline style that a strict CSP (`style-src 'self'`) blocks.
    const shown = this.review ?? this.picture;
    const aspect = shown.width / shown.height;
    this.renderRoot.querySelector<HTMLElement>('.stage')?.style.setProperty('--_aspect', String(aspect));
    if (stream && !this.review) {
      this.vision.start();
    } else if (this.vision.running) {
      this.vision.stop();
      this.analysis = null;
    }
  }

  override render() {
    const s = this.strings;
    const twoSided = this.flow.layout === 'two-sided';
    const heading =
      this.kind === 'selfie' ? (twoSided ? s.selfieTwoSidedHeading : s.selfieHeading) : s.documentHeading;
    const instructions =
      this.kind === 'selfie'
        ? twoSided
          ? s.selfieTwoSidedInstructions
          : s.selfieInstructions
        : twoSided
          ? s.documentTwoSidedInstructions
          : s.documentInstructions;
    return html`
      <h2 tabindex="-1" part="heading">${heading}</h2>
      ${this.review ? this.#renderReview() : html`<p id="instructions">${instructions}</p>${this.#renderLive()}`}
    `;
  }

  #renderLive() {
    const s = this.strings;
    const camera = this.camera;
    const live = camera.status === 'live';
    const ready = Boolean(live && this.guidance === 'ready');
    const message = live ? this.#guidanceText() : camera.status === 'requesting' ? s.cameraStarting : '';
    const devices = camera.devices;
    return html`
      ${this.settings?.autoCapture ? html`<p class="muted">${s.autoCaptureOn}</p>` : nothing}
      <div class="stage" data-state=${ready ? 'ready' : 'adjust'}>
        <!-- Firefox puts a <video> in the Tab order even without controls: a stop with nothing to do. -->
        <video
          part="video"
          class=${this.kind === 'selfie' ? 'mirrored' : ''}
          tabindex="-1"
          playsinline
          muted
          autoplay
          aria-label=${this.kind === 'selfie' ? s.cameraPreviewSelfie : s.cameraPreviewDocument}
          @loadedmetadata=${this.#onVideoSize}
          @resize=${this.#onVideoSize}
        ></video>
        ${renderCaptureGuide(this.kind, this.picture)}
        ${live ? nothing : html`<p class="starting" aria-hidden="true">${s.cameraStarting}</p>`}
      </div>
      <p class="guidance" part="guidance" role="status" aria-live="polite" aria-atomic="true" ?data-ready=${ready}>
        ${live && this.guidance ? html`<span class="icon" aria-hidden="true">${ready ? '✓' : '!'}</span>` : nothing}<span class="message">${message}</span>
      </p>
      ${devices.length > 1
        ? html`<div class="picker">
            <button type="button" class="switch" part="secondary-button" @click=${this.#onSwitchCamera}>
              ${s.switchCamera}
            </button>
            <label for="camera">${s.chooseCamera}</label>
            <select id="camera" @change=${this.#onPickCamera}>
              ${devices.map(
                (device, index) =>
                  html`<option value=${device.deviceId} ?selected=${device.deviceId === camera.deviceId}>
                    ${device.label || s.cameraNumber(index + 1)}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" part="secondary-button" @click=${() => this.intent({type: 'back'})}>${s.back}</button>
        <button
          type="button"
          class="primary"
          part="shutter"
          aria-disabled=${live && !this.taking ? 'false' : 'true'}
          aria-describedby="instructions"
          @click=${this.#onShutter}
        >
          ${s.shutter}
        </button>
      </div>
    `;
  }

  #renderReview() {
    const s = this.strings;
    const review = this.review!;
    return html`
      <div class="stage">
        <img src=${review.url} alt=${this.kind === 'selfie' ? s.reviewSelfieAlt : s.reviewDocumentAlt} />
      </div>
      ${review.lowQuality
        ? html`<p class="warning" role="alert">${s.confirmLowQuality}</p>`
        : html`<p class="muted">${s.reviewPhotoHint}</p>`}
      <div class="actions">
        <button type="button" part="secondary-button" @click=${this.#onRetake}>${s.retake}</button>
        <button type="button" class="primary" part="primary-button" @click=${this.#onUse}>${s.usePhoto}</button>
      </div>
    `;
  }

  #guidanceText(): string {
    const key = this.guidance;
    if (!key) return '';
    const entry = (this.strings as unknown as Record<string, unknown>)[key];
    return typeof entry === 'string' ? entry : '';
  }

  /** The guidance shown (a string-table key), changed only once a new message has settled. */
  protected get guidance(): string | null {
    return this.#guidance.shown;
  }

  /** Takes a new guidance key from the analysis (see {@link GuidanceController}). */
  protected proposeGuidance(key: string | null): void {
    this.#guidance.propose(key);
  }

  #onVideoSize(event: Event): void {
    const video = event.target as HTMLVideoElement;
    // Also fires mid-stream when a phone is turned: the stage, the guide and the analysis all follow the new
    // size (the analysis reads each frame's own size), and nothing taken so far is touched.
    const {videoWidth: width, videoHeight: height} = video;
    if (width && height && (width !== this.picture.width || height !== this.picture.height)) this.picture = {width, height};
  }

  /** The next camera in the list (front ↔ back on a phone with two). */
  #onSwitchCamera(): void {
    const devices = this.camera.devices;
    const current = devices.findIndex((device) => device.deviceId === this.camera.deviceId);
    const next = devices[(current + 1) % devices.length];
    this.#guidance.reset();
    void this.camera.selectDevice(next.deviceId);
  }

  #onPickCamera(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.#guidance.reset();
    void this.camera.selectDevice(id);
  }

  #onShutter(): void {
    void this.takePhoto();
  }

  /** Takes the photo from the live picture and shows it for review (the camera stops meanwhile). */
  protected async takePhoto(): Promise<void> {
    const camera = this.camera;
    const video = this.renderRoot.querySelector('video');
    const track = camera.track;
    if (this.taking || camera.status !== 'live' || !video || !track) return;
    this.taking = true;
    try {
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
        // Also give up when the stream goes (page hidden, camera unplugged): waiting for a frame that never
        // comes would leave `taking` set and the shutter disabled for good.
        const done = new AbortController();
        await new Promise((resolve) => {
          video.addEventListener('loadeddata', resolve, {signal: done.signal});
          video.addEventListener('emptied', resolve, {signal: done.signal});
        });
        done.abort();
        if (camera.track !== track || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      }
      const [analysis, frame] = await Promise.all([this.analysis ?? this.vision.analyseNow(), captureFrame(video, track)]);
      if (!this.isConnected) return;
      camera.stop();
      this.review = {
        ...frame,
        checks: structuredClone(analysis.checks),
        url: URL.createObjectURL(frame.blob),
        lowQuality: !analysis.ready,
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('button.primary')?.focus();
    } finally {
      this.taking = false;
    }
  }

  async #onRetake(): Promise<void> {
    if (this.review) URL.revokeObjectURL(this.review.url);
    this.review = null;
    this.#guidance.reset();
    this.#autoCapture.reset();
    void this.camera.start();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=shutter]')?.focus();
  }

  #onUse(): void {
    const review = this.review;
    if (!review) return;
    const capture: Capture = {
      kind: this.kind,
      blob: review.blob,
      width: review.width,
      height: review.height,
      at: review.at,
      camera: review.camera,
      checks: review.checks,
    };
    this.intent({type: 'captured', capture});
  }
}
