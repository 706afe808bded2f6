// Fake camera fed with test/fixtures/selfie.png (1280×720): the portrait, a flag on the left, a black helmet
// at the bottom right — asymmetric, so a mirrored picture cannot pass for the original.
import {expect} from '@open-wc/testing';
import type {FlowState} from '../../../src/flow/flow-state.js';
import {clickButton, inStep, stepOf, untilStep, type IdVerificationProfile} from '../helpers/element.js';
import {decode, regionDistances, type Region} from './pixels.js';
import {liveTracks, liveVideo, shoot, toSelfie, trackCamera, until, untrackCamera} from './support.js';

const REGIONS: Region[] = [
  {name: 'flag', x: 0.235, y: 0.42, width: 0.07, height: 0.2},
  {name: 'face', x: 0.43, y: 0.16, width: 0.09, height: 0.15},
  {name: 'helmet', x: 0.57, y: 0.75, width: 0.15, height: 0.2},
  {name: 'suit', x: 0.27, y: 0.6, width: 0.07, height: 0.15},
  {name: 'rocket', x: 0.665, y: 0.05, width: 0.03, height: 0.2},
  {name: 'left margin', x: 0.02, y: 0.1, width: 0.15, height: 0.8},
];
const TOLERANCE = 16; // per channel, after Y4M 4:2:0 and JPEG 0.92

const flowOf = (el: IdVerificationProfile) => (el as unknown as {flow: FlowState}).flow;

/**
 * A host detector reporting the face where selfie.png has it (measured once, 1280×720 pixels): "Looks good"
 * and auto-capture need the face checks to have run, and these tests are about what the step does then.
 */
const FACE_OF_THE_PICTURE = {detect: async () => [{box: {x: 536, y: 104, width: 142, height: 142}}]};

describe('selfie step with the selfie picture', () => {
  beforeEach(() => trackCamera());
  afterEach(() => untrackCamera());

  it('stores a full-resolution JPEG whose pixels match the picture fed in, not mirrored, while the preview is', async () => {
    const el = await toSelfie();
    const video = await liveVideo(el);
    expect(getComputedStyle(video).transform, 'the preview is mirrored').to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    const capture = flowOf(el).captures.selfie!;
    expect(capture.blob.type).to.equal('image/jpeg');
    expect([capture.width, capture.height]).to.deep.equal([1280, 720]);
    expect(capture.camera.width).to.equal(1280);
    expect(capture.camera.height).to.equal(720);
    expect(capture.camera.label).to.be.a('string').and.not.equal('');
    expect(capture.camera.frameRate).to.be.greaterThan(0);
    expect(Math.abs(capture.at - Date.now())).to.be.lessThan(30_000);

    const taken = await decode(capture.blob);
    const fixture = await decode('/test/fixtures/selfie.png');
    const straight = regionDistances(taken, fixture, REGIONS);
    for (const {region, distance, a, b} of straight) {
      expect(distance, `${region}: captured ${a} vs fixture ${b}`).to.be.below(TOLERANCE);
    }
    // The same comparison against the mirrored fixture fails by far: the check can tell a mirror.
    const mirrored = regionDistances(taken, fixture, REGIONS, true);
    expect(Math.max(...mirrored.map((r) => r.distance))).to.be.above(60);
  });

  it('records every measured check, the face found by the built-in engine in WebAssembly', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, '[part=guidance]')?.textContent?.trim()), 'guidance');
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    const {checks} = flowOf(el).captures.selfie!;
    expect(checks.brightness!.verdict).to.equal('pass');
    expect(checks.brightness!.value).to.be.a('number');
    expect(checks.sharpness!.verdict).to.equal('pass');
    expect(checks.face).to.deep.equal({value: 1, verdict: 'pass'});
    expect(checks.faceEngine, 'faceEngine 3 = wasm-simd').to.deep.equal({value: 3, verdict: 'pass'});
  });

  it('runs the host face detector and records its checks (a stub detector finding one face in the oval)', async () => {
    const el = await toSelfie();
    let calls = 0;
    el.faceDetector = {
      detect: async (source: HTMLVideoElement) => {
        calls++;
        expect(source.tagName).to.equal('VIDEO');
        return [{box: {x: 540, y: 160, width: 200, height: 260}}];
      },
    };
    await liveVideo(el);
    await until(() => calls > 0, 'a detection');
    await new Promise((r) => setTimeout(r, 600)); // the next analysed frame uses the detection
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    const {checks} = flowOf(el).captures.selfie!;
    expect(checks.face).to.deep.equal({value: 1, verdict: 'pass'});
    expect(checks.faceSize!.verdict).to.equal('pass');
  });

  it('says the picture looks good, in a polite live region, with a solid guide and a check mark', async () => {
    const el = await toSelfie();
    el.faceDetector = FACE_OF_THE_PICTURE;
    await liveVideo(el);
    const region = inStep(el, '[part=guidance]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await until(() => region.querySelector('.message')!.textContent === 'Looks good', '"Looks good"');
    const stage = inStep(el, '.stage')!;
    expect(stage.dataset.state).to.equal('ready');
    expect(getComputedStyle(inStep(el, '.guide')!).strokeDasharray).to.equal('none');
    expect(inStep(el, '[part=guidance] .icon')!.textContent).to.equal('✓');
  });

  it('runs the live preview with its analysis without a long task (> 50 ms) on the main thread', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, '[part=guidance] .message')?.textContent), 'the first analysis');
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({type: 'longtask'});
    await new Promise((r) => setTimeout(r, 3000)); // ~12 analysed frames of 1280×720
    observer.disconnect();
    // Only this page's own tasks count: another test file may run in a second tab sharing the renderer.
    const own = longTasks.filter((e) => e.name === 'self').map((e) => Math.round(e.duration));
    const all = longTasks.map((e) => `${e.name} ${Math.round(e.duration)} ms`).join(', ');
    expect(own, `this page's long tasks during 3 s of preview (all: ${all || 'none'})`).to.deep.equal([]);
  });

  it('takes the photo by itself with auto-capture, without a click', async () => {
    const el = await toSelfie('one-sided', {'auto-capture': ''});
    el.faceDetector = FACE_OF_THE_PICTURE;
    await liveVideo(el);
    await until(() => Boolean(inStep(el, 'img')), 'the auto-captured photo in review', 10_000);
    expect(liveTracks()).to.have.length(0);
    expect(inStep(el, '[role=alert]'), 'no low-quality warning').to.equal(null);
    await stepOf(el).updateComplete;
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
  });
});
