import {expect} from '@open-wc/testing';
import {faceChecksNotRun, measureFaces, type DetectedFace} from '../../../src/quality/face-detector.js';

// A 1280×720 frame: the oval is centred at (640, 360), 576 × 540 px.
const FRAME = {width: 1280, height: 720};
const face = (x: number, y: number, size: number): DetectedFace => ({box: {x, y, width: size, height: size}});
/** A face of 200 px (0.37 of the oval's height) centred in the oval. */
const CENTRED = face(540, 260, 200);
/** The small portrait on an ID held beside the face. */
const PORTRAIT = face(980, 340, 70);
const selfie1 = {kind: 'selfie', layout: 'one-sided'} as const;
const selfie2 = {kind: 'selfie', layout: 'two-sided'} as const;
const document2 = {kind: 'document', layout: 'two-sided'} as const;

describe('measureFaces', () => {
  it('passes one adequate face in the oval (one-sided selfie)', () => {
    const checks = measureFaces([CENTRED], FRAME, selfie1);
    expect(checks.face.verdict).to.equal('pass');
    expect(checks.faceSize.verdict).to.equal('pass');
  });

  it('fails when no face is found', () => {
    expect(measureFaces([], FRAME, selfie1).face).to.deep.equal({value: 0, verdict: 'fail'});
  });

  it('fails two faces in a one-sided selfie', () => {
    expect(measureFaces([CENTRED, face(100, 100, 150)], FRAME, selfie1).face).to.deep.equal({value: 2, verdict: 'fail'});
  });

  it('fails the centring of a face in a corner, outside the oval', () => {
    const checks = measureFaces([face(0, 0, 150)], FRAME, selfie1);
    expect(checks.face.verdict).to.equal('pass');
    expect(checks.faceCentre.verdict).to.equal('fail');
  });

  it('fails a face too small for the oval', () => {
    const checks = measureFaces([face(610, 330, 60)], FRAME, selfie1);
    expect(checks.face.verdict).to.equal('pass');
    expect(checks.faceSize.verdict).to.equal('fail');
  });

  it('passes the face and a smaller ID portrait in a two-sided selfie', () => {
    const checks = measureFaces([PORTRAIT, CENTRED], FRAME, selfie2);
    expect(checks.face.verdict).to.equal('pass');
    expect(checks.idPortrait.verdict).to.equal('pass');
    expect(checks.idPortrait.value).to.equal(70 / 200);
  });

  it('fails a two-sided selfie without the ID portrait', () => {
    const checks = measureFaces([CENTRED], FRAME, selfie2);
    expect(checks.face.verdict).to.equal('pass');
    expect(checks.idPortrait).to.deep.equal({value: 0, verdict: 'fail'});
  });

  it('does not take a second person of similar size for the ID portrait', () => {
    const checks = measureFaces([CENTRED, face(950, 260, 190)], FRAME, selfie2);
    expect(checks.face.verdict).to.equal('fail');
    expect(checks.idPortrait.verdict).to.equal('fail');
  });

  it('warns when a portrait is visible on the two-sided ID step (photo side)', () => {
    expect(measureFaces([face(580, 290, 130)], FRAME, document2).photoSide).to.deep.equal({value: 1, verdict: 'warn'});
  });

  it('passes the two-sided ID step with no portrait (name side)', () => {
    expect(measureFaces([], FRAME, document2).photoSide.verdict).to.equal('pass');
  });

  it('finds the portrait on the one-sided ID step, as a share of the card area height', () => {
    const checks = measureFaces([face(580, 290, 130)], FRAME, {kind: 'document', layout: 'one-sided'});
    expect(checks.portrait).to.deep.equal({value: 130 / 720, verdict: 'pass'});
  });

  it('fails the portrait check on the one-sided ID step when no face is on the card', () => {
    expect(measureFaces([], FRAME, {kind: 'document', layout: 'one-sided'}).portrait).to.deep.equal({value: 0, verdict: 'fail'});
  });

  it('does not count a face printed on a card found in the picture as a person', () => {
    const card = {x: 400, y: 200, width: 480, height: 303};
    const checks = measureFaces([face(440, 260, 120)], FRAME, selfie1, card);
    expect(checks.face).to.deep.equal({value: 0, verdict: 'fail'});
  });
});

describe('faceChecksNotRun', () => {
  it('reports every selfie face check as not-run, never pass', () => {
    const checks = faceChecksNotRun(selfie2);
    expect(Object.keys(checks)).to.have.members(['face', 'faceCentre', 'faceSize', 'idPortrait']);
    for (const check of Object.values(checks)) expect(check).to.deep.equal({value: null, verdict: 'not-run'});
  });

  it('reports the photo-side check as not-run on the two-sided ID step', () => {
    expect(faceChecksNotRun(document2)).to.deep.equal({photoSide: {value: null, verdict: 'not-run'}});
  });
});
