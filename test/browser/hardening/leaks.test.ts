import {expect} from '@open-wc/testing';
import {liveTracks, liveVideo, streams, toSelfie, trackCamera, untrackCamera} from '../camera/support.js';

declare global {
  interface Window {
    gc?: () => void;
  }
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

describe('leaks', function () {
  this.timeout(180_000);

  it('100 mount/unmount cycles with a live camera leave no live track, no listener, no element behind', async () => {
    expect(window.gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    trackCamera();
    const listeners = countGlobalListeners();
    const refs: WeakRef<object>[] = [];
    try {
      for (let i = 0; i < 100; i++) {
        const el = await toSelfie();
        await liveVideo(el);
        refs.push(new WeakRef(el));
        el.remove();
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(streams.length).to.be.at.least(100);
      expect(liveTracks()).to.have.length(0);
      expect(listeners.net()).to.equal(0);
    } finally {
      untrackCamera();
      listeners.restore();
    }
    // The fixture container keeps the last element; everything else must be collectable.
    for (let i = 0; i < 5; i++) {
      window.gc!();
      await new Promise((r) => setTimeout(r, 50));
    }
    const retained = refs.filter((r) => r.deref() !== undefined).length;
    expect(retained).to.be.at.most(2);
  });
});
