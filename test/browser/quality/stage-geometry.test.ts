// One geometry for the camera stage: for every camera and stage a person may have, the guide drawn on the
// stage is the region the checks measure on the analysis frame, the card guide has the card's shape and the
// oval a face's, and a card that exactly fills the drawn guide passes the size and framing checks.
import {expect} from '@open-wc/testing';
import {
  fitPicture,
  guideInPicture,
  shapeBounds,
  stageGeometry,
  stageToPicture,
  type Size,
} from '../../../src/steps/stage-geometry.js';
import {ANALYSIS_WIDTH, GreyFrameGrabber} from '../../../src/quality/grey-frame.js';
import {analyzeFrame} from '../../../src/quality/frame-analyzer.js';
import type {Rect} from '../../../src/quality/guides.js';

const CAMERAS: Size[] = [
  {width: 1280, height: 720},
  {width: 640, height: 480},
  {width: 1920, height: 1080},
  {width: 720, height: 1280},
];

/**
 * Stage boxes, in CSS px, as the stage's CSS makes them for a camera of the given aspect: the full column
 * of a laptop (720 px wide), a 390 px phone held upright (358 px of content), and a landscape phone
 * (844×390) whose 65vh height limit (253.5 px) narrows the stage. Then two boxes of another shape than the
 * picture (the CSS should never make them, but a rounding pixel or a rotation between layouts can): the
 * picture must be letterboxed, never cropped, and the guide must follow it.
 */
function stagesFor(camera: Size): Array<{name: string; box: Size}> {
  const aspect = camera.width / camera.height;
  const column = (width: number, maxHeight: number) => {
    const w = Math.min(width, 720, maxHeight * aspect);
    return {width: w, height: w / aspect};
  };
  return [
    {name: 'laptop column', box: column(720, 0.65 * 800)},
    {name: 'phone upright', box: column(358, 0.65 * 844)},
    {name: 'phone sideways, clamped', box: column(812, 0.65 * 390)},
    {name: 'clamped box of another shape (800×360)', box: {width: 800, height: 360}},
    {name: 'tall box of another shape (320×568)', box: {width: 320, height: 568}},
  ];
}

/** The analysis frame for a camera picture: {@link ANALYSIS_WIDTH} wide, the picture's aspect. */
const gridOf = (camera: Size): Size => ({width: ANALYSIS_WIDTH, height: Math.round((ANALYSIS_WIDTH * camera.height) / camera.width)});

const corners = (r: Rect) => [r.x, r.y, r.x + r.width, r.y + r.height];

describe('stage geometry', () => {
  for (const camera of CAMERAS) {
    for (const {name, box} of stagesFor(camera)) {
      for (const kind of ['selfie', 'document'] as const) {
        it(`${camera.width}×${camera.height}, ${name}, ${kind}: the drawn guide is the measured region within 1 px of the analysis grid`, () => {
          const geometry = stageGeometry(kind, camera, box);
          const grid = gridOf(camera);
          // What is drawn, taken back to the analysis frame's pixels…
          const drawn = shapeBounds(stageToPicture(geometry.guideOnStage, geometry.fit));
          const toGrid = grid.width / camera.width;
          const drawnOnGrid = corners(drawn).map((v) => v * toGrid);
          // …against what the checks measure there (computed for the grid's own size, as the analyser does).
          const measured = corners(shapeBounds(guideInPicture(kind, grid)));
          drawnOnGrid.forEach((v, i) => expect(Math.abs(v - measured[i]), `corner coordinate ${i}`).to.be.at.most(1));
        });
      }
      it(`${camera.width}×${camera.height}, ${name}: the whole picture is visible and inside the stage`, () => {
        const {fit, visible} = stageGeometry('document', camera, box);
        expect(visible).to.deep.equal({x: 0, y: 0, width: camera.width, height: camera.height});
        expect(fit.x).to.be.at.least(-1e-9);
        expect(fit.y).to.be.at.least(-1e-9);
        expect(fit.x + fit.width).to.be.at.most(box.width + 1e-9);
        expect(fit.y + fit.height).to.be.at.most(box.height + 1e-9);
        expect(fit.width / fit.height).to.be.closeTo(camera.width / camera.height, 1e-9);
      });
      it(`${camera.width}×${camera.height}, ${name}: the drawn card guide has the ID-1 shape (1.586 ± 2 %)`, () => {
        const drawn = shapeBounds(stageGeometry('document', camera, box).guideOnStage);
        expect(drawn.width / drawn.height).to.be.within(1.586 * 0.98, 1.586 * 1.02);
      });
      it(`${camera.width}×${camera.height}, ${name}: the drawn oval is taller than wide, about 3:4`, () => {
        const drawn = shapeBounds(stageGeometry('selfie', camera, box).guideOnStage);
        expect(drawn.height).to.be.greaterThan(drawn.width);
        expect(drawn.width / drawn.height).to.be.closeTo(0.75, 0.02);
      });
    }
  }

  it('sizes the oval from the short side, so a face fills it the same on a landscape and a portrait camera', () => {
    const landscape = shapeBounds(guideInPicture('selfie', {width: 1280, height: 720}));
    const portrait = shapeBounds(guideInPicture('selfie', {width: 720, height: 1280}));
    expect(portrait.height).to.equal(landscape.height);
    expect(portrait.width).to.equal(landscape.width);
  });

  it('lays the card across the width of a portrait phone picture', () => {
    const card = shapeBounds(guideInPicture('document', {width: 720, height: 1280}));
    expect(card.width / 720).to.be.closeTo(0.8, 0.01);
  });

  it('letterboxes a picture whose shape differs from the box, centred', () => {
    expect(fitPicture({width: 1280, height: 720}, {width: 800, height: 360})).to.deep.equal({
      scale: 0.5,
      x: 80,
      y: 0,
      width: 640,
      height: 360,
    });
  });
});

/** The specimen card (test/fixtures/id-one-sided.png) without its background: where it lies in the picture. */
const CARD_IN_FIXTURE: Rect = {x: 170, y: 95, width: 941, height: 594};

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

/**
 * A camera picture of `camera`'s size showing the specimen card drawn exactly into `rect` (picture pixels)
 * on a plain desk.
 */
function pictureWithCard(card: HTMLImageElement, camera: Size, rect: Rect): HTMLCanvasElement {
  const canvas = Object.assign(document.createElement('canvas'), camera);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#5b5f68';
  ctx.fillRect(0, 0, camera.width, camera.height);
  const {x, y, width, height} = CARD_IN_FIXTURE;
  ctx.drawImage(card, x, y, width, height, rect.x, rect.y, rect.width, rect.height);
  return canvas;
}

describe('a card that exactly fills the drawn guide', () => {
  for (const camera of CAMERAS) {
    for (const {name, box} of stagesFor(camera)) {
      it(`${camera.width}×${camera.height}, ${name}: passes cardSize and framing`, async () => {
        const card = await loadImage('/test/fixtures/id-one-sided.png');
        const geometry = stageGeometry('document', camera, box);
        // The person lines the card up with what they see drawn: the drawn guide, in the picture's pixels.
        const drawn = shapeBounds(stageToPicture(geometry.guideOnStage, geometry.fit));
        const frame = new GreyFrameGrabber().grab(pictureWithCard(card, camera, drawn))!;
        const {checks} = analyzeFrame(frame, frame, {kind: 'document', layout: 'two-sided'});
        expect(checks.cardSize!.verdict, `cardSize ${checks.cardSize!.value}`).to.equal('pass');
        expect(checks.framing!.verdict, `framing ${checks.framing!.value}`).to.equal('pass');
        expect(checks.card!.verdict, `card ${checks.card!.value}`).to.equal('pass');
      });
    }
  }

  it('a card at half the drawn guide is told to come closer (the test can fail)', async () => {
    const card = await loadImage('/test/fixtures/id-one-sided.png');
    const camera = {width: 1280, height: 720};
    const drawn = shapeBounds(guideInPicture('document', camera));
    const half = {x: drawn.x + drawn.width / 4, y: drawn.y + drawn.height / 4, width: drawn.width / 2, height: drawn.height / 2};
    const frame = new GreyFrameGrabber().grab(pictureWithCard(card, camera, half))!;
    const {checks} = analyzeFrame(frame, frame, {kind: 'document', layout: 'two-sided'});
    expect(checks.cardSize!.verdict).to.equal('fail');
  });
});
