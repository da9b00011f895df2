// Import readers (streaming task sources).
export { readCsv, readLines, CsvReadError, type CsvOptions, type CsvRow } from './readers/csv.reader';
export { readJsonArray, JsonReadError, type JsonElement } from './readers/json-array.reader';
export { readJsonLines } from './readers/jsonl.reader';

// Export writers: Label Studio's converter formats, from its JSON export.
export type { LsAnnotation, LsResult, LsTask } from './export/ls-task';
export type { ControlTagInfo, ExportConfig, ObjectTagInfo } from './export/export-config';
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
  LsFormatName,
} from './export/export-format';
export { EXPORT_FORMATS, findExportFormat } from './export/export-formats';
export { LS_FORMAT_NAMES, supportedFormats } from './export/supported-formats';
export { exportItems, type ExportItem, type RegionValue } from './export/export-items';
export { writeCsv, writeTsv, type CsvWriterOptions } from './writers/csv.writer';
export { writeJsonMin } from './writers/json-min.writer';
export { writeConll } from './writers/conll.writer';
export { writeCoco, writeCocoJson } from './writers/coco.writer';
export { writeYolo, type YoloWriterOptions } from './writers/yolo.writer';
export { writeVoc } from './writers/voc.writer';
export { writeAsrManifest, writeAsrManifestLines } from './writers/asr-manifest.writer';
export { writeBrushPng } from './writers/brush-png.writer';
