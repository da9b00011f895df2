import type { ObjectTagInfo } from '../config.types';

/** A tiny inline image, so previews render without any network access. */
export const SAMPLE_IMAGE =
  'data:image/svg+xml;base64,' +
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI2NDAiIGhlaWdodD0iNDgwIj48cmVjdCB3aWR0aD0iNjQwIiBoZWlnaHQ9IjQ4MCIgZmlsbD0iI2RkZSIvPjxjaXJjbGUgY3g9IjMyMCIgY3k9IjI0MCIgcj0iMTIwIiBmaWxsPSIjNjhhIi8+PC9zdmc+';
export const SAMPLE_TEXT = 'Maria Lopez joined Northwind Labs in Lisbon last spring and now leads the data team.';
export const SAMPLE_HTML = '<p>Order <b>#4471</b> from <i>Northwind Labs</i> shipped to Lisbon on 3 May.</p>';
export const SAMPLE_AUDIO = 'https://samples.groundwork.dev/audio/meeting-snippet.wav';
export const SAMPLE_VIDEO = 'https://samples.groundwork.dev/video/street-crossing.mp4';
export const SAMPLE_PDF = 'https://samples.groundwork.dev/docs/invoice-2024-031.pdf';
export const SAMPLE_URL_TEXT = 'https://samples.groundwork.dev/text/article.txt';
export const SAMPLE_CSV = 'https://samples.groundwork.dev/series/sensor.csv';
export const SAMPLE_OPTIONS = [{ value: 'Option A' }, { value: 'Option B' }, { value: 'Option C' }];
export const SAMPLE_LIST = [
  { id: 'item-1', title: 'First result', body: 'A short description of the first candidate.' },
  { id: 'item-2', title: 'Second result', body: 'A short description of the second candidate.' },
  { id: 'item-3', title: 'Third result', body: 'A short description of the third candidate.' },
];

/** A plausible task value for one object tag. */
export function sampleValueFor(object: ObjectTagInfo): unknown {
  const attrs = object.node.attrs;
  const asUrl = attrs.valueType === 'url';
  switch (object.tag) {
    case 'Image':
      return object.isValueList ? [SAMPLE_IMAGE, SAMPLE_IMAGE] : SAMPLE_IMAGE;
    case 'Text':
      return asUrl ? SAMPLE_URL_TEXT : SAMPLE_TEXT;
    case 'HyperText':
      return asUrl ? SAMPLE_URL_TEXT : SAMPLE_HTML;
    case 'Audio':
    case 'AudioPlus':
      return SAMPLE_AUDIO;
    case 'Video':
      return SAMPLE_VIDEO;
    case 'Pdf':
      return SAMPLE_PDF;
    case 'TimeSeries': {
      if (attrs.valueType !== 'json') return SAMPLE_CSV;
      const time = typeof attrs.timeColumn === 'string' ? attrs.timeColumn : 'time';
      const series: Record<string, number[]> = { [time]: Array.from({ length: 20 }, (_, i) => i) };
      for (const channel of object.node.children.filter((c) => c.tag === 'Channel')) {
        const column = String(channel.attrs.column ?? 'value');
        series[column] = Array.from({ length: 20 }, (_, i) => Math.round(Math.sin(i / 3) * 100) / 10);
      }
      return series;
    }
    case 'Paragraphs': {
      if (asUrl) return SAMPLE_URL_TEXT;
      const nameKey = String(attrs.nameKey ?? 'author');
      const textKey = String(attrs.textKey ?? 'text');
      return [
        { [nameKey]: 'Agent', [textKey]: 'Thanks for calling, how can I help?' },
        { [nameKey]: 'Customer', [textKey]: 'My parcel arrived damaged and I would like a refund.' },
        { [nameKey]: 'Agent', [textKey]: 'Sorry to hear that, I have started the refund now.' },
      ];
    }
    case 'Table':
      return { product: 'Desk lamp', price: 24.9, stock: 112 };
    case 'List':
      return SAMPLE_LIST;
    case 'Chat':
      return [
        { role: 'user', content: 'Can you summarise the refund policy?' },
        { role: 'assistant', content: 'Refunds are issued within 14 days of delivery for unused items.' },
      ];
    default:
      return {};
  }
}

/**
 * Writes a value at a data expression: `image`, `meta.title`, or inside a Repeater
 * `pages[{{idx}}].url` (two entries, so the repetition shows).
 */
export function setAtExpression(data: Record<string, unknown>, expression: string, value: unknown, indexFlag?: string): void {
  const segments = expression.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [expression];
  let container: Record<string, unknown> | unknown[] = data;
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg.startsWith('[')) {
      const inner = seg.slice(1, -1);
      if (!Array.isArray(container)) return;
      const count = indexFlag !== undefined && inner === indexFlag ? 2 : Number(inner) + 1 || 1;
      for (let k = 0; k < count; k += 1) {
        if (last) container[k] = value;
        else if (typeof container[k] !== 'object' || container[k] === null)
          container[k] = segments[i + 1]?.startsWith('[') ? [] : {};
      }
      // Later segments apply to every repeated entry.
      if (!last) {
        const rest = segments
          .slice(i + 1)
          .join('.')
          .replace(/\.\[/g, '[');
        for (let k = 0; k < count; k += 1) setAtExpression(container[k] as Record<string, unknown>, rest, value, indexFlag);
      }
      return;
    }
    const record = container as Record<string, unknown>;
    if (last) {
      if (record[seg] === undefined) record[seg] = value;
      return;
    }
    if (typeof record[seg] !== 'object' || record[seg] === null) record[seg] = segments[i + 1].startsWith('[') ? [] : {};
    container = record[seg] as Record<string, unknown> | unknown[];
  }
}
