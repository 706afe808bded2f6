// The optional MediaPipe adapter on the fixture pictures (self-hosted files served from node_modules).
import {expect} from '@open-wc/testing';
import {engine, itWhere} from '../helpers/engine.js';

/** Why the MediaPipe tests run in one engine. */
const MEDIAPIPE_ONLY_IN_CHROMIUM = "MediaPipe's own runtime is measured and supported in Chromium only";
import {createMediaPipeFaceDetector, type MediaPipeFaceDetector} from '../../../src/quality/mediapipe-detector.js';
import {MEDIAPIPE_BASE_URL} from './support/live.js';
import {loadFixture, makeVariant} from './support/variants.js';

const picture = async (name: string) => makeVariant(await loadFixture(name), {kind: 'original'});

describe('createMediaPipeFaceDetector (full-range model)', function () {
  this.timeout(120_000);
  let detector: MediaPipeFaceDetector;
  before(async () => {
    if (engine !== 'chromium') return; // every test here is skipped there: load nothing
    detector = await createMediaPipeFaceDetector({baseUrl: MEDIAPIPE_BASE_URL, model: 'full'});
  });
  after(() => detector?.close());

  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds one face in selfie.png, in source pixels', async () => {
    const faces = await detector.detect(await picture('selfie'));
    expect(faces).to.have.length(1);
    // The face in the picture is around x 530–680, y 90–245 of 1280×720.
    const {x, y, width} = faces[0].box;
    expect(x + width / 2).to.be.within(560, 660);
    expect(y + width / 2).to.be.within(120, 220);
  });

  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds the face and the ID portrait in selfie-with-id.png', async () => {
    const faces = await detector.detect(await picture('selfie-with-id'));
    expect(faces).to.have.length(2);
    const [small, large] = faces.map((f) => f.box).sort((a, b) => a.height - b.height);
    // The portrait is on the card at the right, much smaller than the face at the left.
    expect(small.x).to.be.greaterThan(900);
    expect(large.x).to.be.lessThan(600);
    expect(small.height / large.height).to.be.lessThan(0.6);
  });

  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds the portrait on the photo side of the ID', async () => {
    expect(await detector.detect(await picture('id-photo-side'))).to.have.length(1);
  });

  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds no face on the name side of the ID', async () => {
    expect(await detector.detect(await picture('id-name-side'))).to.have.length(0);
  });
});

describe('createMediaPipeFaceDetector (short-range model)', function () {
  this.timeout(120_000);
  itWhere(['chromium'], MEDIAPIPE_ONLY_IN_CHROMIUM, 'finds the face in selfie.png', async () => {
    const detector = await createMediaPipeFaceDetector({baseUrl: MEDIAPIPE_BASE_URL, model: 'short'});
    try {
      expect(await detector.detect(await picture('selfie'))).to.have.length(1);
    } finally {
      await detector.close();
    }
  });
});
