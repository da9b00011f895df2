/**
 * Label Studio's brush RLE (`value.rle` of `brushlabels` results). The stream is bit-packed,
 * most significant bit first:
 *
 * - header: value count (32 bits), word size − 1 (5 bits), then four run-length field sizes − 1
 *   (4 bits each);
 * - then chunks: a repeat flag (1 bit), a size class (2 bits) choosing one of the four field
 *   sizes, the chunk length − 1 in that many bits, then one word (repeat) or `length` words.
 *
 * The values are the bytes of an RGBA image as large as the original image; the mask is the
 * alpha channel. Masks written here set all four channels to the mask value, and Label Studio's
 * converter (`label_studio_sdk.converter.brush.decode_rle`) reads them back.
 */

/** A pixel box, inclusive bounds: `x0 ≤ x ≤ x1`, `y0 ≤ y ≤ y1`. */
export interface PixelBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const WORD_SIZE = 8;
const RUN_SIZES = [3, 4, 8, 16] as const;
const MAX_RUN = 1 << RUN_SIZES[3];
const PAINTED = 255;

class BitWriter {
  private bytes = new Uint8Array(1024);
  private bit = 0;

  write(value: number, size: number): void {
    const needed = (this.bit + size + 7) >> 3;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    for (let i = size - 1; i >= 0; i--, this.bit++) {
      // Math.floor keeps 32-bit values (the count) out of signed bitwise arithmetic.
      if (Math.floor(value / 2 ** i) & 1) this.bytes[this.bit >> 3] |= 0x80 >> (this.bit & 7);
    }
  }

  result(): number[] {
    return Array.from(this.bytes.subarray(0, (this.bit + 7) >> 3));
  }
}

function sizeClass(lengthMinusOne: number): number {
  for (let c = 0; c < 3; c++) if (lengthMinusOne < 1 << RUN_SIZES[c]) return c;
  return 3;
}

/**
 * Encodes an alpha mask (one byte per pixel, `width × height`) as Label Studio brush RLE.
 * `box`, when given, bounds the non-zero pixels (everything outside is taken as 0), so the
 * cost is proportional to the painted area rather than the whole image.
 *
 * @example
 * const rle = encodeBrushRle(mask, 4000, 3000, { x0: 10, y0: 10, x1: 99, y1: 99 });
 */
export function encodeBrushRle(alpha: Uint8Array, width: number, height: number, box?: PixelBox): number[] {
  if (alpha.length !== width * height)
    throw new Error(`brush RLE: a ${width}×${height} mask needs ${width * height} bytes, got ${alpha.length}`);
  const out = new BitWriter();
  out.write(width * height * 4, 32);
  out.write(WORD_SIZE - 1, 5);
  for (const s of RUN_SIZES) out.write(s - 1, 4);

  let current = 0;
  let pixels = 0;
  const flush = () => {
    let values = pixels * 4;
    while (values > 0) {
      const n = Math.min(values, MAX_RUN);
      const c = sizeClass(n - 1);
      out.write(1, 1);
      out.write(c, 2);
      out.write(n - 1, RUN_SIZES[c]);
      out.write(current, WORD_SIZE);
      values -= n;
    }
  };
  const push = (value: number, count: number) => {
    if (count === 0) return;
    if (value === current || pixels === 0) {
      current = value;
      pixels += count;
      return;
    }
    flush();
    current = value;
    pixels = count;
  };

  const b = box
    ? { x0: Math.max(0, box.x0), y0: Math.max(0, box.y0), x1: Math.min(width - 1, box.x1), y1: Math.min(height - 1, box.y1) }
    : { x0: 0, y0: 0, x1: width - 1, y1: height - 1 };
  if (b.x1 < b.x0 || b.y1 < b.y0) {
    push(0, width * height);
  } else {
    const words = alpha.byteOffset % 4 === 0 ? new Uint32Array(alpha.buffer, alpha.byteOffset, alpha.length >> 2) : undefined;
    push(0, b.y0 * width + b.x0);
    for (let y = b.y0; y <= b.y1; y++) {
      const row = y * width;
      let x = b.x0;
      while (x <= b.x1) {
        const v = alpha[row + x];
        let end = x + 1;
        if (words && (v === 0 || v === PAINTED)) {
          // Long runs of empty or fully painted pixels: compare four at a time.
          const word = v === 0 ? 0 : 0xffffffff;
          while (end <= b.x1 && ((row + end) & 3) !== 0 && alpha[row + end] === v) end++;
          if (((row + end) & 3) === 0) while (end + 3 <= b.x1 && words[(row + end) >> 2] === word) end += 4;
        }
        while (end <= b.x1 && alpha[row + end] === v) end++;
        push(v, end - x);
        x = end;
      }
      // The rest of this row and the start of the next lie outside the box.
      push(0, y < b.y1 ? width - 1 - b.x1 + b.x0 : width - 1 - b.x1);
    }
    push(0, (height - 1 - b.y1) * width);
  }
  flush();
  return out.result();
}

class BitReader {
  private bit = 0;
  private readonly total: number;

  constructor(private readonly data: ArrayLike<number>) {
    this.total = data.length * 8;
  }

  read(size: number): number {
    if (this.bit + size > this.total) throw new Error('brush RLE: data ends early');
    let v = 0;
    for (let i = 0; i < size; i++, this.bit++) v = v * 2 + ((this.data[this.bit >> 3] >> (7 - (this.bit & 7))) & 1);
    return v;
  }
}

interface Header {
  readonly count: number;
  readonly wordSize: number;
  readonly runSizes: readonly number[];
}

function readHeader(r: BitReader): Header {
  const count = r.read(32);
  const wordSize = r.read(5) + 1;
  const runSizes = [0, 1, 2, 3].map(() => r.read(4) + 1);
  return { count, wordSize, runSizes };
}

/** Number of values (RGBA bytes) an RLE stream says it holds. */
export function brushRleCount(rle: ArrayLike<number>): number {
  return readHeader(new BitReader(rle)).count;
}

/** Decodes a brush RLE stream to its values (the RGBA bytes). */
export function decodeBrushRle(rle: ArrayLike<number>): Uint8Array {
  const r = new BitReader(rle);
  const { count, wordSize, runSizes } = readHeader(r);
  const out = new Uint8Array(count);
  let i = 0;
  while (i < count) {
    const repeated = r.read(1);
    const end = Math.min(count, i + 1 + r.read(runSizes[r.read(2)]));
    if (repeated) {
      out.fill(r.read(wordSize), i, end);
      i = end;
    } else {
      for (; i < end; i++) out[i] = r.read(wordSize);
    }
  }
  return out;
}

/**
 * Decodes a brush RLE stream straight to its alpha channel (`width × height` bytes), without
 * the four-times-larger RGBA buffer. Throws when the stream is not a `width × height` image.
 */
export function decodeBrushAlpha(rle: ArrayLike<number>, width: number, height: number): Uint8Array {
  const r = new BitReader(rle);
  const { count, wordSize, runSizes } = readHeader(r);
  if (count !== width * height * 4) throw new Error(`brush RLE: ${count} values don't make a ${width}×${height} RGBA image`);
  const alpha = new Uint8Array(width * height);
  let i = 0;
  while (i < count) {
    const repeated = r.read(1);
    const end = Math.min(count, i + 1 + r.read(runSizes[r.read(2)]));
    if (repeated) {
      const v = r.read(wordSize);
      if (v !== 0) {
        // Alpha values sit at indexes 4p + 3 within [i, end).
        const p0 = Math.ceil((i - 3) / 4);
        const p1 = Math.floor((end - 1 - 3) / 4);
        if (p1 >= p0) alpha.fill(v, p0, p1 + 1);
      }
      i = end;
    } else {
      for (; i < end; i++) {
        const v = r.read(wordSize);
        if ((i & 3) === 3) alpha[i >> 2] = v;
      }
    }
  }
  return alpha;
}
