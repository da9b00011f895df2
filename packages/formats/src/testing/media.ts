/** Small media files for fixtures, and readers for what the writers produce. */
import { inflateSync } from 'node:zlib';

/** A silent 16-bit mono WAV of `frames` samples at `rate` Hz. */
export function silentWav(frames: number, rate: number): Uint8Array {
  const data = frames * 2;
  const out = new Uint8Array(44 + data);
  const v = new DataView(out.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + data, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, 'data');
  v.setUint32(40, data, true);
  return out;
}

/**
 * Encodes values in the brush RLE layout Label Studio's editor writes (the inverse of
 * decodeBrushRle): runs of equal values as repeats, the rest as literal chunks.
 */
export function encodeBrushRle(values: ArrayLike<number>): number[] {
  const bits: number[] = [];
  const put = (v: number, size: number) => {
    for (let i = size - 1; i >= 0; i--) bits.push(Math.floor(v / 2 ** i) % 2);
  };
  const sizes = [2, 4, 8, 16];
  const sizeFor = (n: number) => sizes.findIndex((s) => n - 1 < 2 ** s);
  put(values.length, 32);
  put(8 - 1, 5);
  for (const s of sizes) put(s - 1, 4);
  let i = 0;
  while (i < values.length) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i] && j - i < 2 ** 16) j++;
    if (j - i >= 2) {
      const idx = sizeFor(j - i);
      put(1, 1);
      put(idx, 2);
      put(j - i - 1, sizes[idx]);
      put(values[i], 8);
      i = j;
      continue;
    }
    // A literal chunk runs until the next repeat of three or more.
    let k = i + 1;
    while (k < values.length && k - i < 2 ** 16 && !(values[k] === values[k + 1] && values[k] === values[k + 2])) k++;
    const idx = sizeFor(k - i);
    put(0, 1);
    put(idx, 2);
    put(k - i - 1, sizes[idx]);
    for (let m = i; m < k; m++) put(values[m], 8);
    i = k;
  }
  while (bits.length % 8) bits.push(0);
  const bytes: number[] = [];
  for (let b = 0; b < bits.length; b += 8) bytes.push(bits.slice(b, b + 8).reduce((acc, x) => acc * 2 + x, 0));
  return bytes;
}

/** Decodes an 8-bit grayscale PNG (any row filters) to its size and pixels. */
export function decodeGrayPng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const len = v.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = v.getUint32(at + 8);
      height = v.getUint32(at + 12);
      if (body[8] !== 8 || body[9] !== 0) throw new Error('not an 8-bit grayscale PNG');
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)];
    for (let x = 0; x < width; x++) {
      const r = raw[y * (width + 1) + 1 + x];
      const a = x > 0 ? pixels[y * width + x - 1] : 0;
      const b = y > 0 ? pixels[(y - 1) * width + x] : 0;
      const c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * width + x] = (r + pred) & 0xff;
    }
  }
  return { width, height, pixels };
}
