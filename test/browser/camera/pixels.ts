/** Mean colour of image regions, to compare a captured JPEG with the picture the fake camera was fed. */
export type Region = {x: number; y: number; width: number; height: number; name: string};
export type RGB = [number, number, number];

/** Decodes an image (Blob or URL) into a canvas context at its own size. */
export async function decode(source: Blob | string): Promise<CanvasRenderingContext2D> {
  const blob = typeof source === 'string' ? await (await fetch(source)).blob() : source;
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', {willReadFrequently: true})!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context;
}

/** Mean RGB of a region (in fractions of the image when `x`… are ≤ 1). */
export function meanColour(context: CanvasRenderingContext2D, region: Region, mirrored = false): RGB {
  const {width, height} = context.canvas;
  let x = Math.round(region.x * width);
  const y = Math.round(region.y * height);
  const w = Math.round(region.width * width);
  const h = Math.round(region.height * height);
  if (mirrored) x = width - x - w;
  const data = context.getImageData(x, y, w, h).data;
  const sum: RGB = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) {
    sum[0] += data[i]!;
    sum[1] += data[i + 1]!;
    sum[2] += data[i + 2]!;
  }
  const n = data.length / 4;
  return sum.map((v) => v / n) as RGB;
}

/** Largest per-channel difference between the mean colours of each region in two images. */
export function regionDistances(a: CanvasRenderingContext2D, b: CanvasRenderingContext2D, regions: Region[], mirrorB = false) {
  return regions.map((region) => {
    const ca = meanColour(a, region);
    const cb = meanColour(b, region, mirrorB);
    return {region: region.name, a: ca.map(Math.round), b: cb.map(Math.round), distance: Math.max(...ca.map((v, i) => Math.abs(v - cb[i]!)))};
  });
}
