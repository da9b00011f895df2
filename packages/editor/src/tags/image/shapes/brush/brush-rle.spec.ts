import { describe, expect, it } from 'vitest';
import { brushRleCount, decodeBrushAlpha, decodeBrushRle, encodeBrushRle } from './brush-rle';
import { BrushMask } from './mask';

function randomMask(width: number, height: number, seed: number): Uint8Array {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const mask = new BrushMask(width, height);
  for (let i = 0; i < 8; i++) {
    const pts = Array.from({ length: 4 }, () => ({ x: rnd() * width, y: rnd() * height }));
    mask.stroke(pts, 1 + rnd() * 12, rnd() < 0.3 ? 'erase' : 'paint');
  }
  // A few soft pixels, as an anti-aliased Label Studio mask has.
  for (let i = 0; i < 50; i++) mask.data[Math.floor(rnd() * width * height)] = Math.floor(rnd() * 256);
  return mask.data;
}

describe('brush RLE', () => {
  it('decodes what it encodes, as RGBA with the mask in every channel', () => {
    const alpha = randomMask(173, 91, 7);
    const rle = encodeBrushRle(alpha, 173, 91);
    expect(rle.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
    expect(brushRleCount(rle)).toBe(173 * 91 * 4);
    const rgba = decodeBrushRle(rle);
    for (let p = 0; p < alpha.length; p++) {
      if (
        rgba[p * 4] !== alpha[p] ||
        rgba[p * 4 + 1] !== alpha[p] ||
        rgba[p * 4 + 2] !== alpha[p] ||
        rgba[p * 4 + 3] !== alpha[p]
      ) {
        throw new Error(`pixel ${p} differs`);
      }
    }
    expect(decodeBrushAlpha(rle, 173, 91)).toEqual(alpha);
  });

  it('gives the same bytes with or without the painted box', () => {
    const mask = new BrushMask(300, 200);
    mask.stroke(
      [
        { x: 40, y: 50 },
        { x: 120, y: 90 },
      ],
      9,
      'paint',
    );
    const box = mask.bbox();
    expect(box).toBeDefined();
    expect(encodeBrushRle(mask.data, 300, 200, box)).toEqual(encodeBrushRle(mask.data, 300, 200));
    // An empty mask is one long run of zeros, split at the longest run a chunk can hold.
    const empty = encodeBrushRle(new Uint8Array(300 * 200), 300, 200);
    expect(decodeBrushAlpha(empty, 300, 200).every((v) => v === 0)).toBe(true);
    expect(empty.length).toBeLessThan(40);
  });

  it('reads literal chunks written by other encoders', () => {
    // Hand-packed: 8 values, word size 8, run sizes 3/4/8/16, one literal chunk of 4 values,
    // then a repeat chunk of 4 × 0xff.
    const bits =
      (8).toString(2).padStart(32, '0') +
      '00111' +
      '0010' +
      '0011' +
      '0111' +
      '1111' +
      '0' +
      '00' +
      '011' +
      [1, 2, 3, 200].map((v) => v.toString(2).padStart(8, '0')).join('') +
      '1' +
      '00' +
      '011' +
      '11111111';
    const bytes = (bits + '0'.repeat((8 - (bits.length % 8)) % 8)).match(/.{8}/g)!.map((b) => parseInt(b, 2));
    expect([...decodeBrushRle(bytes)]).toEqual([1, 2, 3, 200, 255, 255, 255, 255]);
    expect([...decodeBrushAlpha(bytes, 2, 1)]).toEqual([200, 255]);
  });

  it('rejects streams of the wrong size or cut short', () => {
    const rle = encodeBrushRle(new Uint8Array(10 * 10).fill(255), 10, 10);
    expect(() => decodeBrushAlpha(rle, 20, 10)).toThrow(/don't make a 20×10/);
    expect(() => decodeBrushRle(rle.slice(0, 5))).toThrow(/ends early/);
    expect(() => encodeBrushRle(new Uint8Array(5), 10, 10)).toThrow(/needs 100 bytes/);
  });
});
