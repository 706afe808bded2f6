// Two builds:
//  1. ESM modules for npm (dist/*.js + .d.ts), one file per source module, Lit and idb-keyval external,
//     so bundlers dedupe them with the host's copies.
//  2. One self-contained script-tag bundle (dist/id-verification-profile.iife.js) with Lit inside, for a
//     plain <script src> on a page with no build step.
//  3. The built-in languages for that bundle, each its own small ES module beside it
//     (dist/locales/<tag>.js), loaded by the bundle only when a page uses the language.
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {existsSync, readdirSync} from 'node:fs';

const ENTRIES = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    define: 'src/define.ts',
    'server/index': 'src/server/index.ts',
    react: 'src/react.ts',
    // Optional, opt-in face detector adapter: never imported by the core.
    mediapipe: 'src/quality/mediapipe-detector.ts',
  }).filter(([, file]) => existsSync(file)),
);

const isExternal = (id) => /^(lit|lit-html|lit-element|idb-keyval|tslib|react|react-dom)(\/|$)|^@lit(-labs)?\//.test(id);

/** The built-in languages: src/i18n/locales/<tag>.ts. */
const LOCALE_TAGS = existsSync('src/i18n/locales')
  ? readdirSync('src/i18n/locales')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.slice(0, -'.ts'.length))
  : [];

/**
 * Script-tag bundle only: an IIFE cannot be split, and inlining every language would make every page
 * download all of them. So each `import('./locales/<tag>.js')` in builtin-locales.ts is left out of the
 * bundle and rewritten to load the file of that name beside the bundle, resolved against the bundle's
 * own URL (`document.currentScript`, read while the script first runs: it is null afterwards).
 */
function localesBesideBundle() {
  return {
    name: 'idv-locales-beside-bundle',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !/[\\/]i18n[\\/]builtin-locales\.ts$/.test(importer ?? '')) return null;
      const tag = specifier.match(/^\.\/locales\/([\w-]+)\.js$/)?.[1];
      return tag ? {id: `locales/${tag}.js`, external: true} : null;
    },
    renderDynamicImport({targetModuleId}) {
      if (!targetModuleId?.startsWith('locales/')) return null;
      return {left: 'import(new URL(', right: ', IDV_SCRIPT_URL).href)'};
    },
  };
}

/** Captures the script's own URL at load time, for {@link localesBesideBundle}. */
const SCRIPT_URL_INTRO =
  "var IDV_SCRIPT_URL = (typeof document != 'undefined' && document.currentScript && document.currentScript.src) || (typeof location != 'undefined' ? location.href : '');";

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
      intro: SCRIPT_URL_INTRO,
    },
    plugins: [
      localesBesideBundle(),
      nodeResolve({browser: true}),
      typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist'}),
      minify,
    ],
  },
  // The languages as self-contained, minified ES modules beside the script-tag bundle.
  ...(LOCALE_TAGS.length
    ? [
        {
          input: Object.fromEntries(LOCALE_TAGS.map((tag) => [`locales/${tag}`, `src/i18n/locales/${tag}.ts`])),
          output: {dir: 'dist', format: 'es', entryFileNames: '[name].js'},
          plugins: [typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist'}), minify],
        },
      ]
    : []),
];
