import { Readable } from 'node:stream';
import { dataKeys } from '@groundwork/label-config';
import type { AppConfig } from '../../config';
import { flag, now, parseJson, toJson } from '../../platform/db/dialect';
import { chunks } from '../../platform/db/batches';
import { AppError, badRequest, notFound } from '../../platform/errors';
import type { Repositories } from '../../repositories';
import { refreshTaskCounters } from '../counters';
import { configDataKeys, problemMessages, resultProblems, usableConfig } from '../projects';
import { predictionResult } from '../annotations';
import { importError, normalizeImport, normalizeTask, preannotate, prediction as normalizePrediction } from './task-import';
import type { ImportSummary } from './import.schema';
import { uploadFromUrl } from './url-import';
import { predictionRow, type ImportedTask, type TaskService } from '../tasks';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { FileStore } from '../../platform/storage/file-store';
import { isMedia, mediaDataKey, readSource, sourceFormat, SUPPORTED_EXTENSIONS, type SourceFormat } from './import-sources';
import type { FileUploadRow, ImportJobRow, ProjectRow } from '../../platform/db/schema';

/** Tasks inserted per transaction. */
const BATCH = 1000;

export interface ImportOptions {
  commitToProject: boolean;
  returnTaskIds: boolean;
  preannotatedFromFields: string[];
}

/** Where an import request's tasks come from. */
export type ImportSource = { url: string } | { files: AsyncIterable<{ name: string; stream: Readable }> } | { body: unknown };

/** An import request's answer: the job (asynchronous), or Label Studio's summary once it is done. */
export type ImportOutcome = { job: ImportJobRow } | { summary: ImportSummary };

/** Label Studio's import summary (the synchronous response) plus the job's id and status. */
export interface JobSummary extends ImportSummary {
  id: number;
  status: string;
}

class Cancelled extends Error {}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);
/** A running job that has not recorded progress for this long belonged to a process that died. */
const STALE_MS = 10 * 60 * 1000;

/** A task of a file that cannot be imported; the message names the file and the line or item. */
class ImportRowError extends AppError {
  constructor(message: string, validationErrors?: Record<string, string[]>) {
    super(400, 'invalid_import', message, validationErrors);
  }
}

/** Names the file in errors the readers raise (malformed JSON or CSV). */
async function* prefixErrors<T>(rows: AsyncGenerator<T>, fileName: string): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (e) {
    if (e instanceof AppError && !(e instanceof ImportRowError))
      throw new ImportRowError(`${fileName}, ${e.message}`, e.validationErrors);
    throw e;
  }
}

/**
 * File imports as jobs. Each job streams its files, inserts tasks a batch per transaction (tagged
 * with the job) and records progress on its row; a failed or cancelled job deletes every task it
 * inserted, so the project ends as it was. The job queue decides where jobs run (this process, or
 * `groundwork worker` processes on PostgreSQL); waiting and cancelling go through the row, so they
 * work whichever process runs the job.
 */
export class ImportService {
  constructor(
    private readonly repos: Repositories,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
    private readonly store: FileStore,
    private readonly queue: JobQueue,
  ) {}

  /**
   * One import request, from a URL, uploaded files or a JSON body. A JSON body committed at once
   * imports in one transaction; everything else becomes a job (a body kept for later is stored as
   * a file first). With `wantAsync` the answer is the job at once; otherwise the job is waited for.
   */
  async importRequest(
    project: ProjectRow,
    userId: number,
    source: ImportSource,
    opts: ImportOptions,
    wantAsync: boolean,
  ): Promise<ImportOutcome> {
    if ('url' in source)
      return this.runJob(project, userId, [await uploadFromUrl(this, this.config, project, userId, source.url)], opts, wantAsync);
    if ('files' in source) {
      const uploads: FileUploadRow[] = [];
      try {
        for await (const f of source.files) uploads.push(await this.upload(project, userId, f.name, f.stream));
      } catch (e) {
        await this.discard(uploads);
        throw e;
      }
      if (!uploads.length)
        throw badRequest('No files in the request; send them as multipart/form-data fields.', { file: ['no files'] });
      return this.runJob(project, userId, uploads, opts, wantAsync);
    }
    if (opts.commitToProject && !wantAsync)
      return { summary: await this.importTasks(project, userId, source.body, opts.returnTaskIds, opts.preannotatedFromFields) };
    // Kept for later (`commit_to_project=false`, then /reimport) or run as a job: store the body as a file.
    const upload = await this.upload(project, userId, 'import.json', Readable.from([JSON.stringify(source.body ?? null)]));
    return this.runJob(project, userId, [upload], opts, wantAsync);
  }

  /** Imports files uploaded earlier (e.g. with `commit_to_project=false`). */
  async reimport(
    project: ProjectRow,
    userId: number,
    ids: number[],
    opts: ImportOptions,
    wantAsync: boolean,
  ): Promise<ImportOutcome> {
    const uploads = await this.uploads(project.id, ids);
    const missing = ids.filter((id) => !uploads.some((u) => u.id === id));
    if (missing.length)
      throw badRequest(`File uploads not in this project: ${missing.join(', ')}`, {
        file_upload_ids: [`unknown ids: ${missing.join(', ')}`],
      });
    return this.runJob(project, userId, uploads, opts, wantAsync);
  }

  /** Runs a job: the job at once (`wantAsync`), or Label Studio's summary when it ends; a failed job is a 400. */
  private async runJob(
    project: ProjectRow,
    userId: number,
    uploads: FileUploadRow[],
    opts: ImportOptions,
    wantAsync: boolean,
  ): Promise<ImportOutcome> {
    const job = await this.start(project, userId, uploads, opts);
    if (wantAsync) return { job };
    const { id: _id, status, ...summary } = await this.wait(job.id);
    if (status !== 'completed') {
      const done = await this.get(project.id, job.id);
      throw new AppError(400, 'invalid_import', done?.error ?? 'Import failed', { import: [done?.error ?? 'Import failed'] });
    }
    return { summary };
  }

  /** Where an uploaded file of the project lies, for serving it: the store's root and the path under it. */
  uploadedFile(projectId: number, name: string): { root: string; path: string } {
    // resolve() refuses names that would leave the store.
    this.store.resolve(`${projectId}/${name}`);
    return { root: this.store.root, path: `/${projectId}/${encodeURIComponent(name)}` };
  }

  /**
   * Imports tasks with their annotations and predictions in one transaction: a malformed
   * task rejects the whole request and nothing is stored.
   */
  async importTasks(
    project: ProjectRow,
    userId: number,
    body: unknown,
    returnTaskIds: boolean,
    preannotatedFromFields: string[] = [],
  ): Promise<ImportSummary> {
    const started = Date.now();
    const config = usableConfig(project.label_config);
    if (preannotatedFromFields.length) body = preannotate(body, preannotatedFromFields, config?.controls ?? []);
    const tasks = normalizeImport(body, configDataKeys(project.label_config), (result) =>
      problemMessages(resultProblems(config, result)),
    );
    const ids = await this.repos.transaction((r) => this.tasks.insertTasks(r, project, userId, tasks));
    const columns = new Set<string>();
    for (const t of tasks.slice(0, 1000)) for (const k of Object.keys(t.data)) columns.add(k);
    const predictions = tasks.reduce((n, t) => n + t.predictions.length, 0);
    return {
      task_count: tasks.length,
      annotation_count: tasks.reduce((n, t) => n + t.annotations.length, 0),
      prediction_count: predictions,
      predictions_count: predictions,
      duration: (Date.now() - started) / 1000,
      file_upload_ids: [],
      could_be_tasks_list: false,
      found_formats: [],
      data_columns: [...columns],
      ...(returnTaskIds ? { task_ids: ids } : {}),
    };
  }

  /** `POST /api/projects/{id}/import/predictions`: a list of `{task, result, score?, model_version?}`. */
  async importPredictions(project: ProjectRow, body: unknown): Promise<number> {
    const items = Array.isArray(body) ? body : [body];
    const config = usableConfig(project.label_config);
    const controls = config?.controls ?? [];
    const rows = items.map((item, index) => {
      // Like Label Studio, a result may also be a value object or a bare label (see predictionResult).
      if (item && typeof item === 'object' && !Array.isArray(item) && 'result' in item && !Array.isArray(item.result))
        item = { ...item, result: predictionResult(item.result, controls, `[${index}].result`) };
      const p = normalizePrediction(index, '', item, (result) => problemMessages(resultProblems(config, result)));
      const taskId = (item as { task?: unknown }).task;
      if (typeof taskId !== 'number') importError(index, 'task', 'must be the id of a task of this project');
      return { taskId: taskId as number, p };
    });
    return this.repos.transaction(async (r) => {
      const found = new Set<number>();
      for (const batch of chunks([...new Set(rows.map((x) => x.taskId))], 500)) {
        const existing = await r.tasks.page({ projectId: project.id, ids: batch, limit: batch.length, offset: 0 });
        for (const t of existing) found.add(t.id);
      }
      rows.forEach((x, index) => {
        if (!found.has(x.taskId)) importError(index, 'task', `task ${x.taskId} is not in this project`);
      });
      const at = now();
      await r.predictions.insertMany(rows.map(({ taskId, p }) => predictionRow(taskId, project.id, p, at)));
      await refreshTaskCounters(
        r,
        project.id,
        rows.map((x) => x.taskId),
      );
      return rows.length;
    });
  }

  /** Stores one uploaded file and records it; the file's type decides how it is read. */
  async upload(project: ProjectRow, userId: number, name: string, stream: Readable): Promise<FileUploadRow> {
    if (!sourceFormat(name)) {
      stream.resume();
      throw new AppError(
        400,
        'unsupported_file',
        `${name}: unsupported file type. Supported: ${SUPPORTED_EXTENSIONS.join(', ')}`,
        { file: [`unsupported file type: ${name}`] },
      );
    }
    const { file, size } = await this.store.save(project.id, name, stream, this.config.uploadMaxBytes);
    return this.repos.fileUploads.insert({
      project_id: project.id,
      user_id: userId,
      file,
      original_name: name,
      size,
      created_at: now(),
    });
  }

  /** Removes uploads of a request that failed part-way. */
  async discard(uploads: FileUploadRow[]): Promise<void> {
    for (const u of uploads) {
      await this.store.remove(u.file);
      await this.repos.fileUploads.delete(u.id);
    }
  }

  /** Creates a job for these uploads and queues it. */
  async start(project: ProjectRow, userId: number, uploads: FileUploadRow[], opts: ImportOptions): Promise<ImportJobRow> {
    const at = now();
    const job = await this.repos.importJobs.insert({
      project_id: project.id,
      user_id: userId,
      status: 'created',
      commit_to_project: flag(opts.commitToProject),
      return_task_ids: flag(opts.returnTaskIds),
      preannotated_from_fields: toJson(opts.preannotatedFromFields),
      file_upload_ids: toJson(uploads.map((u) => u.id)),
      found_formats: toJson([]),
      data_columns: toJson([]),
      tasks_read: 0,
      task_count: 0,
      annotation_count: 0,
      prediction_count: 0,
      failed: 0,
      created_at: at,
      updated_at: at,
    });
    await this.queue.enqueue('import', { id: job.id });
    return job;
  }

  /** Waits for a job to end (whichever process runs it) and returns its summary. */
  async wait(jobId: number): Promise<JobSummary> {
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      const job = await this.repos.importJobs.findById(jobId);
      if (!job) throw notFound();
      if (FINISHED.has(job.status)) return this.summary(job);
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  /** Stops a queued or running job; a running one undoes what it inserted before this returns. */
  async cancel(job: ImportJobRow): Promise<void> {
    if (await this.repos.importJobs.transition(job.id, 'created', 'cancelled', 'Cancelled before it started.')) return;
    if (await this.repos.importJobs.transition(job.id, 'in_progress', 'cancelling')) await this.wait(job.id);
  }

  /** The project's uploaded files, or the given ones. */
  uploads(projectId: number, ids?: number[]): Promise<FileUploadRow[]> {
    return ids ? this.repos.fileUploads.findByIds(projectId, ids) : this.repos.fileUploads.list(projectId);
  }

  get(projectId: number, id: number): Promise<ImportJobRow | undefined> {
    return this.repos.importJobs.find(projectId, id);
  }

  list(projectId: number): Promise<ImportJobRow[]> {
    return this.repos.importJobs.list(projectId, 100);
  }

  /** The job's outcome in Label Studio's import-response shape; task ids come from the tasks it made. */
  async summary(job: ImportJobRow): Promise<JobSummary> {
    const taskIds =
      job.return_task_ids && job.status === 'completed' ? await this.repos.importJobs.allTaskIds(job.id) : undefined;
    return {
      id: job.id,
      status: job.status,
      task_count: job.task_count,
      annotation_count: job.annotation_count,
      prediction_count: job.prediction_count,
      predictions_count: job.prediction_count,
      duration: job.duration ?? 0,
      file_upload_ids: parseJson<number[]>(job.file_upload_ids) ?? [],
      could_be_tasks_list: false,
      found_formats: parseJson<string[]>(job.found_formats) ?? [],
      data_columns: parseJson<string[]>(job.data_columns) ?? [],
      ...(job.return_task_ids && taskIds ? { task_ids: taskIds } : {}),
    };
  }

  /**
   * Undoes jobs that a stopped process left unfinished. With an in-process queue every unfinished
   * job is such a leftover; with shared workers only those that stopped recording progress.
   */
  async recover(): Promise<number> {
    const cutoff = this.queue.kind === 'in-process' ? Infinity : Date.now() - STALE_MS;
    const stale = (await this.repos.importJobs.unfinished()).filter((j) => Date.parse(j.updated_at) <= cutoff);
    for (const job of stale) {
      await this.undo(job);
      await this.repos.importJobs.update(job.id, {
        status: 'failed',
        error: 'The server stopped while this import ran; its tasks were removed. Import the files again.',
        finished_at: now(),
        updated_at: now(),
      });
    }
    return stale.length;
  }

  private async undo(job: ImportJobRow): Promise<void> {
    for (;;) {
      const ids = await this.repos.importJobs.taskIds(job.id, BATCH);
      if (!ids.length) return;
      await this.tasks.deleteTasks(job.project_id, ids);
    }
  }

  /** Runs one import job (the queue's handler). */
  async run(jobId: number): Promise<void> {
    const started = Date.now();
    const job = await this.repos.importJobs.findById(jobId);
    if (!job || FINISHED.has(job.status)) return;
    // A retry after the first run's process died: undo what that run inserted, then start over
    // (or stop, if a cancel was asked for meanwhile).
    if (job.status !== 'created') await this.undo(job);
    if (job.status === 'cancelling') {
      await this.repos.importJobs.update(jobId, {
        status: 'cancelled',
        task_count: 0,
        error: 'Cancelled; no tasks were kept.',
        finished_at: now(),
        updated_at: now(),
      });
      return;
    }
    const project = await this.repos.projects.findById(job.project_id);
    if (!project) return;
    const config = usableConfig(project.label_config);
    const required = config ? dataKeys(config) : [];
    const check = (result: unknown[]) => problemMessages(resultProblems(config, result));
    const preannotated = parseJson<string[]>(job.preannotated_from_fields) ?? [];
    const commit = !!job.commit_to_project;
    const uploads = await this.repos.fileUploads.findByIds(project.id, parseJson<number[]>(job.file_upload_ids) ?? []);
    const formats = new Set<string>();
    const columns = new Set<string>();
    const counts = { tasks_read: 0, task_count: 0, annotation_count: 0, prediction_count: 0 };
    let batch: ImportedTask[] = [];
    let lastProgress = 0;

    /** Records progress (also the job's heartbeat) and notices a cancel request. */
    const progress = async () => {
      if (Date.now() - lastProgress < 250) return;
      lastProgress = Date.now();
      await this.repos.importJobs.update(jobId, { ...counts, updated_at: now() });
      if ((await this.repos.importJobs.findById(jobId))?.status === 'cancelling') throw new Cancelled();
    };
    const flush = async () => {
      if (!batch.length) return;
      const tasks = batch;
      batch = [];
      if (commit)
        await this.repos.transaction((r) =>
          this.tasks.insertTasks(r, project, job.user_id ?? project.created_by ?? 0, tasks, jobId),
        );
      counts.task_count += tasks.length;
      counts.annotation_count += tasks.reduce((n, t) => n + t.annotations.length, 0);
      counts.prediction_count += tasks.reduce((n, t) => n + t.predictions.length, 0);
      await progress();
    };

    try {
      await this.repos.importJobs.update(jobId, { status: 'in_progress', updated_at: now() });
      for (const upload of uploads) {
        const format = sourceFormat(upload.original_name) as SourceFormat;
        formats.add(upload.original_name.slice(upload.original_name.lastIndexOf('.')).toLowerCase());
        const key = mediaDataKey(config, format);
        if (isMedia(format)) {
          counts.tasks_read += 1;
          batch.push({
            data: { [key]: this.store.url(upload.file) },
            meta: {},
            annotations: [],
            predictions: [],
            fileUploadId: upload.id,
          });
          columns.add(key);
          if (batch.length >= BATCH) await flush();
          continue;
        }
        const rows = readSource(format, this.store.open(upload.file), key);
        for await (const { item, where } of prefixErrors(rows, upload.original_name)) {
          const index = counts.tasks_read++;
          let task: ImportedTask;
          try {
            const raw = preannotated.length ? preannotate([item], preannotated, config?.controls ?? [])[0] : item;
            task = normalizeTask(raw, index, required, check);
          } catch (e) {
            if (e instanceof AppError) {
              const detail = e.message.replace(/^Task #\d+:?\s*/, '');
              throw new ImportRowError(`${upload.original_name}, ${where}: ${detail}`, e.validationErrors);
            }
            throw e;
          }
          task.fileUploadId = upload.id;
          if (columns.size < 1000) for (const k of Object.keys(task.data)) columns.add(k);
          batch.push(task);
          if (batch.length >= BATCH) await flush();
        }
      }
      await flush();
      lastProgress = 0;
      await progress();
      await this.repos.importJobs.update(jobId, {
        ...counts,
        status: 'completed',
        found_formats: toJson([...formats]),
        data_columns: toJson([...columns]),
        duration: (Date.now() - started) / 1000,
        finished_at: now(),
        updated_at: now(),
      });
    } catch (e) {
      const cancelled = e instanceof Cancelled;
      await this.undo(job);
      await this.repos.importJobs.update(jobId, {
        ...counts,
        task_count: 0,
        annotation_count: 0,
        prediction_count: 0,
        failed: 1,
        status: cancelled ? 'cancelled' : 'failed',
        error: cancelled
          ? 'Cancelled; no tasks were kept.'
          : e instanceof AppError
            ? e.message
            : `Import failed: ${(e as Error).message}`,
        duration: (Date.now() - started) / 1000,
        finished_at: now(),
        updated_at: now(),
      });
    }
  }
}
