import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readJsonArray, type LsFormatName, type LsTask } from '@groundwork/formats';
import { now, parseJson, toJson } from '../../platform/db/dialect';
import { conflict, notFound } from '../../platform/errors';
import type { Repositories } from '../../repositories';
import type { DmService } from '../data-manager';
import { exportBaseName, type ExportFile, type ExportService, type TaskQuery } from './export.service';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { AnnotationRow, ExportRow, ProjectRow, TaskRow, UserRow } from '../../platform/db/schema';

type OnlyExclude = 'only' | 'exclude' | null | undefined;

/** Label Studio's `task_filter_options`. */
export interface TaskFilterOptions {
  view?: number | null;
  skipped?: OnlyExclude;
  finished?: OnlyExclude;
  annotated?: OnlyExclude;
  reviewed?: OnlyExclude;
  only_with_annotations?: boolean | null;
}

/** Label Studio's `annotation_filter_options`: which annotations a snapshot keeps (any of). */
export interface AnnotationFilterOptions {
  usual?: boolean | null;
  ground_truth?: boolean | null;
  skipped?: boolean | null;
  reviewed?: OnlyExclude;
}

/** Label Studio's `serialization_options`. */
export interface SerializationOptions {
  drafts?: { only_id?: boolean } | null;
  predictions?: { only_id?: boolean } | null;
  annotations__completed_by?: { only_id?: boolean } | null;
  include_annotation_history?: boolean | null;
  interpolate_key_frames?: boolean | null;
}

export interface SnapshotInput {
  title?: string;
  task_filter_options?: TaskFilterOptions;
  annotation_filter_options?: AnnotationFilterOptions;
  serialization_options?: SerializationOptions;
}

export interface ConvertedFormat {
  id: number;
  export_type: string;
  status: 'created' | 'in_progress' | 'completed' | 'failed';
  traceback: string | null;
  /** Path under the export root, once completed. */
  file?: string;
  file_name?: string;
  content_type?: string;
  /**
   * Label Studio's `download_resources` as the conversion was asked with it (whether VOC bundles
   * the images; see ExportService's `withMedia`); absent: the default (bundle them).
   */
  download_resources?: boolean;
}

/** Label Studio's defaults: all tasks, the usual annotations (not skipped, not ground truth), ids of users. */
const DEFAULT_ANNOTATION_FILTER: AnnotationFilterOptions = { usual: true };

/** The snapshot's Label Studio file name (`project-…-at-….json`); stored files carry the snapshot id first. */
function snapshotName(file: string): string {
  return path.basename(file).replace(/^\d+-/, '');
}

function applyOnlyExclude(value: OnlyExclude, test: boolean): boolean {
  if (value === 'only') return test;
  if (value === 'exclude') return !test;
  return true;
}

const BUSY = new Set(['created', 'in_progress']);
/** A snapshot in progress that has not recorded a heartbeat for this long belonged to a process that died. */
const STALE_MS = 10 * 60 * 1000;
/** How often a running snapshot refreshes `updated_at`, its heartbeat. */
const HEARTBEAT_MS = 5000;

/**
 * Export snapshots, as Label Studio's `/exports/` API has them: a snapshot freezes the project's
 * tasks (filtered as asked) into a JSON file in `<dataDir>/export/`, in the background, and can
 * then be converted to any format or downloaded again, whatever changes in the project later.
 *
 * Snapshots and conversions are jobs on the shared job queue (in this process on SQLite; pg-boss
 * on PostgreSQL, so `groundwork worker` processes can make them). The row holds the state
 * (`created → in_progress → completed | failed`); a file is written under a temporary name and
 * renamed only once complete, and the row says `completed` only after that, so a crash never
 * leaves a half snapshot marked completed.
 */
export class ExportSnapshotService {
  private readonly root: string;

  constructor(
    private readonly repos: Repositories,
    private readonly exports: ExportService,
    private readonly dm: DmService,
    dataDir: string,
    private readonly queue: JobQueue,
  ) {
    this.root = path.resolve(dataDir, 'export');
  }

  list(project: ProjectRow): Promise<ExportRow[]> {
    return this.repos.exports.list(project.id);
  }

  async get(project: ProjectRow, id: number): Promise<ExportRow> {
    const row = await this.repos.exports.find(project.id, id);
    if (!row) throw notFound();
    return row;
  }

  /** The users who made these snapshots, by id (for the `created_by` object). */
  async creators(rows: ExportRow[]): Promise<Map<number, UserRow>> {
    const ids = [...new Set(rows.map((r) => r.created_by).filter((id): id is number => id !== null))];
    return new Map((await this.repos.users.findByIds(ids)).map((u) => [u.id, u]));
  }

  /** Records the snapshot and queues its export; returns at once with status `created`. */
  async create(project: ProjectRow, userId: number, input: SnapshotInput): Promise<ExportRow> {
    const at = new Date();
    const taskFilter = input.task_filter_options ?? {};
    // Resolve the view now, so a bad one is a 400 rather than a failed snapshot.
    if (taskFilter.view) await this.dm.taskSelection(project.id, { view: taskFilter.view });
    const row = await this.repos.exports.insert({
      project_id: project.id,
      created_by: userId,
      title: input.title?.trim() || `${project.title} at ${at.toISOString().slice(0, 16).replace('T', ' ')}`,
      status: 'created',
      md5: '',
      counters: toJson({}),
      converted_formats: toJson([]),
      task_filter_options: toJson(taskFilter),
      annotation_filter_options: toJson({ ...DEFAULT_ANNOTATION_FILTER, ...input.annotation_filter_options }),
      serialization_options: toJson(input.serialization_options ?? {}),
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    });
    await this.queue.enqueue('export-snapshot', { id: row.id });
    return row;
  }

  /**
   * Waits until the work queued for a snapshot (its export and conversions) is done, whichever
   * process runs it; returns at once for a snapshot that no longer exists.
   */
  async settled(id: number): Promise<void> {
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      const row = await this.repos.exports.findById(id);
      if (!row) return;
      const formats = parseJson<ConvertedFormat[]>(row.converted_formats) ?? [];
      if (!BUSY.has(row.status) && !formats.some((f) => BUSY.has(f.status))) return;
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  async delete(row: ExportRow): Promise<void> {
    await this.repos.exports.delete(row.id);
    await this.removeFiles(row);
  }

  /**
   * Queues a conversion of a completed snapshot (Label Studio's `convert`); returns its entry.
   * `downloadResources` is kept on the entry, so whichever process runs the job honours it; a
   * conversion already made or under way is returned as it is, as asked the first time.
   */
  async convert(
    project: ProjectRow,
    row: ExportRow,
    exportType: string,
    downloadResources?: boolean | null,
  ): Promise<ConvertedFormat> {
    const format = this.exports.assertFormat(project, exportType);
    if (row.status !== 'completed') throw conflict(`Snapshot ${row.id} is ${row.status}; convert it once it is completed.`);
    const entry = await this.repos.transaction(async (r) => {
      const fresh = await r.exports.findById(row.id);
      if (!fresh) throw notFound();
      const formats = parseJson<ConvertedFormat[]>(fresh.converted_formats) ?? [];
      const existing = formats.find((f) => f.export_type === format);
      if (existing && existing.status !== 'failed') return { entry: existing, queue: false };
      // A retry of a failed conversion is made as asked now, not as asked the first time.
      const next: ConvertedFormat = {
        ...(existing ?? { id: formats.reduce((m, f) => Math.max(m, f.id), 0) + 1, export_type: format }),
        status: 'created',
        traceback: null,
        download_resources: typeof downloadResources === 'boolean' ? downloadResources : undefined,
      };
      await r.exports.update(row.id, {
        converted_formats: toJson(existing ? formats.map((f) => (f.id === next.id ? next : f)) : [...formats, next]),
        updated_at: now(),
      });
      return { entry: next, queue: true };
    });
    if (entry.queue) await this.queue.enqueue('export-convert', { id: row.id });
    return entry.entry;
  }

  /**
   * The snapshot in a format: the JSON as stored, a stored conversion when there is one, else a
   * conversion streamed from the stored JSON (never from the live project).
   */
  async download(project: ProjectRow, row: ExportRow, exportType: string | undefined): Promise<ExportFile> {
    if (row.status !== 'completed' || !row.file)
      throw conflict(`Snapshot ${row.id} is ${row.status}; download it once it is completed.`);
    const format = exportType ? this.exports.assertFormat(project, exportType) : 'JSON';
    const file = this.resolve(row.file);
    if (format === 'JSON')
      return { fileName: snapshotName(row.file), contentType: 'application/json', body: fs.createReadStream(file) };
    const converted = (parseJson<ConvertedFormat[]>(row.converted_formats) ?? []).find(
      (f) => f.export_type === format && f.status === 'completed',
    );
    if (converted?.file && fs.existsSync(this.resolve(converted.file))) {
      return {
        fileName: converted.file_name ?? snapshotName(converted.file),
        contentType: converted.content_type ?? 'application/octet-stream',
        body: fs.createReadStream(this.resolve(converted.file)),
      };
    }
    return this.exports.convert(project, format, () => this.read(file), snapshotName(row.file).replace(/\.json$/, ''));
  }

  /**
   * Marks failed the snapshots a stopped process left unfinished. With an in-process queue every
   * unfinished snapshot is such a leftover; with shared workers only those in progress that
   * stopped their heartbeat (queued ones are still in PostgreSQL's queue).
   */
  async recover(): Promise<number> {
    const inProcess = this.queue.kind === 'in-process';
    const cutoff = Date.now() - STALE_MS;
    const stale = (await this.repos.exports.unfinished()).filter(
      (r) => inProcess || (r.status === 'in_progress' && Date.parse(r.updated_at) <= cutoff),
    );
    for (const row of stale) {
      await this.repos.exports.update(row.id, {
        status: 'failed',
        error: 'The server stopped while this snapshot was being made. Create it again.',
        updated_at: now(),
        finished_at: now(),
      });
    }
    return stale.length;
  }

  private async *read(file: string): AsyncGenerator<LsTask> {
    for await (const { value } of readJsonArray(fs.createReadStream(file))) yield value as LsTask;
  }

  private resolve(file: string): string {
    const full = path.resolve(this.root, file);
    if (!full.startsWith(this.root + path.sep)) throw notFound();
    return full;
  }

  /** Streams an export into the store; returns its md5. The file appears only once complete. */
  private async store(rel: string, body: AsyncIterable<Buffer>): Promise<string> {
    const target = this.resolve(rel);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.part`;
    const hash = crypto.createHash('md5');
    await pipeline(
      Readable.from(body),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          yield chunk;
        }
      },
      fs.createWriteStream(tmp),
    );
    await fsp.rename(tmp, target);
    return hash.digest('hex');
  }

  private async removeFiles(row: ExportRow): Promise<void> {
    const files = [row.file, ...(parseJson<ConvertedFormat[]>(row.converted_formats) ?? []).map((f) => f.file)];
    for (const f of files) if (f) await fsp.rm(this.resolve(f), { force: true });
  }

  /** The query a snapshot's options describe. */
  private async query(row: ExportRow): Promise<TaskQuery> {
    const tf = parseJson<TaskFilterOptions>(row.task_filter_options) ?? {};
    const af = parseJson<AnnotationFilterOptions>(row.annotation_filter_options) ?? {};
    const so = parseJson<SerializationOptions>(row.serialization_options) ?? {};
    const selection = tf.view ? await this.dm.taskSelection(row.project_id, { view: tf.view }) : {};
    const keepTask = (t: TaskRow) =>
      applyOnlyExclude(tf.skipped, t.cancelled_annotations > 0) &&
      applyOnlyExclude(tf.finished, !!t.is_labeled) &&
      applyOnlyExclude(tf.annotated, t.total_annotations > 0);
    const anyAnnotationFilter = !!(af.usual || af.ground_truth || af.skipped);
    const keepAnnotation = (a: AnnotationRow) =>
      !anyAnnotationFilter ||
      (!!af.usual && !a.was_cancelled && !a.ground_truth) ||
      (!!af.ground_truth && !!a.ground_truth) ||
      (!!af.skipped && !!a.was_cancelled);
    return {
      ids: selection.ids,
      excludeIds: selection.excludeIds,
      dm: selection.dm,
      onlyAnnotated: !!tf.only_with_annotations,
      keepTask,
      keepAnnotation,
      predictionsOnlyId: !!so.predictions?.only_id,
      draftsOnlyId: !!so.drafts?.only_id,
      completedByOnlyId: so.annotations__completed_by?.only_id !== false,
    };
  }

  /** Makes a snapshot (the queue's handler). A retry after a crash starts over. */
  async run(id: number): Promise<void> {
    const row = await this.repos.exports.findById(id);
    if (!row || !BUSY.has(row.status)) return;
    const project = await this.repos.projects.findById(row.project_id);
    if (!project) return;
    await this.repos.exports.update(id, { status: 'in_progress', updated_at: now() });
    try {
      const query = await this.query(row);
      let taskNumber = 0;
      let beat = Date.now();
      const exports = this.exports;
      const repos = this.repos;
      const counted = async function* () {
        for await (const t of exports.tasks(project, query)) {
          taskNumber++;
          if (Date.now() - beat > HEARTBEAT_MS) {
            beat = Date.now();
            await repos.exports.update(id, { updated_at: now() });
          }
          yield t;
        }
      };
      const base = exportBaseName(project.id, new Date(row.created_at), crypto.randomBytes(4).toString('hex'));
      const rel = `${project.id}/${id}-${base}.json`;
      const file = await this.exports.convert(project, 'JSON', counted, base);
      const md5 = await this.store(rel, file.body);
      if (!(await this.repos.exports.findById(id))) {
        // Deleted while it ran.
        await fsp.rm(this.resolve(rel), { force: true });
        return;
      }
      await this.repos.exports.update(id, {
        status: 'completed',
        md5,
        file: rel,
        counters: toJson({ task_number: taskNumber }),
        updated_at: now(),
        finished_at: now(),
      });
    } catch (e) {
      await this.repos.exports.update(id, {
        status: 'failed',
        error: (e as Error).stack ?? String(e),
        updated_at: now(),
        finished_at: now(),
      });
    }
  }

  /** Runs a snapshot's queued conversions (the queue's handler). */
  async runConversions(id: number): Promise<void> {
    const row = await this.repos.exports.findById(id);
    if (!row) return;
    const project = await this.repos.projects.findById(row.project_id);
    if (!project) return;
    for (const entry of parseJson<ConvertedFormat[]>(row.converted_formats) ?? []) {
      if (BUSY.has(entry.status) && (await this.claim(id, entry.id)))
        await this.runConversion(project, id, entry.id, entry.export_type as LsFormatName, entry.download_resources);
    }
  }

  /**
   * Marks a queued conversion in progress unless another worker did first; one left in progress
   * by a process that died (no heartbeat for a while) may be taken over.
   */
  private async claim(id: number, formatId: number): Promise<boolean> {
    const fresh = await this.repos.exports.findById(id);
    const current = parseJson<ConvertedFormat[]>(fresh?.converted_formats) ?? [];
    const entry = current.find((f) => f.id === formatId);
    if (!fresh?.file || !entry) return false;
    const stale = entry.status === 'in_progress' && Date.parse(fresh.updated_at) <= Date.now() - STALE_MS;
    if (entry.status !== 'created' && !stale) return false;
    const formats = current.map((f) => (f.id === formatId ? { ...f, status: 'in_progress' as const } : f));
    // JSON text as written (SQLite compares it as text, PostgreSQL as jsonb).
    return this.repos.exports.updateIfFormats(id, toJson(current), {
      converted_formats: toJson(formats),
      updated_at: now(),
    });
  }

  private async runConversion(
    project: ProjectRow,
    id: number,
    formatId: number,
    format: LsFormatName,
    downloadResources: boolean | undefined,
  ): Promise<void> {
    const setEntry = (patch: Partial<ConvertedFormat>) =>
      this.repos.transaction(async (r) => {
        const fresh = await r.exports.findById(id);
        if (!fresh) return false;
        const formats = (parseJson<ConvertedFormat[]>(fresh.converted_formats) ?? []).map((f) =>
          f.id === formatId ? { ...f, ...patch } : f,
        );
        await r.exports.update(id, { converted_formats: toJson(formats), updated_at: now() });
        return true;
      });
    const row = await this.repos.exports.findById(id);
    if (!row?.file) return;
    let rel: string | undefined;
    try {
      const out = await this.exports.convert(
        project,
        format,
        () => this.read(this.resolve(row.file!)),
        snapshotName(row.file).replace(/\.json$/, ''),
        { downloadResources },
      );
      const ext = out.fileName.slice(out.fileName.lastIndexOf('.'));
      rel = `${project.id}/${id}-${format}${ext}`;
      await this.store(rel, out.body);
      if (!(await setEntry({ status: 'completed', file: rel, file_name: out.fileName, content_type: out.contentType }))) {
        await fsp.rm(this.resolve(rel), { force: true });
      }
    } catch (e) {
      if (rel) await fsp.rm(this.resolve(rel), { force: true });
      await setEntry({ status: 'failed', traceback: (e as Error).stack ?? String(e) });
    }
  }
}
