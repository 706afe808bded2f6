// Builds the framework examples that need a build step (today: React) into dist/demo/, bundling React
// and the element from this package's own build (dist/), so the demo server needs no network and no CDN.
//   node demo/build-examples.mjs        (after `npm run build`)
import {build} from 'esbuild';
import {cpSync, existsSync} from 'node:fs';

if (!existsSync('dist/react.js')) {
  console.error('dist/react.js is missing: run `npm run build` first.');
  process.exit(1);
}

await build({
  entryPoints: {'react-example': 'demo/react-example.jsx'},
  outdir: 'dist/demo',
  bundle: true,
  format: 'esm',
  // Languages stay separate chunks, loaded only when used, as in any bundler build.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  target: 'es2022',
  jsx: 'automatic',
  conditions: ['browser', 'production'],
  define: {'process.env.NODE_ENV': '"production"'},
  // `id-verification-profile/react` resolves through package.json "exports" to dist/react.js.
  logLevel: 'error',
});

