// Camera failures on the synthetic fake camera (640×480). Over-constraint is real: the browser rejects a
// camera that does not exist (an exact `deviceId`) with OverconstrainedError in every engine. (An exact
// width of 8000 is not enough: Firefox's fake camera meets it with a 4096-wide track when the request
// also has an ideal height, as the element's first request does.) a busy camera is injected (NotReadableError cannot be
// produced by a real browser on demand); insecure and unsupported contexts are simulated by overriding
// the globals the controller reads.
import {expect} from '@open-wc/testing';
import {clickButton, inStep, stepOf, stepText, untilStep} from '../helpers/element.js';
import {
  expectNoFileInput,
  injectGetUserMedia,
  liveTracks,
  liveVideo,
  nextErrorCode,
  streams,
  toSelfie,
  trackCamera,
  until,
  untrackCamera,
} from './support.js';

const impossibleDevice = (constraints: MediaStreamConstraints): MediaStreamConstraints => ({
  ...constraints,
  video: {...(constraints.video as MediaTrackConstraints), deviceId: {exact: 'no-such-camera'}},
});

describe('camera failures', () => {
  afterEach(() => untrackCamera());

  it('falls back to fewer constraints when the preferred ones cannot be met (real OverconstrainedError)', async () => {
    const calls: MediaStreamConstraints[] = [];
    // The first request asks for a camera that does not exist; the browser rejects it, the controller retries.
    trackCamera((constraints, call) => {
      calls.push(constraints);
      return call === 0 ? impossibleDevice(constraints) : constraints;
    });
    const el = await toSelfie();
    const video = await liveVideo(el);
    expect(el.step).to.equal('selfie');
    expect(calls.length).to.equal(2);
    expect((calls[1]!.video as MediaTrackConstraints).width, 'the retry drops the size').to.equal(undefined);
    expect(video.videoWidth).to.be.greaterThan(0);
    expect(liveTracks()).to.have.length(1);
    expect((stepOf(el) as unknown as {camera: {usedFallback: boolean}}).camera.usedFallback).to.equal(true);
  });

  it('shows camera-overconstrained when no fallback can be met, and leaves no live track', async () => {
    trackCamera((constraints) => impossibleDevice(constraints));
    const code = new Promise<string>((resolve) =>
      document.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}),
    );
    const el = await toSelfie();
    expect(await code).to.equal('camera-overconstrained');
    await untilStep(el, 'camera-error');
    expect(stepText(el)).to.contain('This camera cannot be used');
    expect(streams).to.have.length(0);
    expect(liveTracks()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows camera-in-use for a busy camera (NotReadableError, injected), then recovers on retry', async () => {
    let busy = true;
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    const started: MediaStream[] = [];
    injectGetUserMedia(async (constraints) => {
      if (busy) throw new DOMException('Could not start video source', 'NotReadableError');
      const stream = await real(constraints);
      started.push(stream);
      return stream;
    });
    const code = new Promise<string>((resolve) =>
      document.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}),
    );
    const el = await toSelfie();
    expect(await code).to.equal('camera-in-use');
    await untilStep(el, 'camera-error');
    expect(stepText(el)).to.contain('The camera is busy');
    await expect(el).to.be.accessible();
    busy = false;
    await clickButton(el, 'Try again');
    await untilStep(el, 'selfie');
    await liveVideo(el);
    el.remove();
    expect(started.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live')).to.have.length(0);
  });

  it('stops every track when the page is hidden and restarts when shown (visibilityState overridden, event dispatched)', async () => {
    trackCamera();
    const el = await toSelfie();
    await liveVideo(el);
    expect(liveTracks()).to.have.length(1);
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', {value: state, configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      expect(liveTracks(), 'hidden: no live track').to.have.length(0);
      setVisibility('visible');
      await until(() => liveTracks().length === 1, 'the camera restarted');
      await liveVideo(el);
      expect(el.step).to.equal('selfie');
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });

  it('starts one camera, not two, when an element moved while the page was hidden is shown again', async () => {
    trackCamera();
    const el = await toSelfie();
    await liveVideo(el);
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', {value: state, configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      // Moved within the page while hidden: the step reconnects and asks for its camera again.
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(liveTracks(), 'still hidden: no live track').to.have.length(0);
      setVisibility('visible');
      await until(() => liveTracks().length === 1, 'the camera restarted');
      await liveVideo(el);
      await new Promise((r) => setTimeout(r, 500));
      expect(liveTracks(), 'one camera after showing the page').to.have.length(1);
      el.remove();
      expect(liveTracks(), 'none once removed').to.have.length(0);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });

  it('stops the camera that resolves after the step was left (late stream, generation guard)', async () => {
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const late: MediaStream[] = [];
    injectGetUserMedia(async (constraints) => {
      const stream = await real(constraints);
      late.push(stream);
      await gate; // the browser "answers" only after the person has gone back
      return stream;
    });
    const el = await toSelfie();
    await until(() => late.length === 1, 'the request to reach the browser');
    await clickButton(el, 'Back');
    await untilStep(el, 'id-layout');
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(late[0]!.getVideoTracks()[0]!.readyState).to.equal('ended');
  });

  it('explains an insecure (http) page (isSecureContext overridden to false)', async () => {
    trackCamera();
    // A [Global] attribute lives on the window itself: keep its descriptor to put it back.
    const original = Object.getOwnPropertyDescriptor(window, 'isSecureContext')!;
    Object.defineProperty(window, 'isSecureContext', {value: false, configurable: true});
    try {
      const code = new Promise<string>((resolve) =>
        document.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}),
      );
      const el = await toSelfie('one-sided', {'handoff-url': 'https://example.com/continue'});
      expect(await code).to.equal('insecure-context');
      await untilStep(el, 'unsupported');
      expect(stepText(el)).to.contain('This page is not secure');
      expect(streams).to.have.length(0);
      expect(inStep(el, 'a[href="https://example.com/continue"]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'isSecureContext', original);
    }
    expect(isSecureContext).to.equal(true);
  });

  it('explains a browser without camera support (navigator.mediaDevices removed)', async () => {
    Object.defineProperty(navigator, 'mediaDevices', {value: undefined, configurable: true});
    try {
      const code = new Promise<string>((resolve) =>
        document.addEventListener('idv-error', (e) => resolve((e as CustomEvent).detail.code), {once: true}),
      );
      const el = await toSelfie();
      expect(await code).to.equal('unsupported');
      await untilStep(el, 'unsupported');
      expect(stepText(el)).to.contain('This browser cannot use the camera');
      expectNoFileInput();
      await expect(el).to.be.accessible();
      await clickButton(el, 'Back');
      await untilStep(el, 'id-layout');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).mediaDevices;
    }
    expect(navigator.mediaDevices).to.exist;
  });

  it('says when a camera is connected again (devicechange, dispatched)', async () => {
    injectGetUserMedia(async () => {
      throw new DOMException('Requested device not found', 'NotFoundError');
    });
    const el = await toSelfie();
    await untilStep(el, 'no-camera');
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    // enumerateDevices now lists the fake camera (the injected getUserMedia pretended there was none).
    await until(() => /A camera is connected now/.test(stepText(el)), 'the camera-available message');
    expect(inStep(el, '[role=status]')!.textContent).to.contain('A camera is connected now');
  });

  it('the retry after a failure starts a new camera that the element stops when removed', async () => {
    trackCamera();
    const el = await toSelfie();
    await liveVideo(el);
    el.remove();
    expect(liveTracks()).to.have.length(0);
    expect(streams.length).to.equal(1);
  });
});
