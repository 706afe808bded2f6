// Storage faults, made real where the platform allows: IndexedDB removed from the global, indexedDB.open
// throwing, an open that fails with a real VersionError, an open left blocked by another connection, and a
// real QuotaExceededError DOMException thrown from IDBObjectStore.prototype.put. Each fault is installed
// by patching this page's globals for one test and restored afterwards.
import {expect} from '@open-wc/testing';
import {ProfileStorage, clearStoredData} from '../../../src/storage/index.js';
import type {CompletedProfileRecord} from '../../../src/types.js';
import {makeDraft, patch, rawFor, uniqueId} from './helpers.js';

const RECORD: CompletedProfileRecord = {status: 'approved', submittedAt: 1, kid: 'k'};

/** Opens `name` at `version` and waits for it (creating it if needed). */
function openDb(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The common expectations once IndexedDB is out: loads find nothing, saves keep working in memory,
 * and `onUnavailable` fired exactly once however many operations failed.
 */
async function expectMemoryFallback(options: ConstructorParameters<typeof ProfileStorage>[1] = {}) {
  const faults: unknown[] = [];
  const storage = new ProfileStorage(uniqueId('fault'), {...options, onUnavailable: (e) => faults.push(e)});
  expect(await storage.loadDraft()).to.equal(undefined);
  expect(await storage.loadRecord()).to.equal(undefined);
  await storage.saveDraft(await makeDraft('first'));
  await storage.saveDraft(await makeDraft('kept in memory'));
  await storage.saveRecord(RECORD);
  expect((await storage.loadDraft())?.name).to.equal('kept in memory');
  expect(await storage.loadRecord()).to.deep.equal(RECORD);
  await storage.clearDraft();
  expect(await storage.loadDraft()).to.equal(undefined);
  expect(storage.memoryOnly).to.be.true;
  expect(faults).to.have.length(1);
  return {storage, fault: faults[0]};
}

describe('ProfileStorage storage faults', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('falls back to memory when indexedDB is missing (private mode), reporting once', async () => {
    restore = patch(window, 'indexedDB', undefined as unknown as IDBFactory);
    const {fault} = await expectMemoryFallback();
    expect((fault as DOMException).name).to.equal('NotSupportedError');
  });

  it('falls back to memory when indexedDB.open throws, reporting once', async () => {
    restore = patch(indexedDB, 'open', () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const {fault} = await expectMemoryFallback();
    expect((fault as DOMException).name).to.equal('SecurityError');
  });

  it('falls back to memory when indexedDB.open fails with a real VersionError, reporting once', async () => {
    const newer = uniqueId('idv-test-newer');
    (await openDb(newer, 3)).close();
    const open = indexedDB.open.bind(indexedDB);
    restore = patch(indexedDB, 'open', () => open(newer, 1));
    const {fault} = await expectMemoryFallback();
    expect((fault as DOMException).name).to.equal('VersionError');
  });

  it('falls back to memory when indexedDB.open stays blocked by another connection (deadline)', async () => {
    const name = uniqueId('idv-test-blocked');
    const holder = await openDb(name, 1); // never closes on versionchange, so the upgrade blocks
    const open = indexedDB.open.bind(indexedDB);
    restore = patch(indexedDB, 'open', () => open(name, 2));
    try {
      const {fault} = await expectMemoryFallback({ioTimeoutMs: 100});
      expect((fault as DOMException).name).to.equal('TimeoutError');
    } finally {
      holder.close();
    }
  });

  it('keeps the draft in memory on a real QuotaExceededError from IDBObjectStore.put, reporting once', async () => {
    const id = uniqueId('quota');
    const faults: unknown[] = [];
    const storage = new ProfileStorage(id, {onUnavailable: (e) => faults.push(e)});
    await storage.saveDraft(await makeDraft('stored before the disk filled'));
    expect(faults).to.have.length(0);

    restore = patch(IDBObjectStore.prototype, 'put', function (this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } as IDBObjectStore['put']);
    await storage.saveDraft(await makeDraft('after quota'));
    expect(faults).to.have.length(1);
    expect((faults[0] as DOMException).name).to.equal('QuotaExceededError');
    expect((await storage.loadDraft())?.name).to.equal('after quota');
    await storage.saveDraft(await makeDraft('later still'));
    expect((await storage.loadDraft())?.name).to.equal('later still');
    expect(faults, 'reported once').to.have.length(1);
  });

  it('still deletes from IndexedDB after a quota fault, so wiping is not lost', async () => {
    const id = uniqueId('quota-wipe');
    const storage = new ProfileStorage(id, {onUnavailable: () => {}});
    await storage.saveDraft(await makeDraft());
    restore = patch(IDBObjectStore.prototype, 'put', function (this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } as IDBObjectStore['put']);
    await storage.saveDraft(await makeDraft('not written'));
    restore();
    restore = undefined;
    await storage.wipeProfile();
    expect((await rawFor(id)).draft).to.equal(undefined);
  });

  it("persist: 'none' never opens IndexedDB, yet keeps drafts and records in memory", async () => {
    let opens = 0;
    const open = indexedDB.open.bind(indexedDB);
    restore = patch(indexedDB, 'open', (...args: Parameters<IDBFactory['open']>) => {
      opens++;
      return open(...args);
    });
    const faults: unknown[] = [];
    const id = uniqueId('none');
    const storage = new ProfileStorage(id, {
      persist: 'none',
      onUnavailable: (e) => faults.push(e),
      deleteSigningKey: async () => {}, // the signing-key store is the submission module's, not under test
    });
    await storage.saveDraft(await makeDraft('only in memory'));
    await storage.saveRecord(RECORD);
    expect((await storage.loadDraft())?.name).to.equal('only in memory');
    expect(await storage.loadRecord()).to.deep.equal(RECORD);
    await storage.wipeProfile();
    expect(opens, 'indexedDB.open calls').to.equal(0);
    expect(faults).to.deep.equal([]);
    restore();
    restore = undefined;
    expect(await rawFor(id)).to.deep.equal({draft: undefined, record: undefined, draftKey: undefined});
  });

  it('never rejects and reports once when a host onUnavailable callback throws', async () => {
    restore = patch(indexedDB, 'open', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    const reported = patch(window, 'reportError', () => {});
    try {
      const storage = new ProfileStorage(uniqueId('throwing-callback'), {
        onUnavailable: () => {
          throw new Error('host bug');
        },
      });
      await storage.saveDraft(await makeDraft('safe'));
      expect((await storage.loadDraft())?.name).to.equal('safe');
    } finally {
      reported();
    }
  });

  it('clearStoredData resolves false and reports when IndexedDB cannot be opened', async () => {
    restore = patch(indexedDB, 'open', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    const faults: unknown[] = [];
    expect(await clearStoredData({onUnavailable: (e) => faults.push(e), clearSigningKeys: null})).to.be.false;
    expect(faults).to.have.length(1);
  });
});
