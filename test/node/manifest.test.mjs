// The committed custom-elements.json must be what the analyzer makes of the current source.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

test('custom-elements.json matches a fresh analysis of src/', () => {
  // The analyzer resolves --outdir against the project, even when absolute: use a relative scratch dir.
  const dir = join('tmp', `cem-check-${process.pid}`);
  try {
    execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--outdir', dir], {stdio: 'pipe'});
    const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
    const committed = readFileSync('custom-elements.json', 'utf8');
    assert.ok(fresh === committed, 'custom-elements.json is stale: run `npm run analyze` and commit the result');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
