/**
 * Streams the elements of a top-level JSON array (or a single top-level object) without
 * holding the document in memory: it tracks nesting and string state byte by byte and hands
 * each complete element to JSON.parse. Memory is bounded by the largest single element.
 */
export interface JsonElement {
  /** 0-based index of the element in the array. */
  index: number;
  value: unknown;
}

export class JsonReadError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf;
}

/**
 * @example
 * for await (const { index, value } of readJsonArray(fs.createReadStream('tasks.json'))) …
 */
export async function* readJsonArray(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<JsonElement> {
  const decoder = new TextDecoder();
  let mode: 'start' | 'array' | 'single' | 'done' = 'start';
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let parts: Uint8Array[] = [];
  let partStart = -1;
  let index = 0;
  let expectValue = true;
  // The current top-level element is itself a string: it ends at its closing quote.
  let topString = false;
  // The current top-level element is a bare number, true, false or null.
  let inScalar = false;

  const emit = (chunk: Uint8Array, end: number): JsonElement => {
    parts.push(chunk.subarray(partStart, end));
    const text = parts.length === 1 ? decoder.decode(parts[0]) : decoder.decode(concat(parts));
    parts = [];
    partStart = -1;
    const at = index++;
    try {
      return { index: at, value: JSON.parse(text) };
    } catch (e) {
      throw new JsonReadError(`item ${at} is not valid JSON: ${(e as Error).message}`, at);
    }
  };

  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    if (partStart !== -1) partStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (mode === 'done') {
        if (!isSpace(b)) throw new JsonReadError('unexpected content after the end of the JSON document', index);
        continue;
      }
      if (mode === 'start') {
        if (isSpace(b)) continue;
        if (b === OPEN_BRACKET) {
          mode = 'array';
          continue;
        }
        if (b === OPEN_BRACE) {
          mode = 'single';
          depth = 1;
          partStart = i;
          continue;
        }
        throw new JsonReadError(`expected a JSON list of tasks or one task object, found "${String.fromCharCode(b)}"`, 0);
      }
      if (depth === 0) {
        // Between elements of the top-level array.
        if (inScalar) {
          if (b !== COMMA && b !== CLOSE_BRACKET && !isSpace(b)) continue;
          inScalar = false;
          yield emit(chunk, i);
        }
        if (isSpace(b)) continue;
        if (b === CLOSE_BRACKET) {
          mode = 'done';
          continue;
        }
        if (b === COMMA) {
          if (expectValue) throw new JsonReadError(`item ${index} is missing (two commas in a row)`, index);
          expectValue = true;
          continue;
        }
        if (!expectValue) throw new JsonReadError(`a comma is missing before item ${index}`, index);
        expectValue = false;
        partStart = i;
        if (b === OPEN_BRACE || b === OPEN_BRACKET) depth = 1;
        else if (b === QUOTE) {
          depth = 1;
          inString = true;
          topString = true;
        } else {
          inScalar = true;
        }
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) {
          inString = false;
          if (topString) {
            topString = false;
            depth = 0;
            yield emit(chunk, i + 1);
          }
        }
        continue;
      }
      if (b === QUOTE) inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          yield emit(chunk, i + 1);
          if (mode === 'single') mode = 'done';
        }
      }
    }
    if (partStart !== -1) {
      parts.push(chunk.slice(partStart));
    }
  }
  if (mode === 'start') throw new JsonReadError('the file is empty', 0);
  if (mode !== 'done') throw new JsonReadError(`the JSON ends in the middle of item ${index}`, index);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
