// The camera picker. The synthetic fake camera is a single device, so a second one is listed by overriding
// enumerateDevices on navigator.mediaDevices (simulated); getUserMedia stays the browser's real one, which
// really rejects the absent device.
import {expect} from '@open-wc/testing';
import {clickButton, inStep, stepOf, untilStep} from '../helpers/element.js';
import {liveTracks, liveVideo, shoot, streams, toSelfie, trackCamera, until, untrackCamera} from './support.js';

describe('camera picker', () => {
  let calls: MediaStreamConstraints[] = [];
  beforeEach(() => {
    calls = [];
    trackCamera((constraints) => (calls.push(constraints), constraints));
    const real = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
    Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {
      configurable: true,
      value: async () => [
        ...(await real()),
        {deviceId: 'unplugged-camera', groupId: 'x', kind: 'videoinput', label: 'Document camera', toJSON() {}} as MediaDeviceInfo,
      ],
    });
  });
  afterEach(() => {
    delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices;
    untrackCamera();
  });

  it('lists the cameras in a labelled select, accessibly', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, 'select')), 'the picker');
    const select = inStep<HTMLSelectElement>(el, 'select')!;
    expect(inStep(el, 'label[for=camera]')!.textContent).to.equal('Camera');
    expect([...select.options].map((o) => o.textContent!.trim())).to.include('Document camera');
    await expect(el).to.be.accessible();
  });

  it('switches to the chosen camera, falls back when it cannot start, and stops the previous one', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, 'select')), 'the picker');
    const select = inStep<HTMLSelectElement>(el, 'select')!;
    select.value = 'unplugged-camera';
    select.dispatchEvent(new Event('change'));
    // The absent device is asked for exactly, the browser refuses, the controller asks by facing mode.
    await until(() => streams.length === 2, 'a second stream');
    expect(calls.some((c) => JSON.stringify(c.video).includes('"exact":"unplugged-camera"'))).to.equal(true);
    await liveVideo(el);
    expect(liveTracks()).to.have.length(1);
    expect(el.step).to.equal('selfie');
  });

  it('remembers the chosen camera for the next camera step', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, 'select')), 'the picker');
    const select = inStep<HTMLSelectElement>(el, 'select')!;
    const real = [...select.options].find((o) => o.value !== 'unplugged-camera')!.value;
    select.value = real;
    select.dispatchEvent(new Event('change'));
    await until(() => streams.length === 2, 'the chosen camera');
    await liveVideo(el);
    await shoot(el);
    await clickButton(el, 'Use this photo');
    await untilStep(el, 'document');
    await clickButton(el, 'Back');
    await untilStep(el, 'selfie');
    // Back on the selfie step, the photo taken is shown for review: no camera runs until a retake.
    expect(inStep(el, 'img')).to.exist;
    expect(liveTracks()).to.have.length(0);
    await clickButton(el, 'Retake');
    await liveVideo(el);
    const last = calls.at(-1)!.video as MediaTrackConstraints;
    expect(last.deviceId).to.deep.equal({exact: real});
    await stepOf(el).updateComplete;
  });

  it('has a clear Switch camera button (44 px) that moves to the next camera, as a phone needs', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await until(() => Boolean(inStep(el, 'button.switch')), 'the switch');
    const button = inStep<HTMLButtonElement>(el, 'button.switch')!;
    expect(button.textContent!.trim()).to.equal('Switch camera');
    const {width, height} = button.getBoundingClientRect();
    expect(Math.min(width, height)).to.be.at.least(44);
    // The next camera is the one after the current in the list shown (WebKit has several mock cameras).
    const options = [...inStep<HTMLSelectElement>(el, 'select')!.options].map((o) => o.value);
    const current = options.indexOf(inStep<HTMLSelectElement>(el, 'select')!.value);
    const next = options[(current + 1) % options.length];
    button.click();
    await until(() => streams.length === 2 || calls.length >= 2, 'a second camera start');
    expect(calls.some((c) => JSON.stringify(c.video).includes(`"exact":${JSON.stringify(next)}`)), `asked for ${next}`).to.equal(true);
    await liveVideo(el);
    expect(liveTracks()).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('camera switch with one camera', () => {
  beforeEach(() => {
    trackCamera();
    // WebKit's automation has several mock cameras: list only the first (simulated, as above).
    const real = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
    Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {
      configurable: true,
      value: async () => {
        const all = await real();
        const first = all.find((d) => d.kind === 'videoinput');
        return all.filter((d) => d.kind !== 'videoinput' || d === first);
      },
    });
  });
  afterEach(() => {
    delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices;
    untrackCamera();
  });

  it('shows no switch and no list when there is only one camera', async () => {
    const el = await toSelfie();
    await liveVideo(el);
    await stepOf(el).updateComplete;
    expect(inStep(el, 'button.switch')).to.equal(null);
    expect(inStep(el, 'select')).to.equal(null);
  });
});
