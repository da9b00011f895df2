import { EntrySink } from '../export/entry-sink';
import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportEntry, ExportOptions } from '../export/format.types';
import { exportItems, type ExportItem, type RegionValue } from '../export/export-items';
import { resolveImage } from '../export/image-source';
import { pathBasename, pathSplitext, pyStr } from '../export/python';
import { getAnnotator } from '../export/records';
import { taskPasses, type TaskSource } from '../export/task-source';

/** Text escaping of Python's xml.dom.minidom (`"` is escaped in text too). */
function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');
}

/** A minidom element written with `writexml(addindent="", newl="\n")`. */
type XmlNode = [tag: string, content: string | XmlNode[]];

function renderXml([tag, content]: XmlNode): string {
  if (typeof content === 'string') return `<${tag}>${xmlText(content)}</${tag}>\n`;
  return `<${tag}>\n${content.map(renderXml).join('')}</${tag}>\n`;
}

function vocXml(
  item: ExportItem,
  imageName: string,
  bboxes: RegionValue[],
  width: unknown,
  height: unknown,
  channels: number,
): string {
  const objects: XmlNode[] = [];
  for (const bbox of bboxes) {
    const key = 'rectanglelabels' in bbox ? 'rectanglelabels' : 'labels' in bbox ? 'labels' : null;
    if (key === null) continue;
    const names = bbox[key];
    if (!Array.isArray(names) || names.length === 0) continue;
    for (const k of ['x', 'y', 'width', 'height']) if (!(k in bbox)) throw new Error(`VOC export: a region has no ${k}`);
    // int() truncates toward zero.
    const x = Math.trunc((Number(bbox.x) / 100) * Number(width));
    const y = Math.trunc((Number(bbox.y) / 100) * Number(height));
    const w = Math.trunc((Number(bbox.width) / 100) * Number(width));
    const h = Math.trunc((Number(bbox.height) / 100) * Number(height));
    objects.push([
      'object',
      [
        ['name', pyStr(names[0])],
        ['pose', 'Unspecified'],
        ['truncated', '0'],
        ['difficult', '0'],
        [
          'bndbox',
          [
            ['xmin', String(x)],
            ['ymin', String(y)],
            ['xmax', String(x + w)],
            ['ymax', String(y + h)],
          ],
        ],
      ],
    ]);
  }
  const root: XmlNode = [
    'annotation',
    [
      ['folder', 'images'],
      ['filename', imageName],
      [
        'source',
        [
          ['database', 'MyDatabase'],
          ['annotation', 'COCO2017'],
          ['image', 'flickr'],
          ['flickrid', 'NULL'],
          ['annotator', pyStr(getAnnotator(item, ''))],
        ],
      ],
      [
        'owner',
        [
          ['flickrid', 'NULL'],
          ['name', 'Label Studio'],
        ],
      ],
      [
        'size',
        [
          ['width', pyStr(width)],
          ['height', pyStr(height)],
          ['depth', String(channels)],
        ],
      ],
      ['segmented', '0'],
      ...objects,
    ],
  ];
  return '<?xml version="1.0" encoding="utf-8"?>\n' + renderXml(root);
}

/**
 * Writes Label Studio's Pascal VOC export: `Annotations/<image>.xml` per annotated image with
 * one `<object>` per labelled rectangle (rotation ignored, pixel values truncated). The image
 * size comes from the first region's `original_width/height`; regions without them skip the item.
 * One pass; see EntrySink for images shared by several tasks.
 */
export async function* writeVoc(
  source: TaskSource,
  config: ExportConfig,
  options: ExportOptions = {},
): AsyncGenerator<ExportEntry> {
  const schema = new ExportSchema(config);
  const sink = new EntrySink();
  let started = false;
  yield { path: 'images/', content: '' };
  for await (const item of exportItems(taskPasses(source, 1)(), schema)) {
    if (!started) yield { path: 'Annotations/', content: '' };
    started = true;
    const src = item.input[schema.dataKey];
    const image = await resolveImage(src === undefined || src === null ? '' : pyStr(src), item, options);
    if (item.output.size === 0) continue;
    const bboxes: RegionValue[] = [];
    for (const values of item.output.values()) bboxes.push(...values);
    const first = bboxes[0];
    if (!('original_width' in first) || !('original_height' in first)) continue;
    const imageName = pathBasename(image.path);
    const xml = vocXml(item, imageName, bboxes, first.original_width, first.original_height, image.channels ?? 3);
    const done = sink.write(`Annotations/${pathSplitext(imageName)[0]}.xml`, xml, 'w');
    if (done) yield done;
  }
  const rest = sink.flush();
  if (rest) yield rest;
}
