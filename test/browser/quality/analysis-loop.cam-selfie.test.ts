// The analysis loop on a real <video> from getUserMedia, fed with test/fixtures/selfie.png.
import {expect} from '@open-wc/testing';
import {FrameAnalysisController} from '../../../src/quality/analysis-loop.js';
import type {DetectedFace, FaceDetectorLike} from '../../../src/quality/face-detector.js';
import {TestHost, startCameraVideo, waitFor} from './support/live.js';

describe('FrameAnalysisController on the selfie camera', () => {
  let camera: Awaited<ReturnType<typeof startCameraVideo>>;
  let host: TestHost;
  beforeEach(async () => {
    camera = await startCameraVideo();
    host = new TestHost();
  });
  afterEach(() => {
    host.disconnect();
    camera.stop();
  });

  it('passes every pixel check on the selfie', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.latest?.checks.steadiness.verdict === 'pass', 'two analysed frames');
    const {checks} = loop.latest!;
    expect(checks.brightness.verdict).to.equal('pass');
    expect(checks.overexposure.verdict).to.equal('pass');
    expect(checks.sharpness.verdict).to.equal('pass');
    // Without a detector the face checks are not-run: never "Looks good", a neutral message instead.
    expect(loop.latest!.guidance).to.equal('take-photo');
    expect(loop.latest!.ready).to.equal(false);
  });

  it('reports the face checks as not-run without a detector', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.latest !== undefined, 'a first analysis');
    expect(loop.latest!.checks.face).to.deep.equal({value: null, verdict: 'not-run'});
  });

  it('counts how long the picture has stayed ready', async () => {
    // This test is about the loop's clock, not about detection: the detector reports the face where
    // test/fixtures/selfie.png has it (measured once on the picture, in its 1280×720 pixels).
    const faceOfTheFixture: FaceDetectorLike = {detect: async () => [{box: {x: 536, y: 104, width: 142, height: 142}}]};
    const loop = new FrameAnalysisController(host, {
      video: () => camera.video,
      kind: 'selfie',
      layout: 'one-sided',
      detector: faceOfTheFixture,
    });
    host.connect();
    await waitFor(() => (loop.latest?.steadyForMs ?? 0) > 600, 'ready for 600 ms');
  });

  it('requests a host update only when the guidance or readiness changes', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 8, 'eight analysed frames');
    // First frame (steadiness and faces not-run: take-photo, not ready); nothing changes on a still picture.
    expect(host.updates).to.equal(1);
  });

  it('analyses about four frames a second, not every animation frame', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await new Promise((r) => setTimeout(r, 2000));
    expect(loop.costsMs.length).to.be.within(4, 9);
  });

  it('records the cost of each analysis', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 3, 'three analysed frames');
    // At least zero: Firefox rounds performance.now() to whole milliseconds, so a fast frame can read 0.
    for (const ms of loop.costsMs) expect(ms).to.be.at.least(0);
    // One frame can be slow when another test file shares the two cores; the median cannot be. The
    // budget itself (≤ 2 ms median) is measured by bench/quality.mjs on a quiet machine.
    const sorted = [...loop.costsMs].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).to.be.lessThan(50);
  });

  it('stops when the host disconnects', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 1, 'a first analysis');
    host.disconnect();
    const count = loop.costsMs.length;
    await new Promise((r) => setTimeout(r, 700));
    expect(loop.running).to.equal(false);
    expect(loop.costsMs.length).to.equal(count);
  });

  it('stops on stop() and resumes on start()', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 1, 'a first analysis');
    loop.stop();
    const count = loop.costsMs.length;
    await new Promise((r) => setTimeout(r, 700));
    expect(loop.costsMs.length).to.equal(count);
    loop.start();
    await waitFor(() => loop.costsMs.length > count, 'analysis after start()');
  });

  it('ignores a frame callback that outlived stop() instead of running a second loop', async () => {
    // The first frame callback is held back, as one on a video the host has since replaced would be: the
    // cancel in stop() cannot reach it, and it fires later, into the next run.
    const held: VideoFrameRequestCallback[] = [];
    const video = camera.video;
    video.requestVideoFrameCallback = (callback) => {
      held.push(callback);
      delete (video as Partial<HTMLVideoElement>).requestVideoFrameCallback; // the real one from now on
      return -1;
    };
    const loop = new FrameAnalysisController(host, {video: () => video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    await waitFor(() => held.length === 1, 'a frame callback');
    loop.stop();
    loop.start();
    const count = loop.costsMs.length;
    held[0]!(performance.now(), {} as VideoFrameCallbackMetadata);
    expect(loop.costsMs.length, 'the stale callback analysed nothing').to.equal(count);
    await new Promise((r) => setTimeout(r, 2000));
    expect(loop.costsMs.length - count, 'one loop, about four frames a second').to.be.within(4, 9);
  });

  it('causes no long task (> 50 ms) without a detector', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    // Only this page's own tasks count: another test file may run in a second tab sharing the renderer.
    // Two windows of ten analyses: in the full suite (several browsers on two cores) a single long task from
    // elsewhere in the page's process was seen once in a while, never with this file alone, nor alone under
    // three busy CPU loops; a stutter of the analysis itself recurs in every window, so it fails here.
    const windows: string[] = [];
    for (let window = 0; window < 2; window++) {
      const longTasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
      observer.observe({type: 'longtask'});
      const start = loop.costsMs.length;
      await waitFor(() => loop.costsMs.length >= start + 10, 'ten analysed frames');
      observer.disconnect();
      const own = longTasks.filter((e) => e.name === 'self').map((e) => Math.round(e.duration));
      windows.push(own.length ? `window ${window + 1}: ${own.join(', ')} ms` : '');
      if (!own.length) break;
    }
    expect(windows.filter(Boolean).length, `this page's long tasks during ten analyses: ${windows.join('; ')}`).to.be.below(2);
    // The analysis itself never takes a long task's time.
    expect(Math.max(...loop.costsMs), 'the longest analysis (ms)').to.be.below(50);
  });

  it('never runs two detections at once and detects about once a second', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const starts: number[] = [];
    const slow: FaceDetectorLike = {
      async detect(): Promise<DetectedFace[]> {
        starts.push(performance.now());
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((r) => setTimeout(r, 1500));
        inFlight--;
        return [];
      },
    };
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided', detector: slow});
    host.connect();
    await waitFor(() => starts.length >= 3, 'three detections', 15_000);
    expect(maxInFlight).to.equal(1);
    expect(starts[1] - starts[0]).to.be.at.least(1000);
    expect(loop.latest!.checks.face.verdict).to.equal('fail'); // the stub finds no face
  });

  it('keeps the face checks not-run when the detector fails', async () => {
    const broken: FaceDetectorLike = {detect: () => Promise.reject(new Error('model missing'))};
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided', detector: broken});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 4, 'four analysed frames');
    expect(loop.latest!.checks.face.verdict).to.equal('not-run');
  });

  it('drops a detection that finishes after stop()', async () => {
    let finish: (faces: DetectedFace[]) => void = () => {};
    const pending: FaceDetectorLike = {detect: () => new Promise((resolve) => (finish = resolve))};
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided', detector: pending});
    host.connect();
    await waitFor(() => loop.costsMs.length >= 1, 'a first analysis');
    loop.stop();
    finish([{box: {x: 540, y: 260, width: 200, height: 200}}]);
    loop.start();
    const count = loop.costsMs.length;
    await waitFor(() => loop.costsMs.length > count + 1, 'analysis after start()');
    expect(loop.latest!.checks.face.verdict).to.equal('not-run');
  });
});
