import type { TagModule } from '../../engine/tag-module';

const isOffset = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** HyperText: sanitized HTML; spans are made by Labels or HyperTextLabels. */
export const hyperTextTag: TagModule = {
  tag: 'HyperText',
  checkRegion: ({ start, end, startOffset, endOffset }) => {
    if (typeof start !== 'string' || typeof end !== 'string') return 'start and end must be xpaths';
    if (!isOffset(startOffset) || !isOffset(endOffset)) return 'startOffset and endOffset must be whole numbers ≥ 0';
    return undefined;
  },
};
