import {expect} from '@open-wc/testing';
import {transition, type FlowEvent} from '../../../src/flow/transition.js';
import {INITIAL_STATE, type FlowState, type StepName} from '../../../src/flow/flow-state.js';
import type {Capture, CaptureKind, CompletedProfileRecord} from '../../../src/types.js';

const capture = (kind: CaptureKind): Capture => ({
  kind,
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], {type: 'image/jpeg'}),
  width: 1280,
  height: 720,
  at: 1,
  camera: {label: 'cam', facingMode: 'user', width: 1280, height: 720, frameRate: 30},
  checks: {},
});
const RECORD: CompletedProfileRecord = {status: 'pending', submittedAt: 5, kid: 'k'};
const at = (step: StepName, extra: Partial<FlowState> = {}): FlowState => ({...INITIAL_STATE, step, ...extra});
const complete = (step: StepName, extra: Partial<FlowState> = {}) =>
  at(step, {name: 'Ada Lovelace', layout: 'one-sided', captures: {selfie: capture('selfie'), document: capture('document')}, ...extra});

const ALL_EVENTS: FlowEvent[] = [
  {type: 'start'},
  {type: 'back'},
  {type: 'next'},
  {type: 'submit-name', name: 'Ada'},
  {type: 'choose-layout', layout: 'one-sided'},
  {type: 'captured', capture: capture('selfie')},
  {type: 'captured', capture: capture('document')},
  {type: 'edit', step: 'name'},
  {type: 'camera-failed', problem: 'camera-denied'},
  {type: 'camera-retry'},
  {type: 'submit'},
  {type: 'submit-succeeded', record: RECORD},
  {type: 'submit-failed', message: 'x'},
  {type: 'update-profile'},
];

describe('transition', () => {
  it('starts from the intro to the name step', () => {
    expect(transition(at('intro'), {type: 'start'}).step).to.equal('name');
  });

  it('stores the normalised name and moves to the layout question', () => {
    const next = transition(at('name'), {type: 'submit-name', name: '  Ada   Lovelace '});
    expect(next.step).to.equal('id-layout');
    expect(next.name).to.equal('Ada Lovelace');
  });

  it('refuses an invalid name without changing anything', () => {
    const state = at('name');
    expect(transition(state, {type: 'submit-name', name: '   '})).to.equal(state);
  });

  it('stores the layout and moves to the selfie', () => {
    const next = transition(at('id-layout'), {type: 'choose-layout', layout: 'two-sided'});
    expect(next.layout).to.equal('two-sided');
    expect(next.step).to.equal('selfie');
  });

  it('drops captures when the layout changes, keeps them when it does not', () => {
    const state = complete('id-layout');
    expect(transition(state, {type: 'choose-layout', layout: 'two-sided'}).captures).to.deep.equal({});
    expect(transition(state, {type: 'choose-layout', layout: 'one-sided'}).captures.selfie).to.equal(state.captures.selfie);
  });

  it('keeps a selfie and moves to the ID step', () => {
    const selfie = capture('selfie');
    const next = transition(at('selfie', {name: 'A', layout: 'one-sided'}), {type: 'captured', capture: selfie});
    expect(next.step).to.equal('document');
    expect(next.captures.selfie).to.equal(selfie);
  });

  it('keeps the ID photo and moves to review', () => {
    const next = transition(at('document', {captures: {selfie: capture('selfie')}}), {type: 'captured', capture: capture('document')});
    expect(next.step).to.equal('review');
  });

  it('ignores a capture of the wrong kind', () => {
    const state = at('selfie');
    expect(transition(state, {type: 'captured', capture: capture('document')})).to.equal(state);
  });

  it('goes back one step at a time without losing captures', () => {
    let state = complete('review');
    const seen: StepName[] = [];
    for (let i = 0; i < 5; i++) {
      state = transition(state, {type: 'back'});
      seen.push(state.step);
    }
    expect(seen).to.deep.equal(['document', 'selfie', 'id-layout', 'name', 'intro']);
    expect(state.captures.selfie).to.exist;
    expect(state.captures.document).to.exist;
  });

  it('moves forward with next only over completed steps', () => {
    expect(transition(complete('selfie'), {type: 'next'}).step).to.equal('document');
    expect(transition(at('selfie'), {type: 'next'}).step).to.equal('selfie');
    expect(transition(at('name'), {type: 'next'}).step).to.equal('name');
    expect(transition(complete('document'), {type: 'next'}).step).to.equal('review');
  });

  it('edits one part from review and returns to review after it', () => {
    const editing = transition(complete('review'), {type: 'edit', step: 'selfie'});
    expect(editing.step).to.equal('selfie');
    const replaced = capture('selfie');
    const back = transition(editing, {type: 'captured', capture: replaced});
    expect(back.step).to.equal('review');
    expect(back.captures.selfie).to.equal(replaced);
  });

  it('returns to review with back while editing', () => {
    const editing = transition(complete('review'), {type: 'edit', step: 'name'});
    expect(transition(editing, {type: 'back'}).step).to.equal('review');
  });

  const problems = [
    ['camera-denied', 'camera-blocked'],
    ['camera-not-found', 'no-camera'],
    ['camera-in-use', 'camera-error'],
    ['camera-ended', 'camera-error'],
    ['camera-overconstrained', 'camera-error'],
    ['insecure-context', 'unsupported'],
    ['unsupported', 'unsupported'],
  ] as const;
  for (const [problem, screen] of problems) {
    it(`shows ${screen} for ${problem} and keeps the captures`, () => {
      const next = transition(complete('document'), {type: 'camera-failed', problem});
      expect(next.step).to.equal(screen);
      expect(next.cameraProblem).to.equal(problem);
      expect(next.captures.selfie).to.exist;
    });
  }

  it('retries the interrupted camera step', () => {
    const failed = transition(at('document'), {type: 'camera-failed', problem: 'camera-ended'});
    expect(transition(failed, {type: 'camera-retry'}).step).to.equal('document');
  });

  it('goes back from a camera problem to the step before the camera', () => {
    const failed = transition(at('selfie'), {type: 'camera-failed', problem: 'camera-not-found'});
    expect(transition(failed, {type: 'back'}).step).to.equal('id-layout');
  });

  it('submits only a complete profile', () => {
    expect(transition(complete('review'), {type: 'submit'}).step).to.equal('submitting');
    const partial = at('review', {name: 'A', layout: 'one-sided'});
    expect(transition(partial, {type: 'submit'})).to.equal(partial);
  });

  it('shows why a submission could not begin, staying on review', () => {
    const next = transition(complete('review'), {type: 'submit-blocked', message: 'no challenge'});
    expect(next.step).to.equal('review');
    expect(next.submitError).to.equal('no challenge');
  });

  it('finishes a submission: done, record kept, draft data gone', () => {
    const done = transition(complete('submitting'), {type: 'submit-succeeded', record: RECORD});
    expect(done.step).to.equal('done');
    expect(done.record).to.equal(RECORD);
    expect(done.captures).to.deep.equal({});
    expect(done.name).to.equal('');
  });

  it('returns to review with the error after a failed submission, keeping captures', () => {
    const failed = transition(complete('submitting'), {type: 'submit-failed', message: 'offline'});
    expect(failed.step).to.equal('review');
    expect(failed.submitError).to.equal('offline');
    expect(failed.captures.document).to.exist;
  });

  it('restores a draft at its step', () => {
    const draft = {step: 'document', name: 'Ada', layout: 'one-sided' as const, captures: {selfie: capture('selfie')}};
    const next = transition(at('intro'), {type: 'restore', draft});
    expect(next.step).to.equal('document');
    expect(next.resumed).to.equal(true);
  });

  it('never restores past a missing part', () => {
    const draft = {step: 'review', name: 'Ada', layout: 'one-sided' as const, captures: {}};
    expect(transition(at('intro'), {type: 'restore', draft}).step).to.equal('selfie');
  });

  it('does not restore to a transient screen', () => {
    const state = at('intro');
    const draft = {step: 'submitting', name: 'Ada', layout: null, captures: {}};
    expect(transition(state, {type: 'restore', draft})).to.equal(state);
  });

  it('shows the profile as on file when a record is loaded at rest', () => {
    expect(transition(at('intro'), {type: 'load-record', record: RECORD}).step).to.equal('on-file');
  });

  it('lets the host status win: rejected shows the reason screen', () => {
    const next = transition(at('on-file', {record: RECORD}), {type: 'host-status', status: 'rejected', reason: 'Blurry'});
    expect(next.step).to.equal('rejected');
    expect(next.statusReason).to.equal('Blurry');
  });

  it('host status "none" drops the stored record and returns to the intro', () => {
    const next = transition(at('on-file', {record: RECORD}), {type: 'host-status', status: 'none', reason: ''});
    expect(next.step).to.equal('intro');
    expect(next.record).to.equal(null);
  });

  it('host status not set (null) lets the stored record decide', () => {
    const next = transition(at('rejected', {record: RECORD, status: 'rejected'}), {type: 'host-status', status: null, reason: ''});
    expect(next.step).to.equal('on-file');
  });

  it('a submission the host did not confirm shows done and remembers nothing', () => {
    const next = transition(complete('submitting'), {type: 'submit-succeeded', record: null});
    expect(next.step).to.equal('done');
    expect(next.record).to.equal(null);
  });

  it('does not interrupt a capture in progress when the host status changes', () => {
    const next = transition(at('selfie'), {type: 'host-status', status: 'approved', reason: ''});
    expect(next.step).to.equal('selfie');
    expect(next.status).to.equal('approved');
  });

  it('starts an update from on-file at the name step', () => {
    expect(transition(at('on-file', {record: RECORD}), {type: 'update-profile'}).step).to.equal('name');
  });

  it('reset returns to the intro with nothing kept but host status', () => {
    const next = transition(complete('review', {status: 'pending'}), {type: 'reset'});
    expect(next.step).to.equal('intro');
    expect(next.captures).to.deep.equal({});
    expect(next.status).to.equal('pending');
  });

  // Every event that does not apply leaves the state untouched (same object).
  const invalid: Array<[StepName, FlowEvent['type'][]]> = [
    ['intro', ['back', 'submit-name', 'choose-layout', 'captured', 'edit', 'camera-failed', 'camera-retry', 'submit', 'submit-succeeded', 'submit-failed', 'update-profile']],
    ['name', ['start', 'next', 'choose-layout', 'captured', 'edit', 'camera-failed', 'camera-retry', 'submit', 'submit-succeeded', 'submit-failed', 'update-profile']],
    ['review', ['start', 'submit-name', 'choose-layout', 'captured', 'camera-failed', 'camera-retry', 'submit-succeeded', 'submit-failed', 'update-profile']],
    ['submitting', ['start', 'back', 'next', 'submit-name', 'choose-layout', 'captured', 'edit', 'camera-failed', 'camera-retry', 'submit', 'update-profile']],
    ['done', ['start', 'back', 'next', 'submit-name', 'choose-layout', 'captured', 'edit', 'camera-failed', 'camera-retry', 'submit', 'submit-succeeded', 'submit-failed']],
  ];
  for (const [step, types] of invalid) {
    it(`ignores ${types.length} events that do not apply on ${step}`, () => {
      const state = step === 'review' ? at('review', {name: 'A'}) : at(step);
      const changed = ALL_EVENTS.filter((e) => types.includes(e.type)).filter((e) => transition(state, e) !== state);
      expect(changed.map((e) => e.type)).to.deep.equal([]);
    });
  }
});
