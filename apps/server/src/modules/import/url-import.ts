import path from 'node:path';
import type { AppConfig } from '../../config';
import { safeFetch } from '../../platform/net/ssrf';
import type { ImportService } from './import.service';
import { sourceFormat } from './import-sources';
import type { FileUploadRow, ProjectRow } from '../../platform/db/schema';

/** Extensions for content types, for URLs whose path names no file type. */
const BY_CONTENT_TYPE: Record<string, string> = {
  'application/json': '.json',
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'text/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'text/plain': '.txt',
  'text/html': '.html',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'audio/mpeg': '.mp3',
  'audio/wav': '.wav',
  'video/mp4': '.mp4',
  'application/pdf': '.pdf',
};

/** The file name of a download: the last segment of the URL's path, as Label Studio takes it. */
function fileNameOf(url: URL, contentType: string): string {
  let base = '';
  try {
    base = decodeURIComponent(path.posix.basename(url.pathname));
  } catch {
    base = path.posix.basename(url.pathname);
  }
  if (base && sourceFormat(base)) return base;
  const ext = BY_CONTENT_TYPE[contentType.split(';')[0].trim().toLowerCase()];
  return ext ? `${base || 'import'}${ext}` : base || 'import';
}

/**
 * Label Studio's import from a URL: the file is fetched (public addresses only, unless allowed;
 * within the upload size limit and a time limit), streamed into the file store as an upload, and
 * then imported by the same job as an uploaded file: a JSON/CSV/TSV/TXT file gives its tasks (a
 * text file of URLs, one task per line), a media file one task.
 */
export async function uploadFromUrl(
  imports: ImportService,
  config: AppConfig,
  project: ProjectRow,
  userId: number,
  url: string,
): Promise<FileUploadRow> {
  const fetched = await safeFetch(url.trim(), {
    allowPrivate: config.allowPrivateUrls,
    timeoutMs: config.urlImportTimeoutSeconds * 1000,
    maxBytes: config.uploadMaxBytes,
  });
  return imports.upload(project, userId, fileNameOf(fetched.url, fetched.contentType), fetched.body);
}
