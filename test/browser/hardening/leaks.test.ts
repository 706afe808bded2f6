import {expect, fixture, html} from '@open-wc/testing';
import {clickButton, inStep, untilStep, IdVerificationProfile} from '../helpers/element.js';
import '../../../src/define.js';

declare global {
  interface Window {
    gc?: () => void;
  }
}

/** Every stream the page's getUserMedia hands out, to check that all their tracks ended. */
function trackStreams() {
  const streams: MediaStream[] = [];
  const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await real(constraints);
    streams.push(stream);
    return stream;
  };
  return {
    liveTracks: () => streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
    opened: () => streams.length,
    restore: () => (navigator.mediaDevices.getUserMedia = real),
  };
}

/** Net count of listeners added to window and document (added minus removed) while installed. */
function countGlobalListeners() {
  let net = 0;
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((t) => ({add: t.addEventListener, remove: t.removeEventListener}));
  targets.forEach((target, i) => {
    target.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      net++;
      return originals[i].add.apply(this, args);
    };
    target.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      net--;
      return originals[i].remove.apply(this, args);
    };
  });
  return {
    net: () => net,
    restore: () => targets.forEach((t, i) => Object.assign(t, {addEventListener: originals[i].add, removeEventListener: originals[i].remove})),
  };
}

async function toSelfie(): Promise<IdVerificationProfile> {
  const el = await fixture<IdVerificationProfile>(
    html`<id-verification-profile persist="none" full-name="Ada Lovelace"></id-verification-profile>`,
  );
  await clickButton(el, 'Start');
  await untilStep(el, 'name');
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await untilStep(el, 'id-layout');
  await clickButton(el, /same side/);
  await untilStep(el, 'selfie');
  return el;
}

async function untilCameraLive(el: IdVerificationProfile) {
  for (let i = 0; i < 100; i++) {
    const video = inStep<HTMLVideoElement>(el, 'video');
    if (video && video.srcObject && video.readyState >= 2) return;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('camera never went live');
}

describe('leaks', function () {
  this.timeout(180_000);

  it('100 mount/unmount cycles with a live camera leave no live track, no listener, no element behind', async () => {
    expect(window.gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    const streams = trackStreams();
    const listeners = countGlobalListeners();
    const refs: WeakRef<object>[] = [];
    try {
      for (let i = 0; i < 100; i++) {
        const el = await toSelfie();
        await untilCameraLive(el);
        refs.push(new WeakRef(el));
        el.remove();
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(streams.opened()).to.be.at.least(100);
      console.info(`leaks: live tracks ${streams.liveTracks()}, net window/document listeners ${listeners.net()}`);
      expect(streams.liveTracks()).to.equal(0);
      expect(listeners.net()).to.equal(0);
    } finally {
      streams.restore();
      listeners.restore();
    }
    // The fixture container keeps the last element; everything else must be collectable.
    for (let i = 0; i < 5; i++) {
      window.gc!();
      await new Promise((r) => setTimeout(r, 50));
    }
    const retained = refs.filter((r) => r.deref() !== undefined).length;
    console.info(`leaks: ${streams.opened()} cameras opened, ${refs.length} elements, ${retained} still reachable after GC`);
    expect(retained).to.be.at.most(2);
  });
});
