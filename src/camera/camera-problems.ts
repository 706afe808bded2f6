/**
 * Every camera problem in one table: which camera statuses lead to it, the screen the person sees (its
 * heading and text), the way forward it offers, and whether it points to another device. The capture
 * step, the problem screen and the element's `idv-error` messages all read it, so a new problem is one
 * row here (and its strings), never four maps to keep in step.
 */
import type {CameraProblem} from '../types.js';
import type {IdvStrings} from '../i18n/en.js';
import type {CameraStatus} from './camera-controller.js';

/** Keys of the string table whose entries are plain text (not functions). */
type TextKey = {[K in keyof IdvStrings]: IdvStrings[K] extends string ? K : never}[keyof IdvStrings];

/** What the problem screen offers as its main button. */
export type CameraProblemWayForward =
  /** Try the camera again (after the person fixed something: a permission, another app). */
  | 'retry'
  /** The camera stopped after a photo was kept: carry on. */
  | 'continue'
  /** Open this page over https, where cameras are allowed. */
  | 'secure-page'
  /** Nothing on this device: only the other-device link. */
  | 'other-device';

/** One camera problem. */
export interface CameraProblemRow {
  /** Camera statuses that end on this problem. */
  readonly statuses: readonly CameraStatus[];
  /** The screen's heading; in English it is also the `idv-error` message (the developer reads what the person read). */
  readonly heading: TextKey;
  /** The screen's text: what happened and what to do. */
  readonly body: TextKey;
  readonly wayForward: CameraProblemWayForward;
  /** Whether the screen offers the host's other-device link and QR code (`handoff-url`). */
  readonly handoff: boolean;
  /** Whether the screen watches for a camera to appear and says so. */
  readonly watchesForCamera: boolean;
}

export const CAMERA_PROBLEMS: Readonly<Record<CameraProblem, CameraProblemRow>> = {
  'camera-denied': {statuses: ['denied'], heading: 'cameraDeniedHeading', body: 'cameraDeniedBody', wayForward: 'retry', handoff: false, watchesForCamera: false},
  'camera-not-found': {statuses: ['not-found'], heading: 'noCameraHeading', body: 'noCameraBody', wayForward: 'retry', handoff: true, watchesForCamera: true},
  // An unnamed failure (`error`) lands here too: "busy, close other apps and try again" most often helps.
  'camera-in-use': {statuses: ['in-use', 'error'], heading: 'cameraInUseHeading', body: 'cameraInUseBody', wayForward: 'retry', handoff: false, watchesForCamera: false},
  'camera-ended': {statuses: ['ended'], heading: 'cameraEndedHeading', body: 'cameraEndedBody', wayForward: 'continue', handoff: false, watchesForCamera: true},
  'camera-overconstrained': {statuses: ['overconstrained'], heading: 'cameraOverconstrainedHeading', body: 'cameraOverconstrainedBody', wayForward: 'retry', handoff: false, watchesForCamera: false},
  'insecure-context': {statuses: ['insecure'], heading: 'insecureHeading', body: 'insecureBody', wayForward: 'secure-page', handoff: true, watchesForCamera: false},
  unsupported: {statuses: ['unsupported'], heading: 'unsupportedHeading', body: 'unsupportedBody', wayForward: 'other-device', handoff: true, watchesForCamera: false},
};

/** The problem a camera status ends on, if it is a failure. */
export function problemOfStatus(status: CameraStatus): CameraProblem | undefined {
  for (const [problem, row] of Object.entries(CAMERA_PROBLEMS) as [CameraProblem, CameraProblemRow][]) {
    if (row.statuses.includes(status)) return problem;
  }
  return undefined;
}
