// Two builds:
//  1. ESM modules for npm (dist/*.js + .d.ts), one file per source module, Lit and idb-keyval external,
//     so bundlers dedupe them with the host's copies.
//  2. One self-contained script-tag bundle (dist/id-verification-profile.iife.js) with Lit inside, for a
//     plain <script src> on a page with no build step.
//  3. What that bundle loads only when a page needs it, each a small ES module beside it: the built-in
//     languages (dist/locales/<tag>.js) and the QR encoder (dist/chunks/qr-code.js).
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readdirSync} from 'node:fs';
import {faceEngineFiles} from './src/vision/engine/build/rollup-plugin.mjs';

const ENTRIES = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'server/index': 'src/server/index.ts',
  react: 'src/react.ts',
  // The built-in face engine, for the vision Worker and Node scripts (its data files: faceEngineFiles).
  'vision/engine/engine': 'src/vision/engine/engine.ts',
  'vision/engine/load': 'src/vision/engine/load.ts',
};

const isExternal = (id) => /^(lit|lit-html|lit-element|idb-keyval|tslib|react|react-dom)(\/|$)|^@lit(-labs)?\//.test(id);

/** The built-in languages: src/i18n/locales/<tag>.ts. */
const LOCALE_TAGS = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

/**
 * Modules the script-tag bundle loads on demand, as separate files beside it, instead of inlining them:
 * an IIFE cannot be split, and most pages never need them. Each must be self-contained (no imports).
 * Keys: how `import()` names them; values: the source file and the file written beside the bundle.
 */
const LAZY_MODULES = {
  '../camera/qr-code.js': {source: 'src/camera/qr-code.ts', file: 'chunks/qr-code.js'}, // no-camera screen with a handoff URL
  // The checks on the main thread: only where the vision Worker cannot run, or with a host's own detector.
  './main-thread-analysis.js': {source: 'src/vision/main-thread-analysis.ts', file: 'chunks/main-thread-analysis.js'},
  // Starting the vision Worker (through the element's Trusted Types policy): on the first camera step.
  './vision-worker-connection.js': {source: 'src/vision/vision-worker-connection.ts', file: 'chunks/vision-worker-connection.js'},
  // What a host is told when the built-in vision cannot run as designed (console only).
  './host-advice.js': {source: 'src/vision/host-advice.ts', file: 'chunks/host-advice.js'},
};

/**
 * The vision Worker: one self-contained ES module in dist/vision/, beside the face engine's files, for the
 * script-tag bundle and the npm package alike (a Worker is started from a URL, never bundled into a page).
 */
const VISION_WORKER = {source: 'src/vision/vision-worker.ts', file: 'vision/vision-worker.js'};

/**
 * Script-tag bundle only: `import.meta.url` in src/vision/base-url.ts becomes the URL that module has in
 * the npm layout (dist/vision/base-url.js) resolved against the bundle's own URL, so the default vision
 * folder is `vision/` beside the bundle in both builds.
 */
function visionBaseBesideBundle() {
  return {
    name: 'idv-vision-base-beside-bundle',
    resolveImportMeta(property, {moduleId}) {
      if (property !== 'url' || !/[\\/]src[\\/]vision[\\/]base-url\.ts$/.test(moduleId)) return null;
      return "new URL('vision/base-url.js', IDV_SCRIPT_URL).href";
    },
  };
}

/**
 * Script-tag bundle only: each `import('./locales/<tag>.js')` in builtin-locales.ts and each import of a
 * LAZY_MODULES entry is left out of the bundle and rewritten to load the file of that name beside the
 * bundle, resolved against the bundle's own URL (`document.currentScript`, read while the script first
 * runs: it is null afterwards).
 */
function lazyFilesBesideBundle() {
  return {
    name: 'idv-lazy-files-beside-bundle',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      if (LAZY_MODULES[specifier]) return {id: LAZY_MODULES[specifier].file, external: true};
      if (!/[\\/]i18n[\\/]builtin-locales\.ts$/.test(importer ?? '')) return null;
      const tag = specifier.match(/^\.\/locales\/([\w-]+)\.js$/)?.[1];
      return tag ? {id: `locales/${tag}.js`, external: true} : null;
    },
    renderDynamicImport({targetModuleId}) {
      if (!/^(locales|chunks)\//.test(targetModuleId ?? '')) return null;
      return {left: 'import(new URL(', right: ', IDV_SCRIPT_URL).href)'};
    },
  };
}

// Script-tag bundle only: a plugin: shrinks the static text of Lit's css`` and html``
// templates (indentation, comments), which terser leaves alone because template text is data.
// Conservative by design: whitespace runs become one space (never removed between words or tags, so
// inline spacing is kept), CSS comments go, and spaces next to CSS braces, semicolons and commas, and
// after colons, go.

/** Rewrites every css``/html``/svg`` template in `code`. Interpolations are copied unchanged. */
function minifyTemplates(code) {
  let out = '';
  let i = 0;
  const tag = /\b(css|html|svg) ?`/g; // TypeScript emits `css \`…\``
  while (true) {
    tag.lastIndex = i;
    const match = tag.exec(code);
    if (!match) break;
    const start = match.index + match[0].length; // just after the backtick
    out += code.slice(i, start);
    const {end, parts} = scanTemplate(code, start);
    const minify = match[1] === 'css' ? minifyCss : minifyHtml;
    out += parts.map((p) => (p.static ? minify(p.text) : p.text)).join('') + '`';
    i = end + 1;
  }
  return out + code.slice(i);
}

/** Splits a template literal body starting at `pos` into static text and `${…}` parts. */
function scanTemplate(code, pos) {
  const parts = [];
  let text = '';
  while (pos < code.length) {
    const c = code[pos];
    if (c === '\\') {
      text += code.slice(pos, pos + 2);
      pos += 2;
    } else if (c === '`') {
      parts.push({static: true, text});
      return {end: pos, parts};
    } else if (c === '$' && code[pos + 1] === '{') {
      parts.push({static: true, text});
      text = '';
      const close = skipExpression(code, pos + 2);
      parts.push({static: false, text: code.slice(pos, close + 1)});
      pos = close + 1;
    } else {
      text += c;
      pos++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Index of the `}` closing an interpolation that starts at `pos`, skipping strings and templates. */
function skipExpression(code, pos) {
  let depth = 0;
  while (pos < code.length) {
    const c = code[pos];
    if (c === '"' || c === "'") {
      pos++;
      while (code[pos] !== c) pos += code[pos] === '\\' ? 2 : 1;
    } else if (c === '`') {
      // A nested template: minified too, since it may be another html`` inside the interpolation.
      pos = scanTemplate(code, pos + 1).end;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return pos;
      depth--;
    }
    pos++;
  }
  throw new Error('unterminated interpolation');
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // After a colon: "prop: value" and "(feature: value)" never need the space; a selector's
    // pseudo-class never has one (the space *before* a colon is a combinator, and stays).
    .replace(/:\s+/g, ':')
    // The last declaration of a block needs no semicolon.
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, (m) => (m.startsWith('<!--?') ? m : '')).replace(/\s+/g, ' ');
}

function minifyTemplatesPlugin() {
  return {
    name: 'idv-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg) ?`/.test(code)) return null;
      return {code: minifyTemplates(code), map: null};
    },
  };
}

/** Captures the script's own URL at load time, for {@link lazyFilesBesideBundle}. */
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
    plugins: [typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist'}), faceEngineFiles()],
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
      lazyFilesBesideBundle(),
      visionBaseBesideBundle(),
      nodeResolve({browser: true}),
      // Comments go first, so the template minifier below never mistakes prose for a template.
      typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', removeComments: true}),
      minifyTemplatesPlugin(),
      minify,
    ],
  },
  // The languages and lazy modules as self-contained, minified ES modules beside the script-tag bundle.
  {
    input: {
      ...Object.fromEntries(LOCALE_TAGS.map((tag) => [`locales/${tag}`, `src/i18n/locales/${tag}.ts`])),
      ...Object.fromEntries(Object.values(LAZY_MODULES).map(({source, file}) => [file.replace(/\.js$/, ''), source])),
    },
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js'},
    plugins: [typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist'}), minify],
  },
  // The vision Worker, on its own so that it shares no chunk with anything: one file, no imports.
  {
    input: {[VISION_WORKER.file.replace(/\.js$/, '')]: VISION_WORKER.source},
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js'},
    plugins: [typescript({tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist'}), minify],
  },
];
