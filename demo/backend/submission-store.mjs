// Verified submissions on disk, one folder per submission, so the review queue and every decision
// survive a restart and several processes can share one folder. Each write is atomic: a submission is
// written into a temporary folder and renamed into place (a crash leaves a stray temporary folder,
// never half a record); a decision is a file hard-linked into place, so of two reviewers deciding at
// once exactly one wins.
//
//   <dir>/submissions/<id>/submission.jws     the compact JWS, as received
//   <dir>/submissions/<id>/selfie.jpg         the exact bytes the claims hash
//   <dir>/submissions/<id>/document.jpg
//   <dir>/submissions/<id>/verification.json  {id, sub, receivedAt, kid, claims, result}
//   <dir>/submissions/<id>/decision.json      {decision, reason?, text?, decidedAt} once decided
import {randomBytes} from 'node:crypto';
import {link, mkdir, open, readdir, readFile, rename, rm, stat, unlink} from 'node:fs/promises';
import path from 'node:path';

/**
 * A submission id: 12 hex digits of the receiving time in ms, then 20 random hex digits. Sorting ids
 * sorts by arrival; nothing else ever names a path, so a crafted id cannot reach outside the store.
 */
const ID_PATTERN = /^[0-9a-f]{32}$/;
/** Age after which a temporary entry is a crash's leftover, not a write in progress. */
const STALE_TMP_MS = 3_600_000;
/** The files a submission folder may be asked for. */
export const SUBMISSION_FILES = Object.freeze(['selfie.jpg', 'document.jpg']);

/** Whether `id` is shaped like an id this store issues (checked before any path is built from it). */
export function isSubmissionId(id) {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

function newId(now) {
  return now.toString(16).padStart(12, '0').slice(-12) + randomBytes(10).toString('hex');
}

/** Writes `bytes` to `file` and flushes it to the disk before returning. */
async function writeDurably(file, bytes, flag = 'wx') {
  const handle = await open(file, flag, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (a rename is durable only once its parent folder is). */
async function syncFolder(folder) {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}

/** Refused writes: the decision exists already, or the id names nothing. */
export class StoreConflict extends Error {}
export class StoreNotFound extends Error {}

/** The durable store of verified submissions and their decisions. */
export class SubmissionStore {
  /** The folder holding `submissions/` and `tmp/`. */
  dir;
  #submissions;
  #tmp;

  constructor(dir) {
    this.dir = path.resolve(dir);
    this.#submissions = path.join(this.dir, 'submissions');
    this.#tmp = path.join(this.dir, 'tmp');
  }

  /**
   * Opens (creating when needed) the store in `dir`, and deletes what a crash left half-written in
   * `tmp/` an hour or more ago (younger entries may be another process's write in progress).
   */
  static async open(dir, now = Date.now()) {
    const store = new SubmissionStore(dir);
    await mkdir(store.#submissions, {recursive: true, mode: 0o700});
    await mkdir(store.#tmp, {recursive: true, mode: 0o700});
    for (const name of await readdir(store.#tmp)) {
      const leftover = path.join(store.#tmp, name);
      const info = await stat(leftover).catch(() => null);
      if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(leftover, {recursive: true, force: true});
    }
    return store;
  }

  /**
   * Stores a verified submission.
   * @param {{jws: string, selfie: Uint8Array, document: Uint8Array, sub: string, kid: string, claims: object, result: object}} submission
   * @returns {Promise<{id: string, receivedAt: number}>}
   */
  async add({jws, selfie, document, sub, kid, claims, result}, now = Date.now()) {
    const id = newId(now);
    const staging = path.join(this.#tmp, `${id}.partial`);
    await mkdir(staging, {mode: 0o700});
    try {
      const verification = {id, sub, receivedAt: now, kid, claims, result};
      await Promise.all([
        writeDurably(path.join(staging, 'submission.jws'), jws),
        writeDurably(path.join(staging, 'selfie.jpg'), selfie),
        writeDurably(path.join(staging, 'document.jpg'), document),
        writeDurably(path.join(staging, 'verification.json'), JSON.stringify(verification, null, 2)),
      ]);
      await syncFolder(staging);
      await rename(staging, this.#folder(id));
      await syncFolder(this.#submissions);
    } catch (error) {
      await rm(staging, {recursive: true, force: true});
      throw error;
    }
    return {id, receivedAt: now};
  }

  /**
   * One submission with its decision (null while undecided), or null when there is none.
   * @returns {Promise<null | {id: string, sub: string, receivedAt: number, kid: string, claims: object, result: object, decision: object | null}>}
   */
  async get(id) {
    if (!isSubmissionId(id)) return null;
    let verification;
    try {
      verification = JSON.parse(await readFile(path.join(this.#folder(id), 'verification.json'), 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    }
    return {...verification, decision: await this.#decision(id)};
  }

  /** The bytes of one of `SUBMISSION_FILES`, or null when the id or the name is not one the store has. */
  async file(id, name) {
    if (!isSubmissionId(id) || !SUBMISSION_FILES.includes(name)) return null;
    try {
      return await readFile(path.join(this.#folder(id), name));
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    }
  }

  /** Every stored submission, oldest first. Reads the folder each time, so it sees other processes' writes. */
  async list() {
    const ids = (await readdir(this.#submissions)).filter(isSubmissionId).sort();
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records.filter(Boolean);
  }

  /**
   * The review queue: for each profile id, its newest submission, when undecided. An older undecided
   * submission of the same person is superseded by the newer one and is not asked about.
   */
  async pending() {
    return [...latestBySub(await this.list()).values()].filter((record) => !record.decision);
  }

  /**
   * What the person behind `sub` should see: their newest submission's state.
   * @returns {Promise<{status: 'none' | 'pending' | 'approved' | 'rejected', submissionId?: string, decision?: object}>}
   */
  async statusOf(sub) {
    const latest = latestBySub(await this.list()).get(sub);
    if (!latest) return {status: 'none'};
    if (!latest.decision) return {status: 'pending', submissionId: latest.id};
    return {status: latest.decision.decision === 'approve' ? 'approved' : 'rejected', submissionId: latest.id, decision: latest.decision};
  }

  /**
   * Records the decision on `id`, once: the first decision stands.
   * @throws StoreNotFound when there is no such submission; StoreConflict when it is decided already.
   * @returns {Promise<object>} the stored decision
   */
  async decide(id, decision, now = Date.now()) {
    if (!(await this.get(id))) throw new StoreNotFound(`no submission ${id}`);
    const record = {...decision, decidedAt: now};
    const staged = path.join(this.#tmp, `${id}.decision.${randomBytes(6).toString('hex')}`);
    await writeDurably(staged, JSON.stringify(record, null, 2));
    try {
      // link() fails when the target exists: an atomic "create if absent" on every POSIX file system.
      await link(staged, path.join(this.#folder(id), 'decision.json'));
    } catch (error) {
      if (error.code === 'EEXIST') throw new StoreConflict(`submission ${id} is decided already`);
      throw error;
    } finally {
      await unlink(staged).catch(() => {});
    }
    await syncFolder(this.#folder(id));
    return record;
  }

  /** How many submission folders exist (tests use it to show nothing was stored). */
  async count() {
    return (await readdir(this.#submissions)).filter(isSubmissionId).length;
  }

  async #decision(id) {
    try {
      return JSON.parse(await readFile(path.join(this.#folder(id), 'decision.json'), 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') return null;
      throw error;
    }
  }

  #folder(id) {
    // Only ever called with an id that passed isSubmissionId: 32 hex digits cannot name "..", a separator or a NUL.
    return path.join(this.#submissions, id);
  }
}

/** The newest record per `sub` (records come oldest first). */
function latestBySub(records) {
  const latest = new Map();
  for (const record of records) latest.set(record.sub, record);
  return latest;
}
