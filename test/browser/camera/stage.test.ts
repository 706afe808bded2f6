// The live stage on any camera: it keeps the camera picture's shape (never a silent crop), the guide drawn
// on screen is the region the checks measure, and turning the phone mid-capture keeps the preview, the guide
// and the checks consistent and loses nothing.
//
// The camera here is a named fake: a canvas stream whose size the test changes, because no browser can be
// made to rotate its camera. The canvas shows a real specimen card (test/fixtures/id-name-side.png) drawn
// into the card guide of the picture's current size, as a person lines it up.
import {expect} from '@open-wc/testing';
import type {FlowState} from '../../../src/flow/flow-state.js';
import {cardGuideRect, selfieOvalEllipse, type Rect} from '../../../src/quality/guides.js';
import {ANALYSIS_WIDTH} from '../../../src/quality/grey-frame.js';
import {clickButton, inStep, stepOf, untilStep, type IdVerificationProfile} from '../helpers/element.js';
import {injectGetUserMedia, liveVideo, shoot, toSelfie, until, untrackCamera} from './support.js';

/** Where the card lies in the fixture picture (1280×720), measured once on it. */
const CARD_IN_FIXTURE: Rect = {x: 170, y: 95, width: 941, height: 594};

interface TurnableCamera {
  /** Every stream handed out, to check the camera was not restarted by a turn. */
  streams: MediaStream[];
  /** Turns the camera: later frames have this size. */
  turn(width: number, height: number): void;
  stop(): void;
}

/** A camera whose frames show the specimen card filling the card guide, at a size the test can change. */
async function turnableCamera(width: number, height: number): Promise<TurnableCamera> {
  const card = new Image();
  card.src = '/test/fixtures/id-name-side.png';
  await card.decode();
  const canvas = Object.assign(document.createElement('canvas'), {width, height});
  const context = canvas.getContext('2d')!;
  const paint = () => {
    context.fillStyle = '#5b5f68';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const guide = cardGuideRect(canvas.width, canvas.height);
    const {x, y, width: w, height: h} = CARD_IN_FIXTURE;
    context.drawImage(card, x, y, w, h, guide.x, guide.y, guide.width, guide.height);
  };
  paint();
  const timer = setInterval(paint, 33);
  const streams: MediaStream[] = [];
  injectGetUserMedia(async () => {
    const stream = canvas.captureStream(30);
    streams.push(stream);
    return stream;
  });
  return {
    streams,
    turn(w, h) {
      canvas.width = w;
      canvas.height = h;
      paint();
    },
    stop() {
      clearInterval(timer);
      for (const stream of streams) for (const track of stream.getTracks()) track.stop();
    },
  };
}

const flowOf = (el: IdVerificationProfile) => (el as unknown as {flow: FlowState}).flow;

/**
 * Where an SVG shape's outline is drawn on screen: its geometry (the stroke's centre line) through the
 * SVG's transform to the screen. Not getBoundingClientRect, which includes the stroke in Firefox only.
 */
function drawnOnScreen(shape: SVGGraphicsElement): {left: number; top: number; width: number; height: number} {
  const box = shape.getBBox();
  const m = shape.getScreenCTM()!;
  return {left: m.a * box.x + m.e, top: m.d * box.y + m.f, width: m.a * box.width, height: m.d * box.height};
}

/** The stage's box, the video's picture size, and the drawn guide taken back into the picture's pixels. */
function measureStage(el: IdVerificationProfile) {
  const video = inStep<HTMLVideoElement>(el, 'video')!;
  const stage = inStep(el, '.stage')!.getBoundingClientRect();
  const guide = drawnOnScreen(inStep<SVGGraphicsElement>(el, '[part=overlay] .guide')!);
  const picture = {width: video.videoWidth, height: video.videoHeight};
  // The video shows the whole picture fitted into its box (object-fit: contain).
  const box = video.getBoundingClientRect();
  const scale = Math.min(box.width / picture.width, box.height / picture.height);
  const left = box.left + (box.width - picture.width * scale) / 2;
  const top = box.top + (box.height - picture.height * scale) / 2;
  const drawn: Rect = {
    x: (guide.left - left) / scale,
    y: (guide.top - top) / scale,
    width: guide.width / scale,
    height: guide.height / scale,
  };
  return {stage, picture, drawn, onScreen: guide};
}

/**
 * The live video once the step has laid the stage out for its picture: the video reports its size a task
 * before its `resize` event reaches the step, so a test can see the new size before the step does.
 */
async function settledStage(el: IdVerificationProfile): Promise<void> {
  const video = await liveVideo(el);
  const shaped = () => {
    const stage = inStep(el, '.stage')!.getBoundingClientRect();
    return Math.abs(stage.width / stage.height - video.videoWidth / video.videoHeight) < 0.02;
  };
  await until(shaped, 'the stage to take the picture\'s shape', 3000).catch(() => undefined);
  await stepOf(el).updateComplete;
}

/** The drawn guide is the measured region within one analysis-frame pixel. */
function expectDrawnIsMeasured(drawn: Rect, measured: Rect, picture: {width: number}) {
  const tolerance = picture.width / ANALYSIS_WIDTH;
  const a = [drawn.x, drawn.y, drawn.x + drawn.width, drawn.y + drawn.height];
  const b = [measured.x, measured.y, measured.x + measured.width, measured.y + measured.height];
  a.forEach((v, i) => expect(Math.abs(v - b[i]), `drawn ${a.map(Math.round)} vs measured ${b.map(Math.round)}`).to.be.at.most(tolerance));
}

async function toDocument(): Promise<IdVerificationProfile> {
  const el = await toSelfie('two-sided');
  await shoot(el);
  await clickButton(el, 'Use this photo');
  await untilStep(el, 'document');
  await settledStage(el);
  return el;
}

const isReady = (el: IdVerificationProfile) => inStep(el, '.guidance')?.hasAttribute('data-ready') ?? false;

describe('camera stage', () => {
  let camera: TurnableCamera | undefined;
  afterEach(() => {
    camera?.stop();
    camera = undefined;
    untrackCamera();
  });

  for (const [width, height] of [
    [1280, 720],
    [640, 480],
    [720, 1280],
  ] as const) {
    it(`keeps a ${width}×${height} camera's shape and draws the oval the checks measure`, async () => {
      camera = await turnableCamera(width, height);
      const el = await toSelfie();
      await settledStage(el);
      const {stage, picture, drawn, onScreen} = measureStage(el);
      expect(picture).to.deep.equal({width, height});
      expect(stage.width / stage.height).to.be.closeTo(width / height, (0.01 * width) / height);
      const oval = selfieOvalEllipse(width, height);
      expectDrawnIsMeasured(drawn, {x: oval.cx - oval.rx, y: oval.cy - oval.ry, width: 2 * oval.rx, height: 2 * oval.ry}, picture);
      expect(onScreen.height, 'the oval is taller than wide').to.be.greaterThan(onScreen.width);
    });

    it(`keeps a ${width}×${height} camera's shape and draws the card guide the checks measure, as an ID-1 card`, async () => {
      camera = await turnableCamera(width, height);
      const el = await toDocument();
      const {stage, picture, drawn, onScreen} = measureStage(el);
      expect(stage.width / stage.height).to.be.closeTo(width / height, (0.01 * width) / height);
      expectDrawnIsMeasured(drawn, cardGuideRect(width, height), picture);
      expect(onScreen.width / onScreen.height).to.be.within(1.586 * 0.98, 1.586 * 1.02);
    });
  }

  it('narrows the stage on a short window instead of cropping the picture (portrait camera, 65 % of the height)', async () => {
    camera = await turnableCamera(720, 1280);
    const el = await toSelfie();
    await settledStage(el);
    const {stage} = measureStage(el);
    expect(stage.height).to.be.at.most(0.65 * innerHeight + 1);
    expect(stage.width / stage.height).to.be.closeTo(720 / 1280, 0.01);
  });

  it('follows a turn of the phone mid-capture: same camera, new guide, checks ready again, nothing lost', async () => {
    camera = await turnableCamera(1280, 720);
    const el = await toDocument();
    const selfie = flowOf(el).captures.selfie;
    await until(() => isReady(el), 'Looks good on the landscape card', 15000);
    const streamsBefore = camera.streams.length;

    camera.turn(720, 1280);
    await until(() => inStep<HTMLVideoElement>(el, 'video')!.videoHeight === 1280, 'the turned picture');
    await until(() => {
      const {stage} = measureStage(el);
      return stage.height > stage.width;
    }, 'the stage to turn');
    const {stage, picture, drawn} = measureStage(el);
    expect(stage.width / stage.height).to.be.closeTo(720 / 1280, 0.01);
    expectDrawnIsMeasured(drawn, cardGuideRect(720, 1280), picture);
    // The card now lies across the portrait picture's width: ready only if the checks measure the new guide.
    await until(() => isReady(el), 'Looks good on the portrait card', 15000);

    expect(camera.streams.length, 'the camera was not restarted').to.equal(streamsBefore);
    expect(flowOf(el).name).to.equal('Ada Lovelace');
    expect(flowOf(el).captures.selfie).to.equal(selfie);
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'review');
    const photo = flowOf(el).captures.document!;
    expect([photo.width, photo.height]).to.deep.equal([720, 1280]);
    for (const name of ['card', 'framing', 'cardSize', 'photoSide']) {
      expect(photo.checks[name]!.verdict, `${name} ${photo.checks[name]!.value}`).to.equal('pass');
    }
  });
});
