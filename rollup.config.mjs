// Two builds:
//  1. ESM modules for npm (dist/*.js + .d.ts), one file per source module, Lit and idb-keyval external,
//     so bundlers dedupe them with the host's copies.
//  2. One self-contained script-tag bundle (dist/id-verification-profile.iife.js) with Lit inside, for a
//     plain <script src> on a page with no build step.
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {existsSync} from 'node:fs';

const ENTRIES = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    define: 'src/define.ts',
    'server/index': 'src/server/index.ts',
  }).filter(([, file]) => existsSync(file)),
);

const isExternal = (id) => /^(lit|lit-html|lit-element|idb-keyval|tslib)(\/|$)|^@lit(-labs)?\//.test(id);

const minify = terser({
  ecma: 2022,
  module: true,
  compress: {passes: 2},
  format: {comments: false},
});

export default [
  {
    input: ENTRIES,
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist'})],
  },
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/id-verification-profile.iife.js',
      format: 'iife',
      name: 'IdVerificationProfile',
      inlineDynamicImports: true,
    },
    plugins: [
      nodeResolve({browser: true}),
      typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist'}),
      minify,
    ],
  },
];
