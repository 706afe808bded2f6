// The review loop of the demo backend over HTTP on loopback: verified submissions are kept on disk,
// the reviewer lists and decides them behind a token, the person reads only their own status, a
// restart keeps everything, and hostile requests to every new endpoint are refused with nothing stored.
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm, mkdir, writeFile, utimes} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startDemoServer} from '../../demo/server.mjs';
import {loadServerSecret} from '../../demo/backend/secrets.mjs';
import {fakeJpeg, makeKey, makeSubmission} from './support/signer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dataDir;
let demo;
let origin;
let key;
const decisions = []; // what onDecision was called with

async function start() {
  demo = await startDemoServer({port: 0, root, dataDir, onDecision: (event) => decisions.push(event)});
  origin = `http://127.0.0.1:${demo.port}`;
}

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'idv-review-test-'));
  key = await makeKey();
  await start();
});
after(async () => {
  await demo.close();
  await rm(dataDir, {recursive: true, force: true});
});

/** A person: a demo session for `sub`, as the browser keeps it, and a way to submit under it. */
async function person(sub) {
  const first = await fetch(`${origin}/api/challenge?sub=${encodeURIComponent(sub)}`);
  const cookie = first.headers.get('set-cookie').split(';')[0];
  return {
    sub,
    cookie,
    async challenge() {
      const response = await fetch(`${origin}/api/challenge?sub=${encodeURIComponent(sub)}`, {headers: {cookie}});
      return (await response.json()).challenge;
    },
    /** Signs and posts a submission; `claims` overrides the signed claims. */
    async submit(claims = {}, files) {
      const s = await makeSubmission({key, nonce: await this.challenge(), files, claims: {origin, sub, ...claims}});
      const form = new FormData();
      form.append('jws', s.jws);
      form.append('selfie', new Blob([s.files.selfie], {type: 'image/jpeg'}), 'selfie.jpg');
      form.append('document', new Blob([s.files.document], {type: 'image/jpeg'}), 'document.jpg');
      const response = await fetch(`${origin}/api/submissions`, {method: 'POST', body: form, headers: {cookie}});
      return {status: response.status, body: await response.json(), submission: s};
    },
    async status() {
      const response = await fetch(`${origin}/api/status`, {headers: {cookie}});
      return {status: response.status, body: await response.json()};
    },
  };
}

const reviewer = () => ({authorization: `Bearer ${demo.reviewerToken}`});

async function queue(headers = reviewer()) {
  const response = await fetch(`${origin}/api/review/submissions`, {headers});
  return {status: response.status, body: await response.json()};
}

async function decide(id, body, headers = {}) {
  const response = await fetch(`${origin}/api/review/submissions/${id}/decision`, {
    method: 'POST',
    headers: {...reviewer(), 'content-type': 'application/json', ...headers},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {status: response.status, body: await response.json()};
}

const pendingFor = async (sub) => (await queue()).body.pending.filter((p) => p.sub === sub);

describe('the loop', () => {
  test('a verified submission is in the queue with its photos, signed name, layout, every check and the verifier result', async () => {
    const ada = await person('ada');
    const files = {selfie: fakeJpeg(4000, 3), document: fakeJpeg(6000, 5)};
    const sent = await ada.submit({name: 'Ada Lovelace', layout: 'two-sided'}, files);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal(sent.body.status, 'pending');
    assert.match(sent.body.submissionId, /^[0-9a-f]{32}$/);

    const [entry] = await pendingFor('ada');
    assert.equal(entry.id, sent.body.submissionId);
    assert.equal(entry.name, 'Ada Lovelace');
    assert.equal(entry.layout, 'two-sided');
    assert.equal(entry.kid, key.kid);
    assert.equal(entry.verifier.verdict, 'verified');
    assert.ok(entry.verifier.warnings.includes('selfie: faces not-run'));
    // The signer's checks (test/node/support/signer.mjs), value and verdict for each photo.
    for (const kind of ['selfie', 'document']) {
      assert.deepEqual(entry.captures[kind].checks, {
        brightness: {value: 0.52, verdict: 'pass'},
        sharpness: {value: 812.4, verdict: 'pass'},
        faces: {value: null, verdict: 'not-run'},
      });
    }
    for (const kind of ['selfie', 'document']) {
      const photo = await fetch(`${origin}${entry.captures[kind].photo}`, {headers: reviewer()});
      assert.equal(photo.status, 200);
      assert.equal(photo.headers.get('content-type'), 'image/jpeg');
      assert.deepEqual(new Uint8Array(await photo.arrayBuffer()), files[kind], `${kind}: the exact bytes that were signed`);
    }
    const folder = path.join(dataDir, 'submissions', entry.id);
    assert.deepEqual((await readdir(folder)).sort(), ['document.jpg', 'selfie.jpg', 'submission.jws', 'verification.json']);
    assert.equal(await readFile(path.join(folder, 'submission.jws'), 'utf8'), sent.submission.jws);
  });

  test('a rejection reaches the person with its reason; a new submission goes back to the queue; an approval shows complete', async () => {
    const grace = await person('grace');
    assert.deepEqual((await grace.status()).body, {ok: true, sub: 'grace', status: 'none', reason: ''});
    const first = await grace.submit({name: 'Grace Hopper'});
    assert.deepEqual((await grace.status()).body, {ok: true, sub: 'grace', status: 'pending', reason: ''});

    const rejected = await decide(first.body.submissionId, {decision: 'reject', reason: 'id-not-legible'});
    assert.equal(rejected.status, 200);
    const seen = (await grace.status()).body;
    assert.equal(seen.status, 'rejected');
    assert.match(seen.reason, /^ID not legible\. Take the photo of your ID again/);
    assert.deepEqual(await pendingFor('grace'), [], 'a decided submission leaves the queue');

    const second = await grace.submit({name: 'Grace Hopper'});
    assert.equal((await grace.status()).body.status, 'pending');
    assert.deepEqual((await pendingFor('grace')).map((p) => p.id), [second.body.submissionId]);

    assert.equal((await decide(second.body.submissionId, {decision: 'approve'})).status, 200);
    assert.deepEqual((await grace.status()).body, {ok: true, sub: 'grace', status: 'approved', reason: ''});
  });

  test('"other" carries the reviewer\'s own words to the person', async () => {
    const lin = await person('lin');
    const {body} = await lin.submit();
    assert.equal((await decide(body.submissionId, {decision: 'reject', reason: 'other', text: '  The ID has  expired. '})).status, 200);
    assert.equal((await lin.status()).body.reason, 'The ID has expired.');
  });

  test('every decision calls onDecision once, with the submission and the decision', async () => {
    const mo = await person('mo');
    const {body} = await mo.submit({name: 'Mo Farah'});
    const before = decisions.length;
    await decide(body.submissionId, {decision: 'reject', reason: 'face-not-visible'});
    assert.equal(decisions.length, before + 1);
    const [event] = decisions.slice(before);
    assert.equal(event.submission.id, body.submissionId);
    assert.equal(event.submission.claims.name, 'Mo Farah');
    assert.equal(event.decision.reason, 'face-not-visible');
  });

  test('the first decision stands: a second one is refused (409) and changes nothing', async () => {
    const kim = await person('kim');
    const {body} = await kim.submit();
    const results = await Promise.all([decide(body.submissionId, {decision: 'approve'}), decide(body.submissionId, {decision: 'reject', reason: 'photo-too-dark'})]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const winner = results.find((r) => r.status === 200).body.decision.decision;
    assert.equal((await kim.status()).body.status, winner === 'approve' ? 'approved' : 'rejected');
    assert.equal((await decide(body.submissionId, {decision: 'approve'})).body.reason, 'already-decided');
  });

  test('a newer submission supersedes an undecided older one: the queue asks about the newest only', async () => {
    const sam = await person('sam');
    await sam.submit({name: 'Sam Old'});
    const newer = await sam.submit({name: 'Sam New'});
    assert.deepEqual((await pendingFor('sam')).map((p) => [p.id, p.name]), [[newer.body.submissionId, 'Sam New']]);
  });

  test('the reviewer page is served at /review under the strict CSP', async () => {
    const redirect = await fetch(`${origin}/review`, {redirect: 'manual'});
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('location'), '/demo/review.html');
    const page = await fetch(`${origin}/demo/review.html`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self'[^;]*;.*style-src 'self';.*require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
    assert.doesNotMatch(await page.text(), /<script>|<style>|\sstyle=|\son[a-z]+=/i, 'no inline script or style');
    for (const file of ['/demo/backend/review-routes.mjs', '/demo/backend/submission-store.mjs', '/demo/backend/challenge-store.mjs']) {
      assert.equal((await fetch(`${origin}${file}`)).status, 404, `${file} is backend code`);
    }
  });
});

describe('restart', () => {
  test('a restarted backend keeps every submission, decision and session', async () => {
    const una = await person('una');
    const vic = await person('vic');
    const wen = await person('wen');
    const a = await una.submit({name: 'Una'});
    await vic.submit({name: 'Vic'});
    const c = await wen.submit({name: 'Wen'});
    await decide(a.body.submissionId, {decision: 'reject', reason: 'photo-too-dark'});
    await decide(c.body.submissionId, {decision: 'approve'});
    const queueBefore = (await queue()).body.pending.map((p) => p.id);
    const token = demo.reviewerToken;

    await demo.close();
    await start();

    assert.notEqual(demo.reviewerToken, token, 'a new token at every start');
    assert.deepEqual((await queue()).body.pending.map((p) => p.id), queueBefore);
    // The same cookies still work: the sessions' key lives in the data folder.
    assert.equal((await una.status()).body.status, 'rejected');
    assert.match((await una.status()).body.reason, /^Photo too dark/);
    assert.equal((await vic.status()).body.status, 'pending');
    assert.equal((await wen.status()).body.status, 'approved');
    // And the loop goes on after the restart.
    const again = await una.submit({name: 'Una'});
    assert.equal(again.status, 200);
    assert.equal((await una.status()).body.status, 'pending');
  });

  test('a write a crash left half done is never listed, and an old one is cleared at start', async () => {
    const leftover = path.join(dataDir, 'tmp', `${'0'.repeat(32)}.partial`);
    await mkdir(leftover, {recursive: true});
    await writeFile(path.join(leftover, 'selfie.jpg'), 'half');
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(leftover, hourAgo, hourAgo);
    assert.ok((await queue()).body.pending.every((p) => p.id !== '0'.repeat(32)));
    await demo.close();
    await start();
    assert.deepEqual((await readdir(path.join(dataDir, 'tmp'))).filter((n) => n.endsWith('.partial')), []);
  });
});

describe('hostile requests', () => {
  let target; // an undecided submission every hostile request aims at
  let zoe;

  before(async () => {
    zoe = await person('zoe');
    target = (await zoe.submit()).body.submissionId;
  });

  /** Everything on disk that a request could have added: submission folders and decisions. */
  async function snapshotStore() {
    const ids = (await readdir(path.join(dataDir, 'submissions'))).sort();
    const decided = [];
    for (const id of ids) if ((await readdir(path.join(dataDir, 'submissions', id))).includes('decision.json')) decided.push(id);
    return {ids, decided};
  }

  test('without the reviewer token, or with a wrong one, nothing of the queue is readable or decidable (401)', async () => {
    const stored = await snapshotStore();
    const wrong = [
      {},
      {authorization: 'Bearer '},
      {authorization: 'Bearer wrong-token'},
      {authorization: `Bearer ${demo.reviewerToken.slice(0, -1)}`},
      {authorization: `Bearer ${demo.reviewerToken}x`},
      {authorization: `Basic ${Buffer.from(`reviewer:${demo.reviewerToken}`).toString('base64')}`},
      {authorization: `bearer  ${demo.reviewerToken}`},
      {authorization: `Bearer ${'a'.repeat(5000)}`},
    ];
    for (const headers of wrong) {
      const list = await fetch(`${origin}/api/review/submissions`, {headers});
      assert.equal(list.status, 401, JSON.stringify(headers).slice(0, 80));
      assert.deepEqual(await list.json(), {ok: false, reason: 'reviewer-token-required'});
      assert.equal((await fetch(`${origin}/api/review/submissions/${target}/selfie.jpg`, {headers})).status, 401);
      const decision = await fetch(`${origin}/api/review/submissions/${target}/decision`, {
        method: 'POST',
        headers: {...headers, 'content-type': 'application/json'},
        body: JSON.stringify({decision: 'approve'}),
      });
      assert.equal(decision.status, 401);
    }
    // The person's session cookie is not a reviewer's credential either.
    assert.equal((await fetch(`${origin}/api/review/submissions`, {headers: {cookie: zoe.cookie}})).status, 401);
    assert.deepEqual(await snapshotStore(), stored);
    assert.equal((await zoe.status()).body.status, 'pending');
  });

  test('ids that are not a stored submission\'s — traversal, encodings, wrong shapes — are refused (404) and touch no file', async () => {
    const stored = await snapshotStore();
    const crafted = [
      '..',
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      '%2e%2e%2fserver-secret',
      `${target}%2F..`,
      `${target}%00`,
      target.toUpperCase(),
      `${target}0`,
      target.slice(1),
      '0'.repeat(32), // well-formed, but nothing stored under it
      'tmp',
      '.',
    ];
    for (const id of crafted) {
      for (const file of ['selfie.jpg', 'document.jpg']) {
        const response = await fetch(`${origin}/api/review/submissions/${id}/${file}`, {headers: reviewer()});
        assert.equal(response.status, 404, `${id}/${file}`);
        assert.match(response.headers.get('content-type'), /^application\/json/);
      }
      const decision = await decide(id, {decision: 'approve'});
      assert.equal(decision.status, 404, `${id}/decision`);
    }
    for (const file of ['verification.json', 'submission.jws', 'decision.json', '..%2Fserver-secret', '%2e%2e']) {
      assert.equal((await fetch(`${origin}/api/review/submissions/${target}/${file}`, {headers: reviewer()})).status, 404, file);
    }
    // Dot segments are resolved by the URL before routing: they never reach the store as an id.
    assert.equal((await fetch(`${origin}/api/review/submissions/../../server-secret`, {headers: reviewer()})).status, 404);
    assert.deepEqual(await snapshotStore(), stored);
  });

  test('decision bodies that are oversized (413), not JSON (415), malformed (400) or not a decision (400) are refused', async () => {
    const stored = await snapshotStore();
    const huge = JSON.stringify({decision: 'reject', reason: 'other', text: 'x'.repeat(10_000)});
    assert.equal((await decide(target, huge)).status, 413);
    assert.equal((await decide(target, 'x'.repeat(2_000_000))).status, 413);
    assert.equal((await decide(target, JSON.stringify({decision: 'approve'}), {'content-type': 'text/plain'})).status, 415);
    assert.equal((await decide(target, 'decision=approve', {'content-type': 'application/x-www-form-urlencoded'})).status, 415);
    assert.equal((await decide(target, '{"decision": "approve"', {})).body.reason, 'malformed-json');
    const notDecisions = [
      null,
      [],
      JSON.stringify('approve'), // a JSON string, not an object
      {},
      {decision: 'maybe'},
      {decision: 'approve', reason: 'id-not-legible'},
      {decision: 'reject'},
      {decision: 'reject', reason: 'looks-odd'},
      {decision: 'reject', reason: '__proto__'},
      {decision: 'reject', reason: 'id-not-legible', text: 'extra'},
      {decision: 'reject', reason: 'other'},
      {decision: 'reject', reason: 'other', text: '   '},
      {decision: 'reject', reason: 'other', text: 'x'.repeat(501)},
      {decision: 'reject', reason: 'other', text: 'Looks fine\u202Eenod'},
      {decision: 'reject', reason: 'other', text: 42},
    ];
    for (const body of notDecisions) {
      const result = await decide(target, body);
      assert.equal(result.status, 400, JSON.stringify(body));
      assert.equal(result.body.reason, 'invalid-decision');
    }
    assert.equal((await fetch(`${origin}/api/review/submissions/${target}/decision`, {headers: reviewer()})).status, 405);
    assert.equal((await fetch(`${origin}/api/review/submissions`, {method: 'DELETE', headers: reviewer()})).status, 405);
    assert.deepEqual(await snapshotStore(), stored);
    assert.equal((await zoe.status()).body.status, 'pending');
  });

  test('a person reads only their own status: no session or a forged one reads nothing, no parameter names another', async () => {
    const yan = await person('yan');
    await decide((await yan.submit()).body.submissionId, {decision: 'reject', reason: 'name-mismatch'});
    const nobody = {ok: true, sub: null, status: null, reason: ''};
    assert.deepEqual(await (await fetch(`${origin}/api/status`)).json(), nobody);
    assert.deepEqual(await (await fetch(`${origin}/api/status?sub=yan`)).json(), nobody);
    const [name, value] = yan.cookie.split('=');
    const [id, sub, mac] = value.split('.');
    const forged = [
      `${name}=${id}.${Buffer.from('zoe').toString('base64url')}.${mac}`, // yan's MAC, zoe's profile id
      `${name}=${id}.${sub}.${mac.slice(0, -2)}AA`,
      `${name}=${value}x`,
    ];
    for (const cookie of forged) {
      const response = await fetch(`${origin}/api/status`, {headers: {cookie}});
      assert.deepEqual(await response.json(), nobody, cookie);
    }
    // Whatever the query says, the answer is the session's own profile.
    const asking = await fetch(`${origin}/api/status?sub=yan`, {headers: {cookie: zoe.cookie}});
    assert.deepEqual(await asking.json(), {ok: true, sub: 'zoe', status: 'pending', reason: ''});
    assert.equal((await fetch(`${origin}/api/status`, {method: 'POST', headers: {cookie: zoe.cookie}})).status, 405);
    assert.equal((await yan.status()).body.status, 'rejected');
  });

  test('a submission that fails verification is not stored', async () => {
    const stored = await snapshotStore();
    const bad = await zoe.submit({origin: 'https://evil.example'});
    assert.equal(bad.status, 400);
    const other = await zoe.submit({sub: 'someone-else'});
    assert.equal(other.status, 400);
    assert.deepEqual(await snapshotStore(), stored);
  });
});

test('a reviewer token that could never be presented is refused at start-up', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'idv-review-token-'));
  try {
    for (const reviewerToken of ['short', 'has spaces in it, which no header carries', 'x'.repeat(257)]) {
      await assert.rejects(startDemoServer({port: 0, root, dataDir: dir, reviewerToken}), /reviewer token must be/);
    }
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('processes starting at once on one data folder end up with one secret, so they accept each other\'s sessions', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'idv-review-secret-'));
  try {
    const secrets = await Promise.all(Array.from({length: 20}, () => loadServerSecret(dir, undefined)));
    assert.equal(new Set(secrets.map((s) => s.toString('hex'))).size, 1);
    assert.ok(secrets[0].length >= 32);
    assert.deepEqual(await readdir(dir), ['server-secret'], 'no staged copy left behind');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
