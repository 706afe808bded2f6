// The demo backend: plain node:http, no framework, no dependencies beyond the package's own built
// `server` entry. It serves the demo page and the built bundle, issues one-time challenges and verifies
// submissions. Run: `npm start` (PORT=8080 by default). Tests import `startDemoServer`.
import http from 'node:http';
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {MemoryChallengeStore, openChallengeStore} from './backend/challenge-store.mjs';
import {SubmissionStore} from './backend/submission-store.mjs';
import {createReviewLoop, logDecisionEmail, newReviewerToken} from './backend/review-routes.mjs';
import {deriveKey, loadServerSecret} from './backend/secrets.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = path.resolve(HERE, '..');
/** Where `npm start` keeps submissions and decisions unless `DEMO_DATA_DIR` says otherwise (git-ignored). */
export const DEFAULT_DATA_DIR = path.join(DEFAULT_ROOT, '.demo-data');

/** How long an issued challenge stays valid by default, and so the largest accepted submission age. */
export const CHALLENGE_TTL_SECONDS = 600;
/** Longest profile id a demo session names. */
const MAX_SUB_LENGTH = 1024;
/** Largest accepted request body: two JPEGs at full camera resolution plus the JWS, with room. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * The page's Content-Security-Policy: no inline script or style, no eval, Trusted Types enforced
 * (Lit creates its HTML through the `lit-html` policy, the element its vision Worker through the
 * `id-verification-profile` policy). `'wasm-unsafe-eval'` lets the built-in face engine compile its
 * WebAssembly (it is not `'unsafe-eval'`: no JavaScript can be generated); `worker-src 'self'` allows the
 * vision Worker served from dist/vision/. `blob:` images are the capture previews; camera frames come
 * through `srcObject` and need no media-src.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html id-verification-profile',
].join('; ');


const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  // The camera for this origin only; nothing else the page does not need.
  'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.tflite': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};
/** Only these top-level folders are served; everything else (src, node_modules, .git…) is not. */
const SERVED_DIRS = ['demo', 'dist'];
/** Backend code in demo/ is not for the browser. */
const HIDDEN_FILES = new Set(['demo/server.mjs', 'demo/prepare.mjs']);
const HIDDEN_DIRS = ['demo/backend/'];

/**
 * One-time challenges without a table of issued ones: each challenge is `v1.<expires>.<random>.<mac>`,
 * an HMAC over its expiry, its random part and the session it was issued to. Issuing stores nothing,
 * so no number of anonymous requests can exhaust anything; checking needs the issuing session's id
 * (a challenge lifted from another browser fails) and a challenge is refused once it has been used.
 * Used ones are remembered, in a `ChallengeStore` (demo/backend/challenge-store.mjs: this process's
 * memory by default, Redis for several processes), only until they would have expired anyway.
 */
export class ChallengeIssuer {
  #secret;
  #store;
  /** How long an issued challenge stays valid, in seconds (also the largest accepted submission age). */
  ttlSeconds;

  constructor({ttlSeconds = CHALLENGE_TTL_SECONDS, secret = randomBytes(32), store = new MemoryChallengeStore()} = {}) {
    this.ttlSeconds = ttlSeconds;
    this.#secret = secret;
    this.#store = store;
  }

  /** @returns {{challenge: string, expiresAt: number}} a challenge for `sessionId`. */
  issue(sessionId, now = Date.now()) {
    const expiresAt = now + this.ttlSeconds * 1000;
    const body = `v1.${expiresAt}.${randomBytes(18).toString('base64url')}`;
    return {challenge: `${body}.${this.#mac(body, sessionId)}`, expiresAt};
  }

  /**
   * Consumes a challenge presented by `sessionId`. The store checks and marks in one atomic step, so
   * two concurrent submissions with one challenge cannot both pass, in this process or another.
   * @returns {Promise<'ok' | 'unknown' | 'used' | 'expired'>} `unknown`: forged, altered or another session's.
   */
  async consume(challenge, sessionId, now = Date.now()) {
    const match = /^(v1\.(\d{1,15})\.[A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/.exec(String(challenge));
    if (!match || !sessionId) return 'unknown';
    const [, body, expires, mac] = match;
    const expected = Buffer.from(this.#mac(body, sessionId));
    if (!timingSafeEqual(expected, Buffer.from(mac))) return 'unknown';
    if (Number(expires) <= now) return 'expired';
    return (await this.#store.consumeOnce(challenge, Number(expires))) ? 'ok' : 'used';
  }

  /** Forgets used challenges that have expired (they would be refused as expired anyway). */
  sweep(now = Date.now()) {
    this.#store.sweep?.(now);
  }

  #mac(body, sessionId) {
    return createHmac('sha256', this.#secret).update(`${body}|${sessionId}`).digest('base64url');
  }
}

/**
 * The demo's stand-in for signing in: a session cookie naming the person's profile id, MAC'd so the
 * page cannot edit it. The demo has no accounts, so the page says which profile id it shows when it
 * asks for a challenge (`?sub=`); a real backend takes the profile id from its own signed-in session.
 */
export class DemoSessions {
  static COOKIE = 'idv-demo-session';
  #secret;

  constructor(secret = randomBytes(32)) {
    this.#secret = secret;
  }

  /** The session in the request's cookie, or null when there is none or it was tampered with. */
  read(req) {
    const cookie = String(req.headers.cookie ?? '')
      .split(/;\s*/)
      .find((part) => part.startsWith(`${DemoSessions.COOKIE}=`));
    const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{1,1400})\.([A-Za-z0-9_-]{43})$/.exec(cookie?.slice(DemoSessions.COOKIE.length + 1) ?? '');
    if (!match) return null;
    const [, id, encodedSub, mac] = match;
    if (!timingSafeEqual(Buffer.from(this.#mac(id, encodedSub)), Buffer.from(mac))) return null;
    return {id, sub: Buffer.from(encodedSub, 'base64url').toString('utf8')};
  }

  /** A new session for `sub`, and the Set-Cookie header value that carries it. */
  start(sub) {
    const id = randomBytes(16).toString('base64url');
    const encodedSub = Buffer.from(sub, 'utf8').toString('base64url');
    const value = `${id}.${encodedSub}.${this.#mac(id, encodedSub)}`;
    return {session: {id, sub}, setCookie: `${DemoSessions.COOKIE}=${value}; Path=/api/; HttpOnly; SameSite=Strict`};
  }

  #mac(id, encodedSub) {
    return createHmac('sha256', this.#secret).update(`session|${id}|${encodedSub}`).digest('base64url');
  }
}

class TooLarge extends Error {}

/** The request body as a web stream that errors once more than `max` bytes arrive. */
function limitedBody(req, max) {
  let seen = 0;
  return Readable.toWeb(req).pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > max) controller.error(new TooLarge(`body over ${max} bytes`));
        else controller.enqueue(chunk);
      },
    }),
  );
}

function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

const VIRTUAL_CAMERA = /virtual|obs|manycam|snap camera|droidcam|epoccam|xsplit|camtwist|fake|v4l2loopback|dummy/i;

/** What the demo tells the page about a verified submission, including things a reviewer should look at. */
function verdictFor({claims, kid}) {
  const warnings = [];
  if (claims.sdk.keyStorage === 'ephemeral') warnings.push('device key is ephemeral (IndexedDB unavailable)');
  const captures = {};
  for (const kind of ['selfie', 'document']) {
    const c = claims.captures[kind];
    if (VIRTUAL_CAMERA.test(c.camera.label)) warnings.push(`${kind}: camera label "${c.camera.label}" looks virtual`);
    for (const [check, {verdict}] of Object.entries(c.checks)) {
      if (verdict !== 'pass') warnings.push(`${kind}: ${check} ${verdict}`);
    }
    captures[kind] = {bytes: c.bytes, width: c.width, height: c.height, camera: c.camera.label, at: c.at};
  }
  return {
    ok: true,
    verdict: 'verified', // signature, challenge, freshness and digests; not yet a human review
    status: 'pending',
    kid,
    sub: claims.sub,
    name: claims.name,
    layout: claims.layout,
    origin: claims.origin,
    iat: claims.iat,
    keyStorage: claims.sdk.keyStorage,
    captures,
    warnings,
  };
}

const CHALLENGE_REASONS = {unknown: [400, 'unknown-challenge'], used: [409, 'challenge-already-used'], expired: [400, 'challenge-expired']};

async function handleSubmission(req, res, {verify, challenges, sessions, origins, maxBodyBytes, review}) {
  const session = sessions.read(req);
  if (!session) {
    send(res, 401, {ok: false, verdict: 'rejected', reason: 'no-session'});
    req.resume();
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
    send(res, 413, {ok: false, verdict: 'rejected', reason: 'too-large'}, {connection: 'close'});
    req.resume();
    return;
  }
  const type = String(req.headers['content-type'] ?? '');
  let input;
  try {
    if (/^multipart\/form-data\b/i.test(type)) {
      const request = new Request('http://demo.invalid/', {
        method: 'POST',
        headers: {'content-type': type},
        body: limitedBody(req, maxBodyBytes),
        duplex: 'half',
      });
      input = await request.formData();
    } else if (/^application\/json\b/i.test(type)) {
      const text = await new Response(limitedBody(req, maxBodyBytes)).text();
      input = verify.parseSubmissionJSON(text);
    } else {
      send(res, 415, {ok: false, verdict: 'rejected', reason: 'unsupported-media-type'});
      req.resume();
      return;
    }
  } catch (error) {
    if (error instanceof TooLarge || error?.cause instanceof TooLarge) {
      send(res, 413, {ok: false, verdict: 'rejected', reason: 'too-large'}, {connection: 'close'});
    } else if (error instanceof verify.SubmissionVerificationError) {
      send(res, 400, {ok: false, verdict: 'rejected', reason: error.reason, message: error.message});
    } else {
      send(res, 400, {ok: false, verdict: 'rejected', reason: 'malformed-request'});
    }
    return;
  }

  let challengeState = 'ok';
  try {
    const verified = await verify.verifySubmission(input, {
      // Consumed last, only when everything else holds: a broken upload does not burn the challenge.
      nonce: async (nonce) => (challengeState = await challenges.consume(nonce, session.id)) === 'ok',
      maxAgeSeconds: challenges.ttlSeconds,
      origin: origins,
      sub: session.sub, // the person this session is for: a submission for anyone else is refused
    });
    const verdict = verdictFor(verified);
    // Stored for review before the person hears "submitted": an answer of 200 means it is in the queue.
    send(res, 200, {...verdict, ...(await review.accept(verified, input, verdict))});
  } catch (error) {
    if (!(error instanceof verify.SubmissionVerificationError)) throw error;
    if (error.reason === 'nonce-mismatch' && challengeState !== 'ok') {
      const [status, reason] = CHALLENGE_REASONS[challengeState];
      send(res, status, {ok: false, verdict: 'rejected', reason});
    } else {
      send(res, 400, {ok: false, verdict: 'rejected', reason: error.reason, message: error.message});
    }
  }
}

async function serveStatic(req, res, root) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    return send(res, 400, {error: 'bad path'});
  }
  if (pathname === '/' || pathname === '/demo') {
    res.writeHead(302, {...SECURITY_HEADERS, location: '/demo/'});
    return res.end();
  }
  const relative = path.posix.normalize(pathname).replace(/^\/+/, '');
  const top = relative.split('/')[0];
  if (pathname.includes('\0') || relative.startsWith('..') || !SERVED_DIRS.includes(top) || HIDDEN_FILES.has(relative) || HIDDEN_DIRS.some((d) => relative.startsWith(d))) {
    return send(res, 404, {error: 'not found'});
  }
  let file = path.join(root, relative);
  if (!file.startsWith(path.join(root, top))) return send(res, 404, {error: 'not found'});
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, {error: 'not found'});
  }
}

/**
 * Starts the demo server.
 *
 * @param {object} [options]
 * @param {number} [options.port] TCP port; 0 picks a free one. Default `PORT` env or 8080.
 * @param {string} [options.host] interface to listen on. Default `HOST` env or 127.0.0.1 (loopback only).
 * @param {string} [options.root] project root holding demo/ and dist/. Default: this file's parent.
 * @param {string[]} [options.origins] accepted `origin` claims. Default: this server's loopback
 *   origins, plus `PUBLIC_ORIGIN` env (e.g. an https tunnel for testing on a phone).
 * @param {number} [options.maxBodyBytes] request body limit. Default 16 MiB.
 * @param {number} [options.challengeTtlSeconds] challenge lifetime (`challenges.ttlSeconds` changes it later). Default 600.
 * @param {string} [options.dataDir] where submissions and decisions are kept. Default `DEMO_DATA_DIR` env, else a
 *   new temporary folder deleted by `close()` (the command line, `npm start`, uses `DEFAULT_DATA_DIR`).
 * @param {string} [options.redisUrl] Redis for single use of challenges across processes. Default `REDIS_URL` env;
 *   unset: this process's memory. Processes sharing a Redis must share `DEMO_SECRET` (or a data folder).
 * @param {import('./backend/challenge-store.mjs').ChallengeStore} [options.challengeStore] a store of your own instead
 *   (`close()` closes it too).
 * @param {string} [options.reviewerToken] what the reviewer page must present (16–256 of `A–Za–z0–9_-`). Default
 *   `REVIEWER_TOKEN` env, else random.
 * @param {(event: {submission: object, decision: object}) => void | Promise<void>} [options.onDecision] called after
 *   every decision is stored. Default: logs the e-mail a real backend would send.
 * @returns {Promise<{url: string, port: number, server: http.Server, challenges: ChallengeIssuer, store: SubmissionStore,
 *   reviewerToken: string, dataDir: string, close(): Promise<void>}>}
 */
export async function startDemoServer({
  port = Number(process.env.PORT ?? 8080),
  host = process.env.HOST ?? '127.0.0.1',
  root = DEFAULT_ROOT,
  origins,
  maxBodyBytes = MAX_BODY_BYTES,
  challengeTtlSeconds = CHALLENGE_TTL_SECONDS,
  dataDir = process.env.DEMO_DATA_DIR,
  redisUrl = process.env.REDIS_URL,
  challengeStore,
  reviewerToken = process.env.REVIEWER_TOKEN || newReviewerToken(),
  onDecision = logDecisionEmail,
} = {}) {
  const verify = await import(pathToFileURL(path.join(root, 'dist/server/index.js')).href);
  const throwaway = !dataDir;
  dataDir = throwaway ? await mkdtemp(path.join(tmpdir(), 'idv-demo-data-')) : path.resolve(dataDir);
  const store = await SubmissionStore.open(dataDir);
  const secret = await loadServerSecret(dataDir);
  const sessions = new DemoSessions(deriveKey(secret, 'sessions'));
  const review = createReviewLoop({store, sessions, reviewerToken, onDecision, send, securityHeaders: SECURITY_HEADERS});
  challengeStore ??= await openChallengeStore({redisUrl});
  const challenges = new ChallengeIssuer({ttlSeconds: challengeTtlSeconds, secret: deriveKey(secret, 'challenges'), store: challengeStore});
  const sweeper = setInterval(() => challenges.sweep(), 60_000).unref();
  let accepted = origins;

  const server = http.createServer((req, res) => {
    const {pathname} = new URL(req.url, 'http://x');
    const route = async () => {
      if (pathname === '/api/challenge') {
        if (req.method !== 'GET') return send(res, 405, {error: 'method not allowed'}, {allow: 'GET'});
        const sub = new URL(req.url, 'http://x').searchParams.get('sub') ?? '';
        if (!sub || sub.length > MAX_SUB_LENGTH) return send(res, 400, {error: 'sub (the profile id) is required'});
        // The demo's "sign-in": keep the session while it is for this profile id, else start one.
        let session = sessions.read(req);
        let headers = {};
        if (session?.sub !== sub) ({session, setCookie: headers['set-cookie']} = sessions.start(sub));
        return send(res, 200, {...challenges.issue(session.id), sub}, headers);
      }
      if (pathname === '/api/submissions') {
        if (req.method !== 'POST') return send(res, 405, {error: 'method not allowed'}, {allow: 'POST'});
        return handleSubmission(req, res, {verify, challenges, sessions, origins: accepted, maxBodyBytes, review});
      }
      if (await review.handle(req, res, pathname)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, {error: 'method not allowed'}, {allow: 'GET, HEAD'});
      return serveStatic(req, res, root);
    };
    route().catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, {ok: false, reason: 'internal-error'});
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  }).catch(async (error) => {
    // Nothing may outlive a server that never started: the Redis connection would keep the process alive.
    clearInterval(sweeper);
    await challengeStore.close?.();
    if (throwaway) await rm(dataDir, {recursive: true, force: true});
    throw error;
  });
  const actualPort = server.address().port;
  accepted ??= [
    `http://localhost:${actualPort}`,
    `http://127.0.0.1:${actualPort}`,
    `http://[::1]:${actualPort}`,
    ...(process.env.PUBLIC_ORIGIN ? [process.env.PUBLIC_ORIGIN] : []),
  ];
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
    port: actualPort,
    server,
    challenges,
    store,
    reviewerToken,
    dataDir,
    async close() {
      clearInterval(sweeper);
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await challengeStore.close?.();
      if (throwaway) await rm(dataDir, {recursive: true, force: true});
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const {url, reviewerToken, dataDir} = await startDemoServer({dataDir: process.env.DEMO_DATA_DIR ?? DEFAULT_DATA_DIR});
  console.log(`Demo running at ${url}  (camera pages need localhost or https)`);
  console.log(`Reviewer page:  ${new URL(`review#token=${reviewerToken}`, url)}  (the token is new at every start)`);
  console.log(`Submissions are kept in ${dataDir}; single use of challenges in ${process.env.REDIS_URL ? 'Redis' : 'memory'}`);
}
