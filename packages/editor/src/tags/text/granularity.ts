const WORD = /[\p{L}\p{N}_'’-]/u;

/**
 * Widens a character range to whole words (`granularity="word"`) and trims surrounding
 * whitespace, so a sloppy mouse selection labels exactly the words it touches.
 *
 * @example
 * snapToWords('Hello brave world', 8, 10) // { start: 6, end: 11 } ("brave")
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  if (s === e) return { start: s, end: e };
  while (s > 0 && WORD.test(text[s - 1]) && WORD.test(text[s])) s -= 1;
  while (e < text.length && WORD.test(text[e]) && WORD.test(text[e - 1])) e += 1;
  return { start: s, end: e };
}

export type Granularity = 'symbol' | 'word';

/** Geometry of a Text span as Label Studio writes it: `{start, end, text}`. */
export function textSpanGeometry(
  text: string,
  start: number,
  end: number,
  granularity: Granularity = 'symbol',
  saveText = true,
): { start: number; end: number; text?: string } | undefined {
  const range =
    granularity === 'word' ? snapToWords(text, start, end) : { start: Math.min(start, end), end: Math.max(start, end) };
  if (range.start === range.end) return undefined;
  return saveText ? { ...range, text: text.slice(range.start, range.end) } : range;
}
