// Chromium for the tests: where it is (see browsers.mjs) and the flags every test launch needs.
import {findProgram} from './browsers.mjs';

/** @returns {string} path to a Chromium binary; throws with a message naming the fix when none exists. */
export function findChromium() {
  return findProgram('chromium');
}

/**
 * Flags every test browser needs on these machines: root needs --no-sandbox, the Debian wrapper's
 * /dev/shm check is broken, and the network flags stop connection noise on a closed network.
 */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
  // A hidden or occluded headless page would otherwise throttle timers and video frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
