import { createHash } from 'node:crypto';
import { pathBasename, pyUrlParse } from './python';

function isCloudUri(url: string): boolean {
  return url.startsWith('s3:') || url.startsWith('gs:') || url.startsWith('azure-blob:');
}

/**
 * The path Label Studio's converter records for a media URL it does not download (COCO, YOLO
 * and VOC without images), relative to the export folder, or null when it keeps the URL as is.
 *
 * The converter asks its downloader for a local path even when not downloading. For a plain URL
 * the answer is the cache file it would have written: `images/<md5(url)[:8]>__<file name>`.
 * Uploaded files (`/data/upload/…`), Local Storage (`/data/local-files/?d=…`), the storage
 * proxy and cloud URIs (`s3://`, `gs://`, `azure-blob://`) need a Label Studio host to resolve;
 * without one (as in an offline conversion) the converter keeps the original URL.
 */
export function lsCachedMediaPath(url: string, cacheDir = 'images'): string | null {
  let u = url;
  if (u.startsWith('upload') || u.startsWith('/upload')) u = '/data' + (u.startsWith('/') ? '' : '/') + u;
  const parsed = pyUrlParse(u);
  const needsHost =
    u.startsWith('/data/upload') ||
    (u.startsWith('/data/') && u.includes('?d=')) ||
    isCloudUri(u) ||
    parsed.path.startsWith('/storage-data/uploaded') ||
    parsed.path.startsWith('storage-data/uploaded');
  if (needsHost) return null;
  const hash = createHash('md5').update(u, 'utf8').digest('hex').slice(0, 8);
  return `${cacheDir}/${hash}__${pathBasename(parsed.path)}`;
}
