/**
 * Deletes the expired drafts of every profile id, not only the one being loaded: a person who never
 * comes back would otherwise leave an (encrypted) draft at rest forever, and R9 says drafts expire.
 */
import {delMany, promisifyRequest} from 'idb-keyval';
import {isSealedDraft} from './draft-cipher.js';
import type {StorageStores} from './stores.js';

/**
 * Deletes every stored draft whose `savedAt` is expired, with its key. Entries this version cannot read
 * are left alone: they may belong to a newer version of the package running in another tab.
 * @returns the profile ids whose drafts were deleted.
 */
export async function deleteExpiredDrafts(
  stores: StorageStores,
  isExpired: (savedAt: number) => boolean,
): Promise<IDBValidKey[]> {
  const deleted = await stores.drafts('readwrite', (store) => {
    const ids: IDBValidKey[] = [];
    const cursorRequest = store.openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      if (isSealedDraft(cursor.value) && isExpired(cursor.value.savedAt)) {
        ids.push(cursor.primaryKey);
        cursor.delete();
      }
      cursor.continue();
    };
    // Resolve when the deletions are committed, not merely requested.
    return promisifyRequest(store.transaction).then(() => ids);
  });
  if (deleted.length > 0) await delMany(deleted, stores.draftKeys);
  return deleted;
}
