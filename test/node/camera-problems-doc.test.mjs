// The README's camera-problem table is the one in the code: every problem has its row, and no row names
// a problem the element does not have.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {CAMERA_PROBLEMS} from '../../dist/camera/camera-problems.js';

test("the README's camera-problem table has one row per camera problem the element knows", () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('Every way a camera can fail has its own screen'), readme.indexOf('## Quality checks'));
  const documented = [...table.matchAll(/^\|[^|]+\|[^|]+\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(documented, Object.keys(CAMERA_PROBLEMS).sort());
});
