// Every screen on a phone: at 320 CSS px (a small phone, or a 1280 px window at 400 % zoom — WCAG 1.4.10
// Reflow) and at 430 px (a large phone), each screen passes axe, nothing reaches past the element (no
// sideways scrolling), no word of a button, label, heading or link is split across two lines in any of
// the seven languages, and every target is at least 44 × 44 px.
//
// The element's width is set by a wrapper, as a page's column would: the element sizes itself by its
// own width, never the viewport's. Camera problems are reached with an injected `getUserMedia` (what a
// real browser cannot produce on demand), as in camera/camera-failures.test.ts.
import {expect, fixture, html} from '@open-wc/testing';
import {wordsSplitAcrossLines} from '../helpers/line-boxes.js';
import {ProfileStorage, clearStoredData} from '../../../src/storage/index.js';
import {loadStrings} from '../../../src/i18n/locales.js';
import type {IdvStrings} from '../../../src/i18n/en.js';
import {CAMERA_PROBLEMS} from '../../../src/camera/camera-problems.js';
import type {CameraProblem} from '../../../src/types.js';
import {inStep, stepOf, untilStep, IdVerificationProfile, VISION_BASE_URL} from '../helpers/element.js';
import {untilHeading} from '../helpers/languages.js';
import {jpegCapture} from '../helpers/captures.js';
import {injectGetUserMedia, liveVideo, streams, until, untrackCamera} from '../camera/support.js';
import {deepElements} from './motion.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'hi', 'ar'] as const;
const WIDTHS = [320, 430] as const;
const HANDOFF_URL = 'https://example.com/continue-on-your-phone';

let counter = 0;
const freshId = () => `small-screens-${Date.now()}-${counter++}`;

type TextKey = {[K in keyof IdvStrings]: IdvStrings[K] extends string ? K : never}[keyof IdvStrings];

/** The element inside a box `width` px wide, in `lang`. */
async function mountAt(width: number, lang: string, attrs: Record<string, string> = {}): Promise<IdVerificationProfile> {
  const box = await fixture<HTMLDivElement>(html`
    <div style=${`width: ${width}px`}>
      <id-verification-profile lang=${lang} vision-base-url=${VISION_BASE_URL}></id-verification-profile>
    </div>
  `);
  const el = box.querySelector<IdVerificationProfile>('id-verification-profile')!;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

/** Waits until the step's heading is `key`'s text in `lang` (languages load asynchronously). */
async function untilShown(el: IdVerificationProfile, lang: string, key: TextKey): Promise<void> {
  const s = await loadStrings(lang);
  await untilHeading(el, s[key]);
}

/** From the intro (in any language) through the name and the layout question, to the selfie step. */
async function toSelfie(width: number, lang: string, attrs: Record<string, string> = {}): Promise<IdVerificationProfile> {
  const el = await mountAt(width, lang, {persist: 'none', ...attrs});
  await untilShown(el, lang, 'introHeading');
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
  await untilStep(el, 'name');
  inStep<HTMLInputElement>(el, 'input')!.value = 'Ada Lovelace';
  inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
  await untilStep(el, 'id-layout');
  inStep<HTMLButtonElement>(el, 'fieldset button')!.click();
  // A camera that fails at once moves on to its problem screen before a test could see the selfie step.
  await until(() => el.step !== 'id-layout', 'the selfie step');
  await el.updateComplete;
  return el;
}

/** The review, resumed from a draft that stopped there. */
async function toReview(width: number, lang: string, attrs: Record<string, string> = {}): Promise<IdVerificationProfile> {
  const id = freshId();
  const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
  await new ProfileStorage(id).saveDraft({step: 'review', name: 'Maria-Magdalena Wolkenstein', layout: 'two-sided', captures});
  const el = await mountAt(width, lang, {'profile-id': id, challenge: 'c', ...attrs});
  await untilStep(el, 'review');
  await untilShown(el, lang, 'reviewHeading');
  await Promise.all([...stepOf(el).shadowRoot!.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
  return el;
}

/** Clicks Submit on the review; the host answers with `answer` (or does not call respondWith). */
async function submitWith(el: IdVerificationProfile, answer?: () => Promise<unknown>): Promise<void> {
  if (answer) el.addEventListener('idv-submit', (e) => e.respondWith(answer()), {once: true});
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
  await until(() => el.step === 'submitting', 'submitting');
}

/** A camera problem's screen, reached the way the person reaches it: the camera fails on the selfie step. */
async function toCameraProblem(problem: CameraProblem, width: number, lang: string): Promise<IdVerificationProfile> {
  const fail = (name: string) => injectGetUserMedia(async () => {
    throw new DOMException('injected', name);
  });
  let el: IdVerificationProfile;
  const trackEvents = new EventTarget();
  const restore: Array<() => void> = [];
  switch (problem) {
    case 'camera-denied':
      fail('NotAllowedError');
      break;
    case 'camera-not-found':
      fail('NotFoundError');
      break;
    case 'camera-in-use':
      fail('NotReadableError');
      break;
    case 'camera-overconstrained':
      fail('OverconstrainedError');
      break;
    case 'camera-ended': {
      // The real fake camera, whose track then ends as if unplugged (below). Firefox delivers no `ended`
      // dispatched from script to a track's listeners, so they are kept on a stand-in the test can fire.
      const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      injectGetUserMedia(async (constraints) => {
        const stream = await real(constraints);
        streams.push(stream);
        for (const track of stream.getTracks()) {
          track.addEventListener = trackEvents.addEventListener.bind(trackEvents);
          track.removeEventListener = trackEvents.removeEventListener.bind(trackEvents);
        }
        return stream;
      });
      break;
    }
    case 'insecure-context': {
      // A [Global] attribute lives on the window itself: keep its descriptor to put it back.
      const original = Object.getOwnPropertyDescriptor(window, 'isSecureContext')!;
      Object.defineProperty(window, 'isSecureContext', {value: false, configurable: true});
      restore.push(() => Object.defineProperty(window, 'isSecureContext', original));
      break;
    }
    case 'unsupported':
      Object.defineProperty(navigator, 'mediaDevices', {value: undefined, configurable: true});
      restore.push(() => delete (navigator as unknown as Record<string, unknown>).mediaDevices);
      break;
  }
  try {
    el = await toSelfie(width, lang, {'handoff-url': HANDOFF_URL});
    if (problem === 'camera-ended') {
      await liveVideo(el);
      // Only the browser ends a track on its own (unplugged, revoked): the event it fires, dispatched.
      trackEvents.dispatchEvent(new Event('ended'));
    }
    await until(() => (stepOf(el) as unknown as {flow: {cameraProblem: string | null}}).flow.cameraProblem === problem, `the ${problem} screen`);
    await untilShown(el, lang, CAMERA_PROBLEMS[problem].heading);
    if (CAMERA_PROBLEMS[problem].handoff) await until(() => Boolean(inStep(el, 'svg.qr-code')), 'the QR code');
  } finally {
    for (const undo of restore) undo();
  }
  await stepOf(el).updateComplete;
  return el;
}

interface Screen {
  name: string;
  /** The screen has nothing to press (the targets test then checks there is indeed none). */
  noTargets?: true;
  open: (width: number, lang: string) => Promise<IdVerificationProfile>;
}

/** Every screen but the live camera steps, each in any language. */
const SCREENS: Screen[] = [
  {
    name: 'intro',
    open: async (width, lang) => {
      const el = await mountAt(width, lang, {persist: 'none', 'privacy-url': 'https://example.com/privacy'});
      await untilShown(el, lang, 'introHeading');
      return el;
    },
  },
  {
    name: 'name',
    open: async (width, lang) => {
      const el = await toEarlyStep(width, lang, 'name');
      inStep<HTMLInputElement>(el, 'input')!.value = 'Maria-Magdalena Wolkenstein';
      return el;
    },
  },
  {
    name: 'name with an error',
    open: async (width, lang) => {
      const el = await toEarlyStep(width, lang, 'name');
      inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
      await stepOf(el).updateComplete;
      expect(inStep(el, '[role=alert]'), 'the error').to.exist;
      return el;
    },
  },
  {name: 'id-layout', open: (width, lang) => toEarlyStep(width, lang, 'id-layout')},
  {name: 'review', open: (width, lang) => toReview(width, lang)},
  {
    name: 'review, submitting',
    open: async (width, lang) => {
      const el = await toReview(width, lang);
      await submitWith(el, () => new Promise(() => {}));
      await stepOf(el).updateComplete;
      return el;
    },
  },
  {
    name: 'review, after a failed submission',
    open: async (width, lang) => {
      const el = await toReview(width, lang);
      await submitWith(el, () => Promise.reject(new Error('The server could not be reached. Please try again.')));
      await until(() => el.step === 'review' && Boolean(inStep(el, '[role=alert]')), 'the submission error');
      await stepOf(el).updateComplete;
      return el;
    },
  },
  {
    name: 'review, without a challenge',
    open: async (width, lang) => {
      const el = await toReview(width, lang);
      el.removeAttribute('challenge');
      await el.updateComplete;
      inStep<HTMLButtonElement>(el, 'button.primary')!.click();
      await until(() => Boolean(inStep(el, '[role=alert]')), 'the missing-challenge error');
      await stepOf(el).updateComplete;
      return el;
    },
  },
  {
    name: 'done',
    noTargets: true,
    open: async (width, lang) => {
      const el = await toReview(width, lang);
      await submitWith(el, () => Promise.resolve());
      await untilStep(el, 'done');
      await untilShown(el, lang, 'doneHeading');
      return el;
    },
  },
  {
    name: 'on file (approved)',
    open: async (width, lang) => {
      const el = await mountAt(width, lang, {persist: 'none', status: 'approved'});
      await untilShown(el, lang, 'onFileHeading');
      return el;
    },
  },
  {
    name: 'on file (pending)',
    open: async (width, lang) => {
      const el = await mountAt(width, lang, {persist: 'none', status: 'pending'});
      await untilShown(el, lang, 'pendingHeading');
      return el;
    },
  },
  {
    name: 'rejected',
    open: async (width, lang) => {
      const reason = 'The photo of the ID was cut off at the edge; please take it again with the whole card in view.';
      const el = await mountAt(width, lang, {persist: 'none', status: 'rejected', 'status-reason': reason});
      await untilShown(el, lang, 'rejectedHeading');
      return el;
    },
  },
  ...(Object.keys(CAMERA_PROBLEMS) as CameraProblem[]).map((problem) => ({
    name: `camera problem: ${problem}`,
    open: (width: number, lang: string) => toCameraProblem(problem, width, lang),
  })),
];

/** The name or the layout step, reached from the intro. */
async function toEarlyStep(width: number, lang: string, step: 'name' | 'id-layout'): Promise<IdVerificationProfile> {
  const el = await mountAt(width, lang, {persist: 'none'});
  await untilShown(el, lang, 'introHeading');
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
  await untilStep(el, 'name');
  if (step === 'id-layout') {
    inStep<HTMLInputElement>(el, 'input')!.value = 'Ada Lovelace';
    inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
    await untilStep(el, 'id-layout');
  }
  await untilShown(el, lang, step === 'name' ? 'nameHeading' : 'layoutHeading');
  return el;
}

/** The live camera steps (the engine's fake camera), for axe, overflow and target size. */
const CAMERA_SCREENS: Screen[] = [
  {
    name: 'selfie (live camera)',
    open: async (width, lang) => {
      const el = await toSelfie(width, lang);
      await untilStep(el, 'selfie');
      await liveVideo(el);
      return el;
    },
  },
  {
    name: 'ID photo (live camera)',
    open: async (width, lang) => {
      const el = await toSelfie(width, lang);
      await untilStep(el, 'selfie');
      await liveVideo(el);
      await takeAndUsePhoto(el);
      await untilStep(el, 'document');
      await liveVideo(el);
      return el;
    },
  },
  {
    name: 'selfie, photo taken',
    open: async (width, lang) => {
      const el = await toSelfie(width, lang);
      await untilStep(el, 'selfie');
      await liveVideo(el);
      inStep<HTMLButtonElement>(el, '[part=shutter]')!.click();
      await until(() => Boolean(inStep(el, '.stage img')), 'the photo taken');
      await stepOf(el).updateComplete;
      return el;
    },
  },
];

async function takeAndUsePhoto(el: IdVerificationProfile): Promise<void> {
  inStep<HTMLButtonElement>(el, '[part=shutter]')!.click();
  await until(() => Boolean(inStep(el, '.stage img')), 'the photo taken');
  await stepOf(el).updateComplete;
  inStep<HTMLButtonElement>(el, 'button.primary')!.click();
}

const describeNode = (node: Element) =>
  `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : ''} "${(node.textContent ?? '').trim().slice(0, 40)}"`;

/**
 * What reaches past the element or scrolls sideways: any box or line of text whose edge is outside the
 * element's, and any box (the page, the element, a step, a button) whose content is wider than itself.
 */
function horizontalOverflow(el: IdVerificationProfile): string[] {
  const host = el.getBoundingClientRect();
  const found: string[] = [];
  const outside = (box: DOMRect) => box.right > host.right + 0.5 || box.left < host.left - 0.5;
  for (const scroller of [document.documentElement, el]) {
    if (scroller.scrollWidth > scroller.clientWidth) found.push(`${scroller.localName} scrolls: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
  }
  for (const node of deepElements(el.shadowRoot!)) {
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (outside(box)) found.push(`${describeNode(node)} spans ${box.left.toFixed(1)}–${box.right.toFixed(1)}, the element ${host.left}–${host.right}`);
    // Content wider than its box: cut off (overflow hidden) or spilling over its border.
    if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) {
      found.push(`${describeNode(node)} holds content ${node.scrollWidth} px wide in ${node.clientWidth} px`);
    }
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      for (const line of range.getClientRects()) {
        if (line.width > 0 && outside(line)) found.push(`text "${child.textContent!.trim().slice(0, 40)}" reaches ${line.right.toFixed(1)}`);
      }
    }
  }
  return found;
}

/** Where the person reads a word that must stay whole: buttons, labels, headings, links. */
const WHOLE_WORDS = 'button, a, label, legend, h1, h2, h3, dt, [role=button]';

function splitWords(el: IdVerificationProfile): string[] {
  const texts = deepElements(el.shadowRoot!).filter((e) => e.matches(WHOLE_WORDS));
  expect(texts.length, 'buttons, labels and headings on the screen').to.be.greaterThan(0);
  return texts.flatMap((e) => wordsSplitAcrossLines(e, {breakAfterHyphen: true}).map((word) => `"${word}" in ${describeNode(e)}`));
}

/** Each line of text of `element` as the span of its words (words grouped by their line's top). */
function linesOf(element: Element): Array<{left: number; right: number}> {
  const lines = new Map<number, {left: number; right: number}>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const top = Math.round(r.top);
        const line = lines.get(top) ?? {left: r.left, right: r.right};
        lines.set(top, {left: Math.min(line.left, r.left), right: Math.max(line.right, r.right)});
      }
    }
  }
  return [...lines.values()];
}

/** Buttons (and links drawn as buttons) with a line of their label off the centre of the button. */
function offCentreLabels(el: IdVerificationProfile): string[] {
  const buttons = deepElements(el.shadowRoot!).filter((e) => e.matches('button, a.button'));
  return buttons.flatMap((button) => {
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    return linesOf(button)
      .filter((line) => Math.abs(line.left - left - (right - line.right)) > 2)
      .map((line) => `${describeNode(button)}: a line ${(line.left - left).toFixed(1)} px from the start, ${(right - line.right).toFixed(1)} px from the end`);
  });
}

/**
 * Rows of the step's actions that leave part of the row empty: on a phone each row of buttons spans
 * the whole width (side by side when they fit, else one per line).
 */
function raggedActionRows(el: IdVerificationProfile): string[] {
  const rows = deepElements(el.shadowRoot!).filter((e) => e.matches('.actions'));
  return rows.flatMap((actions) => {
    const box = actions.getBoundingClientRect();
    const byLine = new Map<number, DOMRect[]>();
    for (const child of actions.children) {
      const r = child.getBoundingClientRect();
      if (r.width === 0) continue;
      byLine.set(Math.round(r.top), [...(byLine.get(Math.round(r.top)) ?? []), r]);
    }
    return [...byLine.values()]
      .map((line) => ({left: Math.min(...line.map((r) => r.left)), right: Math.max(...line.map((r) => r.right))}))
      .filter((line) => line.left > box.left + 1 || line.right < box.right - 1)
      .map((line) => `a row of buttons spans ${line.left.toFixed(1)}–${line.right.toFixed(1)} of ${box.left.toFixed(1)}–${box.right.toFixed(1)}`);
  });
}

const TARGETS = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], summary';

function undersizedTargets(el: IdVerificationProfile): string[] {
  return deepElements(el.shadowRoot!)
    .filter((e) => e.matches(TARGETS))
    .map((e) => ({e, box: e.getBoundingClientRect()}))
    .filter(({box}) => box.width < 44 || box.height < 44)
    .map(({e, box}) => `${describeNode(e)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
}

describe('wide screens', () => {
  it('at 640 px the step keeps its 24 px of padding and its buttons their own width', async () => {
    const el = await SCREENS[0]!.open(640, 'en');
    const host = el.getBoundingClientRect();
    const step = stepOf(el).getBoundingClientRect();
    expect(step.left - host.left).to.be.closeTo(1 + 24, 0.5);
    const start = inStep(el, 'button.primary')!.getBoundingClientRect();
    expect(start.width, 'Start is as wide as its label').to.be.below(step.width / 2);
  });
});

describe('labels that wrap', () => {
  afterEach(() => untrackCamera());

  it('a link drawn as a button keeps each line of a wrapped label centred (the secure-page link, 240 px)', async () => {
    const el = await toCameraProblem('insecure-context', 240, 'en');
    const link = inStep(el, 'a.button')!;
    expect(linesOf(link).length, 'the label wraps').to.be.at.least(2);
    expect(offCentreLabels(el)).to.deep.equal([]);
  });
});

describe('small screens', () => {
  before(async () => {
    await clearStoredData();
  });
  afterEach(() => untrackCamera());

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      for (const screen of SCREENS) {
        it(`${screen.name}: passes axe`, async () => {
          const el = await screen.open(width, 'en');
          expect(el.getBoundingClientRect().width).to.equal(width);
          await expect(el).to.be.accessible();
        });

        it(`${screen.name}: every target is at least 44 × 44 px`, async () => {
          const el = await screen.open(width, 'en');
          const targets = deepElements(el.shadowRoot!).filter((e) => e.matches(TARGETS));
          if (screen.noTargets) expect(targets, 'targets on the screen').to.have.length(0);
          else expect(targets.length, 'targets on the screen').to.be.greaterThan(0);
          expect(undersizedTargets(el)).to.deep.equal([]);
        });

        if (!screen.noTargets) {
          it(`${screen.name}: each row of buttons spans the width`, async () => {
            const el = await screen.open(width, 'en');
            expect(raggedActionRows(el)).to.deep.equal([]);
          });
        }

        // Every language at the narrowest width (longer words: German, French), English at the wider one:
        // opening each screen is most of this file's time, and WebKit has a 240 s budget per file.
        for (const lang of width === Math.min(...WIDTHS) ? LANGUAGES : ['en']) {
          it(`${screen.name} (${lang}): reflows — nothing reaches past the element, no word is split across lines`, async () => {
            const el = await screen.open(width, lang);
            expect(horizontalOverflow(el), 'sideways overflow').to.deep.equal([]);
            expect(splitWords(el), 'words split across lines').to.deep.equal([]);
          });

          it(`${screen.name} (${lang}): each line of a button's label is centred in the button`, async () => {
            const el = await screen.open(width, lang);
            expect(offCentreLabels(el)).to.deep.equal([]);
          });
        }
      }

      if (width === 320) it('the step keeps the width for its text: 16 px of padding on each side', async () => {
        const el = await SCREENS[0]!.open(width, 'en');
        const host = el.getBoundingClientRect();
        const step = stepOf(el).getBoundingClientRect();
        expect(step.left - host.left, 'start').to.be.closeTo(1 + 16, 0.5);
        expect(host.right - step.right, 'end').to.be.closeTo(1 + 16, 0.5);
      });

      for (const screen of CAMERA_SCREENS) {
        it(`${screen.name}: passes axe`, async () => {
          const el = await screen.open(width, 'en');
          await expect(el).to.be.accessible();
        });

        it(`${screen.name}: nothing reaches past the element`, async () => {
          const el = await screen.open(width, 'en');
          expect(horizontalOverflow(el)).to.deep.equal([]);
        });

        it(`${screen.name}: every target is at least 44 × 44 px`, async () => {
          const el = await screen.open(width, 'en');
          expect(undersizedTargets(el)).to.deep.equal([]);
        });
      }
    });
  }
});
