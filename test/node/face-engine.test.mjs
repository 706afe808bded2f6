// The built-in face engine on real pictures (test/fixtures/faces/, 640 px wide, see its README), for
// both implementations: the WebAssembly SIMD kernels and the plain-JS fallback. Expected faces were
// placed by looking at the pictures: the centre of each face must fall inside a hand-drawn region, and
// its height near the README's "face px" (measured there with another detector, halved here).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {createBlazeFaceEngine, createFaceEngine} from '../../dist/vision/engine/engine.js';
import {FACE_ENGINE_FILES, loadFaceEngine} from '../../dist/vision/engine/load.js';
import {FACES_DIR, readPicture, resize} from '../fixtures/faces/pictures.mjs';

const model = readFileSync('dist/vision/blazeface-short-range.bin');
const wasm = readFileSync('dist/vision/face-engine.wasm');
const engines = {
  'wasm-simd': await createBlazeFaceEngine({model, wasm}),
  js: await createBlazeFaceEngine({model, wasm: null}),
};
const pictures = new Map();
const picture = (name) => pictures.get(name) ?? pictures.set(name, readPicture(join(FACES_DIR, name))).get(name);
/** Each engine looks at each picture once; the tests below read the same answers. */
const answers = new Map();
const detect = (kind, name) => {
  const key = `${kind} ${name}`;
  if (!answers.has(key)) answers.set(key, engines[kind].detect(picture(name)));
  return answers.get(key).map((face) => ({...face}));
};

/** Where each face's centre must be (x0, y0, x1, y1 in the 640-px picture) and its README height (÷ 2). */
const SELFIES = {
  'selfie-frontal-indoor.png': {region: [240, 110, 380, 250], height: 230},
  'selfie-near-tilted.png': {region: [250, 80, 450, 260], height: 280},
  'selfie-far-dusk.png': {region: [280, 110, 340, 180], height: 68},
  'selfie-dim-lowlight.png': {region: [160, 60, 480, 300], height: 158},
  'selfie-bright-overexposed.png': {region: [160, 0, 480, 200], height: 80},
  'selfie-with-card-name-side.png': {region: [100, 0, 320, 200], height: 83},
  'portrait-selfie-sunglasses.png': {region: [120, 160, 220, 260], height: 90},
};

const centre = (face) => ({x: face.box.x + face.box.width / 2, y: face.box.y + face.box.height / 2});
const inside = (face, [x0, y0, x1, y1]) => {
  const c = centre(face);
  return c.x >= x0 && c.x <= x1 && c.y >= y0 && c.y <= y1;
};
const describe = (faces) => faces.map((f) => `${f.score.toFixed(2)} at ${Math.round(centre(f).x)},${Math.round(centre(f).y)} h${Math.round(f.box.height)}`).join('; ') || 'none';

for (const kind of Object.keys(engines)) {
  test(`${kind}: each selfie has exactly one face, where the person's face is`, () => {
    for (const [name, {region, height}] of Object.entries(SELFIES)) {
      const faces = detect(kind, name);
      assert.equal(faces.length, 1, `${name}: ${describe(faces)}`);
      assert.ok(inside(faces[0], region), `${name}: ${describe(faces)} outside ${region}`);
      assert.ok(faces[0].box.height > height / 2 && faces[0].box.height < height * 2, `${name}: height ${faces[0].box.height} vs ≈ ${height}`);
    }
  });

  test(`${kind}: two people cheek to cheek are two faces, one each side`, () => {
    const faces = detect(kind, 'two-people-bar.png').sort((a, b) => centre(a).x - centre(b).x);
    assert.equal(faces.length, 2, describe(faces));
    assert.ok(inside(faces[0], [180, 60, 300, 200]) && inside(faces[1], [300, 40, 420, 180]), describe(faces));
  });

  test(`${kind}: a selfie with the ID's photo side shows the face and the smaller portrait on the card`, () => {
    const faces = detect(kind, 'selfie-with-card-photo-side.png').sort((a, b) => b.box.height - a.box.height);
    assert.equal(faces.length, 2, describe(faces));
    const [face, portrait] = faces;
    assert.ok(inside(face, [140, 100, 270, 260]), `face: ${describe(faces)}`);
    assert.ok(inside(portrait, [330, 150, 410, 250]), `portrait: ${describe(faces)}`);
    const ratio = portrait.box.height / face.box.height;
    assert.ok(ratio > 0.25 && ratio < 0.6, `portrait is ${ratio.toFixed(2)} of the face (README: about 0.4)`);
  });

  test(`${kind}: a portrait-orientation selfie with the card at chest height shows both`, () => {
    const faces = detect(kind, 'portrait-selfie-with-card.png').sort((a, b) => b.box.height - a.box.height);
    assert.equal(faces.length, 2, describe(faces));
    assert.ok(inside(faces[0], [120, 160, 220, 260]) && inside(faces[1], [170, 320, 235, 400]), describe(faces));
  });

  test(`${kind}: pictures without a face have no face (room with a tiny painting, hand, dog, coffee, card name side)`, () => {
    for (const name of ['no-face-empty-room.png', 'no-face-hand.png', 'no-face-dog.png', 'no-face-coffee-desk.png', 'card-name-side-plain.png']) {
      const faces = detect(kind, name);
      assert.equal(faces.length, 0, `${name}: ${describe(faces)}`);
    }
  });

  test(`${kind}: the photo side of a card on a desk shows its portrait`, () => {
    const faces = detect(kind, 'card-photo-side-desk.png');
    assert.equal(faces.length, 1, describe(faces));
    assert.ok(inside(faces[0], [100, 110, 230, 260]), describe(faces));
  });
}

test('the JS fallback finds the same faces as the WebAssembly engine', () => {
  const iou = (a, b) => {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x), h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    const i = Math.max(0, w) * Math.max(0, h);
    return i / (a.width * a.height + b.width * b.height - i);
  };
  const names = [...Object.keys(SELFIES), 'two-people-bar.png', 'selfie-with-card-photo-side.png', 'card-photo-side-desk.png', 'no-face-dog.png'];
  for (const name of names) {
    const a = detect('wasm-simd', name), b = detect('js', name);
    assert.equal(b.length, a.length, `${name}: wasm ${describe(a)} / js ${describe(b)}`);
    for (const face of a) assert.ok(b.some((other) => iou(face.box, other.box) > 0.6), `${name}: wasm ${describe(a)} / js ${describe(b)}`);
  }
});

test('boxes and keypoints are in the picture’s own pixels, whatever its size', () => {
  const half = resize(picture('selfie-with-card-photo-side.png'), 320, 180);
  const [a, b] = [detect('wasm-simd', 'selfie-with-card-photo-side.png'), engines['wasm-simd'].detect(half)].map((faces) => faces.sort((p, q) => q.box.height - p.box.height)[0]);
  assert.ok(Math.abs(b.box.height * 2 - a.box.height) < 0.15 * a.box.height, `heights ${a.box.height} and ${b.box.height} at half size`);
  assert.ok(Math.abs(centre(b).x * 2 - centre(a).x) < 12 && Math.abs(centre(b).y * 2 - centre(a).y) < 12);
  const [rightEye, leftEye] = a.keypoints;
  assert.ok(rightEye.x < leftEye.x, 'the person’s right eye is on the left of an unmirrored picture');
  assert.ok(inside({box: {x: rightEye.x, y: rightEye.y, width: 0, height: 0}}, [a.box.x, a.box.y, a.box.x + a.box.width, a.box.y + a.box.height]));
});

test('detect reuses its buffers: repeated calls give the same faces and allocate no new memory', () => {
  const engine = engines['wasm-simd'];
  const p = picture('two-people-bar.png');
  const first = engine.detect(p);
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 10; i++) assert.deepEqual(engine.detect(p), first);
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(grown < 64 * 1024, `array buffers grew by ${grown} bytes over 10 calls`);
});

test('the engine is WebAssembly SIMD when the kernels compile, and JS when they are absent or do not compile', async () => {
  assert.equal((await createFaceEngine({model, wasm})).kind, 'wasm-simd');
  assert.equal((await createFaceEngine({model, wasm: await WebAssembly.compile(wasm)})).kind, 'wasm-simd');
  assert.equal((await createFaceEngine({model})).kind, 'js');
  assert.equal((await createFaceEngine({model, wasm: new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99])})).kind, 'js');
});

test('a file that is not the engine’s model is refused', async () => {
  await assert.rejects(createFaceEngine({model: readFileSync(join(FACES_DIR, 'no-face-hand.png'))}), /not a face engine model/);
});

test('loadFaceEngine fetches the shipped files relative to a base URL, and falls back to JS when asked', async (t) => {
  const served = [];
  const server = createServer((request, response) => {
    const file = request.url.replace(/^\/assets\//, '');
    served.push(file);
    try {
      response.end(readFileSync(join('dist/vision', file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}/assets`;
  const engine = await loadFaceEngine(base);
  assert.equal(engine.kind, 'wasm-simd');
  assert.deepEqual(served.sort(), [FACE_ENGINE_FILES.model, FACE_ENGINE_FILES.wasm].sort());
  assert.equal(engine.detect(picture('selfie-far-dusk.png')).length, 1);
  assert.equal((await loadFaceEngine(`${base}/`, {wasm: false})).kind, 'js');
});

test('the weights ship with their licence notice', () => {
  const notice = readFileSync(join('dist/vision', FACE_ENGINE_FILES.notice), 'utf8');
  assert.match(notice, /Apache License/);
  assert.match(notice, /MediaPipe/);
  assert.match(notice, /int8/);
});
