// The theming contract: the `--idv-*` custom properties and `::part` names documented on the root
// element (`@cssproperty`, `@csspart` in its JSDoc) are exactly the ones the source uses, and every part
// a step draws is forwarded (`exportparts`) by the root, so a page can actually style it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const ROOT = 'src/id-verification-profile.ts';
const rootSource = readFileSync(ROOT, 'utf8');
const jsdoc = rootSource.match(/\/\*\*[\s\S]*?@tagname[\s\S]*?\*\//)?.[0] ?? '';

const documentedTokens = new Set([...jsdoc.matchAll(/@cssproperty\s+\[?(--[\w-]+)/g)].map((m) => m[1]));
const documentedParts = new Set([...jsdoc.matchAll(/@csspart\s+([\w-]+)/g)].map((m) => m[1]));

/** Every .ts file under src, with its comments removed (a token named in prose is not a use). */
const sources = readdirSync('src', {recursive: true})
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => {
    const path = join('src', String(file));
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    return {path, code};
  });

/** `--idv-*` names used anywhere in src, with where. */
const usedTokens = new Map();
for (const {path, code} of sources) {
  for (const [name] of code.matchAll(/--idv-[\w-]+/g)) usedTokens.set(name, [...(usedTokens.get(name) ?? []), path]);
}

/** Part names a template gives: `part="a b"` and the string literals of `part=${…}`. */
function partsIn(code) {
  const parts = new Set();
  for (const m of code.matchAll(/\bpart=(?:"([^"]*)"|'([^']*)'|\$\{([^}]*)\})/g)) {
    const names = m[3] !== undefined ? [...m[3].matchAll(/['"]([\w\s-]+)['"]/g)].map((s) => s[1]) : [m[1] ?? m[2]];
    for (const name of names.join(' ').split(/\s+/).filter(Boolean)) parts.add(name);
  }
  return parts;
}

/** Parts the root forwards from each step tag: `exportparts="…"` or `exportparts=${CONST}`. */
function exportedParts() {
  const consts = Object.fromEntries([...rootSource.matchAll(/const (\w+) = '([^']*)'/g)].map((m) => [m[1], m[2]]));
  const byTag = new Map();
  for (const m of rootSource.matchAll(/<(idv-[\w-]+)\b[^>]*?\bexportparts=(?:"([^"]*)"|\$\{(\w+)\})/g)) {
    const list = m[2] ?? consts[m[3]] ?? '';
    const names = list.split(',').map((p) => p.trim().split(':')[0]).filter(Boolean);
    byTag.set(m[1], new Set([...(byTag.get(m[1]) ?? []), ...names]));
  }
  return byTag;
}

test('the root documents at least the colour, radius, font and spacing tokens', () => {
  for (const kind of ['--idv-color-', '--idv-radius', '--idv-font', '--idv-spacing']) {
    assert.ok([...documentedTokens].some((t) => t.startsWith(kind)), `no documented token starting ${kind}`);
  }
});

test('every documented --idv-* token is used in src', () => {
  const unused = [...documentedTokens].filter((t) => !usedTokens.has(t));
  assert.deepEqual(unused, [], `documented with @cssproperty but never used: ${unused.join(', ')}`);
});

test('every --idv-* token used in src is documented with @cssproperty', () => {
  const undocumented = [...usedTokens].filter(([t]) => !documentedTokens.has(t)).map(([t, where]) => `${t} (${where.join(', ')})`);
  assert.deepEqual(undocumented, [], `used but not documented on ${ROOT}: ${undocumented.join('; ')}`);
});

test('steps read private --_* locals, never a public token (the root maps tokens once)', () => {
  const direct = [...usedTokens]
    .flatMap(([t, where]) => where.map((w) => `${t} in ${w}`))
    .filter((s) => !s.endsWith('id-verification-profile.styles.ts'));
  assert.deepEqual(direct, [], `public tokens read outside the root styles: ${direct.join('; ')}`);
});

test('every part used in src is documented with @csspart, and every documented part is used', () => {
  const used = new Set(sources.flatMap(({code}) => [...partsIn(code)]));
  const undocumented = [...used].filter((p) => !documentedParts.has(p));
  const unused = [...documentedParts].filter((p) => !used.has(p));
  assert.deepEqual(undocumented, [], `part names used but not documented: ${undocumented.join(', ')}`);
  assert.deepEqual(unused, [], `parts documented but never used: ${unused.join(', ')}`);
});

test('every part a step draws is forwarded by the root with exportparts', () => {
  const exported = exportedParts();
  const missing = [];
  for (const {path, code} of sources.filter((s) => s.path.startsWith(join('src', 'steps')))) {
    const tag = `idv-${path.split(/[\\/]/).pop().replace(/\.ts$/, '')}`;
    if (!exported.has(tag)) continue; // a base class or helper, not rendered by the root itself
    for (const part of partsIn(code)) if (!exported.get(tag).has(part)) missing.push(`${part} (${tag})`);
  }
  assert.deepEqual(missing, [], `parts a page cannot reach: ${missing.join(', ')}`);
});
