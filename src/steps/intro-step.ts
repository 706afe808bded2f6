import {html, nothing} from 'lit';
import {StepElement} from './step-element.js';

/**
 * The first screen: what will be collected and that a camera is needed.
 * @internal
 */
export class IntroStep extends StepElement {
  override render() {
    const s = this.strings;
    const privacyUrl = this.settings?.privacyUrl;
    return html`
      <h2 tabindex="-1" part="heading">${s.introHeading}</h2>
      <p>${s.introBody}</p>
      <ul>
        <li>${s.introItemName}</li>
        <li>${s.introItemSelfie}</li>
        <li>${s.introItemId}</li>
      </ul>
      <p class="muted">${s.introCamera}</p>
      ${privacyUrl ? html`<p class="privacy link-line"><a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${s.introPrivacy}</a></p>` : nothing}
      <div class="actions">
        <button class="primary" part="primary-button" @click=${() => this.intent({type: 'start'})}>${s.start}</button>
      </div>
    `;
  }
}
