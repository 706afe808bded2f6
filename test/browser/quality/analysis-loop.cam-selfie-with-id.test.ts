// The analysis loop with MediaPipe on the fake camera fed with test/fixtures/selfie-with-id.png
// (the face, and the photo side of an ID held beside it: two faces).
import {expect} from '@open-wc/testing';
import {itWhere} from '../helpers/engine.js';

/** Why the MediaPipe tests run in one engine. */
const MEDIAPIPE_ONLY_IN_CHROMIUM = "MediaPipe's own runtime is measured and supported in Chromium only";
import {FrameAnalysisController} from '../../../src/quality/analysis-loop.js';
import {createMediaPipeFaceDetector} from '../../../src/quality/mediapipe-detector.js';
import {MEDIAPIPE_BASE_URL, TestHost, startCameraVideo, waitFor} from './support/live.js';

describe('FrameAnalysisController with MediaPipe on the selfie-with-ID camera', () => {
  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds the face and the ID portrait beside it (two-sided selfie passes)', async function () {
    this.timeout(120_000);
    const camera = await startCameraVideo();
    const host = new TestHost();
    const detector = await createMediaPipeFaceDetector({baseUrl: MEDIAPIPE_BASE_URL, model: 'full'});
    const loop = new FrameAnalysisController(host, {video: () => camera.video, kind: 'selfie', layout: 'two-sided', detector});
    host.connect();
    try {
      await waitFor(() => loop.latest !== undefined && loop.latest.checks.face.verdict !== 'not-run', 'a detection', 100_000);
      const {checks} = loop.latest!;
      // One person; the second face is the ID's portrait, not a second person.
      expect(checks.face).to.deep.equal({value: 1, verdict: 'pass'});
      expect(checks.idPortrait.verdict).to.equal('pass');
      expect(checks.faceSize.verdict).to.equal('pass');
    } finally {
      host.disconnect();
      camera.stop();
      await detector.close();
    }
  });
});
