import fsp from 'node:fs/promises';

/** What an export needs to know of an image: its pixel size and colour channels. */
export interface ImageHeader {
  width?: number;
  height?: number;
  channels?: number;
}

/** Bytes read from the start of a file: enough for PNG and GIF, and for most JPEG headers. */
const HEAD = 64 * 1024;

/** PNG colour type → channels as PIL counts its bands (grey, RGB, palette, grey+alpha, RGBA). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function png(b: Buffer): ImageHeader | undefined {
  if (b.length < 26 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), channels: PNG_CHANNELS[b[25]] };
}

function gif(b: Buffer): ImageHeader | undefined {
  if (b.length < 10 || b.toString('latin1', 0, 4) !== 'GIF8') return undefined;
  return { width: b.readUInt16LE(6), height: b.readUInt16LE(8), channels: 3 };
}

/** Walks JPEG markers to the first start-of-frame, which holds the size and the component count. */
function jpeg(b: Buffer): ImageHeader | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let p = 2;
  while (p + 9 < b.length) {
    if (b[p] !== 0xff) return undefined;
    const marker = b[p + 1];
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      p++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      p += 2;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: b.readUInt16BE(p + 5), width: b.readUInt16BE(p + 7), channels: b[p + 9] };
    p += 2 + b.readUInt16BE(p + 2);
  }
  return undefined;
}

/**
 * Reads an image's size and channels from its header, as Label Studio's converter reads them from
 * a downloaded image; an empty object when the format is not recognised (the export then falls
 * back to the regions' `original_width/height`).
 */
export async function imageHeader(file: string): Promise<ImageHeader> {
  const handle = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buf, 0, HEAD, 0);
    const b = buf.subarray(0, bytesRead);
    return png(b) ?? gif(b) ?? jpeg(b) ?? {};
  } finally {
    await handle.close();
  }
}
