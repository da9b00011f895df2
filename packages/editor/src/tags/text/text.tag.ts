import type { JsonObject } from '../../engine/json';
import type { TagModule } from '../../engine/tag-module';

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A span on a Text: whole character offsets, in order, within the text when it is known here. */
export function checkTextSpan(geometry: JsonObject, text: string | undefined): string | undefined {
  const { start, end } = geometry;
  if (!isOffset(start) || !isOffset(end)) return 'start and end must be character offsets (whole numbers ≥ 0)';
  if (start > end) return `start (${start}) is after end (${end})`;
  if (text !== undefined && end > text.length) return `end (${end}) is past the end of the text (${text.length} characters)`;
  return undefined;
}

/** Text: selectable text; spans are made by Labels. */
export const textTag: TagModule = {
  tag: 'Text',
  // Text loaded from a URL or decoded from base64 is not known yet here: its length is not checked.
  checkRegion: (geometry, object) =>
    checkTextSpan(
      geometry,
      typeof object.value === 'string' &&
        object.node.attrs.valueType !== 'url' &&
        [undefined, 'none'].includes(object.node.attrs.encoding as string | undefined)
        ? object.value
        : undefined,
    ),
};
