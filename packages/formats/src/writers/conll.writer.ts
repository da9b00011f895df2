import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportChunk } from '../export/format.types';
import { exportItems, type RegionValue } from '../export/export-items';
import { codePointLength, pyStr, pyTruthy } from '../export/python';
import { taskPasses, type TaskSource } from '../export/task-source';
import { treebankSpans } from './treebank-tokenizer';

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/**
 * Tags each token of `text` with B-/I-/O from the spans, as the converter's
 * `create_tokens_and_tags` does, quirks included: spans are visited in start order and a span
 * that starts inside an already tagged token is not revisited.
 */
export function tokensAndTags(text: string, spans: RegionValue[] | undefined): { tokens: string[]; tags: string[] } {
  const tokenSpans = treebankSpans(text);
  const tokens = tokenSpans.map((t) => t.token);
  const usable =
    spans !== undefined &&
    spans.length > 0 &&
    spans.every((s) => s.start !== null && s.start !== undefined && s.end !== null && s.end !== undefined);
  if (!usable) return { tokens, tags: tokens.map(() => 'O') };

  const queue = spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => num(a.s.start) - num(b.s.start) || a.i - b.i)
    .map((x) => x.s);
  let span = queue.shift() as RegionValue;
  let spanStart = num(span.start);
  let spanEnd = num(span.end) - 1;
  let prefix = 'B-';
  const tags: string[] = [];
  for (const { token, start: tokenStart } of tokenSpans) {
    const tokenEnd = tokenStart + codePointLength(token) - 1;
    if (tokenStart > spanEnd) {
      while (queue.length > 0) {
        span = queue.shift() as RegionValue;
        spanStart = num(span.start);
        spanEnd = num(span.end) - 1;
        prefix = 'B-';
        if (tokenStart <= spanEnd) break;
      }
    }
    const labels = span.labels;
    if (tokenEnd < spanStart || !pyTruthy(labels) || !Array.isArray(labels)) {
      tags.push('O');
    } else if (spanStart <= tokenEnd && spanEnd >= tokenStart) {
      tags.push(prefix + pyStr(labels[0]));
      prefix = 'I-';
    } else {
      tags.push('O');
    }
  }
  return { tokens, tags };
}

/**
 * Writes Label Studio's CONLL2003 export: `-DOCSTART- -X- O`, then for each non-skipped
 * annotation the task text's tokens, one per line as `token -X- _ TAG`, and a blank line.
 * Only the first Labels control's spans are used. One pass.
 */
export async function* writeConll(source: TaskSource, config: ExportConfig): AsyncGenerator<ExportChunk> {
  const schema = new ExportSchema(config);
  const dataKey = schema.dataKey;
  yield '-DOCSTART- -X- O\n';
  for await (const item of exportItems(taskPasses(source, 1)(), schema)) {
    let spans: RegionValue[] | undefined;
    for (const values of item.output.values()) {
      if (String(values[0]?.type ?? '').toLowerCase() === 'labels') {
        spans = values;
        break;
      }
    }
    const raw = item.input[dataKey];
    const text = raw === undefined || raw === null ? '' : pyStr(raw);
    const { tokens, tags } = tokensAndTags(text, spans);
    let out = '';
    for (let i = 0; i < tokens.length; i++) out += `${tokens[i]} -X- _ ${tags[i]}\n`;
    yield out + '\n';
  }
}
