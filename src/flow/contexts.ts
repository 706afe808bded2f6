import {createContext} from '@lit/context';
import type {IdvStrings} from '../i18n/en.js';
import type {FlowEvent} from './transition.js';
import type {FlowState} from './flow-state.js';

// The keys are strings, not symbols, on purpose: with two copies of the component on a page (an app's
// npm copy and a widget's script tag), one copy's root may render the other copy's step elements, and
// only equal keys let those steps find their root.

/** The flow state, provided by the root element and replaced (never mutated) on every change. */
export const flowStateContext = createContext<FlowState>('idv-flow-state');

/** The active string table. */
export const stringsContext = createContext<IdvStrings>('idv-strings');

/** Settings the host set on the element that steps need. */
export interface FlowSettings {
  readonly autoCapture: boolean;
  readonly handoffUrl: string;
  readonly privacyUrl: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** An optional face detector (see the `faceDetector` property). */
  readonly faceDetector: unknown;
  /** Pre-fill for the name step (`full-name`). */
  readonly fullName: string;
  /** Folder of the vision Worker, face engine and weights (`vision-base-url`); empty: beside the script. */
  readonly visionBaseUrl: string;
}
export const settingsContext = createContext<FlowSettings>('idv-settings');

/**
 * A step's request to change the flow. Internal: bubbles to the root inside its shadow root, never
 * composed, so it cannot leak to the page.
 */
export class IntentEvent extends Event {
  static readonly eventType = 'idv-intent';
  constructor(readonly intent: FlowEvent) {
    super(IntentEvent.eventType, {bubbles: true, composed: false});
  }
}
