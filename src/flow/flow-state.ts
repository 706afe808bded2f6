import type {CameraProblem, Capture, CaptureKind, CompletedProfileRecord, IdLayout, ProfileStatus} from '../types.js';

/** Every screen the element can show. */
export type StepName =
  | 'intro'
  | 'name'
  | 'id-layout'
  | 'selfie'
  | 'document'
  | 'review'
  | 'submitting'
  | 'done'
  | 'on-file'
  | 'rejected'
  | 'no-camera'
  | 'camera-blocked'
  | 'camera-error'
  | 'unsupported';

/** The numbered steps of the journey, in order ("Step 2 of 5"). */
export const NUMBERED_STEPS = ['name', 'id-layout', 'selfie', 'document', 'review'] as const;

export type {CameraProblem} from '../types.js';

/** The captures taken so far. */
export type Captures = Readonly<Partial<Record<CaptureKind, Capture>>>;

/**
 * The whole flow state. Immutable: {@link transition} returns a new object whenever anything changes,
 * which is what lets @lit/context notify the steps.
 */
export interface FlowState {
  readonly step: StepName;
  /** The normalised name (empty until the name step is completed). */
  readonly name: string;
  readonly layout: IdLayout | null;
  readonly captures: Captures;
  /** The camera step a camera problem interrupted, to return to on retry. */
  readonly cameraStep: CaptureKind | null;
  readonly cameraProblem: CameraProblem | null;
  /** Set when the person came from the review step to change one part: finishing it returns there. */
  readonly returnToReview: boolean;
  /** Message of the last failed submission, shown on the review step with a retry. */
  readonly submitError: string | null;
  /** The completed-profile record (after a submission, or loaded from storage). */
  readonly record: CompletedProfileRecord | null;
  /**
   * Host-reported status (`status` attribute), or `null` while the host has not said: then the
   * element's own record decides. `none` means the host knows of no profile (a local record is dropped).
   */
  readonly status: ProfileStatus | null;
  readonly statusReason: string;
  /** True after a stored draft was restored, so the step can say "We kept your progress". */
  readonly resumed: boolean;
}

/** The state of a flow that has not begun. */
export const INITIAL_STATE: FlowState = Object.freeze({
  step: 'intro',
  name: '',
  layout: null,
  captures: Object.freeze({}),
  cameraStep: null,
  cameraProblem: null,
  returnToReview: false,
  submitError: null,
  record: null,
  status: null,
  statusReason: '',
  resumed: false,
});

/** The 1-based position of a numbered step, or 0 for screens outside the count (intro, done, …). */
export function stepNumber(step: StepName): number {
  return (NUMBERED_STEPS as readonly string[]).indexOf(step) + 1;
}

/** True when name, layout and both captures are present: the profile can be submitted. */
export function isComplete(state: FlowState): boolean {
  return Boolean(state.name && state.layout && state.captures.selfie && state.captures.document);
}
