// The review loop's HTTP side: the reviewer's API (behind a token), the person's own status (behind
// their session), and storing each verified submission for review. Plain node:http handlers, mounted
// by ../server.mjs.
//
//   GET  /review                                   → the reviewer page (demo/review.html)
//   GET  /api/review/submissions                   → the queue: newest undecided submission per person
//   GET  /api/review/submissions/<id>/selfie.jpg   → a photo (also document.jpg)
//   POST /api/review/submissions/<id>/decision     → {decision: 'approve'} | {decision: 'reject', reason, text?}
//   GET  /api/status                               → the session's own profile: {sub, status, reason} (nulls without one)
import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';
import {StoreConflict, StoreNotFound, isSubmissionId} from './submission-store.mjs';

/**
 * Why a reviewer may reject, and what the person reads (the element shows it as “Reason: …” with
 * “Start again”). Each text says what to do differently, since the person redoes the profile alone.
 */
export const REJECTION_REASONS = Object.freeze({
  'photo-too-dark': {label: 'Photo too dark', tellPerson: 'Photo too dark. Take the photos again in a brighter place.'},
  'id-not-legible': {label: 'ID not legible', tellPerson: 'ID not legible. Take the photo of your ID again, close enough that every line can be read.'},
  'face-not-visible': {label: 'Face not visible', tellPerson: 'Face not visible. Take the selfie again with your whole face in the frame.'},
  'name-mismatch': {label: 'Name does not match', tellPerson: 'Name does not match. Enter your name exactly as it is printed on your ID.'},
  other: {label: 'Other (say why)', tellPerson: null},
});
/** Longest free text a reviewer may give with "other". */
export const MAX_REASON_TEXT = 500;
/** Largest decision body: a reason id and a short text fit many times over. */
export const MAX_DECISION_BYTES = 4096;

/** The decision as the person should read it. */
export function reasonForPerson(decision) {
  if (!decision || decision.decision !== 'reject') return '';
  return decision.reason === 'other' ? decision.text : REJECTION_REASONS[decision.reason].tellPerson;
}

/** What a reviewer token may be made of (it travels in an Authorization header and a URL fragment). */
const REVIEWER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/** A reviewer token for this run: 32 random bytes, printed at start-up. */
export function newReviewerToken() {
  return randomBytes(32).toString('base64url');
}

/** Compares the presented token with the expected one in constant time, whatever their lengths. */
export function tokenMatches(presented, expected) {
  const digest = (value) => createHash('sha256').update(String(value)).digest();
  return typeof presented === 'string' && presented !== '' && timingSafeEqual(digest(presented), digest(expected));
}

/** The demo's notification: logs the e-mail a real backend would send. Replace with your mail service. */
export function logDecisionEmail({submission, decision}) {
  const outcome =
    decision.decision === 'approve'
      ? 'Your verification profile is approved. You will not be asked for it again.'
      : `Your verification profile was not approved. ${reasonForPerson(decision)} Open the page again to redo it.`;
  console.log(`[mail] to the person with profile id ${JSON.stringify(submission.sub)} (${submission.claims.name}): ${outcome}`);
}

class BodyError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }
}

/** Reads a JSON body of at most `max` bytes; refuses other media types, larger bodies and bad JSON. */
async function readJson(req, max) {
  if (!/^application\/json\s*(;|$)/i.test(String(req.headers['content-type'] ?? ''))) throw new BodyError(415, 'unsupported-media-type');
  if (Number(req.headers['content-length'] ?? 0) > max) throw new BodyError(413, 'too-large');
  const chunks = [];
  let seen = 0;
  for await (const chunk of req) {
    seen += chunk.length;
    if (seen > max) throw new BodyError(413, 'too-large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400, 'malformed-json');
  }
}

/** The decision in a request body, exactly one of the allowed shapes, or an error naming what is wrong. */
export function parseDecision(body) {
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  if (!isObject) return {error: 'decision must be an object'};
  const keys = Object.keys(body);
  if (body.decision === 'approve') {
    return keys.length === 1 ? {decision: {decision: 'approve'}} : {error: 'approve takes no other member'};
  }
  if (body.decision !== 'reject') return {error: 'decision must be "approve" or "reject"'};
  if (!Object.hasOwn(REJECTION_REASONS, body.reason)) return {error: `reason must be one of ${Object.keys(REJECTION_REASONS).join(', ')}`};
  if (body.reason !== 'other') {
    return keys.every((k) => k === 'decision' || k === 'reason') ? {decision: {decision: 'reject', reason: body.reason}} : {error: 'unexpected member'};
  }
  if (!keys.every((k) => ['decision', 'reason', 'text'].includes(k))) return {error: 'unexpected member'};
  // The person reads this text: same rules as a name (no control or bidirectional-override characters).
  const text = typeof body.text === 'string' ? body.text.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (!text || text.length > MAX_REASON_TEXT) return {error: `"other" needs a text of 1–${MAX_REASON_TEXT} characters`};
  if (/[\p{Cc}\p{Cf}]/u.test(text)) return {error: 'text has control or formatting characters'};
  return {decision: {decision: 'reject', reason: 'other', text}};
}

/** What the reviewer page shows of one submission: everything it needs, no file system paths. */
function forReviewer(record) {
  const {claims} = record;
  const capture = (kind) => {
    const c = claims.captures[kind];
    return {width: c.width, height: c.height, bytes: c.bytes, at: c.at, camera: c.camera, checks: c.checks, photo: `/api/review/submissions/${record.id}/${kind}.jpg`};
  };
  return {
    id: record.id,
    receivedAt: record.receivedAt,
    sub: record.sub,
    name: claims.name,
    layout: claims.layout,
    kid: record.kid,
    origin: claims.origin,
    signedAt: claims.iat,
    sdk: claims.sdk,
    verifier: {verdict: record.result.verdict, keyStorage: record.result.keyStorage, warnings: record.result.warnings},
    captures: {selfie: capture('selfie'), document: capture('document')},
    decision: record.decision,
  };
}

/** The verified submission's bytes, from the FormData or the parsed JSON the verifier accepted. */
async function partsOf(input) {
  const bytes = async (value) => (value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : new Uint8Array(value));
  if (input instanceof FormData) {
    return {jws: String(input.get('jws')), selfie: await bytes(input.get('selfie')), document: await bytes(input.get('document'))};
  }
  return {jws: String(input.jws), selfie: await bytes(input.files.selfie), document: await bytes(input.files.document)};
}

/**
 * The review loop for one server.
 *
 * @param {object} options
 * @param {import('./submission-store.mjs').SubmissionStore} options.store where submissions and decisions live
 * @param {{read(req): {id: string, sub: string} | null}} options.sessions the person's session (DemoSessions)
 * @param {string} options.reviewerToken the token the reviewer page must present
 * @param {(event: {submission: object, decision: object}) => void | Promise<void>} [options.onDecision]
 *   called after each decision is stored (the demo logs the e-mail it would send)
 * @param {(res, status: number, body: unknown, headers?: object) => void} options.send JSON responder
 * @param {object} options.securityHeaders headers every response carries
 */
export function createReviewLoop({store, sessions, reviewerToken, onDecision = logDecisionEmail, send, securityHeaders}) {
  if (!REVIEWER_TOKEN_PATTERN.test(String(reviewerToken))) {
    throw new Error('the reviewer token must be 16–256 characters of A–Z, a–z, 0–9, "-" and "_"');
  }
  const refuse = (req, res, status, reason, headers = {}) => {
    send(res, status, {ok: false, reason}, headers);
    req.resume(); // drain whatever body came, unread
  };

  const reviewer = (req) => {
    const match = /^Bearer (\S{1,256})$/.exec(String(req.headers.authorization ?? ''));
    return Boolean(match) && tokenMatches(match[1], reviewerToken);
  };

  async function reviewApi(req, res, rest) {
    if (!reviewer(req)) return refuse(req, res, 401, 'reviewer-token-required', {'www-authenticate': 'Bearer'});
    if (rest === '') {
      if (req.method !== 'GET') return refuse(req, res, 405, 'method-not-allowed', {allow: 'GET'});
      const pending = await store.pending();
      return send(res, 200, {ok: true, pending: pending.map(forReviewer), reasons: Object.entries(REJECTION_REASONS).map(([id, r]) => ({id, label: r.label}))});
    }
    const match = /^\/([^/]*)\/([^/]*)$/.exec(rest);
    if (!match || !isSubmissionId(match[1])) return refuse(req, res, 404, 'no-such-submission');
    const [, id, action] = match;
    if (action === 'selfie.jpg' || action === 'document.jpg') {
      if (req.method !== 'GET') return refuse(req, res, 405, 'method-not-allowed', {allow: 'GET'});
      const bytes = await store.file(id, action);
      if (!bytes) return refuse(req, res, 404, 'no-such-submission');
      res.writeHead(200, {...securityHeaders, 'content-type': 'image/jpeg', 'content-length': bytes.length, 'cache-control': 'private, no-store'});
      return res.end(bytes);
    }
    if (action !== 'decision') return refuse(req, res, 404, 'not-found');
    if (req.method !== 'POST') return refuse(req, res, 405, 'method-not-allowed', {allow: 'POST'});
    let body;
    try {
      body = await readJson(req, MAX_DECISION_BYTES);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      return refuse(req, res, error.status, error.reason, error.status === 413 ? {connection: 'close'} : {});
    }
    const {decision, error} = parseDecision(body);
    if (error) return send(res, 400, {ok: false, reason: 'invalid-decision', message: error});
    let stored;
    try {
      stored = await store.decide(id, decision);
    } catch (failure) {
      if (failure instanceof StoreNotFound) return send(res, 404, {ok: false, reason: 'no-such-submission'});
      if (failure instanceof StoreConflict) return send(res, 409, {ok: false, reason: 'already-decided'});
      throw failure;
    }
    const submission = await store.get(id);
    try {
      await onDecision({submission, decision: stored});
    } catch (failure) {
      // The decision is stored and stands; a failed notification is logged for a retry (production: an outbox).
      console.error(`onDecision failed for ${id}: ${failure?.message ?? failure}`);
    }
    return send(res, 200, {ok: true, id, decision: stored});
  }

  async function personStatus(req, res) {
    if (req.method !== 'GET') return refuse(req, res, 405, 'method-not-allowed', {allow: 'GET'});
    // Whose status is read comes only from the session cookie: no parameter can name someone else.
    const session = sessions.read(req);
    // No session (or a forged one) has no status to read. Answered 200, not 401: every first visit asks,
    // and a browser logs each 401 as a console error.
    if (!session) return send(res, 200, {ok: true, sub: null, status: null, reason: ''});
    const {status, decision} = await store.statusOf(session.sub);
    return send(res, 200, {ok: true, sub: session.sub, status, reason: reasonForPerson(decision)});
  }

  return {
    /**
     * Stores a verified submission for review.
     * @returns {Promise<{submissionId: string, status: 'pending'}>} what to add to the person's answer
     */
    async accept(verified, input, result) {
      const parts = await partsOf(input);
      const {id} = await store.add({...parts, sub: verified.claims.sub, kid: verified.kid, claims: verified.claims, result});
      return {submissionId: id, status: 'pending'};
    },

    /** Handles the request when it is one of the loop's; resolves `false` when it is not. */
    async handle(req, res, pathname) {
      if (pathname === '/review' || pathname === '/review/') {
        if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'method-not-allowed', {allow: 'GET, HEAD'}), true;
        // A redirect keeps the URL's #token= fragment (browsers carry it over), which never reaches a server log.
        res.writeHead(302, {...securityHeaders, location: '/demo/review.html'});
        res.end();
        return true;
      }
      if (pathname === '/api/status') return personStatus(req, res).then(() => true);
      if (pathname === '/api/review/submissions' || pathname.startsWith('/api/review/submissions/')) {
        return reviewApi(req, res, pathname.slice('/api/review/submissions'.length)).then(() => true);
      }
      if (pathname.startsWith('/api/review')) return refuse(req, res, 404, 'not-found'), true;
      return false;
    },
  };
}
