import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import send from '@fastify/send';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { parseJson } from '../../platform/db/dialect';
import { AppError, badRequest, notFound } from '../../platform/errors';
import { requireActor } from '../../platform/http/http';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { ImportQuery, ImportResponse } from '../projects/project.schema';
import type { Services } from '../../services';
import type { ImportOptions } from './import.service';
import { uploadFromUrl } from './url-import';
import type { FileUploadRow, ImportJobRow, ProjectRow } from '../../platform/db/schema';

const ImportJobParams = Type.Object({ id: Type.Integer(), importId: Type.Integer() });

const ImportJob = Type.Object(
  {
    id: Type.Integer(),
    project: Type.Integer(),
    status: Type.String({ description: 'created, in_progress, completed, failed or cancelled' }),
    commit_to_project: Type.Boolean(),
    return_task_ids: Type.Boolean(),
    preannotated_from_fields: Type.Array(Type.String()),
    tasks_read: Type.Integer({ description: 'Tasks read from the files so far' }),
    task_count: Type.Integer({ description: 'Tasks inserted so far (0 after a failure: nothing is kept)' }),
    annotation_count: Type.Integer(),
    prediction_count: Type.Integer(),
    duration: Type.Union([Type.Number(), Type.Null()]),
    file_upload_ids: Type.Array(Type.Integer()),
    found_formats: Type.Array(Type.String()),
    data_columns: Type.Array(Type.String()),
    error: Type.Union([Type.String(), Type.Null()]),
    traceback: Type.Null(),
    url: Type.Null(),
    created_at: Type.String(),
    updated_at: Type.String(),
    finished_at: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: true },
);

const FileUpload = Type.Object({ id: Type.Integer(), file: Type.String(), original_name: Type.String(), size: Type.Integer(), created_at: Type.String() });

const AsyncImportQuery = Type.Composite([
  ImportQuery,
  Type.Object({
    async: Type.Optional(Type.Boolean({ description: 'Answer at once with the job; poll /imports/{id} for progress' })),
    url: Type.Optional(
      Type.String({ description: 'Import the file at this public URL (also accepted as a form field, as Label Studio takes it)' }),
    ),
  }),
], { additionalProperties: false });

const ReimportBody = Type.Object(
  { file_upload_ids: Type.Array(Type.Integer(), { minItems: 1 }), files_as_tasks_list: Type.Optional(Type.Boolean()) },
  { additionalProperties: true },
);

function presentJob(job: ImportJobRow) {
  return {
    id: job.id,
    project: job.project_id,
    status: job.status,
    commit_to_project: !!job.commit_to_project,
    return_task_ids: !!job.return_task_ids,
    preannotated_from_fields: parseJson<string[]>(job.preannotated_from_fields) ?? [],
    tasks_read: job.tasks_read,
    task_count: job.task_count,
    annotation_count: job.annotation_count,
    prediction_count: job.prediction_count,
    duration: job.duration === null ? null : Number(job.duration),
    file_upload_ids: parseJson<number[]>(job.file_upload_ids) ?? [],
    found_formats: parseJson<string[]>(job.found_formats) ?? [],
    data_columns: parseJson<string[]>(job.data_columns) ?? [],
    error: job.error,
    traceback: null,
    url: null,
    created_at: job.created_at,
    updated_at: job.updated_at,
    finished_at: job.finished_at,
  };
}

function presentUpload(u: FileUploadRow) {
  return { id: u.id, file: `upload/${u.file}`, original_name: u.original_name, size: Number(u.size), created_at: u.created_at };
}

function preannotatedFields(value: string | string[] | undefined): string[] {
  return [value ?? []]
    .flat()
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter(Boolean);
}

/**
 * Imports: a JSON body imports at once in one transaction; uploaded files (JSON, JSON Lines, CSV,
 * TSV, TXT, media) become an import job that streams them. Without `?async=true` the request waits
 * for the job and answers as Label Studio does.
 */
export const importRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  await app.register(multipart, { limits: { fileSize: services.config.uploadMaxBytes, files: Infinity, fields: 100 } });
  // Label Studio's URL import posts `url=…` as a form.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  /** Runs a job and answers: at once with the job (async), or when it ends with LS's summary. */
  const runJob = async (project: ProjectRow, userId: number, uploads: FileUploadRow[], opts: ImportOptions, wantAsync: boolean) => {
    const job = await services.imports.start(project, userId, uploads, opts);
    if (wantAsync) return { import: job.id, ...presentJob(job) };
    const summary = await services.imports.wait(job.id);
    if (summary.status !== 'completed') {
      const done = await services.imports.get(project.id, job.id);
      throw new AppError(400, 'invalid_import', done?.error ?? 'Import failed', { import: [done?.error ?? 'Import failed'] });
    }
    return summary;
  };

  app.post(
    '/api/projects/:id/import',
    {
      bodyLimit: services.config.bodyLimit,
      schema: {
        tags: ['import'],
        summary: 'Import tasks: a JSON body (one task or a list), or files as multipart/form-data',
        description:
          'Files: .json, .jsonl, .csv, .tsv, .txt (one task per line) and media (images, audio, video, PDF, HTML), one task each. ' +
          'With `async=true` the answer is the import job at once; otherwise the request waits for it.',
        params: IdParams,
        querystring: AsyncImportQuery,
        body: Type.Unknown(),
        response: { 201: Type.Union([ImportResponse, ImportJob]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'import');
      const q = request.query;
      const opts: ImportOptions = {
        commitToProject: q.commit_to_project !== false,
        returnTaskIds: q.return_task_ids === true,
        preannotatedFromFields: preannotatedFields(q.preannotated_from_fields),
      };
      const form = /^application\/x-www-form-urlencoded/i.test(request.headers['content-type'] ?? '');
      const url = q.url ?? (form ? (request.body as Record<string, string>).url : undefined);
      if (form && !url) throw badRequest('"url" is not found in the form data', { url: ['required'] });
      if (url !== undefined) {
        const upload = await uploadFromUrl(services.imports, services.config, project, actor.userId, url);
        return reply.status(201).send(await runJob(project, actor.userId, [upload], opts, q.async === true));
      }
      if (request.isMultipart()) {
        const uploads: FileUploadRow[] = [];
        try {
          for await (const part of request.files()) uploads.push(await services.imports.upload(project, actor.userId, part.filename, part.file));
        } catch (e) {
          await services.imports.discard(uploads);
          throw e;
        }
        if (!uploads.length) throw badRequest('No files in the request; send them as multipart/form-data fields.', { file: ['no files'] });
        return reply.status(201).send(await runJob(project, actor.userId, uploads, opts, q.async === true));
      }
      if (opts.commitToProject && q.async !== true) {
        const summary = await services.tasks.importTasks(project, actor.userId, request.body, opts.returnTaskIds, opts.preannotatedFromFields);
        return reply.status(201).send(summary);
      }
      // Kept for later (`commit_to_project=false`, then /reimport) or run as a job: store the body as a file.
      const json = JSON.stringify(request.body ?? null);
      const upload = await services.imports.upload(project, actor.userId, 'import.json', Readable.from([json]));
      return reply.status(201).send(await runJob(project, actor.userId, [upload], opts, q.async === true));
    },
  );

  app.post(
    '/api/projects/:id/reimport',
    {
      schema: {
        tags: ['import'],
        summary: 'Import files uploaded earlier (e.g. with commit_to_project=false) into the project',
        params: IdParams,
        querystring: AsyncImportQuery,
        body: ReimportBody,
        response: { 201: Type.Union([ImportResponse, ImportJob]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'import');
      const ids = request.body.file_upload_ids;
      const uploads = await services.imports.uploads(project.id, ids);
      const missing = ids.filter((id) => !uploads.some((u) => u.id === id));
      if (missing.length) throw badRequest(`File uploads not in this project: ${missing.join(', ')}`, { file_upload_ids: [`unknown ids: ${missing.join(', ')}`] });
      const q = request.query;
      const opts = { commitToProject: true, returnTaskIds: q.return_task_ids === true, preannotatedFromFields: preannotatedFields(q.preannotated_from_fields) };
      return reply.status(201).send(await runJob(project, actor.userId, uploads, opts, q.async === true));
    },
  );

  app.get(
    '/api/projects/:id/imports',
    { schema: { tags: ['import'], summary: "The project's recent import jobs, newest first", params: IdParams, response: { 200: Type.Array(ImportJob), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'import');
      return (await services.imports.list(project.id)).map(presentJob);
    },
  );

  app.get(
    '/api/projects/:id/imports/:importId',
    { schema: { tags: ['import'], summary: 'An import job with its progress', params: ImportJobParams, response: { 200: ImportJob, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'import');
      const job = await services.imports.get(project.id, request.params.importId);
      if (!job) throw notFound();
      // Label Studio's status carries the new tasks' ids once the job is done.
      const ids = (await services.imports.summary(job)).task_ids;
      return { ...presentJob(job), ...(ids ? { task_ids: ids } : {}) };
    },
  );

  app.post(
    '/api/projects/:id/imports/:importId/cancel',
    {
      schema: {
        tags: ['import'],
        summary: 'Cancel an import job; the tasks it inserted are removed',
        params: ImportJobParams,
        response: { 200: ImportJob, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'import');
      const job = await services.imports.get(project.id, request.params.importId);
      if (!job) throw notFound();
      await services.imports.cancel(job);
      return presentJob((await services.imports.get(project.id, job.id))!);
    },
  );

  app.get(
    '/api/projects/:id/file-uploads',
    { schema: { tags: ['import'], summary: 'Files uploaded to the project', params: IdParams, response: { 200: Type.Array(FileUpload), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'view');
      return (await services.imports.uploads(project.id)).map(presentUpload);
    },
  );

  // Uploaded media, as Label Studio serves it; range requests let audio and video seek.
  app.get(
    '/data/upload/:projectId/:name',
    { schema: { hide: true, params: Type.Object({ projectId: Type.Integer(), name: Type.String() }) } },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.projectId, 'view');
      // resolve() refuses names that would leave the store; send() then serves the file under its root.
      services.imports.store.resolve(`${project.id}/${request.params.name}`);
      const result = await send(request.raw, `/${project.id}/${encodeURIComponent(request.params.name)}`, {
        root: services.imports.store.root,
        dotfiles: 'deny',
        acceptRanges: true,
        cacheControl: true,
        maxAge: 3_600_000,
      });
      if (result.type === 'error') throw (result.metadata.error as { status?: number }).status === 404 ? notFound() : result.metadata.error;
      reply.status(result.statusCode);
      for (const [k, v] of Object.entries(result.headers)) reply.header(k, v);
      // Uploaded HTML and SVG must not run script in our origin.
      reply.header('content-security-policy', "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox");
      return reply.send(result.stream);
    },
  );
};
