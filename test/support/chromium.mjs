// Finds a Chromium/Chrome binary for the tests: CHROME_PATH first, then the usual install locations.
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_CHROMIUM = `No Chromium or Chrome was found.
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          install Google Chrome, or: brew install --cask chromium
  Anywhere:       set CHROME_PATH=/path/to/chrome and run the command again.`;

/** @returns {string} path to a Chromium binary; throws with a message naming the fix when none exists. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.\n${HOW_TO_GET_CHROMIUM}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
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
  // Lets leak tests force a garbage collection (window.gc) before counting what is still reachable.
  '--js-flags=--expose-gc',
];
