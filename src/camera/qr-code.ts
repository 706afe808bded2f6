/**
 * A compact QR Code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1–10 (up to
 * 213 bytes — any reasonable hand-off URL). Loaded on demand by the camera-problem step, so the core
 * bundle does not carry it.
 *
 * Written here rather than taken from npm because the whole need — one URL, one level, SVG out — fits in
 * about as many lines as a dependency's wrapper would, and the element must not fetch or eval anything.
 * The structure follows Project Nayuki's reference encoder.
 */

/** A QR symbol: `modules[row][column]`, true = dark. */
export interface QrCode {
  version: number;
  size: number;
  mask: number;
  modules: boolean[][];
}

/** Level M, per version 1–10: EC codewords per block, then [blocks, data codewords per block] groups. */
const BLOCKS_M: ReadonlyArray<readonly [number, ...Array<readonly [number, number]>]> = [
  [10, [1, 16]],
  [16, [1, 28]],
  [26, [1, 44]],
  [18, [2, 32]],
  [24, [2, 43]],
  [16, [4, 27]],
  [18, [4, 31]],
  [22, [2, 38], [2, 39]],
  [22, [3, 36], [2, 37]],
  [26, [4, 43], [1, 44]],
];

/** Centres of the alignment patterns per version (row and column coordinates alike). */
const ALIGNMENT: readonly number[][] = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
];

/** Format-information bits for level M (its two-bit indicator is 00). */
const LEVEL_M_BITS = 0b00;

/**
 * Encodes `text` (as UTF-8 bytes) in the smallest version from 1 to 10 at level M.
 * @param mask force a mask pattern (0–7); by default the one with the lowest penalty, as the standard says
 * @throws RangeError when the text does not fit in version 10
 */
export function encodeQr(text: string, mask?: number): QrCode {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  for (; version <= 10; version++) if (bytes.length <= dataCapacity(version) - (version < 10 ? 2 : 3)) break;
  if (version > 10) throw new RangeError(`Too long for a version 10 QR code: ${bytes.length} bytes.`);

  const data = dataCodewords(bytes, version);
  const codewords = interleaveWithEcc(data, version);
  const size = version * 4 + 17;
  const modules = grid(size);
  const isFunction = grid(size);
  drawFunctionPatterns(modules, isFunction, version);
  drawCodewords(modules, isFunction, codewords);

  const candidates = mask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [mask];
  let best: QrCode | null = null;
  let bestPenalty = Infinity;
  for (const m of candidates) {
    const masked = modules.map((row, r) => row.map((dark, c) => (isFunction[r]![c] ? dark : dark !== maskBit(m, r, c))));
    drawFormatBits(masked, m);
    const penalty = candidates.length > 1 ? penaltyScore(masked) : 0;
    if (penalty < bestPenalty) {
      bestPenalty = penalty;
      best = {version, size, mask: m, modules: masked};
    }
  }
  return best!;
}

/** The dark modules as one SVG path in module units (a 1×1 square each), for a `viewBox` of the size. */
export function qrPath(code: QrCode, margin = 4): string {
  let d = '';
  code.modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) d += `M${c + margin} ${r + margin}h1v1h-1z`;
    }),
  );
  return d;
}

/** Data codewords (without error correction) a version holds at level M. */
export function dataCapacity(version: number): number {
  const [, ...groups] = BLOCKS_M[version - 1]!;
  return groups.reduce((sum, [blocks, perBlock]) => sum + blocks * perBlock, 0);
}

function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4); // byte mode
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  const capacityBits = dataCapacity(version) * 8;
  put(0, Math.min(4, capacityBits - bits.length)); // terminator
  put(0, (8 - (bits.length % 8)) % 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; codewords.length < dataCapacity(version); pad ^= 0xec ^ 0x11) codewords.push(pad);
  return codewords;
}

/** Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves them. */
function interleaveWithEcc(data: number[], version: number): number[] {
  const [eccLength, ...groups] = BLOCKS_M[version - 1]!;
  const divisor = reedSolomonDivisor(eccLength);
  const blocks: number[][] = [];
  const eccs: number[][] = [];
  let offset = 0;
  for (const [count, perBlock] of groups) {
    for (let i = 0; i < count; i++) {
      const block = data.slice(offset, offset + perBlock);
      offset += perBlock;
      blocks.push(block);
      eccs.push(reedSolomonRemainder(block, divisor));
    }
  }
  const result: number[] = [];
  const longest = Math.max(...blocks.map((b) => b.length));
  for (let i = 0; i < longest; i++) for (const block of blocks) if (i < block.length) result.push(block[i]!);
  for (let i = 0; i < eccLength; i++) for (const ecc of eccs) result.push(ecc[i]!);
  return result;
}

function drawFunctionPatterns(modules: boolean[][], isFunction: boolean[][], version: number): void {
  const size = modules.length;
  const set = (row: number, col: number, dark: boolean) => {
    modules[row]![col] = dark;
    isFunction[row]![col] = true;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  // Finder patterns with their light separators, at three corners.
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ] as const) {
    for (let dr = -1; dr <= 7; dr++) {
      for (let dc = -1; dc <= 7; dc++) {
        const r = top + dr;
        const c = left + dc;
        if (r < 0 || r >= size || c < 0 || c >= size) continue;
        const ring = Math.max(Math.abs(dr - 3), Math.abs(dc - 3));
        set(r, c, ring !== 2 && ring !== 4);
      }
    }
  }
  const centres = ALIGNMENT[version - 1]!;
  for (const r of centres) {
    for (const c of centres) {
      // Skip the three that would overlap a finder pattern.
      if ((r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6)) continue;
      for (let dr = -2; dr <= 2; dr++) {
        for (let dc = -2; dc <= 2; dc++) set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
      }
    }
  }
  // Reserve the format areas (drawn per mask later) and the dark module.
  drawFormatBits(modules, 0, isFunction);
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(b, a, dark);
      set(a, b, dark);
    }
  }
}

/** Writes the 15 format bits (level M, `mask`) in both copies; marks them as function modules when asked. */
function drawFormatBits(modules: boolean[][], mask: number, isFunction?: boolean[][]): void {
  const size = modules.length;
  const data = (LEVEL_M_BITS << 3) | mask;
  let remainder = data;
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  const bits = ((data << 10) | remainder) ^ 0x5412;
  const set = (row: number, col: number, bit: number) => {
    modules[row]![col] = ((bits >>> bit) & 1) === 1;
    if (isFunction) isFunction[row]![col] = true;
  };
  for (let i = 0; i <= 5; i++) set(i, 8, i);
  set(7, 8, 6);
  set(8, 8, 7);
  set(8, 7, 8);
  for (let i = 9; i < 15; i++) set(8, 14 - i, i);
  for (let i = 0; i < 8; i++) set(8, size - 1 - i, i);
  for (let i = 8; i < 15; i++) set(size - 15 + i, 8, i);
  modules[size - 8]![8] = true; // the dark module
  if (isFunction) isFunction[size - 8]![8] = true;
}

/** Places the codewords in the two-column zig-zag, bottom right first, skipping function modules. */
function drawCodewords(modules: boolean[][], isFunction: boolean[][], codewords: number[]): void {
  const size = modules.length;
  let bit = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (let j = 0; j < 2; j++) {
        const col = right - j;
        if (isFunction[row]![col]) continue;
        // Remainder bits past the last codeword stay light.
        if (bit < codewords.length * 8) modules[row]![col] = ((codewords[bit >>> 3]! >>> (7 - (bit & 7))) & 1) === 1;
        bit++;
      }
    }
  }
}

/** Whether mask pattern `mask` flips the module at (row, col). */
export function maskBit(mask: number, row: number, col: number): boolean {
  switch (mask) {
    case 0:
      return (row + col) % 2 === 0;
    case 1:
      return row % 2 === 0;
    case 2:
      return col % 3 === 0;
    case 3:
      return (row + col) % 3 === 0;
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0;
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0;
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0;
    default:
      return (((row + col) % 2) + ((row * col) % 3)) % 2 === 0;
  }
}

/** The standard's four penalty rules; the mask with the lowest score is used. */
function penaltyScore(modules: boolean[][]): number {
  const size = modules.length;
  let penalty = 0;
  const lines: boolean[][] = [...modules, ...modules.map((_, c) => modules.map((row) => row[c]!))];
  const finderLike = [true, false, true, true, true, false, true];
  for (const line of lines) {
    // Rule 1: runs of five or more of one colour.
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) penalty += run - 2;
        run = 1;
      }
    }
    // Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on either side.
    for (let i = 0; i + 7 <= size; i++) {
      if (!finderLike.every((dark, k) => line[i + k] === dark)) continue;
      const lightBefore = [1, 2, 3, 4].every((k) => i - k < 0 || !line[i - k]);
      const lightAfter = [0, 1, 2, 3].every((k) => i + 7 + k >= size || !line[i + 7 + k]);
      if (lightBefore) penalty += 40;
      if (lightAfter) penalty += 40;
    }
  }
  // Rule 2: 2×2 blocks of one colour.
  let dark = 0;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (modules[r]![c]) dark++;
      if (r + 1 < size && c + 1 < size) {
        const v = modules[r]![c];
        if (modules[r]![c + 1] === v && modules[r + 1]![c] === v && modules[r + 1]![c + 1] === v) penalty += 3;
      }
    }
  }
  // Rule 4: how far the share of dark modules is from half.
  penalty += Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5) * 10;
  return penalty;
}

function reedSolomonDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j]!, root);
      if (j + 1 < degree) result[j]! ^= result[j + 1]!;
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function reedSolomonRemainder(data: number[], divisor: number[]): number[] {
  const result = divisor.map(() => 0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    divisor.forEach((coefficient, i) => (result[i]! ^= gfMultiply(coefficient, factor)));
  }
  return result;
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function grid(size: number): boolean[][] {
  return Array.from({length: size}, () => new Array<boolean>(size).fill(false));
}
