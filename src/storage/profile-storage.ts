/**
 * `ProfileStorage`: everything the element keeps for one profile id — the encrypted draft, the
 * completed-profile record — with expiry, serialized writes, and a silent fall-back to memory when
 * IndexedDB fails. Its promises never reject: losing persistence must never break the flow.
 */
import {del, get, promisifyRequest, set} from 'idb-keyval';
import {deleteDeviceKey} from '../submission/device-key.js';
import type {CompletedProfileRecord} from '../types.js';
import {decryptDraft, encryptDraft, generateDraftKey, isSealedDraft} from './draft-cipher.js';
import type {Draft, DraftInput} from './draft.js';
import {deleteExpiredDrafts} from './expired-drafts.js';
import {SerialQueue} from './serial-queue.js';
import {createStorageStores, hasIndexedDB, withDeadline, type OpenStore, type StorageStores} from './stores.js';

/** Drafts older than this are deleted rather than resumed: 24 hours. */
export const DEFAULT_DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** How long one IndexedDB operation may take before IndexedDB is treated as unavailable. */
export const DEFAULT_IO_TIMEOUT_MS = 5_000;

/** Why a stored draft was dropped instead of being resumed. */
export type DraftDiscardReason =
  /** Older than the TTL. */
  | 'expired'
  /** Corrupt, tampered with, copied from another profile id, or its key is gone. */
  | 'unreadable';

/** Where drafts and records live: `draft` persists them in IndexedDB, `none` keeps them in memory only. */
export type PersistMode = 'draft' | 'none';

/** Options of `ProfileStorage`. */
export interface ProfileStorageOptions {
  /**
   * `draft` (default) keeps the encrypted draft and the completed-profile record in IndexedDB so a
   * reload resumes. `none` keeps everything in memory for this page only and never opens IndexedDB.
   */
  persist?: PersistMode;
  /**
   * Age (ms) past which a draft is deleted instead of returned. Default `DEFAULT_DRAFT_TTL_MS` (24 h),
   * also used when the value is not a finite number ≥ 0. Loading a draft also sweeps other profiles'
   * drafts older than this.
   */
  ttlMs?: number;
  /** The clock, in milliseconds since the epoch. Injectable so tests can age a draft. Default `Date.now`. */
  now?: () => number;
  /**
   * Called at most once per instance, with the error, the first time IndexedDB fails (missing, open
   * throws, errors, blocks or times out, quota exceeded…). From then on this instance keeps data in memory
   * only. The element turns this into a recoverable `idv-error` with code `storage-unavailable`.
   */
  onUnavailable?: (error: unknown) => void;
  /**
   * Called when a stored draft is dropped instead of being resumed — expired, or unreadable (corrupt, or
   * copied from another profile id). This is not a storage fault: storage goes on working, and
   * `onUnavailable` is not called for it.
   */
  onDraftDiscarded?: (reason: DraftDiscardReason) => void;
  /**
   * Deletes this profile's signing key; called by `wipeProfile()`. Default `deleteDeviceKey` from
   * `../submission/device-key.js`; `null` leaves signing keys alone. Injectable for tests.
   */
  deleteSigningKey?: ((profileId: string) => Promise<void>) | null;
  /** **Test seam**: opens an idb-keyval store. Default idb-keyval's `createStore`. */
  openStore?: OpenStore;
  /** Time allowed to one IndexedDB operation before it counts as a fault. Default 5 s. */
  ioTimeoutMs?: number;
}

type IoResult<T> = {ok: true; value: T} | {ok: false};

/** Lets `clearStoredData()` reach every live instance's memory without keeping instances alive. */
const liveStorages = new Set<WeakRef<ProfileStorage>>();
let forgetStorage: (storage: ProfileStorage) => Promise<void>;

/**
 * Drops the in-memory draft and record of every live `ProfileStorage` on this page and waits until
 * their queued writes have settled, so a save that was in flight cannot land after a wipe.
 * @internal used by `clearStoredData()`.
 */
export async function forgetAllProfilesInMemory(): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const ref of liveStorages) {
    const storage = ref.deref();
    if (storage) pending.push(forgetStorage(storage));
    else liveStorages.delete(ref);
  }
  await Promise.all(pending);
}

/**
 * Storage for one profile id. Create one per `profile-id`; two instances with different ids never see
 * each other's data. No method throws or rejects: when IndexedDB fails, the instance reports it once
 * through `onUnavailable` and carries on in memory, keeping the latest draft it was given.
 *
 * Writes are queued in call order and a save that has been superseded (by a newer save or a clear) before
 * its turn is skipped, so the latest draft is always the one left stored. Callers need not await saves.
 */
export class ProfileStorage {
  /** The host's profile id, used as is (any string) as the key in every store. */
  readonly profileId: string;
  /** Where this instance keeps data. */
  readonly persist: PersistMode;
  /** Draft time-to-live in milliseconds. */
  readonly ttlMs: number;

  #now: () => number;
  #ioTimeoutMs: number;
  #openStore: OpenStore | undefined;
  #onUnavailable: ((error: unknown) => void) | undefined;
  #onDraftDiscarded: ((reason: DraftDiscardReason) => void) | undefined;
  #deleteSigningKey: ((profileId: string) => Promise<void>) | null;
  #stores: StorageStores | undefined;
  #queue = new SerialQueue();
  #fault: {error: unknown} | undefined;

  // The memory copy is what callers get back once this session has saved, cleared or loaded: it is the
  // draft in hand, which must survive any storage failure. `#…Known` says whether it is authoritative
  // (otherwise IndexedDB has to be read); `#…Generation` lets queued writes notice they were superseded.
  #draft: Draft | undefined;
  #draftKnown = false;
  #draftGeneration = 0;
  #record: CompletedProfileRecord | undefined;
  #recordKnown = false;
  #recordGeneration = 0;

  static {
    forgetStorage = (storage) => storage.#forget();
  }

  /**
   * @param profileId the host's stable id for the person (any string; `''` too).
   * @param options see `ProfileStorageOptions`.
   */
  constructor(profileId: string, options: ProfileStorageOptions = {}) {
    this.profileId = profileId;
    this.persist = options.persist ?? 'draft';
    // A NaN or negative TTL would make every comparison false and drafts would never expire.
    const ttl = options.ttlMs;
    this.ttlMs = ttl !== undefined && Number.isFinite(ttl) && ttl >= 0 ? ttl : DEFAULT_DRAFT_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#ioTimeoutMs = options.ioTimeoutMs ?? DEFAULT_IO_TIMEOUT_MS;
    this.#openStore = options.openStore;
    this.#onUnavailable = options.onUnavailable;
    this.#onDraftDiscarded = options.onDraftDiscarded;
    this.#deleteSigningKey = options.deleteSigningKey === undefined ? deleteDeviceKey : options.deleteSigningKey;
    liveStorages.add(new WeakRef(this));
  }

  /** True when data lives in memory only: `persist: 'none'`, or IndexedDB failed earlier this session. */
  get memoryOnly(): boolean {
    return this.persist === 'none' || this.#fault !== undefined;
  }

  /** The error that made this instance fall back to memory, if one did. */
  get unavailableError(): unknown {
    return this.#fault?.error;
  }

  /**
   * Saves the draft (encrypted) and keeps it in memory. `savedAt` is stamped from the storage clock.
   * Resolves once it is stored, superseded by a later save or clear, or kept in memory after a fault.
   */
  saveDraft(draft: DraftInput): Promise<void> {
    const saved: Draft = {
      step: draft.step,
      name: draft.name,
      layout: draft.layout,
      captures: {...draft.captures},
      savedAt: this.#now(),
    };
    this.#draft = saved;
    this.#draftKnown = true;
    const generation = ++this.#draftGeneration;
    const superseded = () => generation !== this.#draftGeneration;
    return this.#write(async (stores) => {
      if (superseded()) return;
      const key = await this.#draftKey(stores, true);
      const sealed = await encryptDraft(key!, this.profileId, saved);
      // Encryption takes a while for large pictures; a newer save may have arrived meanwhile.
      if (superseded()) return;
      await set(this.profileId, sealed, stores.drafts);
    });
  }

  /**
   * The draft to resume, or `undefined` when there is none, it expired (then it is deleted) or it cannot be
   * decrypted (then it is deleted too). After a save in this session, returns the latest draft saved.
   */
  async loadDraft(): Promise<Draft | undefined> {
    if (!this.#draftKnown && !this.memoryOnly) {
      const generation = this.#draftGeneration;
      const stored = await this.#queue.run(() => this.#readDraft());
      // A save or clear made while we were reading is newer than what we read.
      if (generation === this.#draftGeneration) {
        this.#draft = stored;
        this.#draftKnown = true;
      }
    }
    const draft = this.#draft;
    if (draft && this.#isExpired(draft.savedAt)) {
      await this.clearDraft();
      this.#notifyDiscarded('expired');
      return undefined;
    }
    return draft;
  }

  /**
   * Deletes the draft and its encryption key. Deleting the key too means a copy of the ciphertext that
   * survived anywhere (a backup of the profile folder) can no longer be decrypted.
   */
  clearDraft(): Promise<void> {
    this.#draft = undefined;
    this.#draftKnown = true;
    this.#draftGeneration++;
    return this.#write((stores) => this.#deleteDraft(stores), {evenIfFaulted: true});
  }

  /** Remembers that the profile was completed (R3). Kept until `clearRecord`, `wipeProfile` or `clearStoredData`. */
  saveRecord(record: CompletedProfileRecord): Promise<void> {
    const saved: CompletedProfileRecord = {status: record.status, submittedAt: record.submittedAt, kid: record.kid};
    this.#record = saved;
    this.#recordKnown = true;
    const generation = ++this.#recordGeneration;
    return this.#write(async (stores) => {
      if (generation !== this.#recordGeneration) return;
      await set(this.profileId, saved, stores.records);
    });
  }

  /** The completed-profile record, or `undefined` when the profile was never completed here. */
  async loadRecord(): Promise<CompletedProfileRecord | undefined> {
    if (!this.#recordKnown && !this.memoryOnly) {
      const generation = this.#recordGeneration;
      const read = await this.#queue.run(() => this.#io((stores) => get<unknown>(this.profileId, stores.records)));
      if (generation === this.#recordGeneration) {
        this.#record = read.ok && isCompletedProfileRecord(read.value) ? read.value : undefined;
        this.#recordKnown = true;
      }
    }
    return this.#record;
  }

  /** Forgets the completed-profile record (e.g. when the host says the profile was rejected). */
  clearRecord(): Promise<void> {
    this.#record = undefined;
    this.#recordKnown = true;
    this.#recordGeneration++;
    return this.#write((stores) => del(this.profileId, stores.records), {evenIfFaulted: true});
  }

  /**
   * Deletes everything kept for this profile id — draft, draft key, record, and the signing key (through
   * `deleteSigningKey`) — leaving other profile ids untouched. With `persist: 'none'` only memory is
   * touched here (the signing key aside, which belongs to the submission module).
   */
  async wipeProfile(): Promise<void> {
    await Promise.all([this.clearDraft(), this.clearRecord()]);
    if (!this.#deleteSigningKey) return;
    try {
      await this.#deleteSigningKey(this.profileId);
    } catch (error) {
      this.#reportFault(error);
    }
  }

  /**
   * Reads and checks the stored draft; drops it (and says why) when it cannot be resumed. Also sweeps
   * other profiles' expired drafts, once per instance, since this is the moment the page reads storage.
   */
  async #readDraft(): Promise<Draft | undefined> {
    const read = await this.#io(async (stores) => {
      const sealed = await get<unknown>(this.profileId, stores.drafts);
      const key = sealed === undefined ? undefined : await this.#draftKey(stores, false);
      // After reading our own, so that our expired draft is still reported as 'expired' below.
      await deleteExpiredDrafts(stores, (savedAt) => this.#isExpired(savedAt));
      return sealed === undefined ? undefined : {sealed, key};
    });
    if (!read.ok || read.value === undefined) return undefined;
    const {sealed, key} = read.value;
    let reason: DraftDiscardReason;
    if (!isSealedDraft(sealed) || !key) {
      reason = 'unreadable';
    } else if (this.#isExpired(sealed.savedAt)) {
      reason = 'expired';
    } else {
      try {
        return await decryptDraft(key, this.profileId, sealed);
      } catch {
        // Wrong key, wrong profile id (copied record), or corrupt bytes: the draft is lost, but storage
        // itself works, so this is not reported as a fault and persistence goes on.
        reason = 'unreadable';
      }
    }
    // Already inside the write queue: delete directly, not through #write (which would wait for us).
    await this.#io((stores) => this.#deleteDraft(stores));
    this.#notifyDiscarded(reason);
    return undefined;
  }

  /**
   * The profile's draft key; with `create`, generates one when there is none. The insert is
   * "put if still absent" inside one transaction, so two tabs racing cannot replace each other's key.
   */
  async #draftKey(stores: StorageStores, create: boolean): Promise<CryptoKey | undefined> {
    const existing = await get<unknown>(this.profileId, stores.draftKeys);
    if (existing instanceof CryptoKey) return existing;
    if (!create) return undefined;
    const fresh = await generateDraftKey();
    return stores.draftKeys('readwrite', (store) => {
      let putError: unknown;
      const current = store.get(this.profileId);
      current.onsuccess = () => {
        if (current.result instanceof CryptoKey) return;
        // A throw here would escape as an uncaught error (we are in an event handler, not a promise):
        // keep it, abort, and let the rejected transaction carry it to the fault handling.
        try {
          store.put(fresh, this.profileId);
        } catch (error) {
          putError = error;
          store.transaction.abort();
        }
      };
      return promisifyRequest(store.transaction).then(
        () => (current.result instanceof CryptoKey ? current.result : fresh),
        (error) => Promise.reject(putError ?? error),
      );
    });
  }

  async #deleteDraft(stores: StorageStores): Promise<void> {
    await Promise.all([del(this.profileId, stores.drafts), del(this.profileId, stores.draftKeys)]);
  }

  /**
   * Queues a write. Skipped entirely with `persist: 'none'`; after a fault, skipped unless it deletes
   * (deleting is still worth trying: a quota fault does not stop deletes, and wiping matters).
   */
  #write(task: (stores: StorageStores) => Promise<unknown>, {evenIfFaulted = false} = {}): Promise<void> {
    if (this.persist === 'none') return Promise.resolve();
    return this.#queue.run(async () => {
      if (this.#fault && !evenIfFaulted) return;
      await this.#io(task);
    });
  }

  /** Runs one IndexedDB task under a deadline; any failure becomes the (first) reported fault. */
  async #io<T>(task: (stores: StorageStores) => Promise<T>): Promise<IoResult<T>> {
    try {
      if (!hasIndexedDB()) throw new DOMException('IndexedDB is not available', 'NotSupportedError');
      // Created per instance, not per module: idb-keyval caches a failed open forever, and one broken
      // connection must not poison instances created later (after the cause went away).
      this.#stores ??= createStorageStores(this.#openStore);
      const stores = this.#stores;
      return {ok: true, value: await withDeadline(Promise.resolve().then(() => task(stores)), this.#ioTimeoutMs)};
    } catch (error) {
      this.#reportFault(error);
      return {ok: false};
    }
  }

  #reportFault(error: unknown): void {
    if (this.#fault) return;
    this.#fault = {error};
    try {
      this.#onUnavailable?.(error);
    } catch (callbackError) {
      // A throwing host callback must not break storage; surface it the way an event listener's would be.
      globalThis.reportError?.(callbackError);
    }
  }

  #notifyDiscarded(reason: DraftDiscardReason): void {
    try {
      this.#onDraftDiscarded?.(reason);
    } catch (callbackError) {
      globalThis.reportError?.(callbackError);
    }
  }

  #isExpired(savedAt: number): boolean {
    return this.#now() - savedAt > this.ttlMs;
  }

  async #forget(): Promise<void> {
    this.#draft = undefined;
    this.#record = undefined;
    this.#draftKnown = this.#recordKnown = true;
    this.#draftGeneration++;
    this.#recordGeneration++;
    await this.#queue.idle();
  }
}

/** Whether a value read from the records store is a usable `CompletedProfileRecord`. */
function isCompletedProfileRecord(value: unknown): value is CompletedProfileRecord {
  const v = value as Partial<CompletedProfileRecord> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.status === 'pending' || v.status === 'approved' || v.status === 'rejected') &&
    typeof v.submittedAt === 'number' &&
    typeof v.kid === 'string'
  );
}
