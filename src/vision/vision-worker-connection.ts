/**
 * The page's connection to the vision Worker: created through the element's Trusted Types policy on first
 * use, shared by the camera steps (the selfie and ID steps are separate elements; the face engine loads
 * once), and ended a while after the last step lets it go.
 */
import type {FromVisionWorker, ToVisionWorker} from './protocol.js';
import {trustedWorkerUrl} from './trusted-script-url.js';
import {VISION_WORKER_FILE} from './base-url.js';

/** How long an unused Worker is kept (the person may come back to a camera step), ms. */
const IDLE_LIFETIME_MS = 60_000;

/** How long the Worker's script may take to start before it counts as failed, ms (slow phones, busy CI). */
const START_TIMEOUT_MS = 20_000;

type Listener = (message: FromVisionWorker) => void;
type FailureListener = (reason: string) => void;

/** Whether this browser has what the vision Worker needs. */
export function visionWorkerSupported(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof createImageBitmap === 'function' &&
    typeof ImageBitmap === 'function'
  );
}

export class VisionWorkerConnection {
  static #shared = new Map<string, VisionWorkerConnection>();

  /**
   * The connection for the vision files at `baseUrl`, created on first use.
   * @throws when the Worker cannot be created (Trusted Types policy refused, cross-origin URL, no Worker)
   */
  static acquire(baseUrl: URL, options: {wasm?: boolean} = {}): VisionWorkerConnection {
    const key = `${baseUrl.href}|${options.wasm ?? ''}`;
    let connection = this.#shared.get(key);
    if (!connection || connection.#failure) {
      connection = new VisionWorkerConnection(baseUrl, options);
      this.#shared.set(key, connection);
    }
    connection.#users++;
    clearTimeout(connection.#idleTimer);
    return connection;
  }

  readonly scriptUrl: URL;
  readonly #worker: Worker;
  readonly #listeners = new Set<Listener>();
  readonly #failureListeners = new Set<FailureListener>();
  #users = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #startTimer: ReturnType<typeof setTimeout> | undefined;
  #failure: string | undefined;
  #started = false;

  private constructor(baseUrl: URL, {wasm}: {wasm?: boolean}) {
    this.scriptUrl = new URL(VISION_WORKER_FILE, baseUrl);
    // The policy's TrustedScriptURL where Trusted Types exist; Worker's typing predates them.
    this.#worker = new Worker(trustedWorkerUrl(this.scriptUrl) as string, {type: 'module', name: 'id-verification-profile vision'});
    this.#worker.addEventListener('message', (event: MessageEvent<FromVisionWorker>) => {
      if (event.data.type === 'started') {
        this.#started = true;
        clearTimeout(this.#startTimer);
      }
      for (const listener of this.#listeners) listener(event.data);
    });
    // A blocked (CSP worker-src), missing or broken script, or an uncaught error inside the Worker.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(this.#started ? `the vision Worker stopped (${event.message || 'error'})` : `the vision Worker could not start from ${this.scriptUrl.href}`);
    });
    this.#worker.addEventListener('messageerror', () => this.#fail('a message from the vision Worker could not be read'));
    this.#startTimer = setTimeout(() => this.#fail(`the vision Worker did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    this.post({type: 'configure', baseUrl: baseUrl.href, wasm});
  }

  /** Why the Worker failed, once it has. */
  get failure(): string | undefined {
    return this.#failure;
  }

  post(message: ToVisionWorker, transfer: Transferable[] = []): void {
    this.#worker.postMessage(message, transfer);
  }

  /** Listens to every message; returns the function that stops listening. */
  listen(listener: Listener, onFailure: FailureListener): () => void {
    this.#listeners.add(listener);
    this.#failureListeners.add(onFailure);
    return () => {
      this.#listeners.delete(listener);
      this.#failureListeners.delete(onFailure);
    };
  }

  /** A camera step no longer needs the Worker; the last one to let go ends it after a while. */
  release(): void {
    this.#users = Math.max(0, this.#users - 1);
    if (this.#users > 0 || this.#failure) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#users > 0) return;
      this.#end();
    }, IDLE_LIFETIME_MS);
  }

  #fail(reason: string): void {
    if (this.#failure) return;
    this.#failure = reason;
    this.#end();
    for (const listener of [...this.#failureListeners]) listener(reason);
  }

  #end(): void {
    clearTimeout(this.#startTimer);
    clearTimeout(this.#idleTimer);
    this.#worker.terminate();
    for (const [key, connection] of VisionWorkerConnection.#shared) {
      if (connection === this) VisionWorkerConnection.#shared.delete(key);
    }
  }
}
