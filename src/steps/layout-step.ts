import {css, html} from 'lit';
import {StepElement} from './step-element.js';
import type {IdLayout} from '../types.js';

/**
 * Step 2: are name and photo on the same side of the ID? The answer changes what the camera steps ask for.
 * @internal
 */
export class LayoutStep extends StepElement {
  static override styles = [
    StepElement.styles,
    css`
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: calc(var(--_space) / 2);
      }
      legend {
        padding: 0;
      }
      button[aria-pressed='true'] {
        box-shadow: inset 0 0 0 2px var(--_on-accent), 0 0 0 2px var(--_accent);
      }
    `,
  ];

  override render() {
    const s = this.strings;
    const chosen = this.flow.layout;
    const option = (layout: IdLayout, label: string) => html`
      <button
        type="button"
        class=${chosen === layout ? 'primary' : ''}
        part=${chosen === layout ? 'primary-button' : 'secondary-button'}
        aria-pressed=${chosen === layout ? 'true' : 'false'}
        @click=${() => this.intent({type: 'choose-layout', layout})}
      >
        ${label}
      </button>
    `;
    return html`
      <h2 tabindex="-1" part="heading" id="heading">${s.layoutHeading}</h2>
      <div role="group" aria-labelledby="heading" class="options">
        <fieldset>
          ${option('one-sided', s.layoutOneSided)} ${option('two-sided', s.layoutTwoSided)}
        </fieldset>
      </div>
      <div class="actions">
        <button type="button" part="secondary-button" @click=${() => this.intent({type: 'back'})}>${s.back}</button>
      </div>
    `;
  }
}
