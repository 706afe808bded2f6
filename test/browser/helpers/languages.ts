import {inStep, stepOf, type IdVerificationProfile} from './element.js';

/** Waits until the step's heading reads `text` (languages load asynchronously), or fails saying what it read. */
export async function untilHeading(el: IdVerificationProfile, text: string, timeout = 4000): Promise<void> {
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    await stepOf(el).updateComplete;
    const heading = inStep(el, 'h2')?.textContent?.trim();
    if (heading === text) return;
    if (performance.now() - started > timeout) throw new Error(`heading is "${heading}", expected "${text}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
