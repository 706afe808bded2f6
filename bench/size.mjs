// Bundle sizes, min+gzip, measured one way for everything: each file is minified by esbuild (a no-op
// in effect for already-minified files) and gzipped at level 9. Prints a markdown table and exits
// non-zero when the script-tag bundle is over budget.
//
//   node bench/size.mjs                 our files, plus competitors already fetched into bench/.cache/
//   node bench/size.mjs --fetch         also `npm pack` the competitors' packages into bench/.cache/
//
// Competitors are measured from the file their npm package ships for the browser; where a package is
// only a loader that fetches the real SDK from the vendor at run time, the table says so, because that
// number is not the size of the flow a person downloads.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build, transform} from 'esbuild';

/** The budget for the script-tag bundle with Lit included, locales and detector excluded. */
const BUDGET = 30 * 1000;
const CACHE = 'bench/.cache';

/**
 * min+gzip bytes of JavaScript source: the smaller of the file as shipped and esbuild's minification
 * of it (re-minifying a file a better minifier already made can only grow it), gzipped at level 9.
 */
async function minGzip(code) {
  const {code: esbuilt} = await transform(code, {minify: true, target: 'es2022', legalComments: 'none'});
  const min = [code, esbuilt].map((c) => ({c, gzip: gzipSync(c, {level: 9}).length})).sort((a, b) => a.gzip - b.gzip)[0];
  return {min: Buffer.byteLength(min.c), gzip: min.gzip};
}

const kB = (n) => (n / 1000).toFixed(1);

/** The ESM core as an npm user's bundler would include it: define + everything, Lit and idb-keyval external. */
async function esmCore() {
  const result = await build({
    entryPoints: ['dist/define.js'],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'error',
    external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', 'idb-keyval'],
    // Languages load on demand from their own chunks: leave the dynamic imports as they are.
    plugins: [{name: 'keep-locales-out', setup: (b) => b.onResolve({filter: /\/locales\/[\w-]+\.js$/}, (a) => ({path: a.path, external: true}))}],
  });
  return result.outputFiles[0].text;
}

/**
 * Competitors: npm package, file measured inside it, and what that file is. `loader` marks a package
 * whose file only embeds the vendor's hosted flow (iframe or remote script) — not comparable in size.
 */
const COMPETITORS = [
  {vendor: 'Onfido', pkg: 'onfido-sdk-ui', file: 'Onfido.js', loader: 'loader only: fetches the SDK from sdk.onfido.com at run time'},
  {vendor: 'Sumsub', pkg: '@sumsub/websdk', file: 'dist/index.esm.js', loader: 'loader only: the flow runs in an iframe from in.sumsub.com'},
  {vendor: 'Veriff (InContext)', pkg: '@veriff/incontext-sdk', file: 'dist/index.umd.js', loader: 'loader only: the flow runs in a Veriff-hosted iframe'},
  {vendor: 'Veriff (JS SDK)', pkg: '@veriff/js-sdk', file: 'lib/veriff.js', loader: 'session form only: the flow runs on a Veriff-hosted page'},
  {vendor: 'Persona', pkg: 'persona', file: 'dist/persona.js', loader: 'loader only: the flow runs in an iframe from withpersona.com'},
  {vendor: 'Jumio', pkg: '@jumio/websdk', file: 'index2.js + js/index.*.js', note: 'ships the flow (plus a PDF.js worker, not counted)'},
  {vendor: 'Microblink BlinkID', pkg: '@microblink/blinkid-in-browser-sdk', file: 'ui/dist/esm/blinkid-in-browser_19.entry.js + es/blinkid-sdk.js', note: 'ships the UI; plus a ~3.5 MB WebAssembly engine, not counted'},
  {vendor: 'Regula', pkg: '@regulaforensics/vp-frontend-document-components', file: 'dist/main.js', note: 'ships the UI (document reader engine is a separate service)'},
];

function tarballOf(pkg) {
  const prefix = pkg.replace(/^@/, '').replace('/', '-') + '-';
  return existsSync(CACHE) ? readdirSync(CACHE).find((f) => f.startsWith(prefix) && f.endsWith('.tgz') && /^\d/.test(f.slice(prefix.length))) : undefined;
}

function unpacked(pkg, fetch) {
  mkdirSync(CACHE, {recursive: true});
  let tgz = tarballOf(pkg);
  if (!tgz && fetch) {
    spawnSync('npm', ['pack', '--silent', pkg], {cwd: CACHE, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000});
    tgz = tarballOf(pkg);
  }
  if (!tgz) return null;
  const dir = join(CACHE, 'x', tgz.replace(/\.tgz$/, ''));
  if (!existsSync(join(dir, 'package'))) {
    mkdirSync(dir, {recursive: true});
    spawnSync('tar', ['-xzf', join(CACHE, tgz), '-C', dir], {stdio: 'inherit'});
  }
  return {dir: join(dir, 'package'), version: JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8')).version};
}

/** Files matching a `dir/name.*.js` pattern (hashed names) or plain paths, `+`-separated. */
function filesIn(dir, spec) {
  return spec.split(' + ').flatMap((one) => {
    if (!one.includes('*')) return existsSync(join(dir, one)) ? [join(dir, one)] : [];
    const [folder, pattern] = [one.slice(0, one.lastIndexOf('/')), one.slice(one.lastIndexOf('/') + 1)];
    const re = new RegExp('^' + pattern.replace(/\./g, '\\.').replace('*', '[^/]+') + '$');
    return existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).filter((f) => re.test(f)).map((f) => join(dir, folder, f)) : [];
  });
}

const fetch = process.argv.includes('--fetch');
const rows = [];

const iifePath = 'dist/id-verification-profile.iife.js';
if (!existsSync(iifePath)) {
  console.error(`${iifePath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const iife = await minGzip(readFileSync(iifePath, 'utf8'));
rows.push(['**id-verification-profile** script tag, Lit included', iifePath, iife, `budget ${kB(BUDGET)} kB: ${iife.gzip <= BUDGET ? 'within' : '**OVER**'}`]);
const core = await minGzip(await esmCore());
rows.push(['id-verification-profile ESM (npm), Lit and idb-keyval external', 'dist/define.js + imports', core, '']);
for (const file of existsSync('dist/locales') ? readdirSync('dist/locales').sort() : []) {
  rows.push([`locale \`${file.replace(/\.js$/, '')}\` (loaded only when used)`, `dist/locales/${file}`, await minGzip(readFileSync(join('dist/locales', file), 'utf8')), '']);
}

const skipped = [];
for (const c of COMPETITORS) {
  const pkg = unpacked(c.pkg, fetch);
  if (!pkg) {
    skipped.push(`${c.vendor} (\`${c.pkg}\`): not in ${CACHE}${fetch ? ', `npm pack` failed' : '; run with --fetch'}`);
    continue;
  }
  const files = filesIn(pkg.dir, c.file);
  if (!files.length) {
    skipped.push(`${c.vendor} (\`${c.pkg}@${pkg.version}\`): ${c.file} not found in the package`);
    continue;
  }
  // Several files (separate downloads) are measured one by one and added up.
  const sizes = await Promise.all(files.map((f) => minGzip(readFileSync(f, 'utf8'))));
  const total = sizes.reduce((sum, s) => ({min: sum.min + s.min, gzip: sum.gzip + s.gzip}), {min: 0, gzip: 0});
  const note = c.loader ?? c.note;
  rows.push([`${c.vendor} \`${c.pkg}@${pkg.version}\``, files.map((f) => f.slice(pkg.dir.length + 1)).join(' + '), total, note]);
}

console.log('| bundle | file measured | min | min+gzip | note |');
console.log('| --- | --- | ---: | ---: | --- |');
for (const [name, file, {min, gzip}, note] of rows) console.log(`| ${name} | \`${file}\` | ${kB(min)} kB | ${kB(gzip)} kB | ${note} |`);
if (skipped.length) console.log(`\nNot measured:\n${skipped.map((s) => `- ${s}`).join('\n')}`);
console.log(`\nkB = 1000 bytes; each file as shipped or minified by esbuild, whichever is smaller, gzipped at level 9.`);

if (iife.gzip > BUDGET) {
  console.error(`\nThe script-tag bundle is ${iife.gzip} bytes min+gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
