// A photo is never a black picture that never arrived: WebKit can hand a canvas an all-black picture of a
// live video for a frame; the capture draws again on a later frame.
import {expect} from '@open-wc/testing';
import {captureFrame} from '../../../src/camera/capture-frame.js';

/** A live video of a canvas that stays black for `blackMs`, then shows red. */
async function videoBlackThenRed(blackMs: number) {
  const canvas = Object.assign(document.createElement('canvas'), {width: 320, height: 180});
  const context = canvas.getContext('2d')!;
  let colour = '#000';
  const paint = () => {
    context.fillStyle = colour;
    context.fillRect(0, 0, canvas.width, canvas.height);
  };
  paint();
  const stream = canvas.captureStream(30);
  const timer = setInterval(paint, 20);
  const video = Object.assign(document.createElement('video'), {muted: true, playsInline: true, srcObject: stream});
  document.body.append(video);
  await video.play();
  while (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) await new Promise((r) => setTimeout(r, 10));
  setTimeout(() => (colour = '#d22'), blackMs);
  return {
    video,
    track: stream.getVideoTracks()[0],
    done() {
      clearInterval(timer);
      stream.getTracks().forEach((t) => t.stop());
      video.remove();
    },
  };
}

async function centrePixel(blob: Blob): Promise<number[]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = Object.assign(document.createElement('canvas'), {width: bitmap.width, height: bitmap.height});
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(bitmap.width >> 1, bitmap.height >> 1, 1, 1).data.slice(0, 3)];
}

describe('captureFrame', () => {
  it('keeps drawing while the video hands over an all-black picture, and keeps the picture that arrives', async () => {
    const source = await videoBlackThenRed(60);
    try {
      const photo = await captureFrame(source.video, source.track);
      const [r, g, b] = await centrePixel(photo.blob);
      expect(r, `centre ${r},${g},${b}`).to.be.above(150);
      expect(g + b).to.be.below(120);
    } finally {
      source.done();
    }
  });
});
