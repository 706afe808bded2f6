// The picture camera for engines that cannot play a file as their fake camera (Firefox, WebKit).
//
// `getUserMedia` still goes to the browser first, so permission, device and constraint errors stay real;
// the video track it returns is then swapped for a `canvas.captureStream()` of the picture, which is
// pixel-exact in every engine. Chromium does not use this: it plays the picture as a real fake-camera file.
//
// Where the picture comes from, read at every camera start (a test may change it between steps):
// - `window.__idvCameraPicture()`, when the end-to-end harness exposes it: resolves to `{base64, gain}`;
// - `window.__IDV_CAMERA_PICTURE__`: `{picture: url, gain}` (the browser suite, from the file's name) or
//   `{base64, gain}` (the WebKit end-to-end driver, which sets it before each camera step).
// The picture is decoded from bytes, not loaded as an image, so a page's CSP never gets in the way.
// A plain script (no imports): the browser suite loads it as a module, Playwright as an init script.
(() => {
  // Not a secure context (an init script also runs on about:blank): there is no camera to stand in for.
  if (!navigator.mediaDevices?.getUserMedia) return;
  // Patched on the prototype, not on `navigator.mediaDevices`: WebKit may collect that object's wrapper
  // and make a new one, and a property set on the old wrapper goes with it.
  const MediaDevicesProto = Object.getPrototypeOf(navigator.mediaDevices);
  const realGetUserMedia = MediaDevicesProto.getUserMedia;
  const real = (constraints) => realGetUserMedia.call(navigator.mediaDevices, constraints);
  const pick = (object, ...keys) => Object.fromEntries(keys.filter((k) => object[k]).map((k) => [k, object[k]]));

  async function pictureBytes() {
    if (typeof window.__idvCameraPicture === 'function') return window.__idvCameraPicture();
    return window.__IDV_CAMERA_PICTURE__;
  }

  /** The picture, degraded as asked (a per-pixel gain: WebKit ignores canvas filters). */
  async function frame() {
    const {picture, base64, gain = 1} = await pictureBytes();
    const blob = base64
      ? new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], {type: 'image/png'})
      : await (await fetch(picture)).blob();
    const bitmap = await createImageBitmap(blob);
    if (gain === 1) return bitmap;
    const canvas = Object.assign(document.createElement('canvas'), {width: bitmap.width, height: bitmap.height});
    const context = canvas.getContext('2d', {willReadFrequently: true});
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const data = pixels.data;
    for (let i = 0; i < data.length; i += 4) {
      data[i] = Math.min(255, Math.round(data[i] * gain));
      data[i + 1] = Math.min(255, Math.round(data[i + 1] * gain));
      data[i + 2] = Math.min(255, Math.round(data[i + 2] * gain));
    }
    context.putImageData(pixels, 0, 0);
    return createImageBitmap(canvas);
  }

  MediaDevicesProto.getUserMedia = async function getUserMedia(constraints) {
    const stream = await real(constraints);
    if (!constraints?.video) return stream;
    const bitmap = await frame();
    const [device] = stream.getVideoTracks();
    const {label} = device;
    const deviceSettings = device.getSettings();
    for (const track of stream.getVideoTracks()) track.stop();
    const canvas = Object.assign(document.createElement('canvas'), {width: bitmap.width, height: bitmap.height});
    const context = canvas.getContext('2d');
    const draw = () => context.drawImage(bitmap, 0, 0);
    draw();
    const picture = canvas.captureStream(30);
    const [track] = picture.getVideoTracks();
    // The picture stands in for that device's picture: the track still names the device and its settings.
    const pictureSettings = track.getSettings.bind(track);
    Object.defineProperty(track, 'label', {value: label});
    track.getSettings = () => ({...deviceSettings, width: bitmap.width, height: bitmap.height, ...pick(pictureSettings(), 'width', 'height'), frameRate: 30});
    // A canvas stream only carries a frame when the canvas is painted: repaint like a camera would.
    const timer = setInterval(() => (track.readyState === 'ended' ? clearInterval(timer) : draw()), 66);
    for (const audio of stream.getAudioTracks()) picture.addTrack(audio);
    return picture;
  };
})();
