// `sdk.version` in the signed claims is a constant in src/submission/format.ts: keep it equal to package.json.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

test('SDK_VERSION matches package.json version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/submission/format.ts', import.meta.url), 'utf8');
  const version = source.match(/export const SDK_VERSION = '([^']+)'/)?.[1];
  assert.equal(version, pkg.version, 'update SDK_VERSION in src/submission/format.ts');
});
