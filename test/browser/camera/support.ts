import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {CaptureStep} from '../../../src/steps/capture-step.js';
import type {GetUserMedia} from '../../../src/camera/camera-controller.js';
import {clickButton, inStep, mount, stepOf, untilStep, type IdVerificationProfile} from '../helpers/element.js';

/** Every stream the element obtained through the tracked `getUserMedia`, to check none is left live. */
export const streams: MediaStream[] = [];

/**
 * Injects a `getUserMedia` that delegates to the browser's real one and records each stream (the element
 * still talks to the real fake-camera device). `transform` may change the constraints on the way.
 */
export function trackCamera(transform?: (constraints: MediaStreamConstraints, call: number) => MediaStreamConstraints): void {
  let call = 0;
  const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  CaptureStep.getUserMedia = async (constraints) => {
    const stream = await real(transform ? transform(constraints, call++) : constraints);
    streams.push(stream);
    return stream;
  };
}

/** Injects a fake `getUserMedia` (for what a real browser cannot produce on demand). */
export function injectGetUserMedia(fake: GetUserMedia): void {
  CaptureStep.getUserMedia = fake;
}

/** Restores the browser's `getUserMedia` and forgets recorded streams (stopping any a test left). */
export function untrackCamera(): void {
  CaptureStep.getUserMedia = undefined;
  for (const stream of streams) for (const track of stream.getTracks()) track.stop();
  streams.length = 0;
}

/** Tracks that are still live among those recorded. */
export function liveTracks(): MediaStreamTrack[] {
  return streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live');
}

/** Waits until `predicate` holds (polling), or fails naming `what`. */
export async function until(predicate: () => boolean, what: string, timeout = 8000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** Drives a fresh element through intro, name and layout to the selfie step. */
export async function toSelfie(layout: 'one-sided' | 'two-sided' = 'one-sided', attrs: Record<string, string> = {}) {
  const el = await mount(attrs);
  await clickButton(el, 'Start');
  await untilStep(el, 'name');
  const input = inStep<HTMLInputElement>(el, 'input')!;
  input.value = 'Ada Lovelace';
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await untilStep(el, 'id-layout');
  await clickButton(el, layout === 'one-sided' ? /same side/ : /different sides/);
  // A camera that fails at once moves on to its problem screen before a test could see the selfie step.
  await until(() => el.step !== 'id-layout', 'the selfie step');
  await el.updateComplete;
  return el;
}

/** The current step's `<video>` once it plays a picture. */
export async function liveVideo(el: IdVerificationProfile): Promise<HTMLVideoElement> {
  await until(() => {
    const video = inStep<HTMLVideoElement>(el, 'video');
    return Boolean(video && video.srcObject && video.readyState >= 2 && video.videoWidth > 0);
  }, 'a live video');
  return inStep<HTMLVideoElement>(el, 'video')!;
}

/** Takes the photo with the shutter and waits for the review. */
export async function shoot(el: IdVerificationProfile): Promise<void> {
  await liveVideo(el);
  inStep<HTMLButtonElement>(el, '[part=shutter]')!.click();
  await until(() => Boolean(inStep(el, 'img')), 'the review photo');
  await stepOf(el).updateComplete;
}

/** Waits for the next `idv-error` and returns its code. */
export function nextErrorCode(el: IdVerificationProfile): Promise<string> {
  return new Promise((resolve) => el.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}));
}

/** Every element in the document and in every open shadow root beneath it. */
export function allElements(root: ParentNode = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Asserts no file input exists anywhere, shadow roots included. */
export function expectNoFileInput(): void {
  const inputs = allElements().filter((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'file');
  expect(inputs, 'file inputs').to.have.length(0);
}

/** Presses keys one after another. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({press: key});
}
