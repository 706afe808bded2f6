/**
 * What moves on each screen: transitions, animations and running Web Animations, through shadow roots.
 * Shared by the reduced-motion test (run in a browser set to reduce motion, `*.reduce.test.ts`) and its
 * counterpart that shows the check finds motion when nobody asked for less.
 */
import {inStep, mount, untilStep, type IdVerificationProfile} from '../helpers/element.js';

export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

/** Everything under the element that moves now, one line each. */
export function motion(el: IdVerificationProfile): string[] {
  const moving: string[] = [];
  for (const e of [el, ...deepElements(el.shadowRoot!)]) {
    const style = getComputedStyle(e);
    const durations = style.transitionDuration.split(',').map((d) => parseFloat(d));
    if (durations.some((d) => d > 0)) moving.push(`${e.tagName.toLowerCase()} transition ${style.transitionDuration}`);
    if (style.animationName !== 'none') moving.push(`${e.tagName.toLowerCase()} animation ${style.animationName}`);
    for (const animation of e.getAnimations()) moving.push(`${e.tagName.toLowerCase()} running ${animation.constructor.name}`);
  }
  return moving;
}

/** Walks intro → name → ID layout → selfie (live camera) and records what moves on each. */
export async function motionOnEachScreen(): Promise<Record<'intro' | 'name' | 'id-layout' | 'selfie', string[]>> {
  const el = await mount();
  const intro = motion(el);
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
  await untilStep(el, 'name');
  const name = motion(el);
  inStep<HTMLInputElement>(el, 'input')!.value = 'Ada Lovelace';
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await untilStep(el, 'id-layout');
  const layout = motion(el);
  inStep<HTMLButtonElement>(el, 'button')!.click();
  await untilStep(el, 'selfie');
  await new Promise((r) => setTimeout(r, 300));
  return {intro, name, 'id-layout': layout, selfie: motion(el)};
}
