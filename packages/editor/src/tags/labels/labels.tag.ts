import type { TagModule } from '../../engine/tag-module';
import { isStringList, payloadCodec } from '../shared/codec';
import { labelHotkey } from '../shared/labels-payload';

/**
 * `<Labels>` on Text (`{start, end, text, labels}` in characters) and on HyperText (xpath
 * `start`/`end` with `startOffset`, `endOffset` and `globalOffsets`).
 */
export const labelsTag: TagModule = {
  tag: 'Labels',
  itemHotkeys: true,
  result: payloadCodec({
    type: 'labels',
    valueKey: 'labels',
    regionShape: 'span',
    check: isStringList,
    // A span keeps its place even with no label left (`allowEmpty`).
    isEmpty: () => false,
  }),
  onItemHotkey: (engine, control, item) => labelHotkey(engine, control, item, 'span'),
};
