/**
 * Persistence for `<id-verification-profile>`: encrypted, expiring drafts and completed-profile records
 * in dedicated idb-keyval stores, namespaced by profile id, with a fall-back to memory.
 */
export type {Draft, DraftInput} from './draft.js';
export {
  ProfileStorage,
  DEFAULT_DRAFT_TTL_MS,
  DEFAULT_IO_TIMEOUT_MS,
  type ProfileStorageOptions,
  type PersistMode,
  type DraftDiscardReason,
} from './profile-storage.js';
export {clearStoredData, STORAGE_STORES, type ClearStoredDataOptions} from './clear-stored-data.js';
export {DRAFTS_STORE, RECORDS_STORE, DRAFT_KEYS_STORE, type OpenStore} from './stores.js';
