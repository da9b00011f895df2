/**
 * Python semantics that Label Studio's converter (a Python program) bakes into its output:
 * how floats print, how `round` rounds, how `str()` renders values, how `os.path` and
 * `urllib.parse` split names. Our writers must print exactly what it prints.
 */

/**
 * A number that Python holds as a float. JSON parsing loses the int/float distinction
 * (`2.0` and `2` both become 2), so values computed with Python's true division are wrapped
 * in this to print as `2.0`, while plain integral numbers print as ints.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Shortest round-trip digits of a positive finite number and its decimal point position. */
function shortestDigits(x: number): { digits: string; point: number } {
  // toExponential() without an argument yields the shortest digits that round-trip,
  // the same digits Python's repr() picks.
  const [mantissa, exponent] = x.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

function formatFloat(x: number, padExponent: boolean, nonFinite: { nan: string; inf: string }): string {
  if (Number.isNaN(x)) return nonFinite.nan;
  if (!Number.isFinite(x)) return x > 0 ? nonFinite.inf : `-${nonFinite.inf}`;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, point } = shortestDigits(Math.abs(x));
  // Python's repr (and ujson, which copies it) switch to exponent form below 1e-4 and from 1e16.
  if (point <= -4 || point > 16) {
    const exp = point - 1;
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const absExp = String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${padExponent ? absExp.padStart(2, '0') : absExp}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `repr(float)` in Python: `1.0`, `0.1`, `1e-05`, `1e+16`. */
export function pyFloatRepr(x: number): string {
  return formatFloat(x, true, { nan: 'nan', inf: 'inf' });
}

/** How `json.dumps` prints a float (repr, with JavaScript's names for the non-finite ones). */
export function pyJsonFloat(x: number): string {
  return formatFloat(x, true, { nan: 'NaN', inf: 'Infinity' });
}

/** How ujson prints a float: like repr, but exponents are not zero-padded (`1e-5`). */
export function ujsonFloat(x: number): string {
  return formatFloat(x, false, { nan: 'NaN', inf: 'Infinity' });
}

/**
 * Whether Python would hold this JSON number as an int. Task JSON written by JavaScript
 * (JSON.stringify) prints integral numbers as digits below 1e21 and in exponent form from there,
 * and Python reads the first as int and the second as float.
 */
export function isPyInt(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 1e21;
}

/** `str(int)`: never switches to exponent form, unlike `String(1e21)`. */
export function pyIntStr(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/**
 * `str(value)` for the scalars found in task data and annotations. Integral numbers are taken
 * as Python ints (see PyFloat and isPyInt).
 */
export function pyStr(value: unknown): string {
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return isPyInt(value) ? pyIntStr(value) : pyFloatRepr(value);
  if (typeof value === 'string') return value;
  return String(value);
}

/** Python's `round(x)` for a float: half-way cases go to the even neighbour. */
export function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Python's truthiness for the JSON-like values the converter tests with `if not x`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (value instanceof PyFloat) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Number of code points: Python's `len(str)`, where JavaScript counts UTF-16 units. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `s[0:n]` in Python (code points). */
export function codePointSlice(s: string, end: number): string {
  if (s.length <= end) return s;
  return Array.from(s).slice(0, end).join('');
}

/** Compares strings by code point, as Python's `sorted()` does (JavaScript compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx - cy;
  }
}

/** `os.path.basename` (POSIX). */
export function pathBasename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `os.path.splitext` (POSIX): the extension starts at the last dot that isn't leading. */
export function pathSplitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    let first = sep + 1;
    while (first < dot && p[first] === '.') first++;
    if (first < dot) return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ''];
}

// urllib.parse.uses_params: the schemes whose last path segment may carry ";params".
const SCHEMES_WITH_PARAMS = new Set([
  '',
  'ftp',
  'hdl',
  'prospero',
  'http',
  'imap',
  'https',
  'shttp',
  'rtsp',
  'rtspu',
  'sip',
  'sips',
  'mms',
  'sftp',
  'tel',
]);
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;

/** The parts of `urllib.parse.urlparse(url)` the converter reads. */
export function pyUrlParse(url: string): { scheme: string; netloc: string; path: string; query: string } {
  // urlsplit drops leading C0 controls and spaces, and any tab or newline.
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
  let rest = url.slice(start).replace(/[\t\r\n]/g, '');
  let scheme = '';
  let netloc = '';
  let query = '';
  const colon = rest.indexOf(':');
  if (colon > 0 && /^[A-Za-z]/.test(rest) && SCHEME_CHARS.test(rest.slice(0, colon))) {
    scheme = rest.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
  }
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? '' : rest.slice(end + 2);
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let path = rest;
  if (SCHEMES_WITH_PARAMS.has(scheme) && path.includes(';')) {
    const semi = path.indexOf(';', Math.max(path.lastIndexOf('/'), 0));
    if (semi >= 0) path = path.slice(0, semi);
  }
  return { scheme, netloc, path, query };
}
