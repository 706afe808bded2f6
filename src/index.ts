/**
 * The package's main entry: the element class and its types, with no side effects (nothing is
 * registered). Import `id-verification-profile/define` to register `<id-verification-profile>`.
 */
export {IdVerificationProfile} from './id-verification-profile.js';
export {IdvStepEvent, IdvCaptureEvent, IdvErrorEvent, IdvSubmitEvent, type SignedSubmission} from './events.js';
export {transition, type FlowEvent} from './flow/transition.js';
export {INITIAL_STATE, type FlowState, type StepName, type CameraProblem} from './flow/flow-state.js';
export {normalizeName, MAX_NAME_LENGTH, type NameProblem, type NameResult} from './flow/name.js';
export {registerLocale} from './i18n/locales.js';
export type {IdvStrings} from './i18n/en.js';
export type * from './types.js';
