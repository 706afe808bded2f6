// Real IndexedDB in Chromium. Every test uses fresh profile ids: test files run in parallel pages that
// share this origin's IndexedDB. The one test of clearStoredData() (which empties every store) lives in
// this file too, so that it cannot race the other tests here.
import {expect} from '@open-wc/testing';
import {createStore, get, set} from 'idb-keyval';
import {getDeviceKey} from '../../../src/submission/device-key.js';
import {ProfileStorage, clearStoredData, type Draft, type DraftDiscardReason} from '../../../src/storage/index.js';
import type {CompletedProfileRecord} from '../../../src/types.js';
import {bytesOf, containsBytes, entries, makeDraft, raw, rawFor, storedBytes, uniqueId} from './helpers.js';

const JPEG_MARKER = new Uint8Array([0xff, 0xd8, 0xff]);
const HOUR = 60 * 60 * 1000;
/** The submission module's signing-key store, which `clearStoredData()` and `wipeProfile()` empty by default. */
const signingKeys = createStore('idv-keys', 'keys');
const RECORD: CompletedProfileRecord = {status: 'pending', submittedAt: 1_700_000_000_000, kid: 'kid-1'};

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let t = start;
  return {now: () => t, advance: (ms: number) => (t += ms)};
}

describe('ProfileStorage (IndexedDB)', () => {
  it('loads a saved draft back in a new instance with byte-identical captures and the same fields', async () => {
    const id = uniqueId('roundtrip');
    const draft = await makeDraft();
    await new ProfileStorage(id, {now: () => 1234}).saveDraft(draft);

    const loaded = (await new ProfileStorage(id, {now: () => 1235}).loadDraft())!;
    expect(loaded).to.exist;
    expect({step: loaded.step, name: loaded.name, layout: loaded.layout, savedAt: loaded.savedAt}).to.deep.equal({
      step: 'review',
      name: 'Ada Lovelace',
      layout: 'two-sided',
      savedAt: 1234,
    });
    for (const kind of ['selfie', 'document'] as const) {
      const {blob, ...meta} = loaded.captures[kind]!;
      const {blob: original, ...originalMeta} = draft.captures[kind]!;
      expect(meta).to.deep.equal(originalMeta);
      expect(blob.type).to.equal(original.type);
      expect(await bytesOf(blob)).to.deep.equal(await bytesOf(original));
    }
  });

  for (const name of ['Ada Lovelace', 'فاطمة الزهراء']) {
    it(`stores only ciphertext: no JPEG marker and no plaintext name "${name}" in any store`, async () => {
      const id = uniqueId('at-rest');
      const draft = await makeDraft(name);
      // Guard: the fixture really contains what the scan looks for, so the scan can fail.
      expect(containsBytes(await bytesOf(draft.captures.selfie!.blob), JPEG_MARKER)).to.be.true;
      await new ProfileStorage(id).saveDraft(draft);

      const stored = await rawFor(id);
      expect(stored.draft, 'a draft was written').to.exist;
      for (const value of [stored.draft, stored.draftKey]) {
        const bytes = storedBytes(value);
        expect(containsBytes(bytes, JPEG_MARKER), 'JPEG marker at rest').to.be.false;
        expect(containsBytes(bytes, new TextEncoder().encode(name)), 'plaintext name at rest').to.be.false;
      }
      // Also as UTF-16 (how a string would sit in a structured clone).
      const utf16 = new Uint8Array(new Uint16Array([...name].map((c) => c.charCodeAt(0))).buffer);
      expect(containsBytes(storedBytes(stored.draft), utf16)).to.be.false;
    });
  }

  it('keeps the draft key as a non-extractable AES-GCM 256 CryptoKey per profile', async () => {
    const id = uniqueId('key');
    await new ProfileStorage(id).saveDraft(await makeDraft());
    const key = (await rawFor(id)).draftKey as CryptoKey;
    expect(key).to.be.instanceOf(CryptoKey);
    expect(key.extractable).to.be.false;
    expect(key.algorithm).to.deep.equal({name: 'AES-GCM', length: 256});
  });

  it('encrypts each write with a new IV: saving the same draft twice stores different ciphertext', async () => {
    const id = uniqueId('iv');
    const storage = new ProfileStorage(id, {now: () => 5});
    const draft = await makeDraft();
    await storage.saveDraft(draft);
    const first = (await rawFor(id)).draft;
    await storage.saveDraft(draft);
    const second = (await rawFor(id)).draft;
    expect(first.iv).to.not.deep.equal(second.iv);
    expect(new Uint8Array(first.data)).to.not.deep.equal(new Uint8Array(second.data));
  });

  it('deletes a draft past its TTL from IndexedDB and does not return it (injected clock)', async () => {
    const id = uniqueId('expiry');
    const clock = manualClock();
    const discarded: DraftDiscardReason[] = [];
    await new ProfileStorage(id, {now: clock.now, ttlMs: 2 * HOUR}).saveDraft(await makeDraft());

    clock.advance(2 * HOUR - 1);
    expect(await new ProfileStorage(id, {now: clock.now, ttlMs: 2 * HOUR}).loadDraft(), 'within TTL').to.exist;

    clock.advance(2);
    const later = new ProfileStorage(id, {now: clock.now, ttlMs: 2 * HOUR, onDraftDiscarded: (r) => discarded.push(r)});
    expect(await later.loadDraft()).to.equal(undefined);
    expect(discarded).to.deep.equal(['expired']);
    const stored = await rawFor(id);
    expect(stored.draft, 'draft removed from IndexedDB').to.equal(undefined);
    expect(stored.draftKey, 'its key removed too').to.equal(undefined);
  });

  it("deletes other profiles' expired drafts (and keys) when a draft is loaded, keeping fresh ones", async () => {
    const clock = manualClock();
    const abandoned = uniqueId('abandoned');
    const fresh = uniqueId('fresh');
    await new ProfileStorage(abandoned, {now: clock.now}).saveDraft(await makeDraft());
    clock.advance(20 * HOUR);
    await new ProfileStorage(fresh, {now: clock.now}).saveDraft(await makeDraft());
    clock.advance(5 * HOUR);

    await new ProfileStorage(uniqueId('loader'), {now: clock.now}).loadDraft();
    expect(await rawFor(abandoned)).to.deep.equal({draft: undefined, record: undefined, draftKey: undefined});
    expect((await rawFor(fresh)).draft).to.exist;
  });

  it('expires a draft held in memory by the same instance (default TTL of 24 h)', async () => {
    const clock = manualClock();
    const storage = new ProfileStorage(uniqueId('expiry-memory'), {now: clock.now});
    await storage.saveDraft(await makeDraft());
    clock.advance(24 * HOUR + 1);
    expect(await storage.loadDraft()).to.equal(undefined);
    expect((await rawFor(storage.profileId)).draft).to.equal(undefined);
  });

  it('falls back to the 24 h TTL when given NaN, so drafts still expire', async () => {
    const clock = manualClock();
    const storage = new ProfileStorage(uniqueId('ttl-nan'), {now: clock.now, ttlMs: Number.NaN});
    await storage.saveDraft(await makeDraft());
    clock.advance(24 * HOUR + 1);
    expect(await storage.loadDraft()).to.equal(undefined);
  });

  it('never shows one profile id the draft or record of another, whatever characters the ids hold', async () => {
    const base = uniqueId('iso');
    const ids = [base, `${base} `, `${base}\u0000x`, `${base}/../x`, `${base}:drafts`, `${base}🙂`];
    for (const id of ids) {
      const storage = new ProfileStorage(id);
      await storage.saveDraft({...(await makeDraft(`name of ${id}`)), captures: {}});
      await storage.saveRecord({...RECORD, kid: `kid of ${id}`});
    }
    for (const id of ids) {
      const storage = new ProfileStorage(id);
      expect((await storage.loadDraft())?.name).to.equal(`name of ${id}`);
      expect((await storage.loadRecord())?.kid).to.equal(`kid of ${id}`);
    }
    expect(await new ProfileStorage(`${base}-never-saved`).loadDraft()).to.equal(undefined);
  });

  // Decision: a draft that fails to decrypt is lost, but IndexedDB works, so it is deleted, reported as
  // 'unreadable' through onDraftDiscarded, NOT as a storage fault, and persistence goes on.
  it('fails safely when a ciphertext and its key are copied under another profile id (bound by AAD)', async () => {
    const alice = uniqueId('alice');
    const mallory = uniqueId('mallory');
    await new ProfileStorage(alice).saveDraft(await makeDraft('Alice'));
    const stolen = await rawFor(alice);
    await set(mallory, stolen.draft, raw.drafts);
    await set(mallory, stolen.draftKey, raw.draftKeys);

    const faults: unknown[] = [];
    const discarded: DraftDiscardReason[] = [];
    const storage = new ProfileStorage(mallory, {
      onUnavailable: (e) => faults.push(e),
      onDraftDiscarded: (r) => discarded.push(r),
    });
    expect(await storage.loadDraft()).to.equal(undefined);
    expect(discarded).to.deep.equal(['unreadable']);
    expect(faults, 'not a storage fault').to.deep.equal([]);
    expect((await rawFor(mallory)).draft, 'unreadable copy deleted').to.equal(undefined);
    expect((await new ProfileStorage(alice).loadDraft())?.name, 'original intact').to.equal('Alice');

    await storage.saveDraft(await makeDraft('Mallory'));
    expect(storage.memoryOnly, 'still persisting').to.be.false;
    expect((await new ProfileStorage(mallory).loadDraft())?.name).to.equal('Mallory');
  });

  it('treats a corrupted ciphertext as no draft, without a storage fault', async () => {
    const id = uniqueId('corrupt');
    await new ProfileStorage(id).saveDraft(await makeDraft());
    const sealed = (await rawFor(id)).draft;
    const data = new Uint8Array(sealed.data.slice(0));
    data[10] ^= 0x01;
    await set(id, {...sealed, data: data.buffer}, raw.drafts);
    const faults: unknown[] = [];
    expect(await new ProfileStorage(id, {onUnavailable: (e) => faults.push(e)}).loadDraft()).to.equal(undefined);
    expect(faults).to.deep.equal([]);
  });

  it('saves, loads and clears the completed-profile record', async () => {
    const id = uniqueId('record');
    await new ProfileStorage(id).saveRecord(RECORD);
    const storage = new ProfileStorage(id);
    expect(await storage.loadRecord()).to.deep.equal(RECORD);
    await storage.clearRecord();
    expect(await new ProfileStorage(id).loadRecord()).to.equal(undefined);
  });

  it('clearDraft deletes the draft and its key but keeps the record', async () => {
    const id = uniqueId('clear-draft');
    const storage = new ProfileStorage(id);
    await storage.saveDraft(await makeDraft());
    await storage.saveRecord(RECORD);
    await storage.clearDraft();
    const stored = await rawFor(id);
    expect(stored.draft).to.equal(undefined);
    expect(stored.draftKey).to.equal(undefined);
    expect(stored.record).to.deep.equal(RECORD);
    expect(await storage.loadDraft()).to.equal(undefined);
  });

  it('wipeProfile deletes draft, key, record and signing key of that profile only', async () => {
    const mine = uniqueId('wipe-mine');
    const other = uniqueId('wipe-other');
    const deletedSigningKeys: string[] = [];
    for (const id of [mine, other]) {
      const s = new ProfileStorage(id);
      await s.saveDraft(await makeDraft());
      await s.saveRecord(RECORD);
    }
    const storage = new ProfileStorage(mine, {deleteSigningKey: async (id) => void deletedSigningKeys.push(id)});
    await storage.wipeProfile();

    expect(await rawFor(mine)).to.deep.equal({draft: undefined, record: undefined, draftKey: undefined});
    expect(deletedSigningKeys).to.deep.equal([mine]);
    expect(await storage.loadDraft()).to.equal(undefined);
    const others = new ProfileStorage(other);
    expect(await others.loadDraft()).to.exist;
    expect(await others.loadRecord()).to.deep.equal(RECORD);
  });

  // Latest-wins holds through two mechanisms (the write queue, and skipping superseded saves); this test
  // fails only when both are gone. serial-queue.test.ts checks the queue on its own.
  it('leaves the latest draft stored when saves are made concurrently', async () => {
    const id = uniqueId('concurrent');
    const storage = new ProfileStorage(id);
    // The first draft is large (slow to encrypt), the last small: unserialized writes would land the
    // first one last.
    const big = await makeDraft('first');
    big.captures.selfie!.blob = new Blob([crypto.getRandomValues(new Uint8Array(60_000)), new Uint8Array(8_000_000)], {
      type: 'image/jpeg',
    });
    const saves = [storage.saveDraft(big)];
    for (const name of ['second', 'third', 'last']) saves.push(storage.saveDraft({...(await makeDraft(name)), captures: {}}));
    await Promise.all(saves);
    expect((await storage.loadDraft())?.name).to.equal('last');
    expect((await new ProfileStorage(id).loadDraft())?.name, 'in IndexedDB').to.equal('last');
  });

  it('a clear queued after a save wins: nothing is left stored', async () => {
    const id = uniqueId('save-then-clear');
    const storage = new ProfileStorage(id);
    const saving = storage.saveDraft(await makeDraft());
    const clearing = storage.clearDraft();
    await Promise.all([saving, clearing]);
    expect((await rawFor(id)).draft).to.equal(undefined);
  });

  it('clearStoredData empties every store of every profile (signing keys included) and the in-memory copies', async () => {
    const ids = [uniqueId('all-a'), uniqueId('all-b')];
    const live: ProfileStorage[] = [];
    for (const id of ids) {
      const s = new ProfileStorage(id);
      await s.saveDraft(await makeDraft());
      await s.saveRecord(RECORD);
      await getDeviceKey(id);
      live.push(s);
    }
    expect(await entries(signingKeys), 'signing keys were stored').to.not.deep.equal([]);
    // A save still in flight must not land after the wipe.
    const inFlight = live[0].saveDraft(await makeDraft('late'));
    const ok = await clearStoredData();
    await inFlight;

    expect(ok).to.be.true;
    const dbNames = (await indexedDB.databases()).map((d) => d.name);
    for (const name of ['idv-drafts', 'idv-records', 'idv-draft-keys', 'idv-keys']) expect(dbNames).to.include(name);
    for (const store of [raw.drafts, raw.records, raw.draftKeys, signingKeys]) {
      expect(await entries(store)).to.deep.equal([]);
    }
    for (const s of live) {
      expect(await s.loadDraft()).to.equal(undefined);
      expect(await s.loadRecord()).to.equal(undefined);
    }
  });

  it('wipeProfile deletes the real signing key of that profile by default', async () => {
    const id = uniqueId('wipe-signing');
    const other = uniqueId('wipe-signing-other');
    await getDeviceKey(id);
    await getDeviceKey(other);
    await new ProfileStorage(id).wipeProfile();
    expect(await get(id, signingKeys)).to.equal(undefined);
    expect(await get(other, signingKeys)).to.exist;
  });

  it('returns the draft saved in this session even before IndexedDB has answered', async () => {
    const storage = new ProfileStorage(uniqueId('memory-first'));
    const draft = await makeDraft('Grace');
    void storage.saveDraft(draft);
    const loaded: Draft | undefined = await storage.loadDraft();
    expect(loaded?.name).to.equal('Grace');
    expect(loaded?.captures.selfie?.blob).to.equal(draft.captures.selfie!.blob);
  });
});
