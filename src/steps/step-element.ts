import {LitElement, type CSSResultGroup} from 'lit';
import {consume} from '@lit/context';
import {property} from 'lit/decorators.js';
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

  @consume({context: flowStateContext, subscribe: true})
  @property({attribute: false})
  flow: FlowState = INITIAL_STATE;

  @consume({context: stringsContext, subscribe: true})
  @property({attribute: false})
  strings: IdvStrings = en;

  @consume({context: settingsContext, subscribe: true})
  @property({attribute: false})
  settings?: FlowSettings;

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
