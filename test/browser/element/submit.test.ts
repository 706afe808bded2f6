import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {compactVerify, EmbeddedJWK, decodeProtectedHeader} from 'jose';
import {ProfileStorage, clearStoredData} from '../../../src/storage/index.js';
import type {IdvErrorEvent, IdvSubmitEvent} from '../../../src/events.js';
import {clickButton, inStep, stepText, untilStep, IdVerificationProfile} from '../helpers/element.js';
import {jpegCapture} from '../helpers/captures.js';
import '../../../src/define.js';

let counter = 0;
const freshId = () => `submit-test-${Date.now()}-${counter++}`;

/** Stores a draft that stopped at review, the way a person's earlier visit would have left it. */
async function draftAtReview(profileId: string, name = 'Ada Lovelace') {
  const captures = {selfie: await jpegCapture('selfie'), document: await jpegCapture('document')};
  await new ProfileStorage(profileId).saveDraft({step: 'review', name, layout: 'two-sided', captures});
  return captures;
}

async function mountAt(profileId: string, challenge = 'challenge-123'): Promise<IdVerificationProfile> {
  const el = await fixture<IdVerificationProfile>(
    html`<id-verification-profile profile-id=${profileId} challenge=${challenge}></id-verification-profile>`,
  );
  return el;
}

async function sha256b64url(blob: Blob) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('review and submit', () => {
  before(async () => {
    await clearStoredData();
  });

  it('resumes a stored draft at review and says so', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.equal('We kept your progress.');
    expect(stepText(el)).to.contain('Ada Lovelace');
    expect(stepText(el)).to.contain('Name and photo on different sides');
    await expect(el).to.be.accessible();
  });

  it('resuming a draft does not write it again', async () => {
    const id = freshId();
    await draftAtReview(id);
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      puts++;
      return realPut.apply(this, args);
    };
    try {
      const el = await mountAt(id);
      await untilStep(el, 'review');
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(puts).to.equal(0);
  });

  it('fires idv-submit with a JWS that jose verifies, over the files and the claims shown', async () => {
    const id = freshId();
    const captures = await draftAtReview(id, 'Ada Lovelace');
    const el = await mountAt(id, 'nonce-from-server');
    await untilStep(el, 'review');
    setTimeout(() => clickButton(el, 'Submit'));
    const event = (await oneEvent(el, 'idv-submit')) as IdvSubmitEvent;
    const {jws, files} = event.detail;

    const {payload} = await compactVerify(jws, EmbeddedJWK);
    const claims = JSON.parse(new TextDecoder().decode(payload));
    expect(decodeProtectedHeader(jws).typ).to.equal('idv-profile+jws');
    expect(claims.name).to.equal('Ada Lovelace');
    expect(claims.layout).to.equal('two-sided');
    expect(claims.nonce).to.equal('nonce-from-server');
    expect(claims.sub).to.equal(id);
    expect(claims.captures.selfie.sha256).to.equal(await sha256b64url(files.selfie));
    expect(claims.captures.document.sha256).to.equal(await sha256b64url(files.document));
    expect(claims.captures.selfie.checks).to.deep.equal(captures.selfie.checks);
    expect(new Uint8Array(await files.selfie.arrayBuffer())).to.deep.equal(new Uint8Array(await captures.selfie.blob.arrayBuffer()));
    await untilStep(el, 'done');
    expect(stepText(el)).to.contain('We will tell you if it is not approved');
  });

  it('submits once however often Submit is clicked', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    let submissions = 0;
    el.addEventListener('idv-submit', (e) => {
      submissions++;
      e.respondWith(new Promise((resolve) => setTimeout(resolve, 200)));
    });
    const button = inStep<HTMLButtonElement>(el, 'button.primary')!;
    button.click();
    button.click();
    void el.submit();
    await untilStep(el, 'done');
    expect(submissions).to.equal(1);
  });

  it('refuses to submit without a challenge and says why', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id, '');
    await untilStep(el, 'review');
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.code).to.equal('missing-challenge');
    expect(error.detail.recoverable).to.equal(true);
    await el.updateComplete;
    expect(el.step).to.equal('review');
    expect(inStep(el, '[role=alert]')!.textContent).to.match(/not ready/);
  });

  it('shows a retryable failure that keeps every capture when the host rejects', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    el.addEventListener('idv-submit', (e) => e.respondWith(Promise.reject(new Error('backend down'))), {once: true});
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.code).to.equal('submission-failed');
    await untilStep(el, 'review');
    expect(inStep(el, '[role=alert]')!.textContent).to.match(/Nothing was lost/);
    expect(inStep(el, 'img[alt*="face"]')).to.exist;
    await clickButton(el, 'Try again');
    await untilStep(el, 'done');
  });

  it('a backend that answers 500 is a retryable failure: captures kept, nothing remembered as complete', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    el.addEventListener('idv-submit', (e) => e.respondWith(Promise.resolve(new Response('{}', {status: 500}))), {once: true});
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.code).to.equal('submission-failed');
    expect(error.detail.recoverable).to.equal(true);
    expect(error.detail.message).to.contain('500');
    await untilStep(el, 'review');
    expect(inStep(el, '[role=alert]')!.textContent).to.match(/Nothing was lost/);
    const storage = new ProfileStorage(id);
    expect(await storage.loadRecord()).to.equal(undefined);
    expect((await storage.loadDraft())?.captures.document).to.exist;
  });

  it('a backend that answers 409 to respondWith(fetch(…)) is a failure too', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    // A real fetch to a URL the test server answers with an error status.
    el.addEventListener('idv-submit', (e) => e.respondWith(fetch('/no-such-endpoint-for-submissions', {method: 'POST', body: e.detail.toFormData()})), {once: true});
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.message).to.match(/HTTP 4\d\d/);
    await untilStep(el, 'review');
  });

  it('signs a fresh challenge from getChallenge for every attempt, the retry included', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id, 'stale-challenge-from-page-load');
    let issued = 0;
    el.getChallenge = async () => `fresh-${++issued}`;
    await untilStep(el, 'review');
    const nonces: unknown[] = [];
    el.addEventListener('idv-submit', (e) => {
      nonces.push(e.detail.claims.nonce);
      e.respondWith(nonces.length === 1 ? Promise.resolve(new Response('', {status: 409})) : Promise.resolve());
    });
    await clickButton(el, 'Submit');
    await untilStep(el, 'review');
    await clickButton(el, 'Try again');
    await untilStep(el, 'done');
    expect(nonces).to.deep.equal(['fresh-1', 'fresh-2']);
  });

  it('submits with getChallenge alone, no challenge attribute', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id, '');
    el.getChallenge = () => 'from-callback';
    await untilStep(el, 'review');
    setTimeout(() => clickButton(el, 'Submit'));
    const event = (await oneEvent(el, 'idv-submit')) as IdvSubmitEvent;
    expect(event.detail.claims.nonce).to.equal('from-callback');
  });

  it('a getChallenge that fails is a retryable missing-challenge error that keeps every capture', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id, '');
    el.getChallenge = () => Promise.reject(new Error('offline'));
    await untilStep(el, 'review');
    let submitted = false;
    el.addEventListener('idv-submit', () => (submitted = true));
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.code).to.equal('missing-challenge');
    expect(error.detail.message).to.contain('offline');
    await untilStep(el, 'review');
    expect(submitted).to.equal(false);
    expect(inStep(el, 'img[alt*="face"]')).to.exist;
  });

  it('gives up on a host promise that never settles, after submit-timeout', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    el.submitTimeout = 0.3;
    await untilStep(el, 'review');
    el.addEventListener('idv-submit', (e) => e.respondWith(new Promise(() => {})), {once: true});
    setTimeout(() => clickButton(el, 'Submit'));
    const error = (await oneEvent(el, 'idv-error')) as IdvErrorEvent;
    expect(error.detail.message).to.match(/did not answer/);
    await untilStep(el, 'review');
  });

  it('remembers a profile the host confirmed: the next visit shows it is under review', async () => {
    const id = freshId();
    await draftAtReview(id);
    const first = await mountAt(id);
    await untilStep(first, 'review');
    first.addEventListener('idv-submit', (e) => e.respondWith(Promise.resolve()), {once: true});
    await first.submit();
    await untilStep(first, 'done');
    first.remove();
    const second = await mountAt(id);
    await untilStep(second, 'on-file');
    expect(stepText(second)).to.contain('under review');
    await expect(second).to.be.accessible();
    await clickButton(second, 'Update my profile');
    await untilStep(second, 'name');
  });

  it('without respondWith nothing is remembered: the next visit resumes the draft, not "complete"', async () => {
    const id = freshId();
    await draftAtReview(id);
    const first = await mountAt(id);
    await untilStep(first, 'review');
    await first.submit();
    await untilStep(first, 'done');
    first.remove();
    expect(await new ProfileStorage(id).loadRecord()).to.equal(undefined);
    const second = await mountAt(id);
    await untilStep(second, 'review');
    expect(second.shadowRoot!.querySelector('.notice')!.textContent).to.equal('We kept your progress.');
  });

  it('status="pending" from the host after a plain submission deletes the submitted draft', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    await el.submit();
    await untilStep(el, 'done');
    el.setAttribute('status', 'pending');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(await new ProfileStorage(id).loadDraft()).to.equal(undefined);
  });

  it('status="none" from the host clears a stale record: the person is asked again', async () => {
    const id = freshId();
    await new ProfileStorage(id).saveRecord({status: 'pending', submittedAt: Date.now() - 86_400_000, kid: 'old-key'});
    const el = await fixture<IdVerificationProfile>(
      html`<id-verification-profile profile-id=${id} challenge="c" status="none"></id-verification-profile>`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(el.step).to.equal('intro');
    expect(await new ProfileStorage(id).loadRecord()).to.equal(undefined);
  });

  it('with status not set, the record this device kept applies; removing the attribute returns to it', async () => {
    const id = freshId();
    await new ProfileStorage(id).saveRecord({status: 'pending', submittedAt: Date.now(), kid: 'k'});
    const el = await mountAt(id);
    await untilStep(el, 'on-file');
    el.setAttribute('status', 'rejected');
    await untilStep(el, 'rejected');
    el.removeAttribute('status');
    await untilStep(el, 'on-file');
    expect(stepText(el)).to.contain('under review');
  });

  it('shows the host reason when the host says rejected, and lets the person redo it', async () => {
    const el = await mountAt(freshId());
    el.status = 'rejected';
    el.statusReason = 'The ID photo was blurry';
    await untilStep(el, 'rejected');
    expect(stepText(el)).to.contain('The ID photo was blurry');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Start again');
    await untilStep(el, 'name');
  });

  it('reports valueMissing in a form until submitted, then contributes the submission', async () => {
    const id = freshId();
    await draftAtReview(id);
    const form = await fixture<HTMLFormElement>(
      html`<form><id-verification-profile name="profile" profile-id=${id} challenge="c"></id-verification-profile></form>`,
    );
    const el = form.querySelector('id-verification-profile')!;
    await untilStep(el, 'review');
    expect(form.checkValidity()).to.equal(false);
    await el.submit();
    const data = new FormData(form);
    expect(form.checkValidity()).to.equal(true);
    expect(String(data.get('profile.jws')).split('.')).to.have.length(3);
    expect((data.get('profile.selfie') as File).type).to.equal('image/jpeg');
    expect((data.get('profile.document') as File).size).to.be.greaterThan(1000);
  });

  it('without a name, contributes the bare parts a backend reads (jws, selfie, document)', async () => {
    const id = freshId();
    await draftAtReview(id);
    const form = await fixture<HTMLFormElement>(
      html`<form><id-verification-profile profile-id=${id} challenge="c"></id-verification-profile></form>`,
    );
    const el = form.querySelector('id-verification-profile')!;
    await untilStep(el, 'review');
    await el.submit();
    expect([...new FormData(form).keys()]).to.deep.equal(['jws', 'selfie', 'document']);
  });

  describe('a submission belongs to the profile that started it', () => {
    /** Mounts in a form at review and starts a submission the host answers only when told to. */
    async function submittingInForm(id: string) {
      await draftAtReview(id);
      const form = await fixture<HTMLFormElement>(
        html`<form><id-verification-profile profile-id=${id} challenge="c"></id-verification-profile></form>`,
      );
      const el = form.querySelector('id-verification-profile')!;
      await untilStep(el, 'review');
      let answer!: () => void;
      el.addEventListener('idv-submit', (e) => e.respondWith(new Promise<void>((resolve) => (answer = resolve))), {once: true});
      const submitting = el.submit();
      await oneEvent(el, 'idv-submit');
      return {form, el, answer: () => answer(), submitting};
    }

    it('a late answer after profile-id changed records nothing, under either id, and gives the form no value', async () => {
      const first = freshId();
      const second = freshId();
      const {form, el, answer, submitting} = await submittingInForm(first);
      el.profileId = second;
      await el.updateComplete;
      answer();
      await submitting;
      await new Promise((r) => setTimeout(r, 200));
      expect(await new ProfileStorage(second).loadRecord()).to.equal(undefined);
      expect(await new ProfileStorage(first).loadRecord()).to.equal(undefined);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(el.step).to.equal('intro');
    });

    it('reset() while submitting: the late answer records nothing and the form stays empty', async () => {
      const id = freshId();
      const {form, el, answer, submitting} = await submittingInForm(id);
      await el.reset();
      answer();
      await submitting;
      await new Promise((r) => setTimeout(r, 200));
      expect(await new ProfileStorage(id).loadRecord()).to.equal(undefined);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(el.step).to.equal('intro');
    });

    it('clearStoredData() while submitting: the late answer records nothing', async () => {
      const id = freshId();
      const {form, el, answer, submitting} = await submittingInForm(id);
      await el.clearStoredData();
      answer();
      await submitting;
      await new Promise((r) => setTimeout(r, 200));
      expect(await new ProfileStorage(id).loadRecord()).to.equal(undefined);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('a profile-id change while signing hands nothing to the host', async () => {
      const id = freshId();
      await draftAtReview(id);
      const el = await mountAt(id);
      await untilStep(el, 'review');
      let slowChallenge!: (value: string) => void;
      el.getChallenge = () => new Promise((resolve) => (slowChallenge = resolve));
      let handed = 0;
      el.addEventListener('idv-submit', () => handed++);
      const submitting = el.submit();
      el.profileId = freshId();
      await el.updateComplete;
      slowChallenge('c');
      await submitting;
      expect(handed).to.equal(0);
    });
  });

  it('reset() forgets the profile on this device', async () => {
    const id = freshId();
    await draftAtReview(id);
    const el = await mountAt(id);
    await untilStep(el, 'review');
    await el.reset();
    expect(el.step).to.equal('intro');
    expect(await new ProfileStorage(id).loadDraft()).to.equal(undefined);
  });
});
