// Runs the Python verifier printed in the README ("Verifying from any language") against Node-signed submissions, so
// the documentation's "any language" recipe is known to work. Skipped without python3 + cryptography.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {makeSubmission} from './support/signer.mjs';

const doc = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const python = doc.match(/```python\n([\s\S]*?)```/)?.[1];
const probe = spawnSync('python3', ['-c', 'import cryptography'], {encoding: 'utf8'});
const skip = probe.status !== 0 ? 'python3 with the cryptography package is not installed' : false;

function runPython(submission, nonce) {
  const driver = `${python}
import sys, json, base64
data = json.load(sys.stdin)
files = {k: base64.b64decode(v) for k, v in data["files"].items()}
try:
    claims = verify_submission(data["jws"], files, data["nonce"])
    print(json.dumps({"ok": True, "name": claims["name"]}))
except Exception as error:
    print(json.dumps({"ok": False, "error": type(error).__name__ + ": " + str(error)}))
`;
  const input = JSON.stringify({
    jws: submission.jws,
    nonce,
    files: {selfie: Buffer.from(submission.files.selfie).toString('base64'), document: Buffer.from(submission.files.document).toString('base64')},
  });
  const result = spawnSync('python3', ['-c', driver], {input, encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('the documented Python verifier accepts a valid submission', {skip}, async () => {
  assert.ok(python, 'README.md has a python block');
  const s = await makeSubmission({nonce: 'py-nonce'});
  assert.deepEqual(runPython(s, 'py-nonce'), {ok: true, name: s.claims.name});
});

test('the documented Python verifier rejects a tampered file, payload and nonce', {skip}, async () => {
  const s = await makeSubmission({nonce: 'py-nonce'});
  const selfie = s.files.selfie.slice();
  selfie[9] ^= 1;
  assert.equal(runPython({...s, files: {...s.files, selfie}}, 'py-nonce').ok, false);
  const [h, , sig] = s.jws.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({...s.claims, name: 'Mallory'})).toString('base64url')}.${sig}`;
  assert.match(runPython({...s, jws: forged}, 'py-nonce').error, /InvalidSignature/);
  assert.equal(runPython(s, 'other-nonce').ok, false);
});
