// The server entry needs nothing but WebCrypto, TextEncoder/TextDecoder and core JS: prove it by
// verifying in a child process where every other web/Node global a bundle might lean on is removed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {makeSubmission} from './support/signer.mjs';

test('verifies with only crypto.subtle and TextEncoder/TextDecoder available', async () => {
  const s = await makeSubmission({nonce: 'bare'});
  const script = `
    for (const name of ['Blob', 'File', 'FormData', 'Request', 'Response', 'Headers', 'fetch', 'navigator',
      'atob', 'btoa', 'Buffer', 'process', 'require', 'structuredClone', 'URL', 'setTimeout', 'queueMicrotask']) {
      delete globalThis[name];
    }
    const out = (value) => import('node:fs').then((fs) => fs.writeSync(1, JSON.stringify(value)));
    const {verifySubmission} = await import(${JSON.stringify(new URL('../../dist/server/index.js', import.meta.url).href)});
    const input = ${JSON.stringify({jws: s.jws, selfie: [...s.files.selfie], document: [...s.files.document]})};
    const files = {selfie: new Uint8Array(input.selfie), document: new Uint8Array(input.document)};
    try {
      const {kid} = await verifySubmission({jws: input.jws, files}, {nonce: 'bare', maxAgeSeconds: 60});
      const tampered = files.document.slice(); tampered[5] ^= 1;
      const reason = await verifySubmission({jws: input.jws, files: {...files, document: tampered}}, {nonce: 'bare', maxAgeSeconds: 60}).catch((e) => e.reason);
      await out({kid, reason});
    } catch (error) {
      await out({error: String(error)});
    }
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), {kid: s.key.kid, reason: 'file-mismatch'});
});
