/**
 * The Penn Treebank word tokenizer as NLTK implements it (`TreebankWordTokenizer.span_tokenize`),
 * with the one change Label Studio's converter makes (`/` is split off like `;@#$%&`).
 * CoNLL export tokens must be exactly NLTK's, so the regular expressions below mirror NLTK's,
 * rewritten for JavaScript with Python's meaning of `\s`, `\d`, `\b` and `$`.
 */

// Python's str.isspace() set, which `\s` and str.split() use (JavaScript's \s differs).
const WS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WORD = '[\\p{L}\\p{N}_]';
// Python's \b on str patterns treats every Unicode letter and digit as a word character.
const B = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
// Python's $ also matches just before a final newline.
const END = '(?=\\n?$)';

type Rule = [RegExp, string];

const rx = (source: string, flags = 'gu') => new RegExp(source, flags);

const STARTING_QUOTES: Rule[] = [
  [rx('^"', 'u'), '``'],
  [rx('(``)'), ' $1 '],
  [rx('([ (\\[{<])("|\'{2})'), '$1 `` '],
];

const PUNCTUATION: Rule[] = [
  [rx('([:,])([^\\p{Nd}])'), ' $1 $2'],
  [rx(`([:,])${END}`), ' $1 '],
  [rx('\\.\\.\\.'), ' ... '],
  [rx('[;@#$/%&]'), ' $& '],
  [rx(`([^.])(\\.)([\\])}>"']*)[${WS}]*${END}`), '$1 $2$3 '],
  [rx('[?!]'), ' $& '],
  [rx("([^'])' "), "$1 ' "],
];

const PARENS_BRACKETS: Rule = [rx('[\\][(){}<>]'), ' $& '];
const DOUBLE_DASHES: Rule = [rx('--'), ' -- '];

const ENDING_QUOTES: Rule[] = [
  [rx("''"), " '' "],
  [rx('"'), " '' "],
  [rx("([^' ])('[sS]|'[mM]|'[dD]|') "), '$1 $2 '],
  [rx("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), '$1 $2 '],
];

const CONTRACTIONS: Rule[] = [
  ...[
    `${B}(can)(not)${B}`,
    `${B}(d)('ye)${B}`,
    `${B}(gim)(me)${B}`,
    `${B}(gon)(na)${B}`,
    `${B}(got)(ta)${B}`,
    `${B}(lem)(me)${B}`,
    `${B}(more)('n)${B}`,
    `${B}(wan)(na)(?=[${WS}])`,
    ` ('t)(is)${B}`,
    ` ('t)(was)${B}`,
  ].map((source): Rule => [rx(source, 'giu'), ' $1 $2 ']),
];

const SPLIT = rx(`[${WS}]+`);

function apply(text: string, rules: Rule[]): string {
  for (const [re, replacement] of rules) text = text.replace(re, replacement);
  return text;
}

/** NLTK's `TreebankWordTokenizer().tokenize(text)` (with the converter's punctuation rules). */
export function treebankTokenize(text: string): string[] {
  text = apply(text, STARTING_QUOTES);
  text = apply(text, PUNCTUATION);
  text = apply(text, [PARENS_BRACKETS, DOUBLE_DASHES]);
  text = ` ${text} `;
  text = apply(text, ENDING_QUOTES);
  text = apply(text, CONTRACTIONS);
  return text.split(SPLIT).filter((t) => t !== '');
}

/**
 * NLTK's `span_tokenize`: tokens with their offsets in `text`, counted in code points as Python
 * counts them. Quote tokens that the tokenizer rewrote (`"` → `''`) are mapped back to the
 * original quotes before aligning.
 */
export function treebankSpans(text: string): Array<{ token: string; start: number }> {
  let tokens = treebankTokenize(text);
  if (text.includes('"') || text.includes("''")) {
    const quotes = text.match(/``|'{2}|"/g) ?? [];
    let next = 0;
    tokens = tokens.map((t) => ((t === '"' || t === '``' || t === "''") && next < quotes.length ? quotes[next++] : t));
  }
  const out: Array<{ token: string; start: number }> = [];
  let point = 0;
  // Offsets are found in UTF-16 units and converted to code points as we go.
  let unitPos = 0;
  let codePos = 0;
  for (const token of tokens) {
    const start = text.indexOf(token, point);
    if (start < 0) throw new Error(`CoNLL export: token "${token}" not found in the task text`);
    while (unitPos < start) {
      const c = text.charCodeAt(unitPos);
      unitPos += c >= 0xd800 && c <= 0xdbff && unitPos + 1 < text.length ? 2 : 1;
      codePos++;
    }
    out.push({ token, start: codePos });
    point = start + token.length;
  }
  return out;
}
