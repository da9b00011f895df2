import type { ExportOptions } from './format.types';
import type { ExportItem } from './export-items';
import { lsCachedMediaPath } from './media-path';

/** An image as the converter sees it: the path it records and, if it could read the file, its size. */
export interface ResolvedImage {
  path: string;
  width?: number;
  height?: number;
  channels?: number;
}

/**
 * Finds the path and size the converter would use for an image URL. The caller's resolver wins;
 * otherwise the image counts as not downloaded (see lsCachedMediaPath).
 */
export async function resolveImage(src: string, item: ExportItem, options: ExportOptions): Promise<ResolvedImage> {
  const info = options.resolveImage ? await options.resolveImage(src, { id: item.id }) : undefined;
  return {
    path: info?.path ?? lsCachedMediaPath(src) ?? src,
    width: info?.width,
    height: info?.height,
    channels: info?.channels,
  };
}

/** Python's `str(now)` for a naive local datetime: `2024-05-01 12:34:56.789000`. */
export function pyDatetimeStr(d: Date): string {
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  const base = `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  const ms = d.getMilliseconds();
  return ms === 0 ? base : `${base}.${p(ms, 3)}000`;
}
