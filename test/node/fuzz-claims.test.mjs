// Fuzz of the claims validator: mutations of a valid payload, each RE-SIGNED with an attacker's own key.
// A self-signed device key is accepted by design, so the signature check passes and only the strict
// claims validator (and the bindings after it) stands between a crafted payload and the backend.
// Which mutations are invalid is decided here from the submission format in SPEC.md (a schema written
// for this test), never by asking the code under test. Seeded PRNG: FUZZ_SEED=<n> replays a run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {verifySubmission, SubmissionVerificationError} from '../../dist/server/index.js';
import {b64u, headerFor, makeKey, makeSubmission, signRaw} from './support/signer.mjs';
import {prng} from './support/prng.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const COUNT = Number(process.env.FUZZ_COUNT ?? 1200);

// The version-1 claims format (SPEC.md, "Submission format"), as leaf kinds:
//   int: safe integer ≥ 0 (bytes ≥ 1) · number: finite ≥ 0 · string: non-empty · label: string, may be empty ·
//   digest: base64url of 32 bytes · const:<value> · enum:<a|b> · checks: a map of {value, verdict}.
const CAPTURE = {
  sha256: 'digest',
  type: 'const:image/jpeg',
  bytes: 'int',
  width: 'int',
  height: 'int',
  at: 'int',
  camera: {label: 'label', facingMode: 'string', width: 'int', height: 'int', frameRate: 'number'},
  checks: 'checks',
};
const SCHEMA = {
  v: 'const:1',
  iat: 'int',
  nonce: 'string',
  origin: 'string',
  sub: 'string',
  name: 'string',
  layout: 'enum:one-sided|two-sided',
  captures: {selfie: CAPTURE, document: CAPTURE},
  sdk: {name: 'const:id-verification-profile', version: 'string', keyStorage: 'enum:indexeddb|ephemeral'},
};

/** Values that break each kind of leaf (every one is outside the format for that kind). */
const WRONG = {
  int: ['1', null, true, [], {}, 1.5, -1, 2 ** 53, Number.MAX_VALUE],
  number: ['1', null, true, [], {}, -1, -0.5],
  string: [0, null, true, [], {}, '', 'x'.repeat(5000)],
  label: [0, null, false, [], {}, 'x'.repeat(5000)],
  digest: [0, null, [], '', 'AAAA', b64u(new Uint8Array(31)), b64u(new Uint8Array(33)), '!'.repeat(43)],
  const: [null, 0, '', 'other', [], {}],
  enum: [null, 0, '', 'both', 'ONE-SIDED', [], {}],
  checks: [null, 0, 'pass', []],
  object: [null, 0, 'x', [], true],
};
/** Broken check entries (a map value must be exactly {value: finite number | null, verdict: one of four}). */
const BAD_CHECKS = [
  {value: 1},
  {verdict: 'pass'},
  {value: '1', verdict: 'pass'},
  {value: 1, verdict: 'ok'},
  {value: 1, verdict: 'PASS'},
  {value: 1, verdict: 'pass', extra: 0},
  {value: [], verdict: 'pass'},
  null,
  'pass',
];

/** Every path in the schema, with the kind of what sits there. */
function schemaPaths(node, path = []) {
  return Object.entries(node).flatMap(([key, kind]) =>
    typeof kind === 'object' ? [{path: [...path, key], kind: 'object'}, ...schemaPaths(kind, [...path, key])] : [{path: [...path, key], kind}],
  );
}
const PATHS = schemaPaths(SCHEMA);

test(`${COUNT} invalid claims re-signed with an attacker key are all refused as invalid claims (seed ${SEED})`, async () => {
  console.log(`claims fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
  const rand = prng(SEED);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const attacker = await makeKey();
  const nonce = 'fuzz-claims-challenge';
  const valid = await makeSubmission({nonce});
  const options = {nonce, maxAgeSeconds: 600, origin: 'https://shop.example'};
  const reSign = (claims) => signRaw(headerFor(attacker), claims, attacker);

  // Controls: the attacker's re-signature of the unchanged claims, and of a harmless change (another
  // check value), are accepted. Without them, a validator that refused everything would pass this test.
  await verifySubmission({jws: await reSign(valid.claims), files: valid.files}, options);
  const harmless = structuredClone(valid.claims);
  harmless.captures.selfie.checks = {...harmless.captures.selfie.checks, brightness: {value: 0.123, verdict: 'warn'}};
  await verifySubmission({jws: await reSign(harmless), files: valid.files}, options);

  const at = (claims, path) => path.slice(0, -1).reduce((o, k) => o[k], claims);
  const mutations = {
    dropMember: (claims) => {
      const {path} = pick(PATHS);
      delete at(claims, path)[path.at(-1)];
      return path.join('.');
    },
    extraMember: (claims) => {
      const objects = [[], ...PATHS.filter((p) => p.kind === 'object').map((p) => p.path)];
      const path = pick(objects);
      const target = path.reduce((o, k) => o[k], claims);
      target[pick(['extra', 'admin', 'Name', 'v2', '__proto__x'])] = pick([0, 'x', null, true, {}]);
      return `${path.join('.')}+extra`;
    },
    wrongType: (claims) => {
      const {path, kind} = pick(PATHS);
      at(claims, path)[path.at(-1)] = structuredClone(pick(WRONG[kind.split(':')[0]]));
      return `${path.join('.')}=wrong ${kind}`;
    },
    badCheck: (claims) => {
      const capture = pick(['selfie', 'document']);
      const checks = claims.captures[capture].checks;
      const name = pick([...Object.keys(checks), 'newCheck']);
      checks[name] = structuredClone(pick(BAD_CHECKS));
      return `captures.${capture}.checks.${name}=bad`;
    },
    tooManyChecks: (claims) => {
      const checks = claims.captures.selfie.checks;
      for (let i = 0; i < 70; i++) checks[`c${i}`] = {value: i, verdict: 'pass'};
      return 'captures.selfie.checks x70';
    },
    badCheckName: (claims) => {
      claims.captures.document.checks[pick(['', 'n'.repeat(65)])] = {value: 1, verdict: 'pass'};
      return 'captures.document.checks bad name';
    },
    blankName: (claims) => {
      claims.name = pick([' ', '\t\n', '   ']);
      return 'name blank';
    },
  };
  const names = Object.keys(mutations);
  const refusedAt = {};
  for (let i = 0; i < COUNT; i++) {
    const kind = names[i % names.length];
    const claims = structuredClone(valid.claims);
    const where = mutations[kind](claims);
    const candidate = {jws: await reSign(claims), files: valid.files};
    try {
      await verifySubmission(candidate, options);
      assert.fail(`mutation #${i} (${kind}: ${where}) was ACCEPTED; seed ${SEED}`);
    } catch (error) {
      if (!(error instanceof SubmissionVerificationError)) throw new Error(`mutation #${i} (${kind}: ${where}) threw ${error}; seed ${SEED}`, {cause: error});
      assert.equal(error.reason, 'invalid-claims', `mutation #${i} (${kind}: ${where}) refused as ${error.reason}, not invalid-claims; seed ${SEED}`);
      refusedAt[kind] = (refusedAt[kind] ?? 0) + 1;
    }
  }
  console.log('refused by mutation:', JSON.stringify(refusedAt));
  assert.equal(Object.keys(refusedAt).length, names.length);
});

test('valid claims re-signed with an attacker key are still bound: nonce, origin, sub, age and digests', async () => {
  const attacker = await makeKey();
  const nonce = 'bound-challenge';
  const valid = await makeSubmission({nonce});
  const options = {nonce, maxAgeSeconds: 600, origin: 'https://shop.example', sub: 'person-42'};
  const now = Math.floor(Date.now() / 1000);
  const cases = [
    ['nonce-mismatch', (c) => (c.nonce = 'another-challenge')],
    ['origin-mismatch', (c) => (c.origin = 'https://evil.example')],
    ['sub-mismatch', (c) => (c.sub = 'person-43')],
    ['expired', (c) => (c.iat = now - 3600)],
    ['issued-in-future', (c) => (c.iat = now + 3600)],
    ['file-mismatch', (c) => (c.captures.selfie.sha256 = b64u(new Uint8Array(32)))],
    ['file-mismatch', (c) => (c.captures.document.bytes += 1)],
  ];
  for (const [reason, change] of cases) {
    const claims = structuredClone(valid.claims);
    change(claims);
    const jws = await signRaw(headerFor(attacker), claims, attacker);
    await assert.rejects(verifySubmission({jws, files: valid.files}, options), (error) => error.reason === reason, reason);
  }
});
