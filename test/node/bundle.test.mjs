// What the script-tag bundle must not carry: the face engine (it loads in the vision Worker) and the
// other languages load only when a page asks for them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const bundle = readFileSync('dist/id-verification-profile.iife.js', 'utf8');

test('the script-tag bundle carries no face engine: the vision Worker loads it', () => {
  assert.doesNotMatch(bundle, /face_detection|mediapipe|createBlazeFaceEngine|depthwise/i);
});

test('the script-tag bundle does not inline other languages', () => {
  const french = readFileSync('src/i18n/locales/fr.ts', 'utf8').match(/start:\s*'([^']+)'/)?.[1];
  assert.ok(french, 'the French table has a start entry to look for');
  assert.ok(!bundle.includes(french), `found the French "${french}" in the bundle`);
});

test('the script-tag bundle has no file input', () => {
  assert.doesNotMatch(bundle, /type\s*=\s*["']?file/i);
});
