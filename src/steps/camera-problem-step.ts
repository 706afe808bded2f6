import {css, html, nothing, svg, type PropertyDeclarations} from 'lit';
import {StepElement} from './step-element.js';
import type {CameraProblem} from '../flow/flow-state.js';
import {CAMERA_PROBLEMS, type CameraProblemRow} from '../camera/camera-problems.js';
import type {QrCode} from '../camera/qr-code.js';

/** Quiet zone around the QR code, in modules (the standard asks for 4). */
const QR_MARGIN = 4;

/**
 * One screen per camera problem (`flow.cameraProblem`), each with its own explanation and a way forward:
 * try again, go back, continue on another device (link and QR code of `handoff-url`), or open the page
 * over https. What was done before is kept (the flow state is untouched).
 * @internal
 */
export class CameraProblemStep extends StepElement {
  static override styles = [
    StepElement.styles,
    css`
      .qr {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        margin-top: var(--_space);
      }
      .qr svg {
        width: 176px;
        height: 176px;
        flex: none;
        /* A QR code needs dark on light whatever the theme. */
        background: #fff;
        border: 1px solid var(--_border);
        border-radius: 4px;
      }
      .qr p {
        margin: 0;
        max-width: 22em;
      }
      .available {
        font-weight: 600;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    qr: {state: true, attribute: false},
    cameraAvailable: {state: true, attribute: false},
  };

  /** The QR code of the hand-off URL, once the encoder module has loaded. */
  private qr: {url: string; code: QrCode; path: string} | null = null;
  /** A camera appeared after the problem (devicechange): the person can resume. */
  private cameraAvailable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    navigator.mediaDevices?.addEventListener?.('devicechange', this.#onDeviceChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    navigator.mediaDevices?.removeEventListener?.('devicechange', this.#onDeviceChange);
  }

  private get problem(): CameraProblem {
    return this.flow.cameraProblem ?? 'unsupported';
  }

  private get handoffUrl(): string {
    const url = this.settings?.handoffUrl ?? '';
    // Only web addresses: a `javascript:` or `data:` hand-off would be a script injection vector.
    return /^https?:\/\//i.test(url) ? url : '';
  }

  private get row(): CameraProblemRow {
    return CAMERA_PROBLEMS[this.problem];
  }

  protected override updated(): void {
    const url = this.row.handoff ? this.handoffUrl : '';
    if (url && this.qr?.url !== url) void this.#loadQr(url);
  }

  async #loadQr(url: string): Promise<void> {
    const {encodeQr, qrPath} = await import('../camera/qr-code.js');
    if (this.handoffUrl !== url) return;
    try {
      const code = encodeQr(url);
      this.qr = {url, code, path: qrPath(code, QR_MARGIN)};
    } catch {
      this.qr = null; // too long for a QR code: the link alone remains
    }
  }

  override render() {
    const s = this.strings;
    const row = this.row;
    const [heading, body] = [s[row.heading], s[row.body]];
    const retry = html`<button type="button" class="primary" part="primary-button" @click=${this.#retry}>
      ${row.wayForward === 'continue' ? s.next : s.tryAgain}
    </button>`;
    const back = html`<button type="button" part="secondary-button" @click=${() => this.intent({type: 'back'})}>${s.back}</button>`;
    const handoff = this.handoffUrl;
    let primary: unknown = retry;
    if (row.wayForward === 'secure-page') {
      const secure = this.#secureUrl();
      primary = secure ? html`<a class="button primary" part="primary-button" href=${secure}>${s.openSecurePage}</a>` : nothing;
    } else if (row.wayForward === 'other-device') {
      primary = nothing;
    }
    const showHandoff = handoff && row.handoff;
    return html`
      <h2 tabindex="-1" part="heading">${heading}</h2>
      <p>${body}</p>
      ${this.cameraAvailable && row.watchesForCamera
        ? html`<p class="available" role="status">${s.cameraAvailableAgain}</p>`
        : html`<p class="available" role="status"></p>`}
      ${showHandoff ? this.#renderHandoff(handoff) : nothing}
      <div class="actions">${back} ${primary}</div>
    `;
  }

  #renderHandoff(url: string) {
    const s = this.strings;
    const qr = this.qr?.url === url ? this.qr : null;
    return html`
      <p class="link-line"><a href=${url}>${s.handoffLink}</a></p>
      ${qr ? html`<div class="qr">${this.#renderQr(qr)}<p id="qr-hint" class="muted">${s.handoffQr}</p></div>` : nothing}
    `;
  }

  /** The QR code as inline SVG built from a Lit template: no innerHTML, so it works under Trusted Types. */
  #renderQr({code, path}: {code: QrCode; path: string}) {
    const extent = code.size + QR_MARGIN * 2;
    return html`<svg
      class="qr-code"
      viewBox="0 0 ${extent} ${extent}"
      role="img"
      aria-label=${this.strings.handoffQrLabel}
      shape-rendering="crispEdges"
      data-version=${code.version}
      data-size=${code.size}
    >
      ${svg`<rect width=${extent} height=${extent} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
    </svg>`;
  }

  /** This page over https, when it was loaded over plain http. */
  #secureUrl(): string {
    return location.protocol === 'http:' ? `https:${location.href.slice('http:'.length)}` : '';
  }

  #retry(): void {
    this.intent({type: 'camera-retry'});
  }

  readonly #onDeviceChange = async (): Promise<void> => {
    try {
      const devices = await navigator.mediaDevices.enumerateDevices();
      this.cameraAvailable = devices.some((device) => device.kind === 'videoinput');
    } catch {
      this.cameraAvailable = false;
    }
  };
}
