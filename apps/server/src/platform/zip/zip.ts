import zlib from 'node:zlib';

/** One member of a zip: a file (content) or, when the path ends in `/`, a directory. */
export interface ZipEntry {
  path: string;
  content: string | Uint8Array | AsyncIterable<string | Uint8Array>;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const STORE = 0;
const MAX32 = 0xffffffff;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
  dir: boolean;
}

function dosDateTime(d: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    dosDate: (Math.max(d.getFullYear() - 1980, 0) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

async function* chunksOf(content: ZipEntry['content']): AsyncGenerator<Buffer> {
  if (typeof content === 'string') yield Buffer.from(content, 'utf8');
  else if (content instanceof Uint8Array) yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  else
    for await (const c of content)
      yield typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

/** With no compressed output for this long, the deflater is flushed so the download keeps moving. */
const FLUSH_AFTER_MS = 200;

/**
 * Deflates a stream of chunks, handing compressed bytes on as they come (memory: one chunk). zlib
 * emits nothing until it has 16 KB of output, which a well-compressing member (COCO JSON, about 100:1)
 * reaches only after megabytes of input: a sync flush after the first chunk, and whenever 200 ms have
 * passed without output, sends what is ready at the cost of a few bytes.
 */
async function* deflate(source: AsyncIterable<Buffer>, onRaw: (b: Buffer) => void): AsyncGenerator<Buffer> {
  const z = zlib.createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  let lastOut = 0;
  z.on('data', (b: Buffer) => out.push(b));
  const write = (b: Buffer) => new Promise<void>((resolve, reject) => z.write(b, (e) => (e ? reject(e) : resolve())));
  const flush = () => new Promise<void>((resolve) => z.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()));
  for await (const chunk of source) {
    onRaw(chunk);
    await write(chunk);
    if (!out.length && (!lastOut || performance.now() - lastOut > FLUSH_AFTER_MS)) await flush();
    if (out.length) lastOut = performance.now();
    while (out.length) yield out.shift()!;
  }
  await new Promise<void>((resolve, reject) => {
    z.once('end', resolve);
    z.once('error', reject);
    z.end();
  });
  while (out.length) yield out.shift()!;
}

/**
 * Writes a zip archive as a stream, entry by entry, never holding a whole member in memory:
 * sizes and CRCs go in data descriptors after each member, and ZIP64 records are added when the
 * archive outgrows the 32-bit fields. A path repeated later replaces the earlier member for
 * readers that keep the last one; callers pass each path once where they can.
 *
 * @example
 * Readable.from(zipStream([{ path: 'labels/', content: '' }, { path: 'classes.txt', content: 'car\n' }]))
 */
export async function* zipStream(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  now = new Date(),
): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  const { dosTime, dosDate } = dosDateTime(now);
  let offset = 0;
  for await (const entry of entries) {
    const dir = entry.path.endsWith('/');
    const name = Buffer.from(entry.path, 'utf8');
    const method = dir ? STORE : DEFLATE;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    // CRC and sizes are zero here; the data descriptor carries them.
    header.writeUInt16LE(name.length, 26);
    const rec: Written = { name, method, crc: 0, compressed: 0, size: 0, offset, dosTime, dosDate, dir };
    yield header;
    yield name;
    offset += header.length + name.length;
    if (!dir && (typeof entry.content === 'string' || entry.content instanceof Uint8Array)) {
      // A member already in memory (a label file, an XML): one synchronous deflate, no stream to set up.
      const raw = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
      const out = zlib.deflateRawSync(raw);
      rec.crc = zlib.crc32(raw) >>> 0;
      rec.size = raw.length;
      rec.compressed = out.length;
      yield out;
      offset += rec.compressed;
    } else if (!dir) {
      let crc = 0;
      let size = 0;
      for await (const out of deflate(chunksOf(entry.content), (raw) => {
        crc = zlib.crc32(raw, crc);
        size += raw.length;
      })) {
        rec.compressed += out.length;
        yield out;
      }
      rec.crc = crc >>> 0;
      rec.size = size;
      offset += rec.compressed;
    }
    const zip64 = rec.size >= MAX32 || rec.compressed >= MAX32;
    const desc = Buffer.alloc(zip64 ? 24 : 16);
    desc.writeUInt32LE(DATA_DESCRIPTOR, 0);
    desc.writeUInt32LE(rec.crc, 4);
    if (zip64) {
      desc.writeBigUInt64LE(BigInt(rec.compressed), 8);
      desc.writeBigUInt64LE(BigInt(rec.size), 16);
    } else {
      desc.writeUInt32LE(rec.compressed, 8);
      desc.writeUInt32LE(rec.size, 12);
    }
    yield desc;
    offset += desc.length;
    written.push(rec);
  }

  const centralStart = offset;
  let centralSize = 0;
  for (const r of written) {
    const big = r.size >= MAX32 || r.compressed >= MAX32 || r.offset >= MAX32;
    const extra = big ? Buffer.alloc(28) : Buffer.alloc(0);
    if (big) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(r.size), 4);
      extra.writeBigUInt64LE(BigInt(r.compressed), 12);
      extra.writeBigUInt64LE(BigInt(r.offset), 20);
    }
    const h = Buffer.alloc(46);
    h.writeUInt32LE(CENTRAL_HEADER, 0);
    h.writeUInt16LE(0x031e, 4); // made by: Unix, spec 3.0
    h.writeUInt16LE(45, 6);
    h.writeUInt16LE(FLAGS, 8);
    h.writeUInt16LE(r.method, 10);
    h.writeUInt16LE(r.dosTime, 12);
    h.writeUInt16LE(r.dosDate, 14);
    h.writeUInt32LE(r.crc, 16);
    h.writeUInt32LE(big ? MAX32 : r.compressed, 20);
    h.writeUInt32LE(big ? MAX32 : r.size, 24);
    h.writeUInt16LE(r.name.length, 28);
    h.writeUInt16LE(extra.length, 30);
    // External attributes: Unix mode in the high half (directories 0755, files 0644).
    h.writeUInt32LE((((r.dir ? 0o040755 : 0o100644) << 16) | (r.dir ? 0x10 : 0)) >>> 0, 38);
    h.writeUInt32LE(big ? MAX32 : r.offset, 42);
    yield h;
    yield r.name;
    if (extra.length) yield extra;
    centralSize += h.length + r.name.length + extra.length;
  }

  const needZip64 = written.length >= 0xffff || centralStart >= MAX32 || centralSize >= MAX32;
  if (needZip64) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(ZIP64_END, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(written.length), 24);
    z.writeBigUInt64LE(BigInt(written.length), 32);
    z.writeBigUInt64LE(BigInt(centralSize), 40);
    z.writeBigUInt64LE(BigInt(centralStart), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(ZIP64_LOCATOR, 0);
    loc.writeBigUInt64LE(BigInt(centralStart + centralSize), 8);
    loc.writeUInt32LE(1, 16);
    yield z;
    yield loc;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(Math.min(written.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(written.length, 0xffff), 10);
  end.writeUInt32LE(needZip64 ? MAX32 : centralSize, 12);
  end.writeUInt32LE(needZip64 ? MAX32 : centralStart, 16);
  yield end;
}

/** A zip's members (last one wins for a repeated path); for tests and small archives. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== END_OF_CENTRAL) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL_HEADER) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressed);
    out.set(name, method === DEFLATE ? zlib.inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
