// The analysis loop on the fake camera fed with test/fixtures/id-one-sided.png.
import {expect} from '@open-wc/testing';
import {FrameAnalysisController} from '../../../src/quality/analysis-loop.js';
import {TestHost, startCameraVideo, waitFor} from './support/live.js';

describe('FrameAnalysisController on the ID camera', () => {
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

  it('passes every pixel check on the one-sided ID, and is not ready while the portrait check is not-run', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'document', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.latest?.checks.steadiness.verdict === 'pass', 'two analysed frames');
    const {portrait, ...pixels} = loop.latest!.checks;
    for (const [name, check] of Object.entries(pixels)) expect(check.verdict, name).to.equal('pass');
    expect(portrait.verdict).to.equal('not-run');
    expect(loop.latest!.guidance).to.equal('take-photo');
    expect(loop.latest!.ready).to.equal(false);
  });

  it('measures the card filling most of the guide', async () => {
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'document', layout: 'one-sided'});
    host.connect();
    await waitFor(() => loop.latest !== undefined, 'a first analysis');
    // The card spans 941 of the 1024 px guide in the fixture.
    expect(loop.latest!.checks.cardSize.value).to.be.closeTo(941 / 1024, 0.06);
    expect(loop.latest!.checks.framing.value).to.equal(4);
  });
});
