import {expect} from '@open-wc/testing';
import {ANALYSIS_WIDTH, GreyFrameGrabber, rgbaToLuma} from '../../../src/quality/grey-frame.js';

function solid(width: number, height: number, colour: string): HTMLCanvasElement {
  const canvas = Object.assign(document.createElement('canvas'), {width, height});
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, width, height);
  return canvas;
}

describe('GreyFrameGrabber', () => {
  it('grabs at 320 px wide whatever the source size', () => {
    const frame = new GreyFrameGrabber().grab(solid(1280, 720, '#808080'))!;
    expect(ANALYSIS_WIDTH).to.equal(320);
    expect(frame.width).to.equal(320);
  });

  it('keeps the aspect ratio of the source', () => {
    const grabber = new GreyFrameGrabber();
    expect(grabber.grab(solid(1280, 720, '#000'))!.height).to.equal(180);
    expect(grabber.grab(solid(640, 480, '#000'))!.height).to.equal(240);
  });

  it('converts colours to BT.601 luma', () => {
    const grabber = new GreyFrameGrabber();
    // Reference luma 0.299 R + 0.587 G + 0.114 B, within 1 for the fixed-point weights.
    expect(grabber.grab(solid(640, 360, '#ffffff'))!.data[1000]).to.be.within(254, 255);
    expect(grabber.grab(solid(640, 360, '#ff0000'))!.data[1000]).to.be.within(75, 77);
    expect(grabber.grab(solid(640, 360, '#00ff00'))!.data[1000]).to.be.within(149, 150);
    expect(grabber.grab(solid(640, 360, '#0000ff'))!.data[1000]).to.be.within(28, 30);
  });

  it('keeps the previous frame intact through the next grab', () => {
    const grabber = new GreyFrameGrabber();
    const first = grabber.grab(solid(640, 360, '#000000'))!;
    const second = grabber.grab(solid(640, 360, '#ffffff'))!;
    expect(first.data[0]).to.equal(0);
    expect(second.data[0]).to.be.at.least(254);
  });

  it('reuses its buffers instead of allocating per frame', () => {
    const grabber = new GreyFrameGrabber();
    const a = grabber.grab(solid(640, 360, '#000'))!;
    grabber.grab(solid(640, 360, '#000'));
    const c = grabber.grab(solid(640, 360, '#000'))!;
    expect(c.data).to.equal(a.data);
  });

  it('returns undefined for a source without a picture yet', () => {
    expect(new GreyFrameGrabber().grab(document.createElement('video'))).to.equal(undefined);
  });
});

describe('rgbaToLuma', () => {
  it('writes one luma byte per RGBA pixel', () => {
    const out = new Uint8Array(2);
    rgbaToLuma(new Uint8Array([0, 0, 0, 255, 100, 100, 100, 255]), out);
    expect([...out]).to.deep.equal([0, 100]);
  });
});
