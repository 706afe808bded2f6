/**
 * Where the vision files (the Worker, the face engine's WebAssembly and the weights) are loaded from.
 *
 * By default, the `vision/` folder beside the code: this module is `dist/vision/base-url.js` in the npm
 * package, so its own folder is that folder; the script-tag build rewrites `import.meta.url` to the same
 * place beside the bundle (`vision/base-url.js` resolved against the bundle's URL, see rollup.config.mjs).
 * A host that serves the files elsewhere sets `vision-base-url`.
 */

/** The default folder of the vision files. */
export function defaultVisionBaseUrl(): URL {
  return new URL('./', import.meta.url);
}

/**
 * The folder to load from: the host's `vision-base-url` (resolved against the document, with a trailing
 * slash added so file names resolve inside it) or the default.
 */
export function visionBaseUrl(configured: string | null | undefined): URL {
  if (!configured) return defaultVisionBaseUrl();
  const url = new URL(configured, document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** File name of the Worker inside the vision folder. */
export const VISION_WORKER_FILE = 'vision-worker.js';
