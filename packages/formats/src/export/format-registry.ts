import { writeAsrManifest } from '../writers/asr-manifest.writer';
import { writeBrushPng } from '../writers/brush-png.writer';
import { writeCoco } from '../writers/coco.writer';
import { writeConll } from '../writers/conll.writer';
import { writeCsv, writeTsv } from '../writers/csv.writer';
import { writeJsonMin } from '../writers/json-min.writer';
import { writeVoc } from '../writers/voc.writer';
import { writeYolo } from '../writers/yolo.writer';
import type { ExportFormat } from './format.types';
import type { LsFormatName } from './ls-format-names';

/**
 * The export formats this package writes, with Label Studio's names and titles. The raw JSON
 * export is the task list itself and needs no writer.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: 'JSON_MIN',
    title: 'JSON-MIN',
    description: 'List of items where only "from_name", "to_name" values from the raw JSON format are exported.',
    kind: 'file',
    fileName: 'result.json',
    contentType: 'application/json',
    write: (source, config) => writeJsonMin(source, config),
  },
  {
    name: 'CSV',
    title: 'CSV',
    description:
      'Results are stored as comma-separated values with the column names specified by the values of the "from_name" and "to_name" fields.',
    kind: 'file',
    fileName: 'result.csv',
    contentType: 'text/csv',
    write: (source, config) => writeCsv(source, config),
  },
  {
    name: 'TSV',
    title: 'TSV',
    description: 'Results are stored in tab-separated tabular file with column names specified by "from_name" "to_name" values',
    kind: 'file',
    // Label Studio's converter names the TSV file result.csv too.
    fileName: 'result.csv',
    contentType: 'text/tab-separated-values',
    write: (source, config) => writeTsv(source, config),
  },
  {
    name: 'CONLL2003',
    title: 'CONLL2003',
    description: 'Popular format used for the CoNLL-2003 named entity recognition challenge.',
    kind: 'file',
    fileName: 'result.conll',
    contentType: 'text/plain',
    write: (source, config) => writeConll(source, config),
  },
  {
    name: 'COCO',
    title: 'COCO',
    description:
      'Popular machine learning format used by the COCO dataset for object detection and image segmentation tasks with polygons and rectangles.',
    kind: 'archive',
    write: (source, config, options) => writeCoco(source, config, options),
  },
  {
    name: 'VOC',
    title: 'Pascal VOC XML',
    description: 'Popular XML format used for object detection and polygon image segmentation tasks.',
    kind: 'archive',
    write: (source, config, options) => writeVoc(source, config, options),
  },
  {
    name: 'BRUSH_TO_PNG',
    title: 'Brush labels to PNG',
    description: 'Export your brush labels as PNG images. Each label outputs as one image.',
    kind: 'archive',
    write: (source, config) => writeBrushPng(source, config),
  },
  {
    name: 'ASR_MANIFEST',
    title: 'ASR Manifest',
    description:
      'Export audio transcription labels for automatic speech recognition as the JSON manifest format expected by NVIDIA NeMo models.',
    kind: 'archive',
    write: (source, config, options) => writeAsrManifest(source, config, options),
  },
  {
    name: 'YOLO',
    title: 'YOLO',
    description:
      'Popular TXT format is created for each image file. Each txt file contains annotations for the corresponding image file, that is object class, object coordinates, height & width.',
    kind: 'archive',
    write: (source, config, options) => writeYolo(source, config, options),
  },
  {
    name: 'YOLO_OBB',
    title: 'YOLOv8 OBB',
    description:
      'Popular TXT format is created for each image file. Each txt file contains annotations for the corresponding image file. The YOLO OBB format designates bounding boxes by their four corner points with coordinates normalized between 0 and 1, so it is possible to export rotated objects.',
    kind: 'archive',
    write: (source, config, options) => writeYolo(source, config, { ...options, obb: true }),
  },
];

/** The writer for a Label Studio format name, or undefined if this package doesn't write it. */
export function findExportFormat(name: LsFormatName | string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
