// The review on a phone: at 320 CSS px (a small phone, or 1280 px at 400 % zoom) every row stacks, no
// word is split inside a label or button, nothing scrolls sideways, and each photo is shown whole.
import {expect, fixture, html} from '@open-wc/testing';
import {wordsSplitAcrossLines} from '../helpers/line-boxes.js';
import {ProfileStorage, clearStoredData} from '../../../src/storage/index.js';
import {untilStep, stepOf, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';
import type {Capture} from '../../../src/types.js';
import '../../../src/define.js';

let counter = 0;
const freshId = () => `review-layout-${Date.now()}-${counter++}`;

/** A real JPEG of `width`×`height` (a portrait selfie from a phone is 720×1280). */
async function captureOfSize(kind: 'selfie' | 'document', width: number, height: number): Promise<Capture> {
  const canvas = Object.assign(document.createElement('canvas'), {width, height});
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#7a6';
  ctx.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.8));
  return {...(await jpegCapture(kind)), blob, width, height};
}

/** The review, resumed from a draft, inside a box `width` px wide. */
async function reviewAt(width: number, {lang = 'en', selfie, name = 'Ada Lovelace'}: {lang?: string; selfie?: Capture; name?: string} = {}) {
  const id = freshId();
  const captures = {selfie: selfie ?? (await jpegCapture('selfie')), document: await jpegCapture('document')};
  await new ProfileStorage(id).saveDraft({step: 'review', name, layout: 'two-sided', captures});
  const box = await fixture<HTMLDivElement>(html`
    <div style=${`width: ${width}px`}><id-verification-profile profile-id=${id} lang=${lang} challenge="c"></id-verification-profile></div>
  `);
  const el = box.querySelector<IdVerificationProfile>('id-verification-profile')!;
  await untilStep(el, 'review');
  const step = stepOf(el);
  await Promise.all([...step.shadowRoot!.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
  return {el, step, root: step.shadowRoot!};
}

describe('review on narrow screens', () => {
  before(async () => {
    await clearStoredData();
  });

  for (const lang of ['en', 'de', 'fr', 'es', 'pt-BR', 'hi', 'ar']) {
    it(`at 320 px no word is split inside a label or a button (${lang})`, async () => {
      const {root} = await reviewAt(320, {lang});
      const texts = [...root.querySelectorAll('dt, button')];
      expect(texts.length).to.be.greaterThan(5);
      for (const element of texts) expect(wordsSplitAcrossLines(element), element.textContent!.trim()).to.deep.equal([]);
    });
  }

  it('at 320 px each row stacks: its label, then what was given, then its Change button', async () => {
    const {root} = await reviewAt(320);
    expect(root.querySelectorAll('.row dt')).to.have.length(4);
    for (const row of root.querySelectorAll('.row')) {
      const [label, value, button] = [row.querySelector('dt')!, row.querySelector('.value')!, row.querySelector('button')!].map((e) =>
        e.getBoundingClientRect(),
      );
      expect(value.top, 'value below its label').to.be.at.least(label.bottom - 1);
      expect(button.top, 'button below the value').to.be.at.least(value.bottom - 1);
    }
  });

  it('on a wide screen each row is one line: label, value and Change side by side', async () => {
    const {root} = await reviewAt(900);
    expect(root.querySelectorAll('.row dt')).to.have.length(4);
    for (const row of root.querySelectorAll('.row')) {
      const label = row.querySelector('dt')!.getBoundingClientRect();
      const button = row.querySelector('button')!.getBoundingClientRect();
      expect(button.left, 'button to the right of the label').to.be.greaterThan(label.right);
      expect(button.top, 'button on the row, not below it').to.be.lessThan(row.getBoundingClientRect().top + row.getBoundingClientRect().height / 2);
    }
  });

  it('at 320 px nothing reaches past the element: no sideways scrolling', async () => {
    const {el, root} = await reviewAt(320, {name: 'Maria-Magdalena Wolkenstein-Trostburg'.repeat(2)});
    const host = el.getBoundingClientRect();
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of root.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, node.localName).to.be.at.most(host.right + 0.5);
      expect(box.left, node.localName).to.be.at.least(host.left - 0.5);
    }
  });

  for (const [label, width, height] of [
    ['portrait phone selfie', 720, 1280],
    ['landscape webcam selfie', 1280, 720],
  ] as const) {
    for (const box of [320, 900]) {
      it(`a ${label} (${width}×${height}) is shown whole at ${box} px: its box has the photo's proportions`, async () => {
        const {root} = await reviewAt(box, {selfie: await captureOfSize('selfie', width, height)});
        const img = root.querySelectorAll('img')[0];
        const rect = img.getBoundingClientRect();
        // The border is 1 px each side: compare the picture's own box.
        const shown = (rect.width - 2) / (rect.height - 2);
        expect(Math.abs(shown / (width / height) - 1), `shown ${rect.width}×${rect.height}`).to.be.below(0.01);
        expect(getComputedStyle(img).objectFit).not.to.equal('cover');
      });
    }
  }

  it('every button is at least 44 × 44 px at 320 px', async () => {
    const {root} = await reviewAt(320);
    for (const button of root.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent!).to.be.at.least(44);
      expect(box.height, button.textContent!).to.be.at.least(44);
    }
  });
});
