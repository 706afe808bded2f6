/**
 * Degraded versions of the fixture pictures, made in code so each test (and the calibration table) states
 * exactly what it degrades. Every variant is a 1280×720 canvas, like a camera frame.
 */

/** Loads a fixture picture (`selfie`, `id-one-sided`…) from test/fixtures. */
export async function loadFixture(name: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = `/test/fixtures/${name}.png`;
  await img.decode();
  return img;
}

/** A degradation applied to a picture. */
export type Variant =
  | {kind: 'original'}
  /** CSS `brightness()` factor: 0.25 = a dim room, 2.5 = exposure far too long. */
  | {kind: 'brightness'; factor: number}
  /** CSS `blur()` (Gaussian, standard deviation) of this radius in picture pixels (1280 wide); ÷4 at analysis size. */
  | {kind: 'blur'; radius: number}
  /** A white reflection: a saturated disc with a soft rim, centred on the card, `radius` as a share of frame width. */
  | {kind: 'glare'; radius: number}
  /** The whole picture scaled by `scale` about the centre, the border filled with the picture's corner colour. */
  | {kind: 'scale'; scale: number}
  /** The picture moved right by `dx` picture pixels (camera shake between two frames). */
  | {kind: 'shift'; dx: number};

/** Frame size of every variant (the fixtures' size). */
export const FRAME = {width: 1280, height: 720};

/** Short label of a variant for test names and the calibration table. */
export function describeVariant(v: Variant): string {
  switch (v.kind) {
    case 'original':
      return 'original';
    case 'brightness':
      return `brightness ×${v.factor}`;
    case 'blur':
      return `blur ${v.radius} px`;
    case 'glare':
      return `glare disc r=${Math.round(v.radius * 100)}% width`;
    case 'scale':
      return `scaled ×${+v.scale.toFixed(2)}`;
    case 'shift':
      return `shifted ${v.dx} px`;
  }
}

/** Draws `img` with the variant applied into a new 1280×720 canvas. */
export function makeVariant(img: HTMLImageElement, v: Variant): HTMLCanvasElement {
  const canvas = Object.assign(document.createElement('canvas'), FRAME);
  const ctx = canvas.getContext('2d')!;
  const {width, height} = FRAME;
  switch (v.kind) {
    case 'original':
      ctx.drawImage(img, 0, 0, width, height);
      break;
    case 'brightness':
      ctx.filter = `brightness(${v.factor})`;
      ctx.drawImage(img, 0, 0, width, height);
      break;
    case 'blur':
      ctx.filter = `blur(${v.radius}px)`;
      // Drawn oversized so the blur does not pull transparent black in at the borders.
      ctx.drawImage(img, -32, -32, width + 64, height + 64);
      ctx.filter = 'none';
      break;
    case 'glare': {
      ctx.drawImage(img, 0, 0, width, height);
      const r = v.radius * width;
      const gradient = ctx.createRadialGradient(width / 2, height / 2, 0, width / 2, height / 2, r);
      gradient.addColorStop(0, 'rgba(255,255,255,1)');
      gradient.addColorStop(0.7, 'rgba(255,255,255,1)');
      gradient.addColorStop(1, 'rgba(255,255,255,0)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, width, height);
      break;
    }
    case 'scale': {
      // The corner pixel is background in every fixture: fill with it so no new edge appears at the border.
      ctx.drawImage(img, 0, 0, width, height);
      const [r, g, b] = ctx.getImageData(2, 2, 1, 1).data;
      ctx.fillStyle = `rgb(${r},${g},${b})`;
      ctx.fillRect(0, 0, width, height);
      const w = width * v.scale;
      const h = height * v.scale;
      ctx.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
      break;
    }
    case 'shift':
      ctx.drawImage(img, 0, 0, width, height);
      ctx.drawImage(img, v.dx, 0, width, height);
      break;
  }
  return canvas;
}
