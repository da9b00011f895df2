import { brushAlpha, decodeBrushRle } from '../export/brush-rle';
import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportEntry } from '../export/format.types';
import { exportItems, type ExportItem } from '../export/export-items';
import { encodeGrayPng } from '../export/png-encoder';
import { pyStr } from '../export/python';
import { taskPasses, type TaskSource } from '../export/task-source';

/** The annotator part of a mask's file name: email (or id), keeping only letters, digits, `@` and `.`. */
function annotatorForFileName(item: ExportItem): string {
  const by = item.completedBy;
  const raw = by !== null && typeof by === 'object' && !Array.isArray(by) ? ((by as Record<string, unknown>).email ?? '') : by;
  return Array.from(pyStr(raw))
    .filter((c) => /^[\p{L}\p{N}@.]$/u.test(c))
    .join('');
}

/**
 * Writes Label Studio's BRUSH_TO_PNG export: one grayscale PNG per brush region,
 * `task-<id>-annotation-<id>-by-<annotator>-<control>-<labels>-<n>.png`, the mask's alpha channel.
 * One pass; each mask is decoded, encoded and handed on before the next is read.
 */
export async function* writeBrushPng(source: TaskSource, config: ExportConfig): AsyncGenerator<ExportEntry> {
  const schema = new ExportSchema(config);
  for await (const item of exportItems(taskPasses(source, 1)(), schema)) {
    const by = annotatorForFileName(item);
    for (const [fromName, results] of item.output) {
      const counters = new Map<string, number>();
      for (const result of results) {
        const type = String(result.type).toLowerCase();
        const key = type === 'brushlabels' ? 'brushlabels' : type === 'labels' ? 'labels' : null;
        if (key === null || !('rle' in result)) continue;
        const labels = key in result && Array.isArray(result[key]) ? (result[key] as unknown[]).map(pyStr) : ['no_label'];
        let name = `${fromName}-${labels.join('-')}`;
        const n = counters.get(name) ?? 0;
        counters.set(name, n + 1);
        name += `-${n}`;
        const width = Number(result.original_width);
        const height = Number(result.original_height);
        const mask = brushAlpha(decodeBrushRle(result.rle as number[]), width, height);
        const fileName = `task-${pyStr(item.id)}-annotation-${pyStr(item.annotationId)}-by-${by}-${name.replace(/[/\\]/g, '-')}`;
        yield { path: `${fileName}.png`, content: encodeGrayPng(mask, width, height) };
      }
    }
  }
}
