import {LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {ContextProvider} from '@lit/context';
import {flowStateContext, settingsContext, stringsContext, IntentEvent, type FlowSettings} from './flow/contexts.js';
import {INITIAL_STATE, NUMBERED_STEPS, stepNumber, type FlowState, type StepName} from './flow/flow-state.js';
import {transition, type FlowEvent} from './flow/transition.js';
import {en, type IdvStrings} from './i18n/en.js';
import {directionOf, loadStrings, matchLocale} from './i18n/locales.js';
import {IdvCaptureEvent, IdvErrorEvent, IdvStepEvent} from './events.js';
import {DraftPersistence} from './flow/draft-persistence.js';
import {CAMERA_PROBLEMS} from './camera/camera-problems.js';
import {submitProfile, withTimeout} from './flow/submit-profile.js';
import {clearStoredData as clearAllStoredData} from './storage/index.js';
import type {IdvErrorCode, ProfileStatus} from './types.js';
import {styles} from './id-verification-profile.styles.js';
import {IntroStep} from './steps/intro-step.js';
import {NameStep} from './steps/name-step.js';
import {LayoutStep} from './steps/layout-step.js';
import {OutcomeStep} from './steps/outcome-step.js';
import {CaptureStep} from './steps/capture-step.js';
import {CameraProblemStep} from './steps/camera-problem-step.js';
import {ReviewStep} from './steps/review-step.js';
import type {StepElement} from './steps/step-element.js';

/** The step elements the root renders, by tag. Registered by {@link IdVerificationProfile.define}. */
const STEP_ELEMENTS: Record<string, CustomElementConstructor> = {
  'idv-intro-step': IntroStep,
  'idv-name-step': NameStep,
  'idv-layout-step': LayoutStep,
  'idv-outcome-step': OutcomeStep,
  'idv-capture-step': CaptureStep,
  'idv-camera-problem-step': CameraProblemStep,
  'idv-review-step': ReviewStep,
};


/** The values of the `status` attribute; anything else counts as not set. */
/** The profile id when the host gives none: such a profile is never stored on the device. */
const DEFAULT_PROFILE_ID = 'default';

const HOST_STATUSES: readonly ProfileStatus[] = ['none', 'pending', 'approved', 'rejected'];

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Parts of the camera steps, re-exported so pages can style them. */
const CAMERA_PARTS = 'heading, primary-button, secondary-button, video, overlay, shutter, guidance';

/**
 * Collects an identity Verification Profile — full name, a live photo of the face and a live photo of a
 * government photo ID — and hands the page a signed submission through the `idv-submit` event.
 *
 * @summary Identity verification profile: name, live selfie, live ID photo, signed submission.
 * @tagname id-verification-profile
 *
 * @fires {IdvStepEvent} idv-step - The element moved to another step: `detail: {step, previous}`.
 * @fires {IdvCaptureEvent} idv-capture - A photo was accepted: `detail: {kind, checks}`.
 * @fires {IdvErrorEvent} idv-error - Something went wrong: `detail: {code, message, recoverable}`.
 * @fires {IdvSubmitEvent} idv-submit - The signed submission is ready; call `respondWith(promise)` to report the host's outcome.
 *
 * @csspart step - The box around the current step.
 * @csspart progress - The "Step 2 of 5" line.
 * @csspart heading - Each step's heading.
 * @csspart primary-button - The main action of a step.
 * @csspart secondary-button - Other actions (back, retake, change).
 * @csspart input - The name field.
 * @csspart video - The live camera preview.
 * @csspart overlay - The face or card guide drawn over the preview.
 * @csspart shutter - The button that takes the photo.
 * @csspart guidance - The live guidance message.
 *
 * @cssproperty [--idv-color-accent=#0b57d0] - Buttons, links and the guide when ready.
 * @cssproperty [--idv-color-on-accent=#ffffff] - Text on accent backgrounds.
 * @cssproperty [--idv-color-text=#1f1f1f] - Body text.
 * @cssproperty [--idv-color-muted=#545454] - Secondary text.
 * @cssproperty [--idv-color-surface=#ffffff] - Background.
 * @cssproperty [--idv-color-border=#757575] - Field and box borders.
 * @cssproperty [--idv-color-danger=#b3261e] - Errors and failing checks.
 * @cssproperty [--idv-color-focus=#0b57d0] - The focus ring.
 * @cssproperty [--idv-color-guide-ready=#5ee08a] - The camera guide when every check passes (drawn over the video).
 * @cssproperty [--idv-radius=8px] - Corner radius of buttons, fields and the box.
 * @cssproperty [--idv-font=inherit] - Font family.
 * @cssproperty [--idv-spacing=16px] - Base spacing unit.
 *
 * @cssstate intro - Showing the intro.
 * @cssstate name - Showing the name step.
 * @cssstate id-layout - Asking whether name and photo are on the same side of the ID.
 * @cssstate selfie - Taking the photo of the face.
 * @cssstate document - Taking the photo of the ID.
 * @cssstate review - Showing everything for a last check.
 * @cssstate done - The profile was just submitted.
 * @cssstate on-file - A profile is on file (approved or under review).
 * @cssstate rejected - The host reported the profile as rejected.
 * @cssstate no-camera - No camera was found.
 * @cssstate camera-blocked - Camera permission is denied.
 * @cssstate camera-error - The camera is busy, stopped or unusable.
 * @cssstate unsupported - The page or browser cannot use a camera.
 * @cssstate capturing - A camera step is showing.
 * @cssstate submitting - The submission is being handed to the host.
 * @cssstate complete - A profile is on file or was just submitted.
 */
export class IdVerificationProfile extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  // Declared here rather than with decorators: the decorator helpers cost the script-tag bundle ~1 kB.
  static override properties: PropertyDeclarations = {
    challenge: {},
    profileId: {attribute: 'profile-id'},
    fullName: {attribute: 'full-name'},
    persist: {},
    autoCapture: {type: Boolean, attribute: 'auto-capture'},
    status: {},
    statusReason: {attribute: 'status-reason'},
    handoffUrl: {attribute: 'handoff-url'},
    privacyUrl: {attribute: 'privacy-url'},
    name: {reflect: true},
    draftTtlHours: {type: Number, attribute: 'draft-ttl-hours'},
    submitTimeout: {type: Number, attribute: 'submit-timeout'},
    strings: {attribute: false},
    faceDetector: {attribute: false},
    visionBaseUrl: {attribute: 'vision-base-url'},
    flow: {state: true, attribute: false},
    activeStrings: {state: true, attribute: false},
    settings: {state: true, attribute: false},
    storageUnavailable: {state: true, attribute: false},
    disabledByForm: {state: true, attribute: false},
  };

  /**
   * Registers the element (and its step elements) under `tag`. Safe to call more than once, and when
   * another copy of the script already registered it.
   */
  static define(tag = 'id-verification-profile'): void {
    for (const [stepTag, ctor] of Object.entries(STEP_ELEMENTS)) {
      if (!customElements.get(stepTag)) customElements.define(stepTag, ctor);
    }
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /**
   * Server-issued one-time value, signed into the claims as `nonce`. Required to submit unless
   * `getChallenge` is set. A fixed value goes stale on a page left open past its lifetime, and a retry
   * signs it again: prefer `getChallenge`.
   */
  challenge = '';

  /**
   * Asks the host for a fresh challenge at the moment of signing: called once for every signature,
   * the first and every retry, so a page left open for hours still signs a live value. Return the
   * challenge (or a promise of it); a rejection, an empty value or no answer within `submit-timeout`
   * is a retryable `missing-challenge` error. When set, it is used instead of `challenge`. (A plain
   * property, read only when signing: setting it does not re-render.)
   *
   * @example
   * element.getChallenge = async () => (await (await fetch('/api/challenge')).json()).challenge;
   */
  getChallenge: (() => string | Promise<string>) | null = null;

  /**
   * The host's stable id for this person: namespaces stored data and becomes the `sub` claim.
   * Without one (the default, `default`), nothing is stored on the device: on a shared computer one
   * person must never resume another's photos, and a stored record could not tell them apart.
   */
  profileId = DEFAULT_PROFILE_ID;

  /** Pre-fill for the name step. */
  fullName = '';

  /** `draft` (default): progress survives a reload, encrypted and expiring. `none`: memory only. */
  persist: 'draft' | 'none' = 'draft';

  /** Take the photo automatically once every check passes and the picture is steady. The shutter always remains. */
  autoCapture = false;

  /**
   * Host-reported status from its backend. Not set (the default, or the attribute removed): the
   * element's own record applies. Set, it wins: `pending` / `approved` show the on-file screen,
   * `rejected` the reason and a redo, and `none` says nothing is on file — a record this device kept
   * is deleted and the person starts at the intro. Unknown values count as not set.
   */
  status: ProfileStatus | null = null;

  /** Why the profile was rejected, shown with `status="rejected"`. */
  statusReason = '';

  /** Where to continue on another device when this one has no camera (shown as a link and a QR code). */
  handoffUrl = '';

  /** Link to the host's privacy notice, shown on the intro. */
  privacyUrl = '';

  /** Form field name: inside a `<form>` the element contributes `<name>.jws`, `<name>.selfie`, `<name>.document`. */
  name = '';

  /** Hours after which an unfinished draft is deleted instead of resumed. */
  draftTtlHours = 24;

  /** Seconds the host's `respondWith` promise may take before the submission counts as failed (retryable). */
  submitTimeout = 60;

  /** Overrides for any entry of the string table, in the active language. */
  strings: Partial<IdvStrings> = {};

  /**
   * The host's own face detector (`{detect(source) → Promise<{box}[]>}`, e.g. the browser's
   * `FaceDetector`), used instead of the built-in one: it runs on the page's thread with the live `<video>`.
   * Without one, the built-in detector runs in the vision Worker.
   */
  faceDetector: unknown = null;

  /**
   * The folder the built-in face checks load their files from: `vision-worker.js`, `face-engine.wasm` and
   * `blazeface-short-range.bin` (the `dist/vision/` folder of the package). Empty (the default): the
   * `vision/` folder beside the script-tag bundle, or beside the module in the npm build. Must be of the
   * page's origin (a Worker always is). Read when a camera step starts.
   */
  visionBaseUrl = '';

  protected flow: FlowState = INITIAL_STATE;

  protected activeStrings: IdvStrings = en;

  protected settings: FlowSettings = this.#settings('en');

  // The steps read these three through @lit/context; willUpdate hands each new value on.
  #flowProvider = new ContextProvider(this, {context: flowStateContext, initialValue: this.flow});
  #stringsProvider = new ContextProvider(this, {context: stringsContext, initialValue: this.activeStrings});
  #settingsProvider = new ContextProvider(this, {context: settingsContext, initialValue: this.settings});

  /** True while storage is unavailable and the flow lives in memory only. */
  protected storageUnavailable = false;

  /** True while a disabled `<fieldset>` or form disables the element. */
  protected disabledByForm = false;

  #hasFormValue = false;

  /** The language shown, and the one the page asked for (they differ when no table matches). */
  #language = 'en';
  #wantedLanguage = '';
  /** Any `lang` change in the document may change the nearest one: the page's language is followed. */
  #languageObserver: MutationObserver | undefined;
  #persistence = new DraftPersistence({
    onUnavailable: (error) => {
      this.storageUnavailable = true;
      this.reportError('storage-unavailable', `Progress cannot be saved on this device: ${describe(error)}`, true);
    },
  });
  /** Bumped on every storage (re)open so a slow load for an old profile id is ignored. */
  #openGeneration = 0;
  /** The memory-only console message was shown (once per element). */
  #saidMemoryOnly = false;
  /**
   * Bumped when the person the element works for changes (`profile-id`, `reset()`, `clearStoredData()`),
   * so a submission still in flight for the previous one is discarded when it ends.
   */
  #profileGeneration = 0;
  #languageTable: IdvStrings = en;
  #focusAfterUpdate = false;
  protected internals: ElementInternals = this.attachInternals();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') void this.#updateLanguage();
  }

  /** The current step (read-only; use the element's UI or methods to move). */
  get step(): StepName {
    return this.flow.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#languageObserver ??= new MutationObserver(() => void this.#updateLanguage());
    this.#languageObserver.observe(document.documentElement, {attributeFilter: ['lang'], subtree: true});
    void this.#updateLanguage();
    // The form value survives a move in the document; only a new element starts out incomplete.
    if (!this.hasUpdated) this.#syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver?.disconnect();
  }

  /**
   * Starts over and forgets this profile on this device: the draft, the completed-profile record and
   * the signing key are deleted. The host's `status` still applies.
   */
  async reset(): Promise<void> {
    this.#profileGeneration++;
    this.apply({type: 'reset'});
    this.#syncForm();
    await this.#persistence.wipe();
  }

  /**
   * Deletes everything this component stored on this origin, for every profile id (drafts, records,
   * keys), and starts over. Resolves `true` when every store was emptied.
   */
  async clearStoredData(): Promise<boolean> {
    this.#profileGeneration++;
    const cleared = await clearAllStoredData();
    this.apply({type: 'reset'});
    this.#syncForm();
    return cleared;
  }

  /**
   * Signs the profile and fires `idv-submit` — what the review step's Submit button does. Only acts on
   * the review step with every part present; a second call while one is running does nothing (the
   * flow is on `submitting` from the first call's first line until it ends).
   */
  submit(): Promise<void> {
    return this.#submit(false);
  }

  async #submit(byPerson: boolean): Promise<void> {
    if (this.flow.step !== 'review' || this.disabledByForm) return;
    if (!this.challenge && typeof this.getChallenge !== 'function') {
      this.apply({type: 'submit-blocked', message: this.activeStrings.missingChallenge});
      this.reportError('missing-challenge', 'Set challenge or getChallenge to a server-issued value first', true);
      return;
    }
    const before = this.apply({type: 'submit'});
    if (before.step !== 'submitting') return;
    // The submission belongs to the profile that started it: a result arriving for another is dropped.
    const generation = this.#profileGeneration;
    let challenge: string;
    try {
      challenge = await this.#challengeForSignature();
    } catch (error) {
      if (generation === this.#profileGeneration) {
        this.apply({type: 'submit-failed', message: this.activeStrings.submitFailed}, byPerson);
        this.reportError('missing-challenge', `getChallenge: ${describe(error)}`, true);
      }
      return;
    }
    if (generation !== this.#profileGeneration) return;
    const outcome = await submitProfile({
      flow: before,
      profileId: this.profileId,
      challenge,
      target: this,
      timeoutMs: this.submitTimeout * 1000,
      stillCurrent: () => generation === this.#profileGeneration,
    });
    if (generation !== this.#profileGeneration) return;
    if (outcome.ok) {
      this.#syncForm(outcome.submission);
      // Unconfirmed (no respondWith), the draft stays until the host reports the profile through `status`.
      if (outcome.record) await this.#persistence.complete(outcome.record);
      this.apply({type: 'submit-succeeded', record: outcome.record}, byPerson);
    } else {
      this.apply({type: 'submit-failed', message: this.activeStrings.submitFailed}, byPerson);
      this.reportError(outcome.code, outcome.message, true);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('profileId') && this.hasUpdated) {
      // Another person: nothing of the previous one may be shown or signed under the new id.
      this.#profileGeneration++;
      this.apply({type: 'reset'});
      this.#syncForm();
    }
    if (changed.has('profileId') || changed.has('persist') || changed.has('draftTtlHours')) void this.#openStorage();
    if (changed.has('status') || changed.has('statusReason')) {
      const status = HOST_STATUSES.includes(this.status as ProfileStatus) ? this.status : null;
      const next = this.apply({type: 'host-status', status, reason: this.statusReason ?? ''});
      if (changed.has('status')) {
        if (status === 'none') void this.#persistence.dropRecord();
        // A profile handed over without respondWith (a plain form post) is confirmed by the host here.
        if ((status === 'pending' || status === 'approved') && (next.step === 'on-file' || next.step === 'done')) {
          void this.#persistence.dropDraft();
        }
      }
    }
    if (
      changed.has('autoCapture') ||
      changed.has('handoffUrl') ||
      changed.has('privacyUrl') ||
      changed.has('faceDetector') ||
      changed.has('visionBaseUrl') ||
      changed.has('fullName')
    ) {
      this.settings = this.#settings(this.#language);
    }
    if (changed.has('strings')) this.activeStrings = {...this.#languageTable, ...this.strings};
    // Last: the lines above may have changed these during this update.
    if (changed.has('flow')) this.#flowProvider.setValue(this.flow);
    if (changed.has('activeStrings')) this.#stringsProvider.setValue(this.activeStrings);
    if (changed.has('settings')) this.#settingsProvider.setValue(this.settings);
  }

  protected override updated(): void {
    // The anchor and the message follow the step and the language.
    if (!this.#hasFormValue) void this.#syncValidity();
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      void this.renderRoot.querySelector<StepElement>('[data-step]')?.focusHeading();
    }
  }

  /**
   * Applies a flow event: the one place the state changes. Fires `idv-step` when the step changes, and
   * moves focus to the new step's heading when the person caused it (`byPerson`) or focus is already
   * inside the element — never for a restored draft, a loaded record or the host's `status`, which
   * would pull the person away from wherever they are on the page. Returns the new state.
   */
  protected apply(event: FlowEvent, byPerson = false): FlowState {
    const previous = this.flow;
    const next = transition(previous, event);
    if (next === previous) return previous;
    this.flow = next;
    this.#syncStates();
    this.#persistence.save(next);
    if (next.step !== previous.step) {
      // Submitting happens in place on the review screen: focus stays on the button the person used.
      this.#focusAfterUpdate = this.hasUpdated && next.step !== 'submitting' && (byPerson || this.matches(':focus-within'));
      const stepEvent = new IdvStepEvent(next.step, previous.step);
      this.dispatchEvent(stepEvent);
    }
    return next;
  }

  /** Fires `idv-error`. */
  protected reportError(code: IdvErrorCode, message: string, recoverable = true): void {
    const event = new IdvErrorEvent(code, message, recoverable);
    this.dispatchEvent(event);
  }

  protected onIntent(event: Event): void {
    event.stopPropagation();
    if (this.disabledByForm) return;
    const {intent} = event as IntentEvent;
    if (intent.type === 'submit') {
      void this.#submit(true);
      return;
    }
    const before = this.flow;
    // A camera failing is the camera's doing, not the person's: focus follows only if it is already here.
    const after = this.apply(intent, intent.type !== 'camera-failed');
    if (after === before) return;
    if (intent.type === 'captured' && intent.capture !== before.captures[intent.capture.kind]) {
      // Only a new photo is news: re-using the photo already taken moves on without an event.
      const captureEvent = new IdvCaptureEvent(intent.capture.kind, intent.capture.checks);
      this.dispatchEvent(captureEvent);
    } else if (intent.type === 'camera-failed') {
      // The message is the English heading of the problem's screen: the developer reads what the person read.
      this.reportError(intent.problem, en[CAMERA_PROBLEMS[intent.problem].heading], true);
    }
  }

  override render(): TemplateResult {
    const {step} = this.flow;
    const s = this.activeStrings;
    const number = stepNumber(step);
    return html`
      <div class="frame" part="step" dir=${this.settings.dir} lang=${this.#language} ?inert=${this.disabledByForm} @idv-intent=${this.onIntent}>
        ${number ? html`<p class="progress" part="progress">${s.stepOf(number, NUMBERED_STEPS.length)}</p>` : null}
        ${this.flow.resumed ? html`<p class="notice" role="status">${s.resumed}</p>` : null}
        ${this.storageUnavailable ? html`<p class="notice" role="status">${s.storageUnavailable}</p>` : null}
        ${this.renderStep(step)}
      </div>
    `;
  }

  /** The element for a step (later steps are registered by their own modules). */
  protected renderStep(step: StepName): unknown {
    switch (step) {
      case 'intro':
        return html`<idv-intro-step data-step exportparts="heading, primary-button"></idv-intro-step>`;
      case 'name':
        return html`<idv-name-step data-step exportparts="heading, primary-button, secondary-button, input"></idv-name-step>`;
      case 'id-layout':
        return html`<idv-layout-step data-step exportparts="heading, primary-button, secondary-button"></idv-layout-step>`;
      case 'selfie':
      case 'document':
        // Keyed by kind so the selfie's camera is stopped and a fresh one started for the ID.
        return keyed(step, html`<idv-capture-step data-step kind=${step} exportparts=${CAMERA_PARTS}></idv-capture-step>`);
      case 'no-camera':
      case 'camera-blocked':
      case 'camera-error':
      case 'unsupported':
        return html`<idv-camera-problem-step data-step exportparts="heading, primary-button, secondary-button"></idv-camera-problem-step>`;
      case 'review':
      case 'submitting':
        return html`<idv-review-step data-step exportparts="heading, primary-button, secondary-button"></idv-review-step>`;
      case 'done':
      case 'on-file':
      case 'rejected':
        return html`<idv-outcome-step data-step exportparts="heading, primary-button, secondary-button"></idv-outcome-step>`;
      default:
        // Exhaustive: a new step name without a screen fails to compile here.
        return step satisfies never;
    }
  }

  /**
   * The challenge to sign now: a fresh one from `getChallenge` when the host set it, else `challenge`.
   * Rejects when `getChallenge` fails, answers nothing or does not answer within `submit-timeout`.
   */
  async #challengeForSignature(): Promise<string> {
    const getChallenge = this.getChallenge;
    if (typeof getChallenge !== 'function') return this.challenge;
    const answer = await withTimeout(Promise.resolve().then(getChallenge), this.submitTimeout * 1000);
    if (typeof answer !== 'string' || !answer) throw new Error('no challenge');
    return answer;
  }

  /**
   * `persist`, unless no profile id was given: then drafts stay in memory, because the next person at a
   * shared computer would otherwise resume this person's photos. Said once on the console, as it is a
   * host's choice to make.
   */
  #persistMode(): 'draft' | 'none' {
    if (this.persist === 'none') return 'none';
    if (this.profileId !== DEFAULT_PROFILE_ID) return 'draft';
    if (!this.#saidMemoryOnly) {
      this.#saidMemoryOnly = true;
      console.info(
        'id-verification-profile: no profile-id is set, so progress is kept in memory only (one person must never resume ' +
          "another's photos on a shared computer). Set profile-id to the signed-in person's id to keep drafts across reloads.",
      );
    }
    return 'none';
  }

  /** Loads what storage holds for the current profile id and resumes it. */
  async #openStorage(): Promise<void> {
    const generation = ++this.#openGeneration;
    this.storageUnavailable = false;
    const ttlMs = Number.isFinite(this.draftTtlHours) && this.draftTtlHours > 0 ? this.draftTtlHours * 3_600_000 : undefined;
    const {record, draft} = await this.#persistence.open(this.profileId, this.#persistMode(), ttlMs);
    if (generation !== this.#openGeneration) return;
    if (record) this.apply({type: 'load-record', record});
    if (draft) this.apply({type: 'restore', draft});
  }

  /**
   * Form participation: after a submission the element contributes `<name>.jws`, `<name>.selfie` and
   * `<name>.document` to a surrounding form; until then it reports `valueMissing`.
   */
  #syncForm(submission?: {jws: string; files: {selfie: File; document: File}}): void {
    this.#hasFormValue = Boolean(submission);
    if (!submission) {
      this.internals.setFormValue(null);
      void this.#syncValidity();
      return;
    }
    const prefix = this.name ? `${this.name}.` : '';
    const value = new FormData();
    value.append(`${prefix}jws`, submission.jws);
    value.append(`${prefix}selfie`, submission.files.selfie);
    value.append(`${prefix}document`, submission.files.document);
    this.internals.setFormValue(value);
    this.internals.setValidity({});
  }

  /**
   * While incomplete, the element reports `valueMissing` in the active language, anchored on the current
   * step's main control: that is where the browser shows its message and moves focus (without an anchor
   * it can only log that the element is not focusable, and the person sees nothing).
   */
  async #syncValidity(): Promise<void> {
    const step = this.renderRoot.querySelector<StepElement>('[data-step]');
    await step?.updateComplete;
    if (this.#hasFormValue) return;
    const root = step?.shadowRoot;
    const anchor = root?.querySelector<HTMLElement>('.primary') ?? root?.querySelector<HTMLElement>('button, h2') ?? undefined;
    try {
      this.internals.setValidity({valueMissing: true}, this.activeStrings.formIncomplete, anchor);
    } catch {
      // Another step replaced this one meanwhile (the anchor left the element): its update syncs again.
    }
  }

  /** Why the element is invalid in its form (in the language shown), or `''` once it has submitted. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Called by the form when it is reset: the element's value goes, the person's work stays. */
  formResetCallback(): void {
    this.#syncForm();
  }

  /** A disabled `<fieldset>` (or form owner) disables the element: nothing in it can be used meanwhile. */
  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  /**
   * Language: own `lang`, else the nearest `[lang]` ancestor, else `<html lang>`, else English. The
   * element's `lang` and direction are those of the table actually shown, so a `lang="he"` page without
   * a Hebrew table reads English, left to right.
   */
  async #updateLanguage(): Promise<void> {
    const wanted = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (wanted === this.#wantedLanguage) return;
    this.#wantedLanguage = wanted;
    const table = await loadStrings(wanted);
    if (this.#wantedLanguage !== wanted) return; // a newer change won the race
    this.#language = table === en ? 'en' : matchLocale(wanted);
    this.settings = this.#settings(this.#language);
    this.#languageTable = table;
    this.activeStrings = {...table, ...this.strings};
  }

  #settings(lang: string): FlowSettings {
    return {
      autoCapture: this.autoCapture,
      handoffUrl: this.handoffUrl,
      privacyUrl: this.privacyUrl,
      faceDetector: this.faceDetector,
      fullName: this.fullName,
      visionBaseUrl: this.visionBaseUrl,
      lang,
      dir: directionOf(lang),
    };
  }

  /**
   * Mirrors the flow into custom states so pages can style `:state(capturing)` and friends. Chromium
   * 90–124 accept only `--name` states (matched by `:--name`) and throw on the rest, so those get the
   * old spelling; and whatever an engine does, styling hooks never get to break rendering or submitting.
   */
  #syncStates(): void {
    const states = this.internals.states;
    if (!states) return;
    const {step} = this.flow;
    const stateNames: string[] = [step];
    if (step === 'selfie' || step === 'document') stateNames.push('capturing');
    if (step === 'submitting') stateNames.push('submitting');
    if (step === 'done' || step === 'on-file') stateNames.push('complete');
    try {
      states.clear();
      for (const name of stateNames) {
        try {
          states.add(name);
        } catch {
          states.add(`--${name}`);
        }
      }
    } catch {
      // An engine refusing both spellings: the element works, unstyled by state.
    }
  }
}
