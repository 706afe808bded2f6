import {expect} from '@open-wc/testing';
import {itWhere} from '../helpers/engine.js';
import {liveTracks, liveVideo, streams, toSelfie, trackCamera, untrackCamera} from '../camera/support.js';

declare global {
  interface Window {
    gc?: () => void;
  }
}

/**
 * Lets the engine collect garbage: Chromium's `gc()` where the runner exposes it, otherwise memory pressure
 * (every engine collects when allocation outgrows the heap), each round followed by a task so weak
 * references can clear. Stops early once nothing but `keep` of the references is still reachable.
 */
async function collectGarbage(refs: WeakRef<object>[], keep: number): Promise<void> {
  const started = performance.now();
  // Firefox frees DOM nodes in its cycle collector, which runs on idle time after a collection: give it
  // rounds with pauses, up to 20 s, rather than a fixed count.
  for (let round = 0; performance.now() - started < 20_000; round++) {
    if (window.gc) window.gc();
    else {
      let junk: unknown[] = [];
      for (let i = 0; i < 200; i++) junk.push(new Array(50_000).fill(round));
      junk = [];
      void junk;
    }
    await new Promise((r) => setTimeout(r, window.gc ? 50 : 250));
    if (refs.filter((r) => r.deref() !== undefined).length <= keep) return;
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

  itWhere(['chromium', 'webkit'], 'a page cannot force its cycle collector, and 20 s of memory pressure did not run it', '100 mount/unmount cycles with a live camera leave no live track, no listener, no element behind', async () => {
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
    await collectGarbage(refs, 2);
    const retained = refs.filter((r) => r.deref() !== undefined).length;
    const which = refs.flatMap((r, i) => (r.deref() === undefined ? [] : [i + 1]));
    expect(retained, `elements still reachable (cycle numbers): ${which.join(', ')}`).to.be.at.most(2);
  });
});
