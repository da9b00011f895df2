import { describe, expect, it } from 'vitest';
import { unzip, zipStream } from './zip';

describe('zipStream', () => {
  it('sends a well-compressing member while its source is still producing, and the archive reads back whole', async () => {
    // 40 chunks of 64 KB of repetitive JSON: about 2.5 MB that deflates to a few KB, less than zlib's
    // 16 KB output buffer, so without a flush nothing of the member would come out before its end.
    const chunk = Buffer.from(
      '{"id": 1, "file_name": "images/a.jpg", "width": 1280, "height": 720},\n'.repeat(1000).slice(0, 65536),
    );
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 40; i++) {
        produced++;
        yield chunk;
      }
    }
    const out: Buffer[] = [];
    let bytesWhenFirstChunkDone = 0;
    let producedAtFirstMemberByte = -1;
    let headerBytes = 0;
    for await (const b of zipStream([{ path: 'result.json', content: source() }])) {
      out.push(b);
      const total = out.reduce((n, x) => n + x.length, 0);
      if (out.length === 2) headerBytes = total; // local header, then the name
      if (out.length > 2 && producedAtFirstMemberByte < 0) producedAtFirstMemberByte = produced;
      if (produced === 1) bytesWhenFirstChunkDone = total;
    }
    expect(headerBytes).toBe(30 + 'result.json'.length);
    // The first deflated bytes came out after the first source chunk, not after the fortieth.
    expect(producedAtFirstMemberByte).toBe(1);
    expect(bytesWhenFirstChunkDone).toBeGreaterThan(headerBytes);
    const files = unzip(Buffer.concat(out));
    expect(files.get('result.json')?.equals(Buffer.concat(Array.from({ length: 40 }, () => chunk)))).toBe(true);
  });
});
