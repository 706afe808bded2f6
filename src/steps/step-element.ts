import {LitElement, type CSSResultGroup, type PropertyDeclarations} from 'lit';
import {ContextConsumer} from '@lit/context';
import {flowStateContext, settingsContext, stringsContext, IntentEvent, type FlowSettings} from '../flow/contexts.js';
import type {FlowEvent} from '../flow/transition.js';
import {INITIAL_STATE, type FlowState} from '../flow/flow-state.js';
import {en, type IdvStrings} from '../i18n/en.js';
import {sharedStyles} from '../styles/shared-styles.js';

/**
 * Base of every step element: consumes the flow state, strings and settings from the root element and
 * sends intents up. Steps render from these and never change the flow themselves.
 * @internal
 */
export class StepElement extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles];

  static override properties: PropertyDeclarations = {
    flow: {attribute: false},
    strings: {attribute: false},
    settings: {attribute: false},
  };

  /** The flow state, from the root element. */
  flow: FlowState = INITIAL_STATE;

  /** The active string table, from the root element. */
  strings: IdvStrings = en;

  /** The host's settings, from the root element. */
  settings?: FlowSettings;

  constructor() {
    super();
    // Each consumer sets its property whenever the root provides a new value, which re-renders the step.
    new ContextConsumer(this, {context: flowStateContext, subscribe: true, callback: (value) => (this.flow = value)});
    new ContextConsumer(this, {context: stringsContext, subscribe: true, callback: (value) => (this.strings = value)});
    new ContextConsumer(this, {context: settingsContext, subscribe: true, callback: (value) => (this.settings = value)});
  }

  /** Asks the root element to apply a flow event. */
  protected intent(event: FlowEvent): void {
    this.dispatchEvent(new IntentEvent(event));
  }

  /** Moves focus to this step's heading so screen readers announce the new step. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
