import {ProfileStorage, type DraftDiscardReason, type PersistMode} from '../storage/index.js';
import type {CompletedProfileRecord} from '../types.js';
import type {FlowState, StepName} from './flow-state.js';
import type {DraftSnapshot} from './transition.js';

/** Steps worth saving as a draft: the person has begun and not yet finished. */
const DRAFT_STEPS: readonly StepName[] = ['name', 'id-layout', 'selfie', 'document', 'review'];

/** What the element hears from persistence. */
export interface PersistenceEvents {
  /** IndexedDB failed: the flow carries on in memory (fired once per storage instance). */
  onUnavailable(error: unknown): void;
  /** A stored draft was dropped (expired or unreadable). */
  onDraftDiscarded?(reason: DraftDiscardReason): void;
}

/**
 * Keeps the flow's draft and the completed-profile record in step with storage for one profile id:
 * loads them when the element starts, saves the draft as the person goes, swaps to the record after a
 * submission. A thin layer over {@link ProfileStorage}, which owns encryption, expiry and faults.
 */
export class DraftPersistence {
  #storage: ProfileStorage | undefined;
  /** What storage holds now, so an unchanged flow (e.g. the draft just restored) is not written again. */
  #lastSaved: DraftSnapshot | undefined;

  constructor(private readonly events: PersistenceEvents) {}

  /** (Re)opens storage for a profile. Returns what was stored: the record and the draft, if any. */
  async open(
    profileId: string,
    persist: PersistMode,
    ttlMs: number | undefined,
  ): Promise<{record?: CompletedProfileRecord; draft?: DraftSnapshot}> {
    const storage = new ProfileStorage(profileId, {
      persist,
      ttlMs,
      onUnavailable: (error) => this.events.onUnavailable(error),
      onDraftDiscarded: (reason) => this.events.onDraftDiscarded?.(reason),
    });
    this.#storage = storage;
    this.#lastSaved = undefined;
    const [record, draft] = await Promise.all([storage.loadRecord(), storage.loadDraft()]);
    // A newer open() (profile-id changed meanwhile) makes this result stale.
    if (this.#storage !== storage) return {};
    this.#lastSaved = draft;
    return {record, draft};
  }

  /** Saves the parts of the flow a reload should bring back, when they changed. Never rejects. */
  save(flow: FlowState): void {
    const storage = this.#storage;
    if (!storage || !DRAFT_STEPS.includes(flow.step)) return;
    const draft: DraftSnapshot = {step: flow.step, name: flow.name, layout: flow.layout, captures: {...flow.captures}};
    if (this.#lastSaved && sameDraft(this.#lastSaved, draft)) return;
    this.#lastSaved = draft;
    void storage.saveDraft(draft);
  }

  /** After a successful submission: the draft goes, the record stays. */
  async complete(record: CompletedProfileRecord): Promise<void> {
    const storage = this.#storage;
    if (!storage) return;
    this.#lastSaved = undefined;
    await Promise.all([storage.clearDraft(), storage.saveRecord(record)]);
  }

  /** The host confirmed a profile is on file: a leftover draft is what was submitted. */
  async dropDraft(): Promise<void> {
    this.#lastSaved = undefined;
    await this.#storage?.clearDraft();
  }

  /** The host says nothing is on file: the record this device kept is stale. */
  async dropRecord(): Promise<void> {
    await this.#storage?.clearRecord();
  }

  /** Deletes everything kept for this profile: draft, record, draft key and signing key. */
  async wipe(): Promise<void> {
    this.#lastSaved = undefined;
    await this.#storage?.wipeProfile();
  }
}

/** Equal drafts: same step, name and layout, and the very same capture objects (photos are not compared byte by byte). */
function sameDraft(a: DraftSnapshot, b: DraftSnapshot): boolean {
  return (
    a.step === b.step &&
    a.name === b.name &&
    a.layout === b.layout &&
    a.captures.selfie === b.captures.selfie &&
    a.captures.document === b.captures.document
  );
}
