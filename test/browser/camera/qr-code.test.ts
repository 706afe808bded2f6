import {expect} from '@open-wc/testing';
import {encodeQr, maskBit, qrPath, type QrCode} from '../../../src/camera/qr-code.js';
import {QR_GOLDEN} from './qr-golden.js';

const rowsOf = (code: QrCode) => code.modules.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''));

/** Reads the 15 format bits around the top-left finder and checks them against the BCH code. */
function formatInfo(code: QrCode): {level: number; mask: number} {
  const m = code.modules;
  const bits: boolean[] = [];
  for (let i = 0; i <= 5; i++) bits.push(m[i]![8]!);
  bits.push(m[7]![8]!, m[8]![8]!, m[8]![7]!);
  for (let i = 9; i < 15; i++) bits.push(m[8]![14 - i]!);
  const word = bits.reduce((value, bit, i) => value | (Number(bit) << i), 0) ^ 0x5412;
  const data = word >>> 10;
  let remainder = data;
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  expect(word, 'format bits are a valid BCH code word').to.equal((data << 10) | remainder);
  // The second copy (split between the bottom-left and top-right) carries the same bits.
  const second: boolean[] = [];
  for (let i = 0; i < 8; i++) second.push(m[8]![code.size - 1 - i]!);
  for (let i = 8; i < 15; i++) second.push(m[code.size - 15 + i]![8]!);
  expect(second).to.deep.equal(bits);
  return {level: data >>> 3, mask: data & 7};
}

function expectFinder(code: QrCode, top: number, left: number): void {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      expect(code.modules[top + r]![left + c], `finder at ${top},${left} module ${r},${c}`).to.equal(ring !== 2);
    }
  }
}

describe('QR code encoder', () => {
  for (const {text, mask, version, rows} of QR_GOLDEN) {
    it(`matches an independent encoder module for module: version ${version}, mask ${mask}`, () => {
      const code = encodeQr(text, mask);
      expect(code.version).to.equal(version);
      expect(code.size).to.equal(17 + 4 * version);
      expect(rowsOf(code)).to.deep.equal(rows);
    });
  }

  it('has the structure a reader looks for: finders, timing, format info (level M, its mask)', () => {
    const code = encodeQr('https://example.com/verify?session=abc123');
    const {size} = code;
    expectFinder(code, 0, 0);
    expectFinder(code, 0, size - 7);
    expectFinder(code, size - 7, 0);
    for (let i = 8; i < size - 8; i++) {
      expect(code.modules[6]![i]).to.equal(i % 2 === 0);
      expect(code.modules[i]![6]).to.equal(i % 2 === 0);
    }
    expect(code.modules[size - 8]![8], 'the dark module').to.equal(true);
    expect(formatInfo(code)).to.deep.equal({level: 0b00, mask: code.mask});
  });

  it('picks a mask by penalty, and the symbol equals the one forced to that mask', () => {
    for (const {text} of QR_GOLDEN) {
      const auto = encodeQr(text);
      expect(rowsOf(auto)).to.deep.equal(rowsOf(encodeQr(text, auto.mask)));
      expect(maskBit(auto.mask, 0, 0)).to.be.a('boolean');
    }
  });

  it('uses the smallest version that fits, up to 10, and refuses longer text', () => {
    expect(encodeQr('a'.repeat(14)).version).to.equal(1);
    expect(encodeQr('a'.repeat(15)).version).to.equal(2);
    expect(encodeQr('a'.repeat(213)).version).to.equal(10);
    expect(() => encodeQr('a'.repeat(214))).to.throw(RangeError);
  });

  it('draws one 1×1 square per dark module inside a quiet zone', () => {
    const code = encodeQr('HELLO', 0);
    const path = qrPath(code, 4);
    const dark = code.modules.flat().filter(Boolean).length;
    expect(path.match(/M/g)!.length).to.equal(dark);
    expect(path.startsWith('M4 4h1v1h-1z')).to.equal(true); // the top-left finder's corner
  });
});
