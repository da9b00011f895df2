import path from 'node:path';
import type { Readable } from 'node:stream';
import { CsvReadError, JsonReadError, readCsv, readJsonArray, readJsonLines, readLines } from '@groundwork/formats';
import type { LabelConfig } from '@groundwork/label-config';
import { AppError } from '../../platform/errors';

/** How an uploaded file becomes tasks. */
export type SourceFormat = 'json' | 'jsonl' | 'csv' | 'tsv' | 'txt' | 'image' | 'audio' | 'video' | 'pdf' | 'html';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.txt': 'txt',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.bmp': 'image',
  '.webp': 'image',
  '.svg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.wav': 'audio',
  '.mp3': 'audio',
  '.flac': 'audio',
  '.m4a': 'audio',
  '.ogg': 'audio',
  '.opus': 'audio',
  '.mp4': 'video',
  '.webm': 'video',
  '.mov': 'video',
  '.avi': 'video',
  '.mkv': 'video',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'html',
};

/** Object tags that show each kind of media file, best first. */
const MEDIA_TAGS: Partial<Record<SourceFormat, string[]>> = {
  image: ['Image'],
  audio: ['Audio', 'AudioPlus'],
  video: ['Video'],
  pdf: ['Pdf', 'Image'],
  html: ['HyperText'],
  txt: ['Text', 'HyperText'],
};

/** Label Studio's key for data that no `$variable` of the config names. */
export const UNDEFINED_KEY = '$undefined$';

export function sourceFormat(fileName: string): SourceFormat | undefined {
  return BY_EXTENSION[path.extname(fileName).toLowerCase()];
}

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

export function isMedia(format: SourceFormat): boolean {
  return !['json', 'jsonl', 'csv', 'tsv', 'txt'].includes(format);
}

/**
 * The data key a media file or a text line goes under: the key of the first object tag that
 * shows that kind of content, else the config's only key, else Label Studio's `$undefined$`.
 */
export function mediaDataKey(config: LabelConfig | undefined, format: SourceFormat): string {
  const objects = config?.objects ?? [];
  for (const tag of MEDIA_TAGS[format] ?? []) {
    const match = objects.find((o) => o.tag === tag && o.dataKey);
    if (match?.dataKey) return match.dataKey;
  }
  const keys = [...new Set(objects.map((o) => o.dataKey).filter((k): k is string => !!k))];
  return keys.length === 1 ? keys[0] : UNDEFINED_KEY;
}

/** One raw task read from a file, with where it was found (for error messages). */
export interface SourceItem {
  item: unknown;
  where: string;
}

/**
 * Streams raw tasks from a file: JSON (a list or one task), JSON Lines, CSV/TSV (one task per
 * row, columns as data), TXT (one task per line). Memory stays bounded by one task.
 */
export async function* readSource(format: SourceFormat, source: Readable, textKey: string): AsyncGenerator<SourceItem> {
  try {
    switch (format) {
      case 'json':
        for await (const { index, value } of readJsonArray(source)) yield { item: value, where: `task #${index}` };
        return;
      case 'jsonl':
        for await (const { line, value } of readJsonLines(source)) yield { item: value, where: `line ${line}` };
        return;
      case 'csv':
      case 'tsv':
        for await (const row of readCsv(source, { delimiter: format === 'tsv' ? '\t' : ',' }))
          yield { item: row.values, where: `line ${row.line}` };
        return;
      case 'txt':
        for await (const { line, text } of readLines(source))
          if (text.trim()) yield { item: { [textKey]: text }, where: `line ${line}` };
        return;
      default:
        throw new AppError(400, 'invalid_import', `${format} files are imported as one task each, not read`);
    }
  } catch (e) {
    if (e instanceof CsvReadError) throw new AppError(400, 'invalid_import', `line ${e.line}: ${e.message}`);
    if (e instanceof JsonReadError)
      throw new AppError(400, 'invalid_import', e.message.startsWith('line') ? e.message : `task #${e.index}: ${e.message}`);
    throw e;
  }
}
