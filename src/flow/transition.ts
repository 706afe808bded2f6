import type {Capture, CaptureKind, CompletedProfileRecord, IdLayout, ProfileStatus} from '../types.js';
import {INITIAL_STATE, isComplete, type CameraProblem, type FlowState, type StepName} from './flow-state.js';
import {normalizeName} from './name.js';

/** Everything that can happen to the flow: intents from the steps and facts from the host. */
export type FlowEvent =
  | {type: 'start'}
  | {type: 'back'}
  | {type: 'next'}
  | {type: 'submit-name'; name: string}
  | {type: 'choose-layout'; layout: IdLayout}
  | {type: 'captured'; capture: Capture}
  | {type: 'edit'; step: 'name' | 'id-layout' | CaptureKind}
  | {type: 'camera-failed'; problem: CameraProblem}
  | {type: 'camera-retry'}
  | {type: 'submit'}
  | {type: 'submit-blocked'; message: string}
  /** `record` is null when the host did not confirm (no `respondWith`): nothing is remembered. */
  | {type: 'submit-succeeded'; record: CompletedProfileRecord | null}
  | {type: 'submit-failed'; message: string}
  | {type: 'restore'; draft: DraftSnapshot}
  | {type: 'load-record'; record: CompletedProfileRecord}
  | {type: 'host-status'; status: ProfileStatus | null; reason: string}
  | {type: 'update-profile'}
  | {type: 'reset'};

/** What a saved draft brings back. */
export interface DraftSnapshot {
  step: string;
  name: string;
  layout: IdLayout | null;
  captures: Partial<Record<CaptureKind, Capture>>;
}

const PREVIOUS: Partial<Record<StepName, StepName>> = {
  name: 'intro',
  'id-layout': 'name',
  selfie: 'id-layout',
  document: 'selfie',
  review: 'document',
};

const CAMERA_SCREEN: Record<CameraProblem, StepName> = {
  'camera-denied': 'camera-blocked',
  'camera-not-found': 'no-camera',
  'camera-in-use': 'camera-error',
  'camera-ended': 'camera-error',
  'camera-overconstrained': 'camera-error',
  'insecure-context': 'unsupported',
  unsupported: 'unsupported',
};

/** Steps a restored draft may resume at (never a transient or outcome screen). */
const RESUMABLE: readonly string[] = ['name', 'id-layout', 'selfie', 'document', 'review'];

const CAMERA_SCREENS: readonly StepName[] = ['no-camera', 'camera-blocked', 'camera-error', 'unsupported'];

/**
 * The flow's state machine: the next state for an event, or the same object when the event does not
 * apply in this state (an invalid event changes nothing). Pure: no DOM, no I/O, no clock.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  const go = (changes: Partial<FlowState>): FlowState => ({...state, ...changes});
  const {step} = state;
  switch (event.type) {
    case 'start':
      return step === 'intro' ? go({step: 'name', resumed: false}) : state;

    case 'back': {
      if (CAMERA_SCREENS.includes(step) && state.cameraStep) {
        return go({step: PREVIOUS[state.cameraStep]!, cameraProblem: null, returnToReview: false});
      }
      if (state.returnToReview && step !== 'review' && PREVIOUS[step]) {
        // Changing one part from review: backing out returns to review with nothing lost.
        return isComplete(state) ? go({step: 'review', returnToReview: false}) : state;
      }
      const previous = PREVIOUS[step];
      return previous ? go({step: previous, submitError: null, resumed: false}) : state;
    }

    case 'next':
      return nextFrom(state);

    case 'submit-name': {
      if (step !== 'name') return state;
      const result = normalizeName(event.name);
      if (!result.ok) return state;
      return advance(go({name: result.name}), 'id-layout');
    }

    case 'choose-layout': {
      if (step !== 'id-layout') return state;
      // A capture made for the other layout shows the wrong things (the two-sided selfie includes the
      // ID's photo side; the two-sided ID photo is the name side), so a changed layout drops them.
      const captures = event.layout === state.layout ? state.captures : {};
      return advance(go({layout: event.layout, captures}), 'selfie');
    }

    case 'captured': {
      const {capture} = event;
      if (step !== capture.kind) return state;
      const captures = {...state.captures, [capture.kind]: capture};
      return advance(go({captures}), capture.kind === 'selfie' ? 'document' : 'review');
    }

    case 'edit': {
      if (step !== 'review') return state;
      return go({step: event.step, returnToReview: true, submitError: null});
    }

    case 'camera-failed': {
      if (step !== 'selfie' && step !== 'document') return state;
      return go({step: CAMERA_SCREEN[event.problem], cameraStep: step, cameraProblem: event.problem});
    }

    case 'camera-retry': {
      if (!CAMERA_SCREENS.includes(step) || !state.cameraStep) return state;
      return go({step: state.cameraStep, cameraProblem: null});
    }

    case 'submit':
      return step === 'review' && isComplete(state) ? go({step: 'submitting', submitError: null}) : state;

    case 'submit-blocked':
      // Submitting was refused before it began (e.g. the host set no challenge): say so on review.
      return step === 'review' ? go({submitError: event.message}) : state;

    case 'submit-succeeded':
      if (step !== 'submitting') return state;
      // The draft is done with: keep only what "fill once" needs.
      return {...INITIAL_STATE, status: state.status, statusReason: state.statusReason, step: 'done', record: event.record};

    case 'submit-failed':
      return step === 'submitting' ? go({step: 'review', submitError: event.message}) : state;

    case 'restore': {
      const {draft} = event;
      if (step !== 'intro' || !RESUMABLE.includes(draft.step)) return state;
      const restored = go({
        step: draft.step as StepName,
        name: normalizeName(draft.name).ok ? draft.name : '',
        layout: draft.layout,
        captures: {...draft.captures},
        resumed: true,
      });
      // Never resume past a part that is missing (a draft from an older shape, or a partial write).
      return go({...restored, step: furthestReachable(restored, restored.step), returnToReview: false});
    }

    case 'load-record':
      return {...state, record: event.record, ...outcomeScreen(state, event.record, state.status)};

    case 'host-status': {
      // `none` is the host saying nothing is on file: a record this device kept is stale.
      const next = {...state, status: event.status, statusReason: event.reason, record: event.status === 'none' ? null : state.record};
      return {...next, ...outcomeScreen(next, next.record, event.status)};
    }

    case 'update-profile':
      return step === 'on-file' || step === 'rejected' || step === 'done'
        ? {...INITIAL_STATE, status: state.status, statusReason: state.statusReason, record: state.record, step: 'name'}
        : state;

    case 'reset':
      return {...INITIAL_STATE, status: state.status, statusReason: state.statusReason};
  }
}

/** Moves to `target`, or back to review when the person came from there to change this part. */
function advance(state: FlowState, target: StepName): FlowState {
  if (state.returnToReview && isComplete(state)) return {...state, step: 'review', returnToReview: false};
  return {...state, step: target, resumed: false};
}

function nextFrom(state: FlowState): FlowState {
  switch (state.step) {
    case 'intro':
      return transition(state, {type: 'start'});
    case 'name':
      return state.name ? advance(state, 'id-layout') : state;
    case 'id-layout':
      return state.layout ? advance(state, 'selfie') : state;
    case 'selfie':
      return state.captures.selfie ? advance(state, 'document') : state;
    case 'document':
      return state.captures.document ? advance(state, 'review') : state;
    default:
      return state;
  }
}

/** The furthest step up to `wanted` whose earlier parts are all present. */
function furthestReachable(state: FlowState, wanted: StepName): StepName {
  const order: StepName[] = ['name', 'id-layout', 'selfie', 'document', 'review'];
  const have = [Boolean(state.name), Boolean(state.layout), Boolean(state.captures.selfie), Boolean(state.captures.document)];
  const limit = order.indexOf(wanted);
  for (let i = 0; i < limit; i++) if (!have[i]) return order[i];
  return wanted;
}

/**
 * Which outcome screen the host's status (which wins whenever it is set) or the stored record calls for. Only
 * moves the flow when it is at rest (intro or an outcome screen), so a status change never throws
 * away a capture in progress.
 */
function outcomeScreen(
  state: FlowState,
  record: CompletedProfileRecord | null,
  status: ProfileStatus | null,
): Partial<FlowState> {
  const atRest = state.step === 'intro' || state.step === 'on-file' || state.step === 'rejected' || state.step === 'done';
  if (!atRest) return {};
  const effective = status ?? record?.status ?? 'none';
  if (effective === 'rejected') return {step: 'rejected'};
  if (effective === 'approved' || effective === 'pending') return {step: state.step === 'done' ? 'done' : 'on-file'};
  return state.step === 'done' ? {} : {step: 'intro'};
}
