// Import readers (streaming task sources).
export { readCsv, readLines, CsvReadError, type CsvOptions, type CsvRow } from './readers/csv.reader';
export { readJsonArray, JsonReadError, type JsonElement } from './readers/json-array.reader';
export { readJsonLines } from './readers/jsonl.reader';

// Export writers: Label Studio's converter formats, from its JSON export.
export type { LsAnnotation, LsResult, LsTask } from './export/ls-task';
export type { ControlTagInfo, ExportConfig, ObjectTagInfo } from './export/export-schema';
export { exportConfigFromTree, type ConfigTreeNode } from './export/config-from-tree';
export type { TaskIterable, TaskSource } from './export/task-source';
export type {
  ArchiveExportFormat,
  AudioInfo,
  ExportChunk,
  ExportEntry,
  ExportFormat,
  ExportOptions,
  FileExportFormat,
  ImageInfo,
} from './export/format.types';
export { LS_FORMAT_NAMES, type LsFormatName } from './export/ls-format-names';
export { EXPORT_FORMATS, findExportFormat } from './export/format-registry';
export { supportedFormats } from './export/formats-for-config';
export { exportItems, type ExportItem, type RegionValue } from './export/export-items';
export { writeCsv, writeTsv, type CsvWriterOptions } from './writers/csv.writer';
export { writeJsonMin } from './writers/json-min.writer';
export { writeConll } from './writers/conll.writer';
export { writeCoco, writeCocoJson } from './writers/coco.writer';
export { writeYolo, type YoloWriterOptions } from './writers/yolo.writer';
export { writeVoc } from './writers/voc.writer';
export { writeAsrManifest, writeAsrManifestLines } from './writers/asr-manifest.writer';
export { writeBrushPng } from './writers/brush-png.writer';
