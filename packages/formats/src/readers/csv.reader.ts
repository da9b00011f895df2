/**
 * Streams rows of CSV/TSV (RFC 4180 quoting: quoted fields may hold delimiters, quotes doubled,
 * and newlines) as objects keyed by the header row. Memory is bounded by one row.
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
  const delimiter = options.delimiter ?? ',';
  const decoder = new TextDecoder();
  let header: string[] | null = null;
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  let quoteSeen = false; // just saw a quote inside a quoted field (either an escape or the end)
  let line = 1;
  let rowLine = 1;
  let index = 0;
  let first = true;

  const finishRow = (): CsvRow | null => {
    row.push(field);
    field = '';
    const cells = row;
    row = [];
    const startLine = rowLine;
    rowLine = line;
    if (cells.length === 1 && cells[0] === '') return null; // blank line
    if (!header) {
      header = cells.map((h) => h.trim());
      const seen = new Set<string>();
      for (const h of header) {
        if (!h) throw new CsvReadError('the header row has an empty column name', startLine);
        if (seen.has(h)) throw new CsvReadError(`the header row repeats the column "${h}"`, startLine);
        seen.add(h);
      }
      return null;
    }
    if (cells.length !== header.length)
      throw new CsvReadError(`row has ${cells.length} fields but the header has ${header.length}`, startLine);
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = cells[i]));
    return { line: startLine, index: index++, values };
  };

  for await (const raw of source) {
    let text = typeof raw === 'string' ? raw : decoder.decode(raw, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          inQuotes = false;
          // Fall through: the quote closed the field; handle c as a normal character.
        } else if (c === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (c === '\n') line++;
          field += c;
          continue;
        }
      }
      if (c === '"' && field === '') {
        inQuotes = true;
      } else if (c === delimiter) {
        row.push(field);
        field = '';
      } else if (c === '\n') {
        line++;
        const r = finishRow();
        if (r) yield r;
      } else if (c === '\r') {
        // CRLF: the \n ends the row.
      } else {
        field += c;
      }
    }
  }
  if (inQuotes && !quoteSeen) throw new CsvReadError('a quoted field is never closed', rowLine);
  if (field !== '' || row.length) {
    const r = finishRow();
    if (r) yield r;
  }
  if (!header) throw new CsvReadError('the file is empty', 1);
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
