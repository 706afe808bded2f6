import {css, html, nothing} from 'lit';
import {StepElement} from './step-element.js';
import type {CaptureKind} from '../types.js';

/**
 * Step 5: everything on one screen for a last check — name, ID layout and both photos, each with a
 * way to change it — then Submit. Also shows "Submitting…" while the host forwards the submission,
 * and a retryable error when it failed (nothing is lost).
 * @internal
 */
export class ReviewStep extends StepElement {
  static override styles = [
    StepElement.styles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8em, max-content) 1fr auto;
        gap: calc(var(--_space) / 2) var(--_space);
        align-items: center;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      img {
        display: block;
        width: 100%;
        max-width: 16rem;
        aspect-ratio: 16 / 9;
        object-fit: cover;
        border-radius: var(--_radius);
        border: 1px solid var(--_border);
      }
      .status {
        font-weight: 600;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: 1fr auto;
        }
        dd.value {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  #urls: Partial<Record<CaptureKind, {blob: Blob; url: string}>> = {};

  protected override willUpdate(): void {
    for (const kind of ['selfie', 'document'] as const) this.#syncUrl(kind);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal: the object URLs were revoked, make new ones.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const entry of Object.values(this.#urls)) if (entry) URL.revokeObjectURL(entry.url);
    this.#urls = {};
  }

  /** One object URL per capture blob, revoked when the blob changes or the step goes away. */
  #syncUrl(kind: CaptureKind): void {
    const blob = this.flow.captures[kind]?.blob;
    const current = this.#urls[kind];
    if (current?.blob === blob) return;
    if (current) URL.revokeObjectURL(current.url);
    this.#urls[kind] = blob ? {blob, url: URL.createObjectURL(blob)} : undefined;
  }

  override render() {
    const s = this.strings;
    const {name, layout, step, submitError} = this.flow;
    const submitting = step === 'submitting';
    const change = (target: 'name' | 'id-layout' | CaptureKind, label: string) => html`
      <button
        part="secondary-button"
        ?disabled=${submitting}
        aria-label=${`${s.edit}: ${label}`}
        @click=${() => this.intent({type: 'edit', step: target})}
      >
        ${s.edit}
      </button>
    `;
    const photo = (kind: CaptureKind, alt: string) => {
      const url = this.#urls[kind]?.url;
      return url ? html`<img src=${url} alt=${alt} />` : html`<span class="error">—</span>`;
    };
    return html`
      <h2 tabindex="-1" part="heading">${s.reviewHeading}</h2>
      <dl>
        <dt>${s.reviewName}</dt>
        <dd class="value"><bdi>${name}</bdi></dd>
        <dd>${change('name', s.reviewName)}</dd>
        <dt>${s.reviewLayout}</dt>
        <dd class="value">${layout === 'two-sided' ? s.reviewLayoutTwoSided : s.reviewLayoutOneSided}</dd>
        <dd>${change('id-layout', s.reviewLayout)}</dd>
        <dt>${s.reviewSelfie}</dt>
        <dd class="value">${photo('selfie', s.reviewSelfieAlt)}</dd>
        <dd>${change('selfie', s.reviewSelfie)}</dd>
        <dt>${s.reviewDocument}</dt>
        <dd class="value">${photo('document', s.reviewDocumentAlt)}</dd>
        <dd>${change('document', s.reviewDocument)}</dd>
      </dl>
      <div role="status" aria-live="polite">
        ${submitting ? html`<p class="status">${s.submitting}</p>` : nothing}
      </div>
      ${submitError && !submitting ? html`<p class="error" role="alert">${submitError}</p>` : nothing}
      <div class="actions">
        <button part="secondary-button" ?disabled=${submitting} @click=${() => this.intent({type: 'back'})}>${s.back}</button>
        <button
          class="primary"
          part="primary-button"
          aria-disabled=${submitting ? 'true' : 'false'}
          @click=${() => !submitting && this.intent({type: 'submit'})}
        >
          ${submitting ? s.submitting : submitError ? s.retry : s.submit}
        </button>
      </div>
    `;
  }
}
