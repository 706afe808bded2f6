/**
 * The IndexedDB stores this package keeps its data in. Each is a dedicated idb-keyval store (never the
 * default `keyval-store`, which host pages may use themselves), keyed by the host's profile id as given:
 * IndexedDB compares string keys exactly, so no two profile ids can share an entry, whatever they contain.
 */
import {createStore, promisifyRequest, type UseStore} from 'idb-keyval';

/** Encrypted drafts (`SealedDraft`), one per profile id. */
export const DRAFTS_STORE = {db: 'idv-drafts', store: 'drafts'} as const;
/** Completed-profile records (`CompletedProfileRecord`), one per profile id. */
export const RECORDS_STORE = {db: 'idv-records', store: 'records'} as const;
/** Non-extractable AES-GCM draft keys (`CryptoKey`), one per profile id. */
export const DRAFT_KEYS_STORE = {db: 'idv-draft-keys', store: 'keys'} as const;

/**
 * Opens an idb-keyval store. Defaults to idb-keyval's `createStore`; a **test seam**: tests can pass a
 * function that fails the way a broken IndexedDB does.
 */
export type OpenStore = (dbName: string, storeName: string) => UseStore;

/** The three stores one `ProfileStorage` uses. */
export interface StorageStores {
  drafts: UseStore;
  records: UseStore;
  draftKeys: UseStore;
}

/**
 * Creates handles to every store. Nothing is opened until a handle is first used (idb-keyval opens
 * lazily), so creating them costs nothing and touches no database.
 */
export function createStorageStores(openStore: OpenStore = createStore): StorageStores {
  return {
    drafts: openStore(DRAFTS_STORE.db, DRAFTS_STORE.store),
    records: openStore(RECORDS_STORE.db, RECORDS_STORE.store),
    draftKeys: openStore(DRAFT_KEYS_STORE.db, DRAFT_KEYS_STORE.store),
  };
}

/**
 * Whether this context has IndexedDB at all. It is missing on the server (SSR), in some private modes
 * and in sandboxed frames; reading it must not throw there.
 */
export function hasIndexedDB(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    // Some sandboxed contexts throw a SecurityError on mere access.
    return false;
  }
}

/**
 * Empties one store and closes the connection it opened, so that a one-off wipe does not leave a
 * connection behind that would block a later `deleteDatabase` or version change.
 */
export function clearAndClose(store: UseStore): Promise<void> {
  return store('readwrite', (objectStore) => {
    objectStore.clear();
    const tx = objectStore.transaction;
    return promisifyRequest(tx).finally(() => tx.db.close());
  });
}

/** Rejects with a `TimeoutError` when `promise` has not settled in `ms`: a blocked open never settles. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DOMException(`IndexedDB did not answer within ${ms} ms`, 'TimeoutError')),
      ms,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
