import {html} from 'lit';
import {StepElement} from './step-element.js';

/**
 * Stands in for a step whose element is not registered (an integrator who defined only part of the
 * element set): says what the step is for, offers back. Never a fake camera.
 * @internal
 */
export class UpcomingStep extends StepElement {
  override render() {
    const s = this.strings;
    const heading =
      this.flow.step === 'selfie' ? s.selfieHeading : this.flow.step === 'document' ? s.documentHeading : s.reviewHeading;
    return html`
      <h2 tabindex="-1" part="heading">${heading}</h2>
      <div class="actions">
        <button part="secondary-button" @click=${() => this.intent({type: 'back'})}>${s.back}</button>
      </div>
    `;
  }
}
