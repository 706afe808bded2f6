// What the script-tag bundle must not carry: the optional face detector and the other languages load
// only when a page asks for them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const bundle = readFileSync('dist/id-verification-profile.iife.js', 'utf8');

test('the script-tag bundle does not include the optional MediaPipe detector', () => {
  assert.doesNotMatch(bundle, /FaceDetection|face_detection|mediapipe/i);
});

test('the script-tag bundle does not inline other languages', () => {
  const french = readFileSync('src/i18n/locales/fr.ts', 'utf8').match(/start:\s*'([^']+)'/)?.[1];
  assert.ok(french, 'the French table has a start entry to look for');
  assert.ok(!bundle.includes(french), `found the French "${french}" in the bundle`);
});

test('the script-tag bundle has no file input', () => {
  assert.doesNotMatch(bundle, /type\s*=\s*["']?file/i);
});
