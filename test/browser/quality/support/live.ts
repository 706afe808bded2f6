/** Helpers for the end-to-end tests: a real `<video>` on the fake camera and a minimal controller host. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Plays the (fake) camera in a `<video>` attached to the page; `stop()` ends the tracks and removes it. */
export async function startCameraVideo(): Promise<{video: HTMLVideoElement; stop: () => void}> {
  const stream = await navigator.mediaDevices.getUserMedia({video: {width: 1280, height: 720}});
  const video = Object.assign(document.createElement('video'), {muted: true, playsInline: true, srcObject: stream});
  document.body.append(video);
  await video.play();
  return {
    video,
    stop: () => {
      stream.getTracks().forEach((t) => t.stop());
      video.remove();
    },
  };
}

/** The smallest `ReactiveControllerHost`: counts update requests, connects and disconnects its controllers. */
export class TestHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController(c: ReactiveController) {
    this.controllers = this.controllers.filter((x) => x !== c);
  }
  requestUpdate() {
    this.updates++;
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

/** Resolves when `predicate()` is true, polling every 50 ms; rejects after `timeoutMs` with `what`. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

