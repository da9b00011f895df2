import { ExportSchema, type ExportConfig } from './export-schema';
import { LS_FORMAT_NAMES, type LsFormatName } from './ls-format-names';

/**
 * The export formats Label Studio offers for a labeling config (`GET /api/projects/{id}/export/formats`),
 * by the same rules as its converter's `_get_supported_formats`, in the same order. It names
 * formats this package doesn't write too (see EXPORT_FORMATS for those it does).
 *
 * @example
 * supportedFormats({
 *   objects: [{ name: 'image', type: 'Image', value: '$image' }],
 *   controls: [{ name: 'box', type: 'RectangleLabels', toName: ['image'], labels: ['Car'] }],
 * }); // ['JSON', 'JSON_MIN', 'CSV', 'TSV', 'COCO', 'VOC', 'YOLO', 'YOLO_OBB', 'CSV_OLD', …]
 */
export function supportedFormats(config: ExportConfig): LsFormatName[] {
  const schema = new ExportSchema(config);
  const controls = [...schema.controls.values()];
  const doclang = controls.some((c) => c.type === 'TextArea' || c.type === 'ReactCode' || c.type === 'CustomInterface');
  if (schema.dataKeys.length > 1) {
    const formats: LsFormatName[] = ['JSON', 'JSON_MIN', 'CSV', 'TSV'];
    if (doclang) formats.push('DOCLANG');
    return formats;
  }
  const outputs = new Set(controls.map((c) => c.type));
  const inputs = new Set<string>();
  let multiImage = false;
  for (const c of controls) {
    for (const input of schema.inputsOf(c)) {
      if (input.multiImage) multiImage = true;
      // Text given by URL can't be tokenized offline, so it doesn't count as text.
      if (input.type === 'Text' && input.valueType === 'url') continue;
      inputs.add(input.type);
    }
  }
  const out = new Set<LsFormatName>(LS_FORMAT_NAMES);
  const drop = (...names: LsFormatName[]) => names.forEach((n) => out.delete(n));
  if (!doclang) drop('DOCLANG');
  // COCO and YOLO map keypoints onto rectangle classes; without rectangles there is nothing to map to.
  if (outputs.has('KeyPointLabels') && !outputs.has('RectangleLabels'))
    drop('COCO', 'COCO_WITH_IMAGES', 'YOLO', 'YOLO_WITH_IMAGES');
  if (!(inputs.has('Text') && outputs.has('Labels'))) drop('CONLL2003');
  const image = inputs.has('Image');
  const labels = outputs.has('Labels');
  if (multiImage || !(image && (outputs.has('RectangleLabels') || (outputs.has('Rectangle') && labels)))) drop('VOC');
  const cocoLike =
    (image && (outputs.has('RectangleLabels') || outputs.has('PolygonLabels') || outputs.has('KeyPointLabels'))) ||
    (outputs.has('Rectangle') && labels) ||
    (outputs.has('PolygonLabels') && labels) ||
    (outputs.has('KeyPointLabels') && labels);
  if (multiImage || !cocoLike) drop('COCO', 'COCO_WITH_IMAGES', 'YOLO', 'YOLO_WITH_IMAGES', 'YOLO_OBB', 'YOLO_OBB_WITH_IMAGES');
  if (!(image && (outputs.has('BrushLabels') || outputs.has('brushlabels') || (outputs.has('Brush') && labels)))) {
    drop('BRUSH_TO_NUMPY', 'BRUSH_TO_PNG', 'BRUSH_TO_COCO');
  }
  if (!((inputs.has('Audio') || inputs.has('AudioPlus')) && outputs.has('TextArea'))) drop('ASR_MANIFEST');
  if (multiImage || (inputs.has('Video') && outputs.has('TimelineLabels'))) drop('YOLO_OBB', 'YOLO_OBB_WITH_IMAGES');
  return LS_FORMAT_NAMES.filter((n) => out.has(n));
}
