// The analysis loop on the fake camera fed with an over-exposed ID (VARIANTS.bright in web-test-runner.config.mjs).
import {expect} from '@open-wc/testing';
import {FrameAnalysisController} from '../../../src/quality/analysis-loop.js';
import {TestHost, startCameraVideo, waitFor} from './support/live.js';

describe('FrameAnalysisController on an over-exposed camera', () => {
  it('advises too-bright on the ID step', async () => {
    const camera = await startCameraVideo();
    const host = new TestHost();
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'document', layout: 'one-sided'});
    host.connect();
    try {
      await waitFor(() => loop.latest !== undefined, 'a first analysis');
      expect(loop.latest!.guidance).to.equal('too-bright');
      expect(loop.latest!.ready).to.equal(false);
    } finally {
      host.disconnect();
      camera.stop();
    }
  });
});
