import {expect} from '@open-wc/testing';
import type {CaptureChecks, CheckResult} from '../../../src/types.js';
import {allChecksPass, chooseGuidance} from '../../../src/quality/guidance.js';

const pass = (value = 1): CheckResult => ({value, verdict: 'pass'});
const fail = (value = 0): CheckResult => ({value, verdict: 'fail'});
const warn = (value = 0): CheckResult => ({value, verdict: 'warn'});
const notRun: CheckResult = {value: null, verdict: 'not-run'};
const doc1 = {kind: 'document', layout: 'one-sided'} as const;
const doc2 = {kind: 'document', layout: 'two-sided'} as const;
const selfie1 = {kind: 'selfie', layout: 'one-sided'} as const;
const selfie2 = {kind: 'selfie', layout: 'two-sided'} as const;

const goodDocument = (): CaptureChecks => ({
  brightness: pass(150),
  overexposure: pass(0),
  sharpness: pass(5000),
  glare: pass(0),
  framing: pass(4),
  cardSize: pass(0.92),
  steadiness: pass(1),
});
const goodSelfie = (): CaptureChecks => ({
  brightness: pass(120),
  overexposure: pass(0),
  sharpness: pass(3000),
  steadiness: pass(1),
  face: pass(1),
  faceSize: pass(0.3),
});

describe('chooseGuidance', () => {
  it('says ready when every check passes', () => {
    expect(chooseGuidance(goodDocument(), doc1)).to.equal('ready');
    expect(chooseGuidance(goodSelfie(), selfie1)).to.equal('ready');
  });

  it('says too-dark for a dark frame, before anything else', () => {
    const checks = {...goodDocument(), brightness: fail(20), sharpness: fail(10), framing: fail(0)};
    expect(chooseGuidance(checks, doc1)).to.equal('too-dark');
  });

  it('says too-bright for a bright mean', () => {
    expect(chooseGuidance({...goodDocument(), brightness: fail(240)}, doc1)).to.equal('too-bright');
  });

  it('says too-bright for a clipped picture', () => {
    expect(chooseGuidance({...goodSelfie(), overexposure: fail(0.5), face: fail(0)}, selfie1)).to.equal('too-bright');
  });

  it('says card-too-far for a small card, before blur', () => {
    const checks = {...goodDocument(), framing: fail(0), cardSize: fail(0.5), sharpness: fail(100)};
    expect(chooseGuidance(checks, doc1)).to.equal('card-too-far');
  });

  it('says card-not-framed when the card edges are not at the guide', () => {
    expect(chooseGuidance({...goodDocument(), framing: fail(2), cardSize: notRun}, doc1)).to.equal('card-not-framed');
  });

  it('says hold-still before blurry (movement blurs)', () => {
    const checks = {...goodDocument(), steadiness: fail(20), sharpness: fail(100)};
    expect(chooseGuidance(checks, doc1)).to.equal('hold-still');
  });

  it('says blurry for a blurred card', () => {
    expect(chooseGuidance({...goodDocument(), sharpness: fail(100)}, doc1)).to.equal('blurry');
  });

  it('says glare for a glare warning', () => {
    expect(chooseGuidance({...goodDocument(), glare: warn(0.002)}, doc1)).to.equal('glare');
  });

  it('says turn-card-over when the photo side shows on the two-sided ID step', () => {
    expect(chooseGuidance({...goodDocument(), photoSide: warn(1)}, doc2)).to.equal('turn-card-over');
  });

  it('says no-face when no face is found', () => {
    expect(chooseGuidance({...goodSelfie(), face: fail(0), faceSize: notRun}, selfie1)).to.equal('no-face');
  });

  it('says no-face when the only face is outside the oval', () => {
    expect(chooseGuidance({...goodSelfie(), face: fail(1)}, selfie1)).to.equal('no-face');
  });

  it('says multiple-faces for two faces in a one-sided selfie', () => {
    expect(chooseGuidance({...goodSelfie(), face: fail(2)}, selfie1)).to.equal('multiple-faces');
  });

  it('says multiple-faces for two similar faces in a two-sided selfie', () => {
    const checks = {...goodSelfie(), face: fail(2), idPortrait: fail(0.95)};
    expect(chooseGuidance(checks, selfie2)).to.equal('multiple-faces');
  });

  it('says face-too-small for a distant face', () => {
    expect(chooseGuidance({...goodSelfie(), faceSize: fail(0.1)}, selfie1)).to.equal('face-too-small');
  });

  it('says show-id-beside-face when the ID portrait is missing', () => {
    expect(chooseGuidance({...goodSelfie(), idPortrait: fail(0)}, selfie2)).to.equal('show-id-beside-face');
  });

  it('never says ready when the face checks did not run (no detector): a neutral take-photo instead', () => {
    expect(chooseGuidance({...goodSelfie(), face: notRun, faceSize: notRun}, selfie1)).to.equal('take-photo');
  });

  it('says centre-face for a face away from the oval', () => {
    expect(chooseGuidance({...goodSelfie(), faceCentre: fail(1.6)}, selfie1)).to.equal('centre-face');
  });

  it('says no-face before blurry when nobody is there', () => {
    const checks = {...goodSelfie(), face: fail(0), faceSize: notRun, sharpness: fail(50)};
    expect(chooseGuidance(checks, selfie1)).to.equal('no-face');
  });

  it('says show-id-beside-face before blurry (the ID is part of the subject)', () => {
    expect(chooseGuidance({...goodSelfie(), idPortrait: fail(0), sharpness: fail(50)}, selfie2)).to.equal('show-id-beside-face');
  });

  it('says no-card when no card is in the guide, before framing', () => {
    expect(chooseGuidance({...goodDocument(), card: fail(0), framing: fail(1)}, doc1)).to.equal('no-card');
  });

  it('says show-portrait when a one-sided ID shows no portrait', () => {
    expect(chooseGuidance({...goodDocument(), portrait: fail(0)}, doc1)).to.equal('show-portrait');
  });
});

describe('allChecksPass', () => {
  it('is false with a not-run check (nothing was measured)', () => {
    expect(allChecksPass({a: pass(), b: notRun})).to.equal(false);
  });

  it('is true when every check passed', () => {
    expect(allChecksPass({a: pass(), b: pass()})).to.equal(true);
  });

  it('is false with any failure', () => {
    expect(allChecksPass({a: pass(), b: fail()})).to.equal(false);
  });

  it('is false with a warning', () => {
    expect(allChecksPass({a: pass(), b: warn()})).to.equal(false);
  });
});
