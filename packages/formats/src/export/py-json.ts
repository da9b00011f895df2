import { isPyInt, PyFloat, pyIntStr, pyJsonFloat, ujsonFloat } from './python';

/**
 * JSON as Label Studio's converter writes it. It uses two encoders with different habits, and
 * byte-for-byte compatibility means copying both:
 * - ujson (COCO, YOLO notes, JSON-MIN, JSON cells in CSV): compact separators, `\/` for slashes,
 *   exponents without padding (`1e-5`).
 * - the standard `json` module (ASR manifest): `", "` and `": "` separators, `1e-05`.
 */
export interface PyJsonOptions {
  /** Which encoder to imitate. */
  flavor: 'ujson' | 'stdlib';
  /** Escape every non-ASCII character as `\uXXXX` (both encoders' default). */
  ensureAscii: boolean;
  /** Pretty-print with this many spaces per level (`indent=` argument). */
  indent?: number;
}

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0');
}

/** Encodes a string the way the chosen encoder does. */
// Strings without anything to escape (most of them) skip the character loop. JSON escapes control
// characters, so these patterns have to name them.
// eslint-disable-next-line no-control-regex
const PLAIN = { ujson: /^[^"\\/\x00-\x1f]*$/, stdlib: /^[^"\\\x00-\x1f]*$/ };
// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = { ujson: /^[^"\\/\x00-\x1f\x80-\uffff]*$/, stdlib: /^[^"\\\x00-\x1f\x80-\uffff]*$/ };

export function pyJsonString(s: string, options: PyJsonOptions): string {
  if ((options.ensureAscii ? PLAIN_ASCII : PLAIN)[options.flavor].test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '/':
        out += options.flavor === 'ujson' ? '\\/' : '/';
        continue;
    }
    if (code < 0x20) out += `\\u${hex4(code)}`;
    // Both encoders escape UTF-16 units one by one, which gives surrogate pairs for astral characters.
    else if (code >= 0x80 && options.ensureAscii) out += `\\u${hex4(code)}`;
    else out += ch;
  }
  return out + '"';
}

function encodeNumber(value: number, flavor: PyJsonOptions['flavor']): string {
  if (isPyInt(value)) return pyIntStr(value);
  return flavor === 'ujson' ? ujsonFloat(value) : pyJsonFloat(value);
}

/**
 * Serializes a JSON-like value (PyFloat marks Python floats; other integral numbers are ints)
 * exactly as the chosen Python encoder does. `level` is the nesting depth the value starts at,
 * so callers can stream a document piece by piece.
 */
export function pyJsonDumps(value: unknown, options: PyJsonOptions, level = 0): string {
  const indent = options.indent;
  const itemSep = indent === undefined ? (options.flavor === 'ujson' ? ',' : ', ') : ',';
  const keySep = indent === undefined && options.flavor === 'ujson' ? ':' : ': ';
  const open = (depth: number) => (indent === undefined ? '' : '\n' + ' '.repeat(indent * depth));

  const encode = (v: unknown, depth: number): string => {
    if (v === null || v === undefined) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (v instanceof PyFloat) return options.flavor === 'ujson' ? ujsonFloat(v.value) : pyJsonFloat(v.value);
    if (typeof v === 'number') return encodeNumber(v, options.flavor);
    if (typeof v === 'string') return pyJsonString(v, options);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const parts = v.map((x) => open(depth + 1) + encode(x, depth + 1));
      return `[${parts.join(itemSep)}${open(depth)}]`;
    }
    if (typeof v === 'object') {
      // Maps keep keys in insertion order even when they look like integers, as Python dicts do.
      const all =
        v instanceof Map
          ? [...(v as Map<unknown, unknown>).entries()].map(([k, x]) => [String(k), x] as const)
          : Object.entries(v as Record<string, unknown>);
      const entries = all.filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const parts = entries.map(([k, x]) => `${open(depth + 1)}${pyJsonString(k, options)}${keySep}${encode(x, depth + 1)}`);
      return `{${parts.join(itemSep)}${open(depth)}}`;
    }
    return pyJsonString(String(v), options);
  };
  return encode(value, level);
}
