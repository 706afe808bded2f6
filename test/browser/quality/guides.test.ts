import {expect} from '@open-wc/testing';
import {cardGuideRect, ellipseDistance, enlargeRect, selfieOvalEllipse} from '../../../src/quality/guides.js';

describe('guides', () => {
  it('makes the card guide 80% of a 16:9 frame wide, centred', () => {
    const g = cardGuideRect(1280, 720);
    expect(g.width).to.be.closeTo(1024, 0.01);
    expect(g.x).to.be.closeTo(128, 0.01);
    expect(g.y + g.height / 2).to.be.closeTo(360, 0.01);
  });

  it('gives the card guide the ID-1 aspect ratio (85.60 × 53.98 mm)', () => {
    const g = cardGuideRect(1280, 720);
    expect(g.width / g.height).to.be.closeTo(85.6 / 53.98, 1e-9);
  });

  it('puts the card across 80% of the width of a portrait phone picture', () => {
    const g = cardGuideRect(720, 1280);
    expect(g.width).to.be.closeTo(576, 0.01);
    expect(g.width / g.height).to.be.closeTo(85.6 / 53.98, 1e-9);
  });

  it('keeps the card guide inside a very wide frame', () => {
    const g = cardGuideRect(1800, 600);
    expect(g.height).to.be.at.most(540);
    expect(g.y).to.be.at.least(0);
    expect(g.width / g.height).to.be.closeTo(85.6 / 53.98, 1e-9);
  });

  it('makes the selfie oval face-shaped (3:4) and 80% of the short side tall, landscape or portrait', () => {
    expect(selfieOvalEllipse(1280, 720)).to.deep.equal({cx: 640, cy: 360, rx: 216, ry: 288});
    expect(selfieOvalEllipse(720, 1280)).to.deep.equal({cx: 360, cy: 640, rx: 216, ry: 288});
  });

  it('keeps the oval inside a very narrow picture', () => {
    const o = selfieOvalEllipse(300, 1200);
    expect(2 * o.rx).to.be.at.most(270);
    expect(o.ry).to.be.greaterThan(o.rx);
  });

  it('measures distance from the oval centre in radii', () => {
    const o = selfieOvalEllipse(1280, 720);
    expect(ellipseDistance(o, 640, 360)).to.equal(0);
    expect(ellipseDistance(o, 856, 360)).to.equal(1);
    expect(ellipseDistance(o, 640, 72)).to.equal(1);
  });

  it('enlarges a face box about its centre for the light and sharpness checks', () => {
    expect(enlargeRect({x: 100, y: 50, width: 40, height: 40}, 1.5, 320, 180)).to.deep.equal({x: 90, y: 40, width: 60, height: 60});
  });

  it('clips the enlarged box to the frame', () => {
    expect(enlargeRect({x: 0, y: 150, width: 40, height: 40}, 1.5, 320, 180)).to.deep.equal({x: 0, y: 140, width: 50, height: 40});
  });
});
