// custom-elements.json is valid against the published schema (the `custom-elements-manifest` package's
// schema.json), and the root element's entry documents everything a tool or a reader needs: every
// attribute, public property and method, every event with its type, every part, CSS custom property and
// custom state the source actually uses.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const root = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((d) => d.customElement && d.tagName === 'id-verification-profile');

/** The source, comments removed, for deriving what the element really has. */
const code = (path) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const rootCode = code('src/id-verification-profile.ts');
const allCode = readdirSync('src', {recursive: true})
  .filter((f) => String(f).endsWith('.ts'))
  .map((f) => code(join('src', String(f))))
  .join('\n');

const names = (list) => new Set((list ?? []).map((x) => x.name));
const missing = (wanted, have) => [...wanted].filter((x) => !have.has(x));

test('custom-elements.json validates against the published schema', () => {
  const ajv = new Ajv({allErrors: true, strict: false});
  const validate = ajv.compile(schema);
  const ok = validate(manifest);
  assert.ok(ok, ajv.errorsText(validate.errors, {separator: '\n'}));
});

test('the manifest declares the element with its tag and summary', () => {
  assert.ok(root, 'no custom element with tagName id-verification-profile');
  assert.ok(root.summary, 'no @summary');
  assert.ok(root.description, 'no description');
});

test('every attribute the element observes is documented, with a description', () => {
  const fromSource = new Set(['lang']); // observed by hand for language changes
  for (const m of rootCode.matchAll(/@property\(([^)]*)\)\s*(?:protected\s+|public\s+)?(\w+)/g)) {
    const options = m[1];
    if (/attribute:\s*false/.test(options)) continue;
    const explicit = options.match(/attribute:\s*'([^']+)'/)?.[1];
    fromSource.add(explicit ?? m[2].toLowerCase());
  }
  // The SPEC's attribute table, which the element must keep.
  for (const a of ['challenge', 'profile-id', 'full-name', 'lang', 'persist', 'auto-capture', 'status', 'status-reason', 'handoff-url', 'name']) {
    fromSource.add(a);
  }
  assert.deepEqual(missing(fromSource, names(root.attributes)), [], 'attributes missing from the manifest');
  const undescribed = root.attributes.filter((a) => a.name !== 'lang' && !a.description).map((a) => a.name);
  assert.deepEqual(undescribed, [], 'attributes without a description');
});

test('every public property and method has a description and a type', () => {
  const publicMembers = root.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.name.startsWith('#') && !(m.static && m.name === 'formAssociated'));
  const undescribed = publicMembers.filter((m) => !m.description).map((m) => m.name);
  assert.deepEqual(undescribed, [], 'public members without a description');
  const untyped = publicMembers.filter((m) => m.kind === 'field' && !m.type?.text).map((m) => m.name);
  assert.deepEqual(untyped, [], 'public fields without a type');
  for (const name of ['strings', 'faceDetector', 'step', 'reset', 'define']) {
    assert.ok(publicMembers.some((m) => m.name === name), `public member ${name} is not in the manifest`);
  }
});

test('the SPEC methods clearStoredData() and submit() are documented', {
  todo: /\b(clearStoredData|submit)\s*\(\s*\)\s*:/.test(rootCode) ? false : 'not on the element yet',
}, () => {
  const members = names(root.members);
  assert.deepEqual(missing(['clearStoredData', 'submit'], members), []);
});

test('every public event is documented with its class as type', () => {
  const fromSource = new Map(
    [...readFileSync('src/events.ts', 'utf8').matchAll(/export class (\w+) extends Event[\s\S]*?eventType = '([\w-]+)'/g)].map((m) => [m[2], m[1]]),
  );
  assert.ok(fromSource.size >= 4, 'expected at least the four idv-* events in src/events.ts');
  for (const [type, cls] of fromSource) {
    const event = root.events?.find((e) => e.name === type);
    assert.ok(event, `event ${type} is not documented (@fires {${cls}} ${type})`);
    assert.equal(event.type?.text, cls, `event ${type} is documented without its class`);
    assert.ok(event.description, `event ${type} has no description`);
  }
});

test('every part and CSS custom property the source uses is documented', () => {
  const parts = new Set();
  for (const m of allCode.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
    const text = m[1] ?? [...m[2].matchAll(/'([\w\s-]+)'/g)].map((s) => s[1]).join(' ');
    for (const p of text.split(/\s+/).filter(Boolean)) parts.add(p);
  }
  assert.deepEqual(missing(parts, names(root.cssParts)), [], 'parts missing from the manifest');
  const tokens = new Set([...allCode.matchAll(/--idv-[\w-]+/g)].map((m) => m[0]));
  assert.deepEqual(missing(tokens, names(root.cssProperties)), [], 'CSS properties missing from the manifest');
  const undescribed = [...(root.cssParts ?? []), ...(root.cssProperties ?? [])].filter((x) => !x.description).map((x) => x.name);
  assert.deepEqual(undescribed, [], 'parts or properties without a description');
  const noDefault = (root.cssProperties ?? []).filter((p) => p.default === undefined).map((p) => p.name);
  assert.deepEqual(noDefault, [], 'CSS properties without a documented default');
});

const stepNames = [...readFileSync('src/flow/flow-state.ts', 'utf8').match(/export type StepName =([^;]*);/)[1].matchAll(/'([\w-]+)'/g)].map((m) => m[1]);
const extraStates = [...rootCode.matchAll(/stateNames\.push\('([\w-]+)'\)/g)].map((m) => m[1]);

test('the summary custom states (capturing, submitting, complete) are documented', () => {
  assert.ok(extraStates.length >= 3, 'expected #syncStates to add named states (stateNames.push)');
  assert.deepEqual(missing(extraStates, names(root.cssStates)), [], 'custom states missing from the manifest');
});

// Each step name is also a state (`:state(review)`); today the JSDoc lists them in one entry's prose.
const unnamedStepStates = missing(stepNames, names(root.cssStates));
test('every step-name custom state has its own @cssstate entry', {
  todo: unnamedStepStates.length ? `listed only in prose: ${unnamedStepStates.join(', ')}` : false,
}, () => {
  assert.deepEqual(unnamedStepStates, []);
});
