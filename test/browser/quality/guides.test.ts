import {expect} from '@open-wc/testing';
import {cardGuideFractions, cardGuideRect, ellipseDistance, enlargeRect, selfieOvalEllipse} from '../../../src/quality/guides.js';

describe('guides', () => {
  it('makes the card guide 80% of a 16:9 frame wide, centred', () => {
    const g = cardGuideRect(1280, 720);
    expect(g.width).to.be.closeTo(1024, 0.01);
    expect(g.x).to.be.closeTo(128, 0.01);
    expect(g.y + g.height / 2).to.be.closeTo(360, 0.01);
  });

  it('gives the card guide the ID-1 aspect ratio (85.6 × 54 mm)', () => {
    const g = cardGuideRect(1280, 720);
    expect(g.width / g.height).to.be.closeTo(85.6 / 54, 1e-9);
  });

  it('keeps the card guide inside a very wide frame', () => {
    const f = cardGuideFractions(3);
    expect(f.height).to.be.at.most(0.9);
    expect(f.y).to.be.at.least(0);
  });

  it('makes the selfie oval 45% of the width and 75% of the height', () => {
    const o = selfieOvalEllipse(1000, 800);
    expect([o.cx, o.cy, o.rx, o.ry]).to.deep.equal([500, 400, 225, 300]);
  });

  it('measures distance from the oval centre in radii', () => {
    const o = selfieOvalEllipse(1000, 800);
    expect(ellipseDistance(o, 500, 400)).to.equal(0);
    expect(ellipseDistance(o, 725, 400)).to.equal(1);
    expect(ellipseDistance(o, 500, 100)).to.equal(1);
  });

  it('enlarges a face box about its centre for the light and sharpness checks', () => {
    expect(enlargeRect({x: 100, y: 50, width: 40, height: 40}, 1.5, 320, 180)).to.deep.equal({x: 90, y: 40, width: 60, height: 60});
  });

  it('clips the enlarged box to the frame', () => {
    expect(enlargeRect({x: 0, y: 150, width: 40, height: 40}, 1.5, 320, 180)).to.deep.equal({x: 0, y: 140, width: 50, height: 40});
  });
});
