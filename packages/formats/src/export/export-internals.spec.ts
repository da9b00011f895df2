import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGrayPng, encodeBrushRle } from '../testing/media';
import { treebankSpans, treebankTokenize } from '../writers/treebank-tokenizer';
import { brushAlpha, decodeBrushRle } from './brush-rle';
import { EntrySink } from './entry-sink';
import { fma, numpyDot } from './fma';
import { lsCachedMediaPath } from './media-path';
import { encodeGrayPng } from './png-encoder';
import { pyJsonDumps } from './py-json';
import {
  codePointLength,
  compareCodePoints,
  pathSplitext,
  PyFloat,
  pyFloatRepr,
  pyRound,
  pyUrlParse,
  ujsonFloat,
} from './python';
import { taskPasses } from './task-source';

describe('Python number formatting', () => {
  // [value, repr(value), ujson.dumps(value)] as Python 3.11 and ujson 5 print them.
  const cases: Array<[number, string, string]> = [
    [0.1, '0.1', '0.1'],
    [1e-5, '1e-05', '1e-5'],
    [1e16, '1e+16', '1e+16'],
    [123.0, '123.0', '123.0'],
    [1 / 3, '0.3333333333333333', '0.3333333333333333'],
    [5e-324, '5e-324', '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308', '1.7976931348623157e+308'],
    [0.0001, '0.0001', '0.0001'],
    [0.00012345, '0.00012345', '0.00012345'],
    [1e22, '1e+22', '1e+22'],
    [2.5e-7, '2.5e-07', '2.5e-7'],
    [-0, '-0.0', '-0.0'],
    [100, '100.0', '100.0'],
    [1234567890123456.8, '1234567890123456.8', '1234567890123456.8'],
    [9007199254740992, '9007199254740992.0', '9007199254740992.0'],
    [-7.25e-9, '-7.25e-09', '-7.25e-9'],
    [1e15, '1000000000000000.0', '1000000000000000.0'],
  ];
  it.each(cases)('%d prints as repr %s and ujson %s', (value, repr, ujson) => {
    expect(pyFloatRepr(value)).toBe(repr);
    expect(ujsonFloat(value)).toBe(ujson);
  });

  it('round() sends halves to the even neighbour', () => {
    const cases: Array<[number, number]> = [
      [0.5, 0],
      [1.5, 2],
      [2.5, 2],
      [-0.5, 0],
      [-1.5, -2],
      [500.5, 500],
      [2.4999999999999996, 2],
      [3.5000000000000004, 4],
    ];
    for (const [x, r] of cases) expect(pyRound(x) + 0, String(x)).toBe(r);
  });
});

describe('Python JSON encoders', () => {
  const value = { a: 1, b: [new PyFloat(2), 0.5, null, true], c: 'x/y "é" \n\u0001 😀', d: {}, e: [] };
  it('writes ujson (compact, escaped slashes)', () => {
    expect(pyJsonDumps(value, { flavor: 'ujson', ensureAscii: false })).toBe(
      '{"a":1,"b":[2.0,0.5,null,true],"c":"x\\/y \\"é\\" \\n\\u0001 😀","d":{},"e":[]}',
    );
  });
  it('writes ujson with indent and ASCII escapes', () => {
    expect(pyJsonDumps({ a: [1, { b: 'é' }], c: {} }, { flavor: 'ujson', ensureAscii: true, indent: 2 })).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": "\\u00e9"\n    }\n  ],\n  "c": {}\n}',
    );
  });
  it('writes the standard json module', () => {
    expect(pyJsonDumps(value, { flavor: 'stdlib', ensureAscii: true })).toBe(
      '{"a": 1, "b": [2.0, 0.5, null, true], "c": "x/y \\"\\u00e9\\" \\n\\u0001 \\ud83d\\ude00", "d": {}, "e": []}',
    );
  });
  it('keeps integer-like keys of a Map in insertion order, as a Python dict does', () => {
    const m = new Map<string, unknown>([
      ['b', 1],
      ['2', 2],
      ['1', 3],
    ]);
    expect(pyJsonDumps(m, { flavor: 'ujson', ensureAscii: true })).toBe('{"b":1,"2":2,"1":3}');
  });
});

describe('paths and strings', () => {
  it('splits names like os.path and urllib.parse', () => {
    expect(pathSplitext('a/b.tar.gz')).toEqual(['a/b.tar', '.gz']);
    expect(pathSplitext('.hidden')).toEqual(['.hidden', '']);
    expect(pathSplitext('x/..jpg')).toEqual(['x/..jpg', '']);
    expect(pyUrlParse('https://h.com/a;p/b;q?x=1#f').path).toBe('/a;p/b');
    expect(pyUrlParse('s3://bucket/k/f.jpg').path).toBe('/k/f.jpg');
  });
  it('names un-downloaded media as the converter does', () => {
    // md5('https://example.com/imgs/a%20b.jpg?x=1')[:8] is 466158d2.
    expect(lsCachedMediaPath('https://example.com/imgs/a%20b.jpg?x=1')).toBe('images/466158d2__a%20b.jpg');
    expect(lsCachedMediaPath('/data/upload/1/x.png')).toBeNull();
    expect(lsCachedMediaPath('upload/1/x.png')).toBeNull();
    expect(lsCachedMediaPath('gs://b/x.png')).toBeNull();
    expect(lsCachedMediaPath('/data/local-files/?d=a/x.png')).toBeNull();
  });
  it('counts and compares by code point', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(['\uffff', '😀', 'a'].sort(compareCodePoints)).toEqual(['a', '\uffff', '😀']);
  });
});

/** Exact a·b + c rounded to the nearest double, with BigInt arithmetic. */
function exactFma(a: number, b: number, c: number): number {
  const parts = (x: number): [bigint, number] => {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, x);
    const bits = v.getBigUint64(0);
    const exp = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    if (exp !== 0) mant |= 1n << 52n;
    const sign = bits >> 63n ? -1n : 1n;
    return [sign * mant, (exp === 0 ? 1 : exp) - 1075];
  };
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  const [mc, ec] = parts(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  let n = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (n === 0n) return 0;
  const neg = n < 0n;
  if (neg) n = -n;
  const shift = n.toString(2).length - 53;
  let exp = e;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rest = n & ((1n << BigInt(shift)) - 1n);
    n >>= BigInt(shift);
    if (rest > half || (rest === half && (n & 1n) === 1n)) n += 1n;
    exp += shift;
  }
  const out = Number(n) * 2 ** exp;
  return neg ? -out : out;
}

describe('fma and numpyDot', () => {
  it('rounds a·b + c exactly once', () => {
    // Coordinates and products of coordinates: far from the subnormal range the emulation doesn't cover.
    const coord = fc
      .double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true })
      .filter((x) => x === 0 || Math.abs(x) > 1e-100);
    fc.assert(
      fc.property(coord, coord, coord, (a, b, c) => {
        expect(fma(a, b, c) + 0).toBe(exactFma(a, b, c) + 0);
      }),
      { numRuns: 3000 },
    );
    // A case where a·b + c is not a·b rounded, then added: the product's low bits matter.
    const a = 1 + 2 ** -30;
    expect(fma(a, a, -1)).toBe(exactFma(a, a, -1));
    expect(fma(a, a, -1)).not.toBe(a * a - 1);
  });
  it('follows the kernel order for long vectors', () => {
    const x = Array.from({ length: 40 }, (_, i) => (i * 7.3) % 11.1);
    const y = Array.from({ length: 40 }, (_, i) => (i * 3.7) % 5.3);
    let tail = 0;
    for (let i = 32; i < 40; i++) tail = exactFma(y[i], x[i], tail);
    expect(numpyDot(x.slice(32), y.slice(32))).toBe(tail);
    expect(numpyDot([], [])).toBe(0);
  });
});

describe('brush masks', () => {
  it('round-trips the RLE and keeps the alpha channel', () => {
    const rgba = Array.from({ length: 5 * 3 * 4 }, (_, i) => (i % 4 === 3 ? (i * 37) % 256 : 0));
    const decoded = decodeBrushRle(encodeBrushRle(rgba));
    expect([...decoded]).toEqual(rgba);
    expect([...brushAlpha(decoded, 5, 3)]).toEqual(rgba.filter((_, i) => i % 4 === 3));
    expect(() => brushAlpha(decoded, 4, 3)).toThrow(/RGBA/);
  });
  it('writes a PNG that decodes to the same pixels', () => {
    const pixels = Uint8Array.from({ length: 7 * 4 }, (_, i) => (i * 29) % 256);
    expect(decodeGrayPng(encodeGrayPng(pixels, 7, 4))).toEqual({ width: 7, height: 4, pixels });
  });
});

describe('Treebank tokenizer', () => {
  // Examples from NLTK's documentation of TreebankWordTokenizer.
  it('tokenizes like NLTK', () => {
    expect(treebankTokenize('Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\nThanks.')).toEqual([
      'Good',
      'muffins',
      'cost',
      '$',
      '3.88',
      'in',
      'New',
      'York.',
      'Please',
      'buy',
      'me',
      'two',
      'of',
      'them.',
      'Thanks',
      '.',
    ]);
    expect(treebankTokenize("They'll save and invest more.")).toEqual(['They', "'ll", 'save', 'and', 'invest', 'more', '.']);
    expect(treebankTokenize("hi, my name can't hello,")).toEqual(['hi', ',', 'my', 'name', 'ca', "n't", 'hello', ',']);
  });
  it('splits slashes, as the converter configures it', () => {
    expect(treebankTokenize('a/b')).toEqual(['a', '/', 'b']);
  });
  it('gives offsets in code points and restores quotes', () => {
    expect(treebankSpans('😀 "Hi"')).toEqual([
      { token: '😀', start: 0 },
      { token: '"', start: 2 },
      { token: 'Hi', start: 3 },
      { token: '"', start: 5 },
    ]);
  });
});

describe('task sources and entries', () => {
  it('buffers a one-shot iterable for a second pass', async () => {
    let opened = 0;
    async function* once() {
      opened++;
      yield { id: 1, data: {} };
      yield { id: 2, data: {} };
    }
    const open = taskPasses(once(), 2);
    const ids = async () => {
      const out: number[] = [];
      for await (const t of open()) out.push(t.id);
      return out;
    };
    expect(await ids()).toEqual([1, 2]);
    expect(await ids()).toEqual([1, 2]);
    expect(opened).toBe(1);
  });
  it('settles repeated writes to one file and keeps placeholders from overwriting', () => {
    const sink = new EntrySink();
    expect(sink.write('a.txt', '1', 'w')).toBeNull();
    expect(sink.write('a.txt', '2', 'w')).toBeNull();
    expect(sink.write('a.txt', '', 'x')).toBeNull();
    expect(sink.write('b.txt', '', 'x')).toEqual({ path: 'a.txt', content: '2' });
    expect(sink.write('a.txt', '', 'x')).toBeNull();
    expect(sink.write('a.txt', '3', 'w')).toEqual({ path: 'b.txt', content: '' });
    expect(sink.flush()).toEqual({ path: 'a.txt', content: '3' });
  });
});
