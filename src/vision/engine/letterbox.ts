/**
 * Fits a picture into the network's input: scaled to fit (aspect kept), at the top left, each input pixel
 * the mean of the picture pixels it covers; RGB mapped to −1…1; the rest 0 (mid grey), as MediaPipe
 * pads. Allocation-free once its column table is as wide as the largest input.
 */
import type {RgbaPicture} from '../face-engine.js';

export class Letterbox {
  private columns = new Int32Array(0);

  /**
   * Writes `picture` into `floats` at `offset` as a height × width × 3 input.
   * @returns the scale from picture pixels to input pixels
   */
  fill(picture: RgbaPicture, floats: Float32Array, offset: number, width: number, height: number): number {
    const scale = Math.min(width / picture.width, height / picture.height);
    const usedWidth = Math.min(width, Math.round(picture.width * scale));
    const usedHeight = Math.min(height, Math.round(picture.height * scale));
    if (this.columns.length < width + 1) this.columns = new Int32Array(width + 1);
    const columns = this.columns;
    // Source columns [columns[x], columns[x+1]) feed input column x; at least one each (upscaling).
    for (let x = 0; x <= usedWidth; x++) columns[x] = Math.min(picture.width, Math.floor(x / scale));
    const {data} = picture;
    const stride = picture.width * 4;
    floats.fill(0, offset, offset + width * height * 3);
    for (let y = 0; y < usedHeight; y++) {
      const y0 = Math.min(picture.height - 1, Math.floor(y / scale));
      const y1 = Math.max(y0 + 1, Math.min(picture.height, Math.floor((y + 1) / scale)));
      let out = offset + y * width * 3;
      for (let x = 0; x < usedWidth; x++, out += 3) {
        const x0 = Math.min(picture.width - 1, columns[x]);
        const x1 = Math.max(x0 + 1, columns[x + 1]);
        let r = 0, g = 0, b = 0;
        for (let sy = y0; sy < y1; sy++) {
          for (let i = sy * stride + x0 * 4, end = sy * stride + x1 * 4; i < end; i += 4) {
            r += data[i];
            g += data[i + 1];
            b += data[i + 2];
          }
        }
        const n = (y1 - y0) * (x1 - x0) * 127.5;
        floats[out] = r / n - 1;
        floats[out + 1] = g / n - 1;
        floats[out + 2] = b / n - 1;
      }
    }
    return scale;
  }
}
