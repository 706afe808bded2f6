// The host page opting in to on-device face checks. MediaPipe adds its own loader scripts, so under
// Trusted Types the page provides a `default` policy that vouches only for the self-hosted files.
import {createMediaPipeFaceDetector} from '../dist/mediapipe.js';
import './demo.js';

const BASE_URL = new URL('../dist/mediapipe', import.meta.url).href;

// MediaPipe 0.4's wasm loader (Emscripten's embind) compiles its function wrappers at run time with
// `new Function`, in many shapes. So this page's CSP allows 'unsafe-eval', and the `default` policy below
// lets through Function-constructor sources only (never a string passed to eval or a timer). That is the
// price of this detector: weigh it before opting in (see the README).
const FUNCTION_CONSTRUCTOR_SOURCE = /^\(function anonymous\(/;

if (window.trustedTypes && !window.trustedTypes.defaultPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (new URL(url, location.href).href.startsWith(`${BASE_URL}/`)) return url;
      throw new TypeError(`default policy: refusing script ${url}`);
    },
    createScript(source) {
      if (FUNCTION_CONSTRUCTOR_SOURCE.test(source)) return source;
      throw new TypeError(`default policy: refusing to evaluate ${source.slice(0, 80)}`);
    },
  });
}

const status = document.getElementById('detector-status');
try {
  const detector = await createMediaPipeFaceDetector({baseUrl: BASE_URL, model: 'full'});
  document.getElementById('idv').faceDetector = detector;
  status.textContent = 'Face detector ready (MediaPipe, full-range model, on this device).';
} catch (error) {
  status.textContent = `The face detector could not load (${error.message}); face checks will be reported as not run.`;
}
