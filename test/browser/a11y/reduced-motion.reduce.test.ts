// Runs in a browser whose person asked for reduced motion: Chromium's --force-prefers-reduced-motion,
// Firefox's ui.prefersReducedMotion, WebKitGTK's gtk-enable-animations=0 (see web-test-runner.config.mjs).
import {expect} from '@open-wc/testing';
import {motionOnEachScreen} from './motion.js';

describe('prefers-reduced-motion (asked for in the browser)', () => {
  it('runs no transition or animation on any screen', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the browser reports reduced motion').to.equal(true);
    expect(await motionOnEachScreen()).to.deep.equal({intro: [], name: [], 'id-layout': [], selfie: []});
  });
});
