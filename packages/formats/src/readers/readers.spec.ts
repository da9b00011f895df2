import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReadError, readCsv, readLines } from './csv.reader';
import { readJsonArray } from './json-array.reader';
import { readJsonLines } from './jsonl.reader';

/** Splits text into chunks at the given cut points, as a network stream would. */
async function* chunked(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('readJsonArray', () => {
  it('streams the elements of a list across any chunk boundaries', async () => {
    const tasks = [{ text: 'a, [b]' }, { data: { text: 'é "quoted" \\ }' }, annotations: [] }, { n: 1.5e3 }];
    const json = JSON.stringify(tasks, null, 2);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const items = await collect(readJsonArray(chunked(json, size)));
      expect(
        items.map((x) => x.value),
        `chunk size ${size}`,
      ).toEqual(tasks);
      expect(items.map((x) => x.index)).toEqual([0, 1, 2]);
    }
  });

  it('reads a single task object and an empty list', async () => {
    expect((await collect(readJsonArray(chunked('{"text": "one"}', 3)))).map((x) => x.value)).toEqual([{ text: 'one' }]);
    expect(await collect(readJsonArray(chunked(' [ ] ', 1)))).toEqual([]);
  });

  it('keeps non-object elements so the caller can name them', async () => {
    const items = await collect(readJsonArray(chunked('[{"a":1}, "str", 42, [1,2], null]', 5)));
    expect(items.map((x) => x.value)).toEqual([{ a: 1 }, 'str', 42, [1, 2], null]);
  });

  it.each([
    ['', /empty/],
    ['"just a string"', /expected a JSON list/],
    ['[{"a": 1}, {"b": 2', /ends in the middle of item 1/],
    ['[{"a": 1},, {"b": 2}]', /item 1 is missing/],
    ['[{"a": 1} {"b": 2}]', /comma is missing before item 1/],
    ['[{"a": 1}, {"b": nope}]', /item 1 is not valid JSON/],
    ['[{"a": 1}] trailing', /after the end/],
  ])('explains %j', async (text, message) => {
    await expect(collect(readJsonArray(chunked(text, 4)))).rejects.toThrow(message);
  });

  it('agrees with JSON.parse on arbitrary lists of objects (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue())),
        fc.integer({ min: 1, max: 50 }),
        async (list, size) => {
          const items = await collect(readJsonArray(chunked(JSON.stringify(list), size)));
          expect(items.map((x) => x.value)).toEqual(JSON.parse(JSON.stringify(list)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines, and counts lines', async () => {
    const csv = 'text,label\r\n"Hello, world",pos\n"She said ""hi""\nthen left",neg\n\nplain,x\n';
    for (const size of [1, 3, 100]) {
      const rows = await collect(readCsv(chunked(csv, size)));
      expect(rows.map((r) => r.values)).toEqual([
        { text: 'Hello, world', label: 'pos' },
        { text: 'She said "hi"\nthen left', label: 'neg' },
        { text: 'plain', label: 'x' },
      ]);
      expect(rows.map((r) => r.line)).toEqual([2, 3, 6]);
    }
  });

  it('reads TSV and strips a byte-order mark', async () => {
    const rows = await collect(readCsv(chunked('\uFEFFa\tb\n1\t2', 2), { delimiter: '\t' }));
    expect(rows[0].values).toEqual({ a: '1', b: '2' });
  });

  it('names the line of a malformed row', async () => {
    await expect(collect(readCsv(chunked('a,b\n1,2\n3\n', 4)))).rejects.toMatchObject({
      line: 3,
      message: expect.stringContaining('1 fields'),
    });
    await expect(collect(readCsv(chunked('a,a\n1,2\n', 4)))).rejects.toThrow(/repeats the column "a"/);
    await expect(collect(readCsv(chunked('a\n"open\n', 4)))).rejects.toThrow(/never closed/);
  });

  it.each([
    [',', 'csv'],
    ['\t', 'tsv'],
  ])('fails on an unterminated quote, naming the line it opens on, and yields nothing after it (%j, %s)', async (d) => {
    const text = `text${d}label\nfine${d}pos\n"never closed${d}neg\nmore${d}x\nlast${d}y\n`;
    for (const size of [1, 5, 4096]) {
      const rows: number[] = [];
      const error = await (async () => {
        for await (const row of readCsv(chunked(text, size), { delimiter: d })) rows.push(row.line);
      })().catch((e: unknown) => e);
      // Rows before the bad one may or may not have come out first; none after it does.
      expect([[], [2]], `chunk size ${size}`).toContainEqual(rows);
      expect(error).toBeInstanceOf(CsvReadError);
      expect(error).toMatchObject({ line: 3, message: expect.stringMatching(/never closed/) });
    }
  });

  it.each([
    [',', 'csv'],
    ['\t', 'tsv'],
  ])('fails on a quoted field closed mid-field instead of gluing rows together (%j, %s)', async (d) => {
    // The quote opened on line 3 is "closed" on line 5 by the quote before `word`.
    const text = `text${d}label\nfine${d}pos\n"oops${d}neg\nmore${d}x\nsay "word" here${d}y\n`;
    await expect(collect(readCsv(chunked(text, 3), { delimiter: d }))).rejects.toMatchObject({
      line: 3,
      message: expect.stringMatching(/starting on this line is closed by a quote followed by "w"/),
    });
    await expect(collect(readCsv(chunked(`a${d}b\n1${d}ab"c\n`, 3), { delimiter: d }))).rejects.toMatchObject({
      line: 2,
      message: expect.stringMatching(/quote appears inside an unquoted field \(field 2\)/),
    });
  });

  it.each([
    [',', 'csv'],
    ['\t', 'tsv'],
  ])('fails on a row with fewer or more fields than the header, naming its line (%j, %s)', async (d) => {
    const short = `a${d}b${d}c\n1${d}2${d}3\n\n"multi\nline"${d}5\n`;
    await expect(collect(readCsv(chunked(short, 2), { delimiter: d }))).rejects.toMatchObject({
      line: 4,
      message: 'row has 2 fields but the header has 3',
    });
    const long = `a${d}b\r\n1${d}2\r\n3${d}4${d}5\r\n`;
    await expect(collect(readCsv(chunked(long, 2), { delimiter: d }))).rejects.toMatchObject({
      line: 3,
      message: 'row has 3 fields but the header has 2',
    });
  });

  it('keeps values as strings, a quoted field with CRLF inside, and a last row without a newline', async () => {
    const rows = await collect(readCsv(chunked('n,t\r\n007,"a\r\nb"\r\n1.50,', 3)));
    expect(rows).toEqual([
      { line: 2, index: 0, values: { n: '007', t: 'a\r\nb' } },
      { line: 4, index: 1, values: { n: '1.50', t: '' } },
    ]);
    await expect(collect(readCsv(chunked('', 1)))).rejects.toThrow(/empty/);
  });
});

describe('readLines and readJsonLines', () => {
  it('yields non-empty lines with their numbers', async () => {
    const lines = await collect(readLines(chunked('first\r\n\nsecond\nthird', 2)));
    expect(lines).toEqual([
      { line: 1, text: 'first' },
      { line: 3, text: 'second' },
      { line: 4, text: 'third' },
    ]);
  });

  it('parses JSON Lines and names a bad line', async () => {
    const items = await collect(readJsonLines(chunked('{"a":1}\n\n{"b":2}\n', 3)));
    expect(items.map((x) => [x.line, x.value])).toEqual([
      [1, { a: 1 }],
      [3, { b: 2 }],
    ]);
    await expect(collect(readJsonLines(chunked('{"a":1}\n{oops}\n', 3)))).rejects.toThrow(/line 2 is not valid JSON/);
  });
});
