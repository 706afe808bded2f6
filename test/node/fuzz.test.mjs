// Fuzz: random mutations of one valid submission (header, payload, signature, files). None may be
// accepted. Seeded PRNG; the seed is printed, and FUZZ_SEED=<n> replays a run. FUZZ_COUNT sets the size.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {verifySubmission, SubmissionVerificationError} from '../../dist/server/index.js';
import {b64u, makeKey, makeSubmission} from './support/signer.mjs';
import {prng} from './support/prng.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const COUNT = Number(process.env.FUZZ_COUNT ?? 1500);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

test(`${COUNT} random mutations of a valid submission are all rejected (seed ${SEED})`, async () => {
  console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
  const rand = prng(SEED);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const key = await makeKey();
  const attacker = await makeKey();
  const nonce = 'fuzz-challenge';
  const valid = await makeSubmission({key, nonce});
  const options = {nonce, maxAgeSeconds: 600, origin: 'https://shop.example'};
  await verifySubmission(valid, options); // the baseline really is valid

  const [H, P, S] = valid.jws.split('.');
  const decode = (seg) => JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));
  const encode = (value) => b64u(Buffer.from(JSON.stringify(value)));
  const randomJson = () =>
    pick([null, true, false, 0, -1, 1.5, 1e308, '', 'x', 'ES256', 'none', [], {}, {kty: 'EC'}, nonce, 2 ** 53, '\u0000', attacker.kid, attacker.jwk]);

  /** Paths to every leaf of a JSON value. */
  const leaves = (value, path = []) =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [[...path, k], ...leaves(v, [...path, k])])
      : [];
  function mutateJson(value) {
    const copy = structuredClone(value);
    const paths = leaves(copy);
    const path = pick(paths);
    const parent = path.slice(0, -1).reduce((o, k) => o[k], copy);
    const last = path.at(-1);
    const op = int(4);
    if (op === 0) delete parent[last];
    else if (op === 1) parent[last] = randomJson();
    else if (op === 2) parent[`${last}_extra`] = randomJson();
    else if (typeof parent[last] === 'string') parent[last] = parent[last] + pick(['a', ' ', '\u0301', '=']);
    else if (typeof parent[last] === 'number') parent[last] = parent[last] + pick([1, -1, 0.5, 1e6]);
    else parent[last] = randomJson();
    return copy;
  }
  const changeChar = (s) => {
    const i = int(s.length);
    let c;
    do c = pick([...ALPHABET, '.', '=', '+', '/', ' ']);
    while (c === s[i]);
    return s.slice(0, i) + c + s.slice(i + 1);
  };
  const mutations = {
    headerChar: () => ({jws: `${changeChar(H)}.${P}.${S}`}),
    payloadChar: () => ({jws: `${H}.${changeChar(P)}.${S}`}),
    signatureChar: () => ({jws: `${H}.${P}.${changeChar(S)}`}),
    anyChar: () => ({jws: changeChar(valid.jws)}),
    insertChar: () => {
      const i = int(valid.jws.length + 1);
      return {jws: valid.jws.slice(0, i) + pick([...ALPHABET, '.']) + valid.jws.slice(i)};
    },
    deleteChar: () => {
      const i = int(valid.jws.length);
      return {jws: valid.jws.slice(0, i) + valid.jws.slice(i + 1)};
    },
    headerJson: () => ({jws: `${encode(mutateJson(decode(H)))}.${P}.${S}`}),
    payloadJson: () => ({jws: `${H}.${encode(mutateJson(decode(P)))}.${S}`}),
    attackerKey: () => ({jws: `${encode({alg: 'ES256', typ: 'idv-profile+jws', jwk: attacker.jwk, kid: attacker.kid})}.${P}.${S}`}),
    signatureBytes: () => {
      const bytes = Buffer.from(S, 'base64url');
      bytes[int(bytes.length)] ^= 1 << int(8);
      return {jws: `${H}.${P}.${b64u(bytes)}`};
    },
    signatureLength: () => ({jws: `${H}.${P}.${b64u(Buffer.concat([Buffer.from(S, 'base64url'), Buffer.alloc(int(3) + 1)]).subarray(0, 64 + pick([-2, -1, 1, 2])))}`}),
    fileByte: () => {
      const name = pick(['selfie', 'document']);
      const bytes = valid.files[name].slice();
      bytes[int(bytes.length)] ^= 1 << int(8);
      return {files: {...valid.files, [name]: bytes}};
    },
    fileLength: () => {
      const name = pick(['selfie', 'document']);
      const bytes = valid.files[name];
      return {files: {...valid.files, [name]: rand() < 0.5 ? bytes.subarray(0, int(bytes.length)) : new Uint8Array([...bytes, int(256)])}};
    },
    fileSwap: () => ({files: {selfie: valid.files.document, document: valid.files.selfie}}),
    fileDrop: () => ({files: pick([{selfie: valid.files.selfie}, {document: valid.files.document}, {}])}),
    fileExtra: () => ({files: {...valid.files, [pick(['jws', 'Selfie', 'id', '__proto__x'])]: valid.files.selfie}}),
  };
  const names = Object.keys(mutations);
  const rejectedBy = {};
  for (let i = 0; i < COUNT; i++) {
    const kind = names[i % names.length];
    const change = mutations[kind]();
    const candidate = {jws: change.jws ?? valid.jws, files: change.files ?? valid.files};
    if (candidate.jws === valid.jws && candidate.files === valid.files) continue;
    try {
      await verifySubmission(candidate, options);
      assert.fail(`mutation #${i} (${kind}) was ACCEPTED; seed ${SEED}; jws ${candidate.jws}`);
    } catch (error) {
      if (!(error instanceof SubmissionVerificationError)) throw new Error(`mutation #${i} (${kind}) threw ${error}; seed ${SEED}`, {cause: error});
      rejectedBy[error.reason] = (rejectedBy[error.reason] ?? 0) + 1;
    }
  }
  console.log('rejections by reason:', JSON.stringify(rejectedBy));
  assert.ok(Object.values(rejectedBy).reduce((a, b) => a + b, 0) >= 1000);
});
