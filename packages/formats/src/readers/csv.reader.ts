import { Readable } from 'node:stream';
import { CsvError, parse, type CastingContext } from 'csv-parse';

/**
 * Streams rows of CSV/TSV (RFC 4180 quoting: quoted fields may hold delimiters, quotes doubled,
 * and newlines) as objects keyed by the header row, parsed by csv-parse with strict quoting.
 * A row that cannot be read (a quote never closed or closed mid-field, a stray quote in an
 * unquoted field, a field count other than the header's) fails with the line it starts on.
 * Memory is bounded by one row: the parser is fed with backpressure.
 */
export interface CsvRow {
  /** 1-based line number where the row starts, counting the header as line 1. */
  line: number;
  /** 0-based index of the row among data rows. */
  index: number;
  values: Record<string, string>;
}

export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface CsvOptions {
  delimiter?: string;
}

export async function* readCsv(source: AsyncIterable<Uint8Array | string>, options: CsvOptions = {}): AsyncGenerator<CsvRow> {
  let header: string[] | null = null;
  let index = 0;
  // csv-parse counts every \r and \n inside a field as a line (so CRLF twice); a person counts
  // \n only. `extra` is what it over-counted so far, taken off its line numbers.
  let extra = 0;
  // Where the next record starts: the line after the last one ended, past skipped empty lines.
  let lastEnd = 0;
  let lastEmpty = 0;
  const startOf = (info: { empty_lines: number }) => lastEnd + 1 + (info.empty_lines - lastEmpty);

  // Runs inside the parser, record by record in file order, so line numbers and the first bad
  // row are known there even when records are buffered ahead of the consumer.
  const onRecord = (cells: string[], info: CastingContext): CsvRow | null => {
    const line = startOf(info);
    for (const cell of cells) for (let i = cell.indexOf('\r'); i !== -1; i = cell.indexOf('\r', i + 1)) extra++;
    lastEnd = info.lines - extra;
    lastEmpty = info.empty_lines;
    if (!header) {
      header = cells.map((h) => h.trim());
      const seen = new Set<string>();
      for (const h of header) {
        if (!h) throw new CsvReadError('the header row has an empty column name', line);
        if (seen.has(h)) throw new CsvReadError(`the header row repeats the column "${h}"`, line);
        seen.add(h);
      }
      return null;
    }
    if (cells.length !== header.length)
      throw new CsvReadError(`row has ${cells.length} fields but the header has ${header.length}`, line);
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = cells[i]));
    return { line, index: index++, values };
  };

  const parser = parse({
    delimiter: options.delimiter ?? ',',
    bom: true,
    skip_empty_lines: true,
    // LF and CRLF, mixed in one file too (auto-detection would fix on the first one it sees).
    record_delimiter: ['\r\n', '\n'],
    // Counted in onRecord instead, against the header, to name the line the row starts on.
    relax_column_count: true,
    on_record: onRecord,
  });
  const input = Readable.from(source);
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);

  try {
    yield* parser as AsyncIterable<CsvRow>;
  } catch (e) {
    if (e instanceof CsvError) {
      const info = e as unknown as { lines: number; empty_lines: number };
      throw explain(e, startOf(info), info.lines - extra);
    }
    throw e;
  } finally {
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
  if (!header) throw new CsvReadError('the file is empty', 1);
}

/** Turns csv-parse's error into one a person can act on, naming the line. */
function explain(e: CsvError, startLine: number, at: number): CsvReadError {
  const column = (e as unknown as { column?: unknown }).column;
  const field = typeof column === 'number' ? ` (field ${column + 1})` : '';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new CsvReadError('a quoted field starting on this line is never closed', startLine);
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const got = /got "(.*?)" at line/s.exec(e.message)?.[1];
      return new CsvReadError(
        `a quoted field${field} starting on this line is closed by a quote followed by ${got === undefined ? 'text' : JSON.stringify(got)} ` +
          'instead of a delimiter or the end of the line (a quote inside a quoted field is written "")',
        startLine,
      );
    }
    case 'INVALID_OPENING_QUOTE':
      return new CsvReadError(
        `a quote appears inside an unquoted field${field}; quote the whole field and write each quote inside it as ""`,
        Math.max(at, startLine),
      );
    default:
      return new CsvReadError(e.message, Math.max(at, startLine));
  }
}

/** One task per non-empty line (Label Studio's TXT import): `{text: line}`. */
export async function* readLines(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder();
  let buffer = '';
  let line = 0;
  for await (const raw of source) {
    buffer += typeof raw === 'string' ? raw : decoder.decode(raw, { stream: true });
    let start = 0;
    let nl: number;
    while ((nl = buffer.indexOf('\n', start)) !== -1) {
      const text = buffer.slice(start, nl).replace(/\r$/, '');
      start = nl + 1;
      line++;
      if (text.trim()) yield { line, text };
    }
    buffer = buffer.slice(start);
  }
  line++;
  if (buffer.replace(/\r$/, '').trim()) yield { line, text: buffer.replace(/\r$/, '') };
}
