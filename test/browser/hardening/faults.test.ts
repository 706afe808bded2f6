import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {ProfileStorage} from '../../../src/storage/index.js';
import type {IdvErrorEvent} from '../../../src/events.js';
import {clickButton, inStep, stepText, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';
import {shoot, until} from '../camera/support.js';
import '../../../src/define.js';

let n = 0;
const freshId = () => `faults-${Date.now()}-${n++}`;

async function draftAtReview(profileId: string) {
  const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
  await new ProfileStorage(profileId).saveDraft({step: 'review', name: 'Ada Lovelace', layout: 'one-sided', captures});
  return captures;
}

/** Records unhandled rejections and console errors while a test runs. */
function watchForTrouble() {
  const trouble: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => trouble.push(`unhandled rejection: ${e.reason}`);
  const onError = (e: ErrorEvent) => trouble.push(`error: ${e.message}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    trouble.push(`console.error: ${args.join(' ')}`);
    consoleError.apply(console, args);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    trouble,
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      console.error = consoleError;
    },
  };
}

describe('faults mid-flow', () => {
  it('signing failing: a retryable signing-failed error, every capture kept, retry works', async () => {
    const watch = watchForTrouble();
    const id = freshId();
    await draftAtReview(id);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="c"></id-verification-profile>`);
    await untilStep(el, 'review');
    const realSign = crypto.subtle.sign;
    // Injected fault: WebCrypto refusing to sign (a browser cannot be made to do this on demand).
    crypto.subtle.sign = () => Promise.reject(new DOMException('injected', 'OperationError'));
    try {
      setTimeout(() => clickButton(el, 'Submit'));
      const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
      expect(error.detail.code).to.equal('signing-failed');
      expect(error.detail.recoverable).to.equal(true);
      await untilStep(el, 'review');
      expect(inStep(el, 'img[alt*="ID"]')).to.exist;
    } finally {
      crypto.subtle.sign = realSign;
    }
    await clickButton(el, 'Try again');
    await untilStep(el, 'done');
    watch.stop();
    expect(watch.trouble).to.deep.equal([]);
  });

  it('IndexedDB failing mid-flow (injected quota error): one storage-unavailable, the flow completes in memory', async () => {
    const watch = watchForTrouble();
    const el = await fixture<IdVerificationProfile>(
      html`<id-verification-profile profile-id=${freshId()} challenge="c" full-name="Ada Lovelace"></id-verification-profile>`,
    );
    const errors: string[] = [];
    el.addEventListener('idv-error', (e) => errors.push(e.detail.code));
    const realPut = IDBObjectStore.prototype.put;
    // Injected fault: every write now fails as a full disk would.
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('injected: quota exceeded', 'QuotaExceededError');
    };
    let submitted = '';
    el.addEventListener('idv-submit', (e) => (submitted = e.detail.jws));
    try {
      await clickButton(el, 'Start');
      await untilStep(el, 'name');
      inStep<HTMLFormElement>(el, 'form')!.requestSubmit();
      await untilStep(el, 'id-layout');
      await clickButton(el, /same side/);
      await untilStep(el, 'selfie');
      await until(() => errors.length > 0, 'the storage fault to be reported');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('cannot be saved on this device');
      // The synthetic fake camera's picture fails the checks, so each photo is confirmed as it is.
      await shoot(el);
      await clickButton(el, 'Use this photo');
      await untilStep(el, 'document');
      await shoot(el);
      await clickButton(el, 'Use this photo');
      await untilStep(el, 'review');
      await el.submit();
      await untilStep(el, 'done');
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(submitted.split('.')).to.have.length(3);
    expect(errors).to.deep.equal(['storage-unavailable']);
    watch.stop();
    expect(watch.trouble).to.deep.equal([]);
  });

  it('removed and re-added mid-flow: same step, same captures', async () => {
    const id = freshId();
    const captures = await draftAtReview(id);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="c"></id-verification-profile>`);
    await untilStep(el, 'review');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await el.updateComplete;
    expect(el.step).to.equal('review');
    const img = inStep<HTMLImageElement>(el, 'img[alt*="face"]')!;
    const shown = await (await fetch(img.src)).arrayBuffer();
    expect(new Uint8Array(shown)).to.deep.equal(new Uint8Array(await captures.selfie.blob.arrayBuffer()));
  });

  it('a new profile-id mid-flow starts over and never shows the previous person', async () => {
    const first = freshId();
    await draftAtReview(first);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${first} challenge="c"></id-verification-profile>`);
    await untilStep(el, 'review');
    el.profileId = freshId();
    await untilStep(el, 'intro');
    expect(el.shadowRoot!.textContent).not.to.contain('Ada Lovelace');
  });

  it('changing lang mid-flow re-renders in place and keeps the work', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="c"></id-verification-profile>`);
    await untilStep(el, 'review');
    const before = stepText(el);
    el.setAttribute('lang', 'fr');
    // The French table loads on demand: wait for it (a slow engine takes longer than a fixed pause).
    await until(() => stepText(el) !== before, 'the review in French', 5000).catch(() => {});
    await el.updateComplete;
    expect(el.step).to.equal('review');
    expect(stepText(el)).to.contain('Ada Lovelace');
    expect(stepText(el)).not.to.equal(before);
  });

  it('a changed challenge mid-flow is the one signed', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await fixture<IdVerificationProfile>(html`<id-verification-profile profile-id=${id} challenge="old"></id-verification-profile>`);
    await untilStep(el, 'review');
    el.challenge = 'new';
    let nonce = '';
    el.addEventListener('idv-submit', (e) => (nonce = String(e.detail.claims.nonce)));
    await el.submit();
    expect(nonce).to.equal('new');
  });
});
