// A consumer project (test/consumer/) type-checks against the built declarations: event listeners get
// the event classes through GlobalEventHandlersEventMap, createElement gets the element class through
// HTMLElementTagNameMap, and the React wrapper's event props are typed. A second run against a copy of
// the declarations with those augmentations removed must fail, so the check cannot pass vacuously.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const TSC = join('node_modules', 'typescript', 'bin', 'tsc');
const built = existsSync('dist/index.d.ts') && existsSync('dist/react.d.ts');

function tsc(project) {
  const {status, stdout, stderr} = spawnSync(process.execPath, [TSC, '-p', project], {encoding: 'utf8'});
  return {status, output: stdout + stderr};
}

test('the consumer project type-checks against dist/*.d.ts', {skip: !built && 'run the build first'}, () => {
  const {status, output} = tsc('test/consumer/tsconfig.json');
  assert.equal(status, 0, output);
});

test('without the event-map augmentation the consumer project fails to type-check', {skip: !built && 'run the build first'}, () => {
  // A throwaway package of the same name, holding the consumer files and a copy of the declarations.
  const dir = join('test', '.generated', 'consumer-mutant');
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: pkg.name, type: 'module', exports: pkg.exports}));
    cpSync('dist', join(dir, 'dist'), {recursive: true, filter: (src) => !src.endsWith('.js')});
    for (const file of readdirSync('test/consumer')) cpSync(join('test/consumer', file), join(dir, file));
    const events = join(dir, 'dist', 'events.d.ts');
    const original = readFileSync(events, 'utf8');
    const stripped = original.replace(/declare global\s*\{[\s\S]*\}\s*$/, '');
    assert.notEqual(stripped, original, 'dist/events.d.ts has no `declare global` block to remove');
    writeFileSync(events, stripped);
    const {status, output} = tsc(join(dir, 'tsconfig.json'));
    assert.notEqual(status, 0, 'type-checked even without GlobalEventHandlersEventMap');
    assert.match(output, /consumer\.ts\(\d+,\d+\): error TS\d+: Property '(detail|respondWith)' does not exist/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
