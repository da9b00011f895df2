import type { TagModule } from '../../engine/tag-module';

/** A paragraph index as Label Studio writes it: a number, or a string holding one. */
const paragraphIndex = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** Paragraphs: a list of utterances; spans are made by ParagraphLabels. */
export const paragraphsTag: TagModule = {
  tag: 'Paragraphs',
  checkRegion: ({ start, end, startOffset, endOffset }, object) => {
    const from = paragraphIndex(start);
    const to = paragraphIndex(end);
    if (from === undefined || to === undefined) return 'start and end must be paragraph indexes';
    if (from > to) return `start paragraph (${from}) is after end paragraph (${to})`;
    if (Array.isArray(object.value) && to >= object.value.length)
      return `paragraph ${to} does not exist (${object.value.length} paragraphs)`;
    for (const offset of [startOffset, endOffset]) {
      if (offset !== undefined && !(typeof offset === 'number' && Number.isInteger(offset) && offset >= 0)) {
        return 'startOffset and endOffset must be whole numbers ≥ 0';
      }
    }
    return undefined;
  },
};
