// The analysis loop on the fake camera fed with a darkened selfie (VARIANTS.dark in web-test-runner.config.mjs).
import {expect} from '@open-wc/testing';
import {FrameAnalysisController} from '../../../src/quality/analysis-loop.js';
import {TestHost, startCameraVideo, waitFor} from './support/live.js';

describe('FrameAnalysisController on a dark camera', () => {
  it('advises too-dark and is not ready', async () => {
    const camera = await startCameraVideo();
    const host = new TestHost();
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'one-sided'});
    host.connect();
    try {
      await waitFor(() => loop.latest !== undefined, 'a first analysis');
      expect(loop.latest!.checks.brightness.verdict).to.equal('fail');
      expect(loop.latest!.guidance).to.equal('too-dark');
      expect(loop.latest!.ready).to.equal(false);
      expect(host.updates).to.equal(1);
    } finally {
      host.disconnect();
      camera.stop();
    }
  });
});
