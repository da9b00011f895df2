/** The shapes every export writer shares: formats, output entries, and the options a writer takes. */
import type { ExportConfig } from './export-schema';
import type { LsFormatName } from './ls-format-names';
import type { TaskSource } from './task-source';

/** A piece of an output file. */
export type ExportChunk = string | Uint8Array;

/**
 * One member of a multi-file export (a zip, in the server). `content` may itself be a stream
 * (COCO's result.json). A path ending in `/` is a directory the converter creates even when it
 * stays empty (`images/` when images are not downloaded); its content is empty.
 *
 * Label Studio writes these as files in a folder, so a later file with the same path replaces an
 * earlier one; writers repeat a path only when Label Studio would overwrite it, and the consumer
 * must keep the last entry (see each writer).
 */
export interface ExportEntry {
  path: string;
  content: ExportChunk | AsyncIterable<ExportChunk>;
}

/** What is known about one image without reading it (this package does no I/O). */
export interface ImageInfo {
  /**
   * The path the converter would record for it, relative to the export folder
   * (e.g. `images/photo.jpg`). Absent: use Label Studio's own naming (see media-path).
   */
  path?: string;
  /** Pixel size, when the caller has it (the converter reads it from the image file). */
  width?: number;
  height?: number;
  /** Colour channels (VOC `depth`); 3 when unknown, as in Label Studio. */
  channels?: number;
}

/** What is known about one audio file, for the ASR manifest. */
export interface AudioInfo {
  /** Path written as `audio_filepath`. Absent: `audio/<file name>`, as Label Studio writes it. */
  path?: string;
  /** Length in seconds. Label Studio skips a task whose audio it cannot measure. */
  duration?: number;
}

export interface ExportOptions {
  /** Clock for COCO's and YOLO's `info` block (Label Studio uses the local time of the export). */
  now?: Date;
  /**
   * Looks up an image referenced by a task (`data.image`), e.g. from stored upload metadata.
   * Without it, images count as not downloaded: sizes come from `original_width/height` of the
   * results, and paths follow Label Studio's naming for media it could not fetch. COCO reads the
   * tasks twice, so it may ask about an image twice.
   */
  resolveImage?: (src: string, task: { id: number }) => ImageInfo | undefined | Promise<ImageInfo | undefined>;
  /**
   * Looks up an audio file for the ASR manifest. Without it, the duration is taken from the
   * results' `original_length` (Label Studio reads the file instead) and the task is skipped
   * when no result has one.
   */
  resolveAudio?: (src: string, task: { id: number }) => AudioInfo | undefined | Promise<AudioInfo | undefined>;
}

interface FormatBase {
  name: LsFormatName;
  /** Title Label Studio shows in its export dialog. */
  title: string;
  description: string;
}

/** A format whose output is one file, streamed in chunks. */
export interface FileExportFormat extends FormatBase {
  kind: 'file';
  /** Name of the file in Label Studio's output folder. */
  fileName: string;
  contentType: string;
  write(source: TaskSource, config: ExportConfig, options?: ExportOptions): AsyncIterable<ExportChunk>;
}

/**
 * A format whose output is a folder of files. Label Studio zips the folder, except when it holds
 * a single file, which it sends as is.
 */
export interface ArchiveExportFormat extends FormatBase {
  kind: 'archive';
  write(source: TaskSource, config: ExportConfig, options?: ExportOptions): AsyncIterable<ExportEntry>;
}

export type ExportFormat = FileExportFormat | ArchiveExportFormat;
