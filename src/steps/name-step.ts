import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {StepElement} from './step-element.js';
import {MAX_NAME_LENGTH, normalizeName, type NameProblem} from '../flow/name.js';

/**
 * Step 1: the person's full name, normalised and checked by {@link normalizeName}.
 * @internal
 */
export class NameStep extends StepElement {
  static override styles = [
    StepElement.styles,
    css`
      label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25em;
      }
      input {
        font: inherit;
        width: 100%;
        min-height: 44px;
        padding: 0.5em 0.75em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      input[aria-invalid='true'] {
        border-color: var(--_danger);
      }
      .hint {
        margin: 0.25em 0 0 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    problem: {state: true, attribute: false},
  };

  /** Why the last attempt was refused, shown inline until the person edits the field. */
  private problem: NameProblem | null = null;

  override render() {
    const s = this.strings;
    const value = this.flow.name || this.prefill;
    return html`
      <h2 tabindex="-1" part="heading">${s.nameHeading}</h2>
      <form novalidate @submit=${this.#onSubmit}>
        <label for="name">${s.nameLabel}</label>
        <input
          id="name"
          name="name"
          part="input"
          dir="auto"
          autocomplete="name"
          spellcheck="false"
          .value=${value}
          aria-describedby="hint ${this.problem ? 'error' : ''}"
          aria-invalid=${this.problem ? 'true' : 'false'}
          @input=${() => (this.problem = null)}
        />
        <p id="hint" class="hint muted">${s.nameHint}</p>
        ${this.problem ? html`<p id="error" class="error" role="alert">${this.#message(this.problem)}</p>` : nothing}
        <div class="actions">
          <button type="button" part="secondary-button" @click=${() => this.intent({type: 'back'})}>${s.back}</button>
          <button type="submit" class="primary" part="primary-button">${s.next}</button>
        </div>
      </form>
    `;
  }

  /** The host's pre-fill (`full-name`), used while the flow has no name yet. */
  private get prefill(): string {
    return this.settings?.fullName ?? '';
  }

  #message(problem: NameProblem): string {
    const entry = this.strings[problem];
    return typeof entry === 'function' ? entry(MAX_NAME_LENGTH) : entry;
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.renderRoot.querySelector('input')!;
    const result = normalizeName(input.value);
    if (!result.ok) {
      this.problem = result.problem;
      input.focus();
      return;
    }
    input.value = result.name;
    this.intent({type: 'submit-name', name: result.name});
  }
}
