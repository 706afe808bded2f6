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
  | {kind: 'shift'; dx: number}
  /**
   * A portrait-mode photo: the picture blurred by `radius` (as `blur`) except inside the ellipse `keep`
   * (picture pixels), which stays sharp: a sharp face before a soft background.
   */
  | {kind: 'soft-background'; radius: number; keep: {cx: number; cy: number; rx: number; ry: number}};

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
    case 'soft-background':
      return `background blurred ${v.radius} px`;
  }
}

/**
 * Whether this engine applies `CanvasRenderingContext2D.filter` (WebKit ignores it). Where it does not, the
 * same brightness and blur are made in the pixels, so every engine is tested on the same degradations.
 */
const canvasFiltersWork = (() => {
  const probe = Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true})!;
  probe.fillStyle = 'rgb(100,100,100)';
  probe.filter = 'brightness(2)';
  probe.fillRect(0, 0, 1, 1);
  return probe.getImageData(0, 0, 1, 1).data[0] > 150;
})();

/** Multiplies every colour value by `factor`, as CSS `brightness()` does. */
function brightenPixels(ctx: CanvasRenderingContext2D, factor: number): void {
  const {width, height} = ctx.canvas;
  const image = ctx.getImageData(0, 0, width, height);
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    d[i] = d[i] * factor;
    d[i + 1] = d[i + 1] * factor;
    d[i + 2] = d[i + 2] * factor;
  }
  ctx.putImageData(image, 0, 0);
}

/**
 * A Gaussian blur of standard deviation `sigma` made of three box blurs per axis (the usual approximation,
 * within a few per cent of the true kernel), edges clamped.
 */
function blurPixels(ctx: CanvasRenderingContext2D, sigma: number): void {
  const {width, height} = ctx.canvas;
  const image = ctx.getImageData(0, 0, width, height);
  const boxes = [0, 1, 2].map(() => Math.max(1, Math.round(Math.sqrt((12 * sigma * sigma) / 3 + 1))));
  let src = Float32Array.from(image.data);
  let dst = new Float32Array(src.length);
  const pass = (radius: number, alongX: boolean) => {
    const r = Math.floor(radius / 2);
    const lines = alongX ? height : width;
    const length = alongX ? width : height;
    const step = alongX ? 4 : width * 4;
    for (let line = 0; line < lines; line++) {
      const start = alongX ? line * width * 4 : line * 4;
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        const at = (i: number) => src[start + Math.min(length - 1, Math.max(0, i)) * step + c];
        for (let i = -r; i <= r; i++) sum += at(i);
        for (let i = 0; i < length; i++) {
          dst[start + i * step + c] = sum / (2 * r + 1);
          sum += at(i + r + 1) - at(i - r);
        }
      }
      for (let i = 0; i < length; i++) dst[start + i * step + 3] = 255;
    }
    [src, dst] = [dst, src];
  };
  for (const box of boxes) {
    pass(box, true);
    pass(box, false);
  }
  image.data.set(src);
  ctx.putImageData(image, 0, 0);
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
      if (!canvasFiltersWork) {
        ctx.drawImage(img, 0, 0, width, height);
        brightenPixels(ctx, v.factor);
        break;
      }
      ctx.filter = `brightness(${v.factor})`;
      ctx.drawImage(img, 0, 0, width, height);
      break;
    case 'blur':
      if (!canvasFiltersWork) {
        ctx.drawImage(img, 0, 0, width, height);
        blurPixels(ctx, v.radius);
        break;
      }
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
    case 'soft-background': {
      const soft = makeVariant(img, {kind: 'blur', radius: v.radius});
      ctx.drawImage(soft, 0, 0);
      ctx.save();
      ctx.beginPath();
      ctx.ellipse(v.keep.cx, v.keep.cy, v.keep.rx, v.keep.ry, 0, 0, 2 * Math.PI);
      ctx.clip();
      ctx.drawImage(img, 0, 0, width, height);
      ctx.restore();
      break;
    }
  }
  return canvas;
}
