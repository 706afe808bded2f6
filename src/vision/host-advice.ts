/**
 * The one console message a host gets when the built-in vision cannot run as designed, naming what the
 * host must change. Each distinct message is printed once per page, not once per frame or per step.
 */
import {TRUSTED_TYPES_POLICY_NAME} from './trusted-script-url.js';

const printed = new Set<string>();

const PREFIX = 'id-verification-profile:';

function once(level: 'warn' | 'info', message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console[level](`${PREFIX} ${message}`);
}

/** The Worker could not be created or started: the checks run on the main thread, faces are not-run. */
export function adviseWorkerUnavailable(reason: string, baseUrl: URL): void {
  const fix = reason.includes('Trusted Types')
    ? `add ${TRUSTED_TYPES_POLICY_NAME} to the trusted-types directive of your Content-Security-Policy`
    : `serve the vision files at ${baseUrl.href} (copy dist/vision/ beside the script, or set vision-base-url) and allow them with worker-src 'self'`;
  once(
    'warn',
    `face checks are off (recorded as not-run) because ${reason}. To turn them on, ${fix}. ` +
      'The picture checks run on the main thread meanwhile.',
  );
}

/** The face engine could not load in the Worker: faces are not-run. */
export function adviseEngineUnavailable(message: string, baseUrl: URL): void {
  once(
    'warn',
    `face checks are off (recorded as not-run) because the face engine could not load from ${baseUrl.href} (${message}). ` +
      'Serve face-engine.wasm and blazeface-short-range.bin from there.',
  );
}

/** The plain-JS engine runs: WebAssembly could not compile (usually a CSP without 'wasm-unsafe-eval'). */
export function adviseSlowEngine(): void {
  once(
    'info',
    "faces are checked by the slower plain-JS engine because WebAssembly could not compile here; allow 'wasm-unsafe-eval' in script-src for the fast one.",
  );
}
