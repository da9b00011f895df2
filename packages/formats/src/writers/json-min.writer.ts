import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportChunk } from '../export/format.types';
import { exportItems } from '../export/export-items';
import { pyJsonDumps } from '../export/py-json';
import { getAnnotator, prettifyResult } from '../export/records';
import { taskPasses, type TaskSource } from '../export/task-source';

/**
 * Writes Label Studio's JSON-MIN export: a list with one flat record per non-skipped annotation,
 * `{...task.data, id, <control>: prettified value, annotator, annotation_id, created_at,
 * updated_at, lead_time}`. One pass; memory holds one record.
 */
export async function* writeJsonMin(source: TaskSource, config: ExportConfig): AsyncGenerator<ExportChunk> {
  const schema = new ExportSchema(config);
  yield '[\n';
  let first = true;
  for await (const item of exportItems(taskPasses(source, 1)(), schema)) {
    const record = new Map<string, unknown>(Object.entries(item.input));
    if (item.id !== null && item.id !== undefined) record.set('id', item.id);
    for (const [name, values] of item.output) record.set(name, prettifyResult(values));
    record.set('annotator', getAnnotator(item, null, true));
    record.set('annotation_id', item.annotationId);
    record.set('created_at', item.createdAt);
    record.set('updated_at', item.updatedAt);
    record.set('lead_time', item.leadTime);
    if (item.hasAgreement) record.set('agreement', item.agreement);
    yield (first ? '' : ',\n') + pyJsonDumps(record, { flavor: 'ujson', ensureAscii: false, indent: 2 });
    first = false;
  }
  yield '\n]';
}
