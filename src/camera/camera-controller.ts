import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Where the camera is:
 * - `idle`: not started, stopped, or paused while the page is hidden;
 * - `requesting`: `getUserMedia` is pending (the browser may be asking the person);
 * - `live`: a video track is running;
 * - `denied`: the person or a policy refused the camera (`NotAllowedError`, `SecurityError`);
 * - `not-found`: no camera device (`NotFoundError`);
 * - `in-use`: the camera exists but cannot be read, usually because another app holds it (`NotReadableError`);
 * - `overconstrained`: not even the plainest constraints could be met (`OverconstrainedError`);
 * - `ended`: a live track ended on its own (unplugged, permission revoked);
 * - `insecure`: the page is not a secure context, so browsers hide the camera API;
 * - `unsupported`: this browser has no `navigator.mediaDevices.getUserMedia`;
 * - `error`: anything else.
 */
export type CameraStatus =
  | 'idle'
  | 'requesting'
  | 'live'
  | 'denied'
  | 'not-found'
  | 'in-use'
  | 'overconstrained'
  | 'ended'
  | 'insecure'
  | 'unsupported'
  | 'error';

/** The statuses from which only the person (retry, another camera, another device) can move on. */
export const CAMERA_FAILURES: readonly CameraStatus[] = [
  'denied',
  'not-found',
  'in-use',
  'overconstrained',
  'ended',
  'insecure',
  'unsupported',
  'error',
];

/** `navigator.mediaDevices.getUserMedia`'s shape: what a test may inject in its place. */
export type GetUserMedia = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

/** Options of {@link CameraController}. */
export interface CameraOptions {
  /**
   * Which way the camera should face: `user` for the selfie, `environment` for the ID. Asked as `ideal`,
   * so a laptop with a single webcam (which reports no facing mode) still gets it.
   */
  facingMode: 'user' | 'environment';
  /**
   * Replaces `navigator.mediaDevices.getUserMedia`. For tests: a busy camera (`NotReadableError`) cannot be
   * produced by a real browser on demand, so the only way to test that path is to inject it here.
   */
  getUserMedia?: GetUserMedia;
  /**
   * The preferred picture size. Ideal constraints never fail; an `exact` one does, and is dropped step by
   * step (see {@link CameraController.start}) until the camera starts.
   */
  size?: Pick<MediaTrackConstraints, 'width' | 'height'>;
}

/** The device the person picked in the camera picker, per facing mode, for the rest of the page's life. */
const chosenDevice = new Map<string, string>();

/**
 * Owns one camera `MediaStream` for a host element: starts it when asked, reports what happened as a
 * {@link CameraStatus}, and makes sure no track is left running — on {@link stop}, when the host is
 * disconnected, and while the page is hidden (restarted when it is shown again).
 *
 * A generation counter guards every `await`: a `getUserMedia` that resolves after `stop()` (or after a
 * newer `start()`) has its tracks stopped at once instead of leaking a live camera.
 */
export class CameraController implements ReactiveController {
  /** See {@link CameraStatus}. */
  status: CameraStatus = 'idle';
  /** The live stream while `status` is `live`. */
  stream: MediaStream | null = null;
  /** Video input devices (labels are known once permission was granted). */
  devices: MediaDeviceInfo[] = [];
  /** The error behind a failure status, for logs. */
  error: unknown = null;
  /** True when the picture size had to be relaxed to start the camera. */
  usedFallback = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: CameraOptions;
  #generation = 0;
  /** The step wants the camera: it is (re)started after the page is shown again or the host reconnects. */
  #wanted = false;
  #pausedForHidden = false;

  constructor(host: ReactiveControllerHost, options: CameraOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The live video track, if any. */
  get track(): MediaStreamTrack | null {
    return this.stream?.getVideoTracks()[0] ?? null;
  }

  /** The device of the live track (or the one that will be asked for). */
  get deviceId(): string | undefined {
    return this.track?.getSettings().deviceId ?? chosenDevice.get(this.#options.facingMode);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    navigator.mediaDevices?.addEventListener?.('devicechange', this.#onDeviceChange);
    if (this.#wanted && !this.stream) void this.#acquire();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    navigator.mediaDevices?.removeEventListener?.('devicechange', this.#onDeviceChange);
    // Keep #wanted: an element moved within the page (disconnected, then connected) resumes its camera.
    this.#release('idle');
  }

  /**
   * Starts the camera (no-op when it is already live or starting). Tries, in order, stopping at the first
   * that works and moving on only when the browser says the constraints cannot be met:
   * 1. the remembered device (or the wanted facing mode) at the preferred size;
   * 2. the same without the size;
   * 3. any camera facing the wanted way, then any camera at all.
   */
  async start(): Promise<void> {
    this.#wanted = true;
    if (this.stream || this.status === 'requesting') return;
    await this.#acquire();
  }

  /** Stops every track and forgets the wish to run: the camera stays off until {@link start}. */
  stop(): void {
    this.#wanted = false;
    this.#pausedForHidden = false;
    this.#release('idle');
  }

  /** Switches to another camera (from the picker) and remembers it for the rest of the page's life. */
  async selectDevice(deviceId: string): Promise<void> {
    chosenDevice.set(this.#options.facingMode, deviceId);
    this.#release('idle');
    this.#wanted = true;
    await this.#acquire();
  }

  async #acquire(): Promise<void> {
    if (typeof isSecureContext !== 'undefined' && !isSecureContext) return this.#fail('insecure');
    const getUserMedia = this.#options.getUserMedia ?? (navigator.mediaDevices?.getUserMedia
      ? (constraints: MediaStreamConstraints) => navigator.mediaDevices.getUserMedia(constraints)
      : undefined);
    if (!getUserMedia) return this.#fail('unsupported');

    // A stream still held (a restart while live) is released first: #adopt would otherwise drop it live.
    if (this.stream) this.#release('idle');
    // Asked while the page is hidden (a start, a retry, a host moved in a background tab): wait until it is
    // shown, as a pause would. Otherwise this acquisition settles any pause, so showing the page again does
    // not start a second stream over this one.
    this.#pausedForHidden = document.visibilityState === 'hidden';
    if (this.#pausedForHidden) return this.#release('idle');
    const generation = ++this.#generation;
    this.#setStatus('requesting');
    let lastError: unknown = null;
    for (const [index, video] of this.#attempts().entries()) {
      let stream: MediaStream;
      try {
        stream = await getUserMedia({video, audio: false});
      } catch (error) {
        if (generation !== this.#generation) return;
        lastError = error;
        const status = statusOf(error);
        // A remembered device that has gone away is forgotten, and the next attempt asks by facing mode.
        const deviceGone = status === 'not-found' && 'deviceId' in video;
        if (status === 'overconstrained' || deviceGone) {
          if (deviceGone) chosenDevice.delete(this.#options.facingMode);
          continue;
        }
        return this.#fail(status, error);
      }
      if (generation !== this.#generation) {
        stopAll(stream); // stopped (or restarted) while the browser was answering
        return;
      }
      this.usedFallback = index > 0;
      this.#adopt(stream);
      await this.#listDevices(generation);
      return;
    }
    // WebKit answers "no camera at all" with OverconstrainedError even for no constraints: a device with
    // no video input is `not-found` (its own screen sends the person to another device), not "this camera
    // cannot be used".
    const status = statusOf(lastError) === 'not-found' || !(await this.#hasVideoInput()) ? 'not-found' : 'overconstrained';
    if (generation !== this.#generation) return;
    this.#fail(status, lastError);
  }

  /** Whether the device lists any camera (true when it cannot say: then the error's own name stands). */
  async #hasVideoInput(): Promise<boolean> {
    try {
      const all = await navigator.mediaDevices?.enumerateDevices?.();
      return !all || all.some((device) => device.kind === 'videoinput');
    } catch {
      return true;
    }
  }

  /** The constraint ladder of {@link start}, most specific first. */
  #attempts(): MediaTrackConstraints[] {
    const size = this.#options.size ?? {width: {ideal: 1280}, height: {ideal: 720}};
    const facing: MediaTrackConstraints = {facingMode: {ideal: this.#options.facingMode}};
    const remembered = chosenDevice.get(this.#options.facingMode);
    const which: MediaTrackConstraints = remembered ? {deviceId: {exact: remembered}} : facing;
    const attempts: MediaTrackConstraints[] = [{...which, ...size}, which];
    if (remembered) attempts.push(facing);
    attempts.push({});
    return attempts;
  }

  #adopt(stream: MediaStream): void {
    this.stream = stream;
    this.error = null;
    for (const track of stream.getTracks()) {
      track.addEventListener('ended', this.#onTrackEnded, {once: true});
    }
    this.#setStatus('live');
  }

  async #listDevices(generation: number): Promise<void> {
    try {
      const all = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
      if (generation !== this.#generation) return;
      this.devices = all.filter((device) => device.kind === 'videoinput');
      this.#host.requestUpdate();
    } catch {
      // The picker is a convenience; without a list the person still has the default camera.
    }
  }

  /** Stops every track and invalidates any pending request. */
  #release(status: CameraStatus): void {
    this.#generation++;
    if (this.stream) {
      for (const track of this.stream.getTracks()) track.removeEventListener('ended', this.#onTrackEnded);
      stopAll(this.stream);
      this.stream = null;
    }
    this.#setStatus(status);
  }

  #fail(status: CameraStatus, error: unknown = null): void {
    this.#wanted = false;
    this.#release(status);
    this.error = error;
  }

  #setStatus(status: CameraStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }

  readonly #onTrackEnded = (): void => {
    // Only the browser ends a track on its own (our own stop() does not fire `ended`): unplugged or revoked.
    this.#fail('ended');
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      if (this.stream || this.status === 'requesting') {
        this.#pausedForHidden = true;
        this.#release('idle');
      }
    } else if (this.#pausedForHidden && this.#wanted) {
      this.#pausedForHidden = false;
      void this.#acquire();
    }
  };

  readonly #onDeviceChange = (): void => {
    if (this.status === 'live') void this.#listDevices(this.#generation);
  };
}

/** Maps a `getUserMedia` rejection to a status, by the DOMException names browsers use (old ones too). */
export function statusOf(error: unknown): CameraStatus {
  const name = (error as {name?: string} | null)?.name ?? '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return 'not-found';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'in-use';
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'overconstrained';
    default:
      return 'error';
  }
}

function stopAll(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
