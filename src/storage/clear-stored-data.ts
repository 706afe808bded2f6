/**
 * `clearStoredData()`: wipes what this package stores for every profile id on this origin.
 */
import {clearDeviceKeys} from '../submission/device-key.js';
import {DEFAULT_IO_TIMEOUT_MS, forgetAllProfilesInMemory} from './profile-storage.js';
import {
  DRAFT_KEYS_STORE,
  DRAFTS_STORE,
  RECORDS_STORE,
  clearAndClose,
  createStorageStores,
  hasIndexedDB,
  withDeadline,
  type OpenStore,
} from './stores.js';

/** Options of `clearStoredData`. */
export interface ClearStoredDataOptions {
  /**
   * Empties the signing-key store. Default `clearDeviceKeys` from `../submission/device-key.js`; `null`
   * leaves signing keys alone. Injectable for tests.
   */
  clearSigningKeys?: (() => Promise<void>) | null;
  /** Called once with the first error when a store could not be emptied. */
  onUnavailable?: (error: unknown) => void;
  /** **Test seam**: opens an idb-keyval store. Default idb-keyval's `createStore`. */
  openStore?: OpenStore;
  /** Time allowed to each store before it counts as failed. Default 5 s. */
  ioTimeoutMs?: number;
}

/** The IndexedDB databases and stores `clearStoredData` empties (the signing-key store aside). */
export const STORAGE_STORES = [DRAFTS_STORE, RECORDS_STORE, DRAFT_KEYS_STORE] as const;

/**
 * Deletes every draft, draft key, completed-profile record and (through `clearSigningKeys`) signing key
 * of every profile id on this origin (the signing keys' store included), and the in-memory copies held by live `ProfileStorage`s.
 * Never rejects.
 * @returns `true` when everything was emptied (or there was no IndexedDB to empty), `false` otherwise.
 */
export async function clearStoredData(options: ClearStoredDataOptions = {}): Promise<boolean> {
  // First, so that no queued save of a live instance can land after the stores were emptied.
  await forgetAllProfilesInMemory();
  const ms = options.ioTimeoutMs ?? DEFAULT_IO_TIMEOUT_MS;
  const tasks: Promise<unknown>[] = [];
  if (hasIndexedDB()) {
    // Fresh handles, closed afterwards: a wipe should leave no connection open behind it.
    let stores;
    try {
      stores = createStorageStores(options.openStore);
    } catch (error) {
      tasks.push(Promise.reject(error));
    }
    if (stores) {
      for (const store of [stores.drafts, stores.records, stores.draftKeys]) {
        tasks.push(withDeadline(Promise.resolve().then(() => clearAndClose(store)), ms));
      }
    }
  }
  const clearSigningKeys = options.clearSigningKeys === undefined ? clearDeviceKeys : options.clearSigningKeys;
  if (clearSigningKeys) tasks.push(Promise.resolve().then(clearSigningKeys));
  const results = await Promise.allSettled(tasks);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failure) return true;
  try {
    options.onUnavailable?.(failure.reason);
  } catch (callbackError) {
    globalThis.reportError?.(callbackError);
  }
  return false;
}
