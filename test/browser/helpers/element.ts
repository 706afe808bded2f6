import {fixture, html, oneEvent} from '@open-wc/testing';
import {IdVerificationProfile} from '../../../src/id-verification-profile.js';
import '../../../src/define.js';

export {IdVerificationProfile};

/** Where the built vision files are: the test server serves the repository's root. */
export const VISION_BASE_URL = '/dist/vision/';

/**
 * A fresh element with in-memory persistence (tests opt in to storage explicitly), loading its vision
 * Worker and face engine from the build.
 */
export async function mount(attrs: Record<string, string> = {}): Promise<IdVerificationProfile> {
  const el = await fixture<IdVerificationProfile>(
    // The URL is written into the template, not bound: a binding's part would keep a reference to the
    // element after the test removes it (the leak test counts elements left reachable).
    html`<id-verification-profile persist="none" vision-base-url="/dist/vision/"></id-verification-profile>`,
  );
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

/** The current step element inside the shadow root. */
export function stepOf(el: IdVerificationProfile): HTMLElement & {updateComplete: Promise<boolean>} {
  const step = el.shadowRoot!.querySelector('[data-step]');
  if (!step) throw new Error('no step element rendered');
  return step as HTMLElement & {updateComplete: Promise<boolean>};
}

/** Query inside the current step's shadow root. */
export function inStep<T extends Element = HTMLElement>(el: IdVerificationProfile, selector: string): T | null {
  return stepOf(el).shadowRoot!.querySelector<T>(selector);
}

/** All text of the current step, for assertions on what the person reads. */
export function stepText(el: IdVerificationProfile): string {
  return stepOf(el).shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until the element reaches `step` (or fails after `timeout` ms). */
export async function untilStep(el: IdVerificationProfile, step: string, timeout = 8000): Promise<void> {
  const started = performance.now();
  while (el.step !== step) {
    if (performance.now() - started > timeout) throw new Error(`stuck on ${el.step}, expected ${step}`);
    await oneEventOrTimeout(el, 'idv-step', 100);
  }
  await el.updateComplete;
  await stepOf(el).updateComplete;
}

async function oneEventOrTimeout(el: EventTarget, type: string, ms: number) {
  await Promise.race([oneEvent(el, type), new Promise((r) => setTimeout(r, ms))]);
}

/** Clicks a button in the current step by its visible text. */
export async function clickButton(el: IdVerificationProfile, text: string | RegExp): Promise<void> {
  const buttons = [...stepOf(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('button, a.button')];
  const match = buttons.find((b) => (typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!)));
  if (!match) throw new Error(`no button "${text}" among: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  match.click();
  await el.updateComplete;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
