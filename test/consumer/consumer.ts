// What an integrator writes. Type-checked by test/node/consumer-types.test.mjs against dist/*.d.ts:
// if the GlobalEventHandlersEventMap or HTMLElementTagNameMap augmentation breaks, this stops compiling.
import 'id-verification-profile/define';
import {IdVerificationProfile, IdvSubmitEvent, type SignedSubmission, type StepName} from 'id-verification-profile';

const el = document.createElement('id-verification-profile');
const typed: IdVerificationProfile = el; // the tag map gives the class, not HTMLElement
typed.challenge = 'server-issued-nonce';
typed.profileId = 'user-42';
typed.strings = {start: 'Begin'};

el.addEventListener('idv-submit', (e) => {
  const jws: string = e.detail.jws;
  const body: FormData = e.detail.toFormData();
  const selfie: File = e.detail.files.selfie;
  e.respondWith(fetch('/api/submissions', {method: 'POST', body}).then((r) => r.json()));
  void [jws, selfie];
  // @ts-expect-error: a submission has no `signature`; the signature is inside `jws`
  void e.detail.signature;
});

el.addEventListener('idv-step', (e) => {
  const step: StepName = e.detail.step;
  const previous: StepName = e.detail.previous;
  void [step, previous];
});

el.addEventListener('idv-capture', (e) => {
  const kind: 'selfie' | 'document' = e.detail.kind;
  void kind;
});

el.addEventListener('idv-error', (e) => {
  const recoverable: boolean = e.detail.recoverable;
  const code: string = e.detail.code;
  void [recoverable, code];
});

// The events are composed: a listener on any ancestor is typed the same way.
document.addEventListener('idv-submit', (e) => {
  const submission: SignedSubmission = e.detail;
  const isClass: IdvSubmitEvent = e;
  void [submission, isClass];
});

// @ts-expect-error: status is one of none | pending | approved | rejected
el.status = 'unknown';

const found = document.querySelector('id-verification-profile');
found?.reset();
