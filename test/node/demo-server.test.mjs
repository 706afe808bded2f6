// The demo backend end to end on loopback: challenges, verification, replay, static files, headers.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {startDemoServer} from '../../demo/server.mjs';
import {makeKey, makeSubmission} from './support/signer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let demo;
let origin;
let key;

before(async () => {
  demo = await startDemoServer({port: 0, root});
  origin = `http://127.0.0.1:${demo.port}`;
  key = await makeKey();
  cookie = await sessionCookie();
});
after(() => demo.close());

/** The cookie of a demo session for `sub` (the profile id the signer puts in `sub`), as a browser would keep it. */
async function sessionCookie(sub = 'person-42') {
  const response = await fetch(`${origin}/api/challenge?sub=${encodeURIComponent(sub)}`);
  assert.equal(response.status, 200);
  return response.headers.get('set-cookie').split(';')[0];
}

let cookie;

/** A challenge for the session in `withCookie` (the test's default session when omitted). */
async function challenge(withCookie = cookie, sub = 'person-42') {
  const response = await fetch(`${origin}/api/challenge?sub=${encodeURIComponent(sub)}`, {headers: {cookie: withCookie}});
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('set-cookie'), null, 'the session is kept while it is for the same profile id');
  const body = await response.json();
  assert.match(body.challenge, /^v1\.\d+\.[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}$/);
  return body.challenge;
}

function form(submission) {
  const data = new FormData();
  data.append('jws', submission.jws);
  data.append('selfie', new Blob([submission.files.selfie], {type: 'image/jpeg'}), 'selfie.jpg');
  data.append('document', new Blob([submission.files.document], {type: 'image/jpeg'}), 'document.jpg');
  return data;
}

async function post(body, withCookie = cookie) {
  const response = await fetch(`${origin}/api/submissions`, {method: 'POST', body, headers: {cookie: withCookie}});
  return {status: response.status, body: await response.json()};
}

const signed = async (nonce, claims = {}) => makeSubmission({key, nonce, claims: {origin, ...claims}});

test('accepts a valid submission signed with an issued challenge', async () => {
  const s = await signed(await challenge());
  const {status, body} = await post(form(s));
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.ok, true);
  assert.equal(body.verdict, 'verified');
  assert.equal(body.kid, key.kid);
  assert.equal(body.name, s.claims.name);
  assert.ok(body.warnings.some((w) => /faces not-run/.test(w)));
  assert.ok(body.warnings.some((w) => /looks virtual/.test(w)), 'fake_device_0 is flagged as a virtual camera');
});

test('rejects a replay of an accepted submission (409)', async () => {
  const s = await signed(await challenge());
  assert.equal((await post(form(s))).status, 200);
  const replay = await post(form(s));
  assert.equal(replay.status, 409);
  assert.deepEqual(replay.body, {ok: false, verdict: 'rejected', reason: 'challenge-already-used'});
});

test('rejects a challenge the server never issued (400)', async () => {
  const {status, body} = await post(form(await signed('made-up-challenge')));
  assert.equal(status, 400);
  assert.equal(body.reason, 'unknown-challenge');
});

test('rejects a tampered file without burning the challenge', async () => {
  const s = await signed(await challenge());
  const selfie = s.files.selfie.slice();
  selfie[200] ^= 1;
  const tampered = await post(form({...s, files: {...s.files, selfie}}));
  assert.equal(tampered.status, 400);
  assert.equal(tampered.body.reason, 'file-mismatch');
  assert.equal((await post(form(s))).status, 200);
});

test('rejects a submission signed for another origin', async () => {
  const {status, body} = await post(form(await signed(await challenge(), {origin: 'https://evil.example'})));
  assert.equal(status, 400);
  assert.equal(body.reason, 'origin-mismatch');
});

test('accepts the JSON form (toJSON) too', async () => {
  const s = await signed(await challenge());
  const json = {jws: s.jws, files: {selfie: Buffer.from(s.files.selfie).toString('base64'), document: Buffer.from(s.files.document).toString('base64')}};
  const response = await fetch(`${origin}/api/submissions`, {method: 'POST', headers: {'content-type': 'application/json', cookie}, body: JSON.stringify(json)});
  assert.equal(response.status, 200);
});

test('refuses a body over the size limit (413) and other media types (415)', async () => {
  const big = new FormData();
  big.append('jws', 'x');
  big.append('selfie', new Blob([new Uint8Array(17 * 1024 * 1024)]));
  assert.equal((await fetch(`${origin}/api/submissions`, {method: 'POST', body: big, headers: {cookie}})).status, 413);
  assert.equal((await fetch(`${origin}/api/submissions`, {method: 'POST', body: 'hello', headers: {'content-type': 'text/plain', cookie}})).status, 415);
  assert.equal((await fetch(`${origin}/api/submissions`)).status, 405);
});

test('answers garbage multipart with a JSON reason', async () => {
  const response = await fetch(`${origin}/api/submissions`, {method: 'POST', headers: {'content-type': 'multipart/form-data; boundary=zzz', cookie}, body: 'not multipart'});
  assert.equal(response.status, 400);
  assert.equal((await response.json()).ok, false);
});

test('rejects a challenge issued to another session, even for the same profile id', async () => {
  const other = await sessionCookie();
  const s = await signed(await challenge(other));
  const {status, body} = await post(form(s));
  assert.equal(status, 400);
  assert.equal(body.reason, 'unknown-challenge');
  assert.equal((await post(form(s), other)).status, 200);
});

test('rejects a submission for another profile id than the session is for', async () => {
  const s = await signed(await challenge(), {sub: 'person-43'});
  const {status, body} = await post(form(s));
  assert.equal(status, 400);
  assert.equal(body.reason, 'sub-mismatch');
});

test('rejects a submission without a session (401)', async () => {
  const s = await signed(await challenge());
  const {status, body} = await post(form(s), '');
  assert.equal(status, 401);
  assert.equal(body.reason, 'no-session');
});

test('rejects an expired challenge, and an altered expiry does not help', async () => {
  demo.challenges.ttlSeconds = 1;
  let old;
  try {
    old = await challenge();
  } finally {
    demo.challenges.ttlSeconds = 600;
  }
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.equal((await post(form(await signed(old)))).body.reason, 'challenge-expired');
  const stretched = old.replace(/^v1\.\d+/, `v1.${Date.now() + 600_000}`);
  assert.equal((await post(form(await signed(stretched)))).body.reason, 'unknown-challenge');
});

test('no cap for anonymous requests to exhaust: after 100,001 challenges to other sessions, one issued before them is accepted', async () => {
  const early = await challenge();
  // Directly on the issuer: over HTTP this would be minutes of this machine's time for the same point.
  for (let i = 0; i <= 100_000; i++) demo.challenges.issue(`anonymous-${i}`);
  const again = await fetch(`${origin}/api/challenge?sub=someone`);
  assert.equal(again.status, 200);
  assert.equal((await post(form(await signed(early)))).status, 200);
});

test('200 concurrent submissions, each sent twice at once: every challenge accepted exactly once', async () => {
  const nonces = await Promise.all(Array.from({length: 200}, () => challenge()));
  const submissions = await Promise.all(nonces.map((n) => signed(n)));
  const attempts = submissions.flatMap((s) => [s, s]).map(async (s) => ({nonce: s.nonce, ...(await post(form(s)))}));
  const results = await Promise.all(attempts);
  const accepted = new Map();
  for (const r of results) {
    if (r.status === 200) accepted.set(r.nonce, (accepted.get(r.nonce) ?? 0) + 1);
    else assert.equal(r.status, 409, JSON.stringify(r.body));
  }
  assert.equal(accepted.size, 200);
  assert.ok([...accepted.values()].every((count) => count === 1));
});

test('serves the demo with strict security headers, and nothing outside demo/ and dist/', async () => {
  const home = await fetch(`${origin}/`, {redirect: 'manual'});
  assert.equal(home.status, 302);
  assert.equal(home.headers.get('location'), '/demo/');
  const page = await fetch(`${origin}/demo/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const csp = page.headers.get('content-security-policy');
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
    assert.ok(csp.includes(directive), directive);
  }
  assert.ok(!/unsafe-inline|'unsafe-eval'/.test(csp));
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  const bundle = await fetch(`${origin}/dist/id-verification-profile.iife.js`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('content-type'), /^text\/javascript/);
  for (const path of ['/package.json', '/src/types.ts', '/dist/../package.json', '/demo/%2e%2e/package.json', '/node_modules/lit/index.js', '/demo/server.mjs', '/.git/config']) {
    assert.equal((await fetch(`${origin}${path}`)).status, 404, path);
  }
});
