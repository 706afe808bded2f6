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
      /* The review sizes itself by its own width, not the viewport's: the element may sit in a narrow
         column of a wide page. */
      .rows {
        container-type: inline-size;
      }
      dl {
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(8em, max-content) 1fr auto;
        gap: calc(var(--_space) / 2) var(--_space);
        align-items: center;
        padding-block: calc(var(--_space) / 2);
      }
      .row + .row {
        border-top: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
      }
      /* Words are never split inside a label or a button: they wrap between words only. */
      dt,
      button {
        overflow-wrap: normal;
        word-break: normal;
        hyphens: manual;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        min-width: 0;
      }
      .name {
        /* A long name without spaces may break anywhere rather than overflow. */
        overflow-wrap: anywhere;
      }
      img {
        /* The whole photo, in its own proportions (width and height attributes give the ratio): a
           portrait selfie is as tall as it needs, up to a limit, never cropped to a landscape box. */
        display: block;
        width: auto;
        height: auto;
        max-width: min(100%, 16rem);
        max-height: 16rem;
        object-fit: contain;
        border-radius: var(--_radius);
        border: 1px solid var(--_border);
      }
      .status {
        font-weight: 600;
      }
      /* Narrow: each row stacks — its label, then what was given, then its "Change" button. */
      @container (max-width: 28rem) {
        .row {
          grid-template-columns: minmax(0, 1fr);
          justify-items: start;
        }
        img {
          max-width: 100%;
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
      const capture = this.flow.captures[kind];
      return url && capture
        ? html`<img src=${url} alt=${alt} width=${capture.width} height=${capture.height} />`
        : html`<span class="error">—</span>`;
    };
    return html`
      <h2 tabindex="-1" part="heading">${s.reviewHeading}</h2>
      <div class="rows">
        <dl>
          <div class="row">
            <dt>${s.reviewName}</dt>
            <dd class="value"><bdi class="name">${name}</bdi></dd>
            <dd>${change('name', s.reviewName)}</dd>
          </div>
          <div class="row">
            <dt>${s.reviewLayout}</dt>
            <dd class="value">${layout === 'two-sided' ? s.reviewLayoutTwoSided : s.reviewLayoutOneSided}</dd>
            <dd>${change('id-layout', s.reviewLayout)}</dd>
          </div>
          <div class="row">
            <dt>${s.reviewSelfie}</dt>
            <dd class="value">${photo('selfie', s.reviewSelfieAlt)}</dd>
            <dd>${change('selfie', s.reviewSelfie)}</dd>
          </div>
          <div class="row">
            <dt>${s.reviewDocument}</dt>
            <dd class="value">${photo('document', s.reviewDocumentAlt)}</dd>
            <dd>${change('document', s.reviewDocument)}</dd>
          </div>
        </dl>
      </div>
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
