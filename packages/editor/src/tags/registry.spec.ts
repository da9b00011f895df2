import { TAG_DEFINITIONS } from '@groundwork/label-config';
import { describe, expect, it } from 'vitest';
import { defaultTags } from './registry';
import { defaultTagViews } from './views';

/** Config tags with no module or view of their own: their parent's view draws them. */
const DRAWN_BY_PARENT = ['Panel', 'Label', 'Choice', 'Shortcut', 'Relation', 'Bucket'];

/** Config tags this editor does not handle yet (the editor shows "not supported" in their place). */
const NOT_SUPPORTED = [
  'Audio',
  'AudioPlus',
  'Video',
  'TimeSeries',
  'Pdf',
  'Chat',
  'MagicWand',
  'BitmaskLabels',
  'Bitmask',
  'VectorLabels',
  'Vector',
  'TimeSeriesLabels',
  'TimelineLabels',
  'OcrLabels',
  'VideoRectangle',
  'VideoVector',
  'VideoVectorLabels',
  'ReactCode',
  'Channel',
];

/** Entries of `a` that `b` lacks. */
const missing = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));

const duplicates = (list: readonly string[]): string[] => list.filter((x, i) => list.indexOf(x) !== i);

describe('tag registry', () => {
  const modules = defaultTags.map((m) => m.tag);
  const views = defaultTagViews.map((v) => v.tag);
  const definitions = TAG_DEFINITIONS.map((d) => d.name);

  it('lists every tag once, in defaultTags and in defaultTagViews', () => {
    expect(duplicates(modules)).toEqual([]);
    expect(duplicates(views)).toEqual([]);
  });

  it('gives every tag module a view, and every view a tag module', () => {
    expect(missing(modules, views)).toEqual([]);
    expect(missing(views, modules)).toEqual([]);
  });

  it('gives every tag module a label-config definition of the same name', () => {
    expect(missing(modules, definitions)).toEqual([]);
  });

  it('handles every label-config tag, or lists it here as drawn by its parent or not supported', () => {
    expect(missing(definitions, [...modules, ...DRAWN_BY_PARENT, ...NOT_SUPPORTED])).toEqual([]);
    // The lists stay true: what they name is a config tag, and has no module of its own.
    expect(missing([...DRAWN_BY_PARENT, ...NOT_SUPPORTED], definitions)).toEqual([]);
    expect([...DRAWN_BY_PARENT, ...NOT_SUPPORTED].filter((t) => modules.includes(t))).toEqual([]);
  });
});
