// The same submissions verified by `jose`, an independent JOSE implementation: shows the format is
// standard ES256 JWS with an embedded JWK, checkable without our code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compactVerify, EmbeddedJWK, calculateJwkThumbprint, decodeProtectedHeader} from 'jose';
import {verifySubmission} from '../../dist/server/index.js';
import {makeSubmission} from './support/signer.mjs';

test('jose verifies a submission our server entry accepts', async () => {
  const s = await makeSubmission({nonce: 'jose-1'});
  await verifySubmission(s, {nonce: 'jose-1', maxAgeSeconds: 60});
  const {payload, protectedHeader} = await compactVerify(s.jws, EmbeddedJWK, {algorithms: ['ES256']});
  assert.equal(protectedHeader.typ, 'idv-profile+jws');
  assert.equal(protectedHeader.kid, await calculateJwkThumbprint(protectedHeader.jwk, 'sha256'));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(payload)), s.claims);
});

test('jose rejects the payload we reject as tampered', async () => {
  const s = await makeSubmission({nonce: 'jose-2'});
  const [h, , sig] = s.jws.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({...s.claims, name: 'Mallory'})).toString('base64url')}.${sig}`;
  await assert.rejects(compactVerify(forged, EmbeddedJWK, {algorithms: ['ES256']}), {code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'});
  await assert.rejects(verifySubmission({jws: forged, files: s.files}, {nonce: 'jose-2', maxAgeSeconds: 60}), {reason: 'bad-signature'});
});

test('the header holds exactly alg, typ, jwk (kty, crv, x, y) and kid', async () => {
  const s = await makeSubmission({nonce: 'jose-3'});
  const header = decodeProtectedHeader(s.jws);
  assert.deepEqual(Object.keys(header), ['alg', 'typ', 'jwk', 'kid']);
  assert.deepEqual(Object.keys(header.jwk), ['kty', 'crv', 'x', 'y']);
});
