import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportChunk } from '../export/format.types';
import { exportItems, type ExportItem } from '../export/export-items';
import { pyJsonDumps } from '../export/py-json';
import { compareCodePoints, isPyInt, pyFloatRepr, pyIntStr, PyFloat } from '../export/python';
import { chatTranscript, getAnnotator, isChat, prettifyResult } from '../export/records';
import { taskPasses, type TaskSource } from '../export/task-source';

export interface CsvWriterOptions {
  /** Field separator: `,` for CSV, a tab for TSV. */
  delimiter?: string;
  /** Write the header row (Label Studio's `csv_header`, on by default). */
  header?: boolean;
}

/** Columns every row has, whatever the data. */
const FIXED_COLUMNS = ['annotator', 'annotation_id', 'created_at', 'updated_at', 'lead_time'];

const UJSON_UNICODE = { flavor: 'ujson', ensureAscii: false } as const;

function isContainer(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !(v instanceof PyFloat);
}

/**
 * What decides the column set, gathered in one pass: Label Studio's header is the sorted union
 * of every row's keys, and a data key that is also a control name is renamed `_data_<key>` in
 * every row once it collides anywhere.
 */
class ColumnScan {
  readonly inputKeys = new Set<string>();
  readonly outputKeys = new Set<string>();
  readonly transcripts = new Set<string>();
  hasId = false;
  hasAgreement = false;
  hasHistory = false;

  add(item: ExportItem): void {
    for (const k of Object.keys(item.input)) this.inputKeys.add(k);
    for (const [name, values] of item.output) {
      this.outputKeys.add(name);
      if (isChat(values)) this.transcripts.add(`${name}_transcript`);
    }
    if (item.id !== null && item.id !== undefined) this.hasId = true;
    if (item.hasAgreement) this.hasAgreement = true;
    if (hasHistory(item)) this.hasHistory = true;
  }

  colliding(): Set<string> {
    return new Set([...this.inputKeys].filter((k) => this.outputKeys.has(k)));
  }

  columns(): string[] {
    const colliding = this.colliding();
    const keys = new Set<string>(FIXED_COLUMNS);
    for (const k of this.inputKeys) keys.add(colliding.has(k) ? `_data_${k}` : k);
    if (this.hasId) keys.add('id');
    for (const k of this.outputKeys) keys.add(k);
    for (const k of this.transcripts) keys.add(k);
    if (this.hasAgreement) keys.add('agreement');
    if (this.hasHistory) keys.add('history');
    return [...keys].sort(compareCodePoints);
  }
}

function hasHistory(item: ExportItem): boolean {
  const h = item.history;
  if (h === null || h === undefined || h === false || h === 0 || h === '') return false;
  if (Array.isArray(h)) return h.length > 0;
  if (typeof h === 'object') return Object.keys(h).length > 0;
  return true;
}

/** The converter's CSV record of one item (`csv2.prepare_annotation`). */
function csvRecord(item: ExportItem, colliding: Set<string>): Map<string, unknown> {
  const record = new Map<string, unknown>();
  if (item.id !== null && item.id !== undefined) record.set('id', item.id);
  for (const [name, values] of item.output) {
    const pretty = prettifyResult(values);
    record.set(name, typeof pretty === 'string' ? pretty : pyJsonDumps(pretty, UJSON_UNICODE));
    if (isChat(values)) record.set(`${name}_transcript`, chatTranscript(pretty));
  }
  for (const [name, value] of Object.entries(item.input)) {
    const column = colliding.has(name) ? `_data_${name}` : name;
    record.set(column, isContainer(value) ? pyJsonDumps(value, UJSON_UNICODE) : value);
  }
  record.set('annotator', getAnnotator(item));
  record.set('annotation_id', item.annotationId);
  record.set('created_at', item.createdAt);
  record.set('updated_at', item.updatedAt);
  record.set('lead_time', item.leadTime);
  if (item.hasAgreement) record.set('agreement', item.agreement);
  if (hasHistory(item)) record.set('history', pyJsonDumps(item.history, UJSON_UNICODE));
  return record;
}

/**
 * One field as Python's csv module writes it with QUOTE_NONNUMERIC: numbers and booleans bare,
 * everything else (None included) quoted, quotes doubled.
 */
function csvField(value: unknown): string {
  if (typeof value === 'number') return isPyInt(value) ? pyIntStr(value) : pyFloatRepr(value);
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (value === true) return 'True';
  if (value === false) return 'False';
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

function csvLine(fields: unknown[], delimiter: string): string {
  return fields.map(csvField).join(delimiter) + '\r\n';
}

/**
 * Writes Label Studio's CSV (or, with a tab delimiter, TSV) export: one row per non-skipped
 * annotation (and one per task without annotations), columns sorted by name. Complex values
 * are JSON-encoded in their cells.
 *
 * The header needs every row's columns, so this reads the tasks twice: once to collect the
 * column set (a handful of names, whatever the project size), once to write rows. Pass a
 * function as `source` to stream both passes from storage; see TaskSource.
 *
 * @example
 * for await (const chunk of writeCsv(tasks, config)) response.write(chunk);
 */
export async function* writeCsv(
  source: TaskSource,
  config: ExportConfig,
  options: CsvWriterOptions = {},
): AsyncGenerator<ExportChunk> {
  const delimiter = options.delimiter ?? ',';
  const schema = new ExportSchema(config);
  const open = taskPasses(source, 2);
  const scan = new ColumnScan();
  for await (const item of exportItems(open(), schema)) scan.add(item);
  const columns = scan.columns();
  const colliding = scan.colliding();
  if (options.header ?? true)
    yield csvLine(
      columns.map((c) => c),
      delimiter,
    );
  for await (const item of exportItems(open(), schema)) {
    const record = csvRecord(item, colliding);
    yield csvLine(
      columns.map((c) => (record.has(c) ? record.get(c) : '')),
      delimiter,
    );
  }
}

/** Label Studio's TSV export: the CSV export with tabs between fields. */
export function writeTsv(source: TaskSource, config: ExportConfig): AsyncGenerator<ExportChunk> {
  return writeCsv(source, config, { delimiter: '\t' });
}
