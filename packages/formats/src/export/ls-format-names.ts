// The one list of names: the type is derived from it, so the two can't disagree.
const NAMES = [
  'JSON',
  'JSON_MIN',
  'CSV',
  'TSV',
  'CONLL2003',
  'COCO',
  'VOC',
  'BRUSH_TO_NUMPY',
  'BRUSH_TO_PNG',
  'ASR_MANIFEST',
  'YOLO',
  'YOLO_OBB',
  'CSV_OLD',
  'YOLO_WITH_IMAGES',
  'COCO_WITH_IMAGES',
  'YOLO_OBB_WITH_IMAGES',
  'BRUSH_TO_COCO',
  'DOCLANG',
] as const;

/** Label Studio's export format names (`Converter` `Format` enum). */
export type LsFormatName = (typeof NAMES)[number];

/** Every format of Label Studio's converter, in its `Format` enum order. */
export const LS_FORMAT_NAMES: readonly LsFormatName[] = NAMES;
