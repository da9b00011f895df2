/**
 * Decodes the RLE that Label Studio's brush tool stores in `value.rle` (thi.ng rle-pack layout:
 * a 32-bit value count, a 5-bit word size, four 4-bit run-length sizes, then runs of repeated or
 * literal words, all big-endian bit-packed). The values are the RGBA bytes of the mask image.
 */
export function decodeBrushRle(rle: ArrayLike<number>): Uint8Array {
  let bit = 0;
  const total = rle.length * 8;
  const read = (size: number): number => {
    if (bit + size > total) throw new Error('brush RLE: data ends early');
    let v = 0;
    for (let i = 0; i < size; i++, bit++) v = v * 2 + ((rle[bit >> 3] >> (7 - (bit & 7))) & 1);
    return v;
  };
  const count = read(32);
  const wordSize = read(5) + 1;
  const runSizes = [0, 0, 0, 0].map(() => read(4) + 1);
  const out = new Uint8Array(count);
  let i = 0;
  while (i < count) {
    const repeated = read(1);
    const end = Math.min(count, i + 1 + read(runSizes[read(2)]));
    if (repeated) {
      out.fill(read(wordSize), i, end);
      i = end;
    } else {
      for (; i < end; i++) out[i] = read(wordSize);
    }
  }
  return out;
}

/** The alpha channel of a decoded RGBA mask: the mask itself, one byte per pixel. */
export function brushAlpha(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4)
    throw new Error(`brush RLE: ${rgba.length} values don't make a ${width}×${height} RGBA image`);
  const out = new Uint8Array(width * height);
  for (let p = 0; p < out.length; p++) out[p] = rgba[p * 4 + 3];
  return out;
}
