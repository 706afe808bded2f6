import {expect, fixture, html} from '@open-wc/testing';
import {decodeJwt} from 'jose';
import {normalizeName} from '../../../src/flow/name.js';
import {ProfileStorage} from '../../../src/storage/index.js';
import type {IdvSubmitEvent} from '../../../src/events.js';
import {clickButton, inStep, stepOf, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';
import '../../../src/define.js';

/** A seeded PRNG (mulberry32) so a failing name can be reproduced from the printed seed. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '&lt;b&gt;', '${x}', '{{7*7}}',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200e', '\u200f', '\u200b', '\u200c', '\u200d', '\ufeff', '\u0000', '\u001b', '\u0085',
  'محمد', 'שלום', 'अनुष्का', 'Zoë', 'e\u0301', '\u0301', '𠀀', '👩🏽‍💻', 'ß', 'İ', ' ', '\u00a0', '\u3000', '\t', '\n', "O'Brien", '-', 'Ада',
];

function randomName(random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.45) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    else if (roll < 0.8) {
      // random code points across the whole range (surrogates included, to produce lone halves)
      const length = 1 + Math.floor(random() * 6);
      for (let j = 0; j < length; j++) parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
    } else parts.push('a'.repeat(Math.floor(random() * 260)));
  }
  return parts.join('');
}

describe('hostile names', () => {
  it('2,000 generated names are each accepted as normalised text or refused with a reason', () => {
    const seed = Date.now() % 100000;
    const random = prng(seed);
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const raw = randomName(random);
      const result = normalizeName(raw);
      if (result.ok) {
        accepted++;
        const again = normalizeName(result.name);
        expect(again, `seed ${seed}, name ${JSON.stringify(raw)}`).to.deep.equal(result); // idempotent
        expect(result.name).to.equal(result.name.normalize('NFC'));
        expect(result.name).not.to.match(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect([...result.name].length).to.be.within(1, 200);
      } else {
        expect(['name-required', 'name-too-long', 'name-invalid-characters', 'name-needs-letter']).to.include(result.problem);
      }
    }
    // The generator must exercise both outcomes, or the test proves little.
    expect(accepted).to.be.within(100, 1900);
  });

  it('never turns a typed name into markup in the name step', async () => {
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile persist="none"></id-verification-profile>`);
    (el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await untilStep(el, 'name');
    const random = prng(7);
    for (let i = 0; i < 200; i++) {
      const input = inStep<HTMLInputElement>(el, 'input')!;
      input.value = randomName(random);
      inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      await stepOf(el).updateComplete;
      if (el.step !== 'name') {
        await untilStep(el, 'id-layout');
        await clickButton(el, 'Back');
        await untilStep(el, 'name');
      }
      const root = stepOf(el).shadowRoot!;
      expect(root.querySelectorAll('script, img, svg, b').length).to.equal(0);
    }
  });

  it('signs exactly the name it displays on review', async () => {
    const names = ['<img src=x onerror=alert(1)>', 'محمد بن سلمان', 'Zoë  O\u2019Brien', 'अनुष्का शर्मा', 'x'.repeat(200)];
    for (const [i, raw] of names.entries()) {
      const result = normalizeName(raw);
      if (!result.ok) throw new Error(`fixture name refused: ${raw}`);
      const profileId = `hostile-${Date.now()}-${i}`;
      const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
      await new ProfileStorage(profileId).saveDraft({step: 'review', name: result.name, layout: 'one-sided', captures});
      const el = await fixture<IdVerificationProfile>(
        html`<id-verification-profile profile-id=${profileId} challenge="c"></id-verification-profile>`,
      );
      await untilStep(el, 'review');
      const displayed = inStep(el, 'bdi')!.textContent;
      let signed = '';
      el.addEventListener('idv-submit', (e: IdvSubmitEvent) => (signed = String(decodeJwt(e.detail.jws).name)), {once: true});
      await el.submit();
      expect(signed).to.equal(displayed);
      expect(signed).to.equal(result.name);
      el.remove();
    }
  });
});
