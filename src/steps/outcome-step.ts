import {html, nothing} from 'lit';
import {StepElement} from './step-element.js';

/**
 * The screens after a submission or when a profile is already on file: done, on file (approved or
 * under review) and rejected (with the host's reason and a way to redo it).
 * @internal
 */
export class OutcomeStep extends StepElement {
  override render() {
    const s = this.strings;
    const {step, status, statusReason, record} = this.flow;
    if (step === 'rejected') {
      return html`
        <h2 tabindex="-1" part="heading">${s.rejectedHeading}</h2>
        ${statusReason ? html`<p>${s.rejectedReason(statusReason)}</p>` : nothing}
        <div class="actions">
          <button class="primary" part="primary-button" @click=${() => this.intent({type: 'update-profile'})}>${s.redo}</button>
        </div>
      `;
    }
    if (step === 'done') {
      return html`
        <h2 tabindex="-1" part="heading">${s.doneHeading}</h2>
        <p>${s.doneBody}</p>
      `;
    }
    const effective = status ?? record?.status;
    const pending = effective === 'pending';
    return html`
      <h2 tabindex="-1" part="heading">${pending ? s.pendingHeading : s.onFileHeading}</h2>
      <p>${pending ? s.pendingBody : s.onFileBody}</p>
      <div class="actions">
        <button part="secondary-button" @click=${() => this.intent({type: 'update-profile'})}>${s.updateProfile}</button>
      </div>
    `;
  }
}
