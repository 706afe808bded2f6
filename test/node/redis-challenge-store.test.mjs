// Single use of challenges across processes, against a real redis-server that this file starts on a
// free loopback port (no persistence) and stops: the store alone, then two demo backends in separate
// child processes sharing one Redis and one data folder, as they would behind a load balancer.
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createClient} from 'redis';
import {RedisChallengeStore, REDIS_KEY_PREFIX} from '../../demo/backend/challenge-store.mjs';
import {SubmissionStore} from '../../demo/backend/submission-store.mjs';
import {startDemoServer} from '../../demo/server.mjs';
import {makeKey, makeSubmission} from './support/signer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** A TCP port nobody listens on right now. */
async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const {port} = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts a child and resolves once `ready` matches a line it printed; rejects if it exits first. */
function startChild(command, args, {env, ready, timeoutMs = 10_000}) {
  const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {child, started, output: () => output};
}

/** Stops a child started here and waits until it has exited. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

let redis; // {child, url}

before(async () => {
  const port = await freePort();
  const {child, started} = startChild(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    ready: /Ready to accept connections/,
  });
  redis = {child, url: `redis://127.0.0.1:${port}`};
  await started;
});
after(async () => {
  await stop(redis?.child);
});

describe('RedisChallengeStore', () => {
  let stores = [];
  before(async () => {
    stores = [await RedisChallengeStore.connect(redis.url), await RedisChallengeStore.connect(redis.url)];
  });
  after(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });

  test('a challenge is consumed once; a second use, from any connection, is refused', async () => {
    const expires = Date.now() + 60_000;
    assert.equal(await stores[0].consumeOnce('challenge-a', expires), true);
    assert.equal(await stores[0].consumeOnce('challenge-a', expires), false);
    assert.equal(await stores[1].consumeOnce('challenge-a', expires), false);
    assert.equal(await stores[1].consumeOnce('challenge-b', expires), true);
  });

  test('of 50 concurrent uses of one challenge over two connections, exactly one is accepted', async () => {
    const expires = Date.now() + 60_000;
    const results = await Promise.all(Array.from({length: 50}, (_, i) => stores[i % 2].consumeOnce('challenge-race', expires)));
    assert.equal(results.filter(Boolean).length, 1);
  });

  test('Redis forgets the marker when the challenge expires (no growth without bound)', async () => {
    const client = createClient({url: redis.url});
    await client.connect();
    try {
      const expires = Date.now() + 30_000;
      await stores[0].consumeOnce('challenge-ttl', expires);
      const keys = await client.keys(`${REDIS_KEY_PREFIX}*`);
      assert.ok(keys.length >= 1);
      const ttls = await Promise.all(keys.map((k) => client.pTTL(k)));
      assert.ok(ttls.every((ms) => ms > 0 && ms <= 60_000), `every marker expires: ${ttls}`);
      await stores[0].consumeOnce('challenge-short', Date.now() + 1000);
      await new Promise((resolve) => setTimeout(resolve, 1300));
      assert.equal(await stores[1].consumeOnce('challenge-short', Date.now() + 60_000), true, 'gone after its expiry');
    } finally {
      await client.close();
    }
  });
});

// One demo backend in a child process: prints its port and reviewer token, stops on SIGTERM.
const BACKEND = `
import {startDemoServer} from ${JSON.stringify(pathToFileURL(path.join(root, 'demo/server.mjs')).href)};
const demo = await startDemoServer({port: 0, root: ${JSON.stringify(root)}, onDecision: () => {}});
console.log('backend ' + JSON.stringify({port: demo.port, token: demo.reviewerToken}));
process.once('SIGTERM', () => demo.close().then(() => process.exit(0)));
`;

describe('two backend processes sharing one Redis', () => {
  let dataDir;
  const backends = [];

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'idv-redis-test-'));
    for (let i = 0; i < 2; i++) {
      const started = startChild(process.execPath, ['--input-type=module', '-e', BACKEND], {
        // Behind a load balancer both answer for one public origin (the signer's https://shop.example).
        env: {REDIS_URL: redis.url, DEMO_DATA_DIR: dataDir, DEMO_SECRET: 'shared-secret-of-this-test-0123456789abcdef', PUBLIC_ORIGIN: 'https://shop.example'},
        ready: /^backend (\{.*\})$/m,
      });
      const [, json] = await started.started;
      backends.push({child: started.child, ...JSON.parse(json)});
    }
  });
  after(async () => {
    await Promise.all(backends.map((b) => stop(b.child)));
    await rm(dataDir, {recursive: true, force: true});
  });

  test('200 submissions, each sent to both processes at once: every challenge accepted exactly once, in bounded time', async (t) => {
    const [a, b] = backends.map((backend) => `http://127.0.0.1:${backend.port}`);
    // The page talks to process A for its session and challenges; the load balancer may send the submission anywhere.
    const first = await fetch(`${a}/api/challenge?sub=person-42`);
    const cookie = first.headers.get('set-cookie').split(';')[0];
    const challenges = await Promise.all(
      Array.from({length: 200}, async (_, i) => (await (await fetch(`${i % 2 ? b : a}/api/challenge?sub=person-42`, {headers: {cookie}})).json()).challenge),
    );
    assert.equal(new Set(challenges).size, 200);
    const key = await makeKey();
    const submissions = await Promise.all(challenges.map((nonce) => makeSubmission({key, nonce})));
    const post = async (url, s) => {
      const form = new FormData();
      form.append('jws', s.jws);
      form.append('selfie', new Blob([s.files.selfie], {type: 'image/jpeg'}), 'selfie.jpg');
      form.append('document', new Blob([s.files.document], {type: 'image/jpeg'}), 'document.jpg');
      const response = await fetch(`${url}/api/submissions`, {method: 'POST', body: form, headers: {cookie}});
      return {nonce: s.nonce, status: response.status, body: await response.json()};
    };

    const startedAt = performance.now();
    const results = await Promise.all(submissions.flatMap((s) => [post(a, s), post(b, s)]));
    const elapsed = performance.now() - startedAt;

    const accepted = new Map();
    for (const r of results) {
      if (r.status === 200) accepted.set(r.nonce, (accepted.get(r.nonce) ?? 0) + 1);
      else assert.deepEqual([r.status, r.body.reason], [409, 'challenge-already-used'], JSON.stringify(r.body));
    }
    assert.equal(accepted.size, 200, 'every challenge accepted once');
    assert.ok([...accepted.values()].every((count) => count === 1), 'none accepted twice');
    assert.ok(elapsed < 15_000, `400 posts took ${Math.round(elapsed)} ms`);
    t.diagnostic(`400 concurrent posts over two processes: ${Math.round(elapsed)} ms`);

    // Both processes wrote into the one data folder: 200 submissions, none lost, none doubled.
    const store = new SubmissionStore(dataDir);
    const stored = await store.list();
    assert.equal(stored.length, 200);
    assert.deepEqual(new Set(stored.map((s) => s.claims.nonce)), new Set(challenges));
  });
});

describe('Redis down', () => {
  test('a submission is refused (500) and not stored while Redis is unreachable: no challenge gets through unchecked', async () => {
    const port = await freePort();
    const own = startChild(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {ready: /Ready to accept connections/});
    await own.started;
    const store = await RedisChallengeStore.connect(`redis://127.0.0.1:${port}`);
    const logged = console.error;
    console.error = () => {}; // the client's reconnect errors and the server's 500 are expected here
    const demo = await startDemoServer({port: 0, root, challengeStore: store, onDecision: () => {}});
    try {
      const origin = `http://127.0.0.1:${demo.port}`;
      const first = await fetch(`${origin}/api/challenge?sub=person-42`);
      const cookie = first.headers.get('set-cookie').split(';')[0];
      const {challenge} = await first.json();
      const s = await makeSubmission({nonce: challenge, claims: {origin}});
      await stop(own.child);
      const form = new FormData();
      form.append('jws', s.jws);
      form.append('selfie', new Blob([s.files.selfie], {type: 'image/jpeg'}), 'selfie.jpg');
      form.append('document', new Blob([s.files.document], {type: 'image/jpeg'}), 'document.jpg');
      const startedAt = performance.now();
      const response = await fetch(`${origin}/api/submissions`, {method: 'POST', body: form, headers: {cookie}});
      assert.equal(response.status, 500);
      assert.ok(performance.now() - startedAt < 3000, 'refused at once, not queued');
      assert.equal(await demo.store.count(), 0);
    } finally {
      await demo.close().catch(() => {});
      console.error = logged;
      await stop(own.child);
    }
  });
});
