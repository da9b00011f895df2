import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import send from '@fastify/send';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppConfig } from '../../config';
import type { AccessService } from '../../platform/access/access.service';
import { badRequest, notFound } from '../../platform/errors';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { guard } from '../../platform/http/http';
import { presentJob, presentUpload } from './import.presenter';
import { AsyncImportQuery, FileUpload, ImportJob, ImportJobParams, ImportResponse, ReimportBody } from './import.schema';
import type { ImportOptions, ImportOutcome, ImportService, ImportSource } from './import.service';

/** Multipart file parts as the import service takes them. */
async function* filesOf(parts: AsyncIterable<{ filename: string; file: Readable }>) {
  for await (const part of parts) yield { name: part.filename, stream: part.file };
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
export interface ImportRoutesDeps {
  access: AccessService;
  imports: ImportService;
  config: AppConfig;
}

/** The answer to an import request: the job at once (async), or Label Studio's summary. */
function presentOutcome(outcome: ImportOutcome) {
  return 'job' in outcome ? { import: outcome.job.id, ...presentJob(outcome.job) } : outcome.summary;
}

export const importRoutes: FastifyPluginAsyncTypebox<ImportRoutesDeps> = async (app, { access, imports, config }) => {
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: Infinity, fields: 100 } });
  // Label Studio's URL import posts `url=…` as a form.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 * 1024 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.post(
    '/api/projects/:id/import',
    {
      config: { access: 'project.import' },
      bodyLimit: config.bodyLimit,
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
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const q = request.query;
      const opts: ImportOptions = {
        commitToProject: q.commit_to_project !== false,
        returnTaskIds: q.return_task_ids === true,
        preannotatedFromFields: preannotatedFields(q.preannotated_from_fields),
      };
      const form = /^application\/x-www-form-urlencoded/i.test(request.headers['content-type'] ?? '');
      const url = q.url ?? (form ? (request.body as Record<string, string>).url : undefined);
      if (form && !url) throw badRequest('"url" is not found in the form data', { url: ['required'] });
      const source: ImportSource =
        url !== undefined ? { url } : request.isMultipart() ? { files: filesOf(request.files()) } : { body: request.body };
      return reply
        .status(201)
        .send(presentOutcome(await imports.importRequest(project, g.actor.userId, source, opts, q.async === true)));
    },
  );

  app.post(
    '/api/projects/:id/reimport',
    {
      config: { access: 'project.import' },
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
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const q = request.query;
      const opts = {
        commitToProject: true,
        returnTaskIds: q.return_task_ids === true,
        preannotatedFromFields: preannotatedFields(q.preannotated_from_fields),
      };
      const outcome = await imports.reimport(project, g.actor.userId, request.body.file_upload_ids, opts, q.async === true);
      return reply.status(201).send(presentOutcome(outcome));
    },
  );

  app.get(
    '/api/projects/:id/imports',
    {
      config: { access: 'project.import' },
      schema: {
        tags: ['import'],
        summary: "The project's recent import jobs, newest first",
        params: IdParams,
        response: { 200: Type.Array(ImportJob), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      return (await imports.list(project.id)).map(presentJob);
    },
  );

  app.get(
    '/api/projects/:id/imports/:importId',
    {
      config: { access: 'project.import' },
      schema: {
        tags: ['import'],
        summary: 'An import job with its progress',
        params: ImportJobParams,
        response: { 200: ImportJob, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const job = await imports.get(project.id, request.params.importId);
      if (!job) throw notFound();
      // Label Studio's status carries the new tasks' ids once the job is done.
      const ids = (await imports.summary(job)).task_ids;
      return { ...presentJob(job), ...(ids ? { task_ids: ids } : {}) };
    },
  );

  app.post(
    '/api/projects/:id/imports/:importId/cancel',
    {
      config: { access: 'project.import' },
      schema: {
        tags: ['import'],
        summary: 'Cancel an import job; the tasks it inserted are removed',
        params: ImportJobParams,
        response: { 200: ImportJob, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const job = await imports.get(project.id, request.params.importId);
      if (!job) throw notFound();
      await imports.cancel(job);
      return presentJob((await imports.get(project.id, job.id))!);
    },
  );

  app.get(
    '/api/projects/:id/file-uploads',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['import'],
        summary: 'Files uploaded to the project',
        params: IdParams,
        response: { 200: Type.Array(FileUpload), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      return (await imports.uploads(project.id)).map(presentUpload);
    },
  );

  // Uploaded media, as Label Studio serves it; range requests let audio and video seek.
  app.get(
    '/data/upload/:projectId/:name',
    {
      config: { access: 'project.view' },
      schema: { hide: true, params: Type.Object({ projectId: Type.Integer(), name: Type.String() }) },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.projectId);
      // send() serves the file under the store's root; uploadedFile() refused names that would leave it.
      const { root, path } = imports.uploadedFile(project.id, request.params.name);
      const result = await send(request.raw, path, {
        root,
        dotfiles: 'deny',
        acceptRanges: true,
        cacheControl: true,
        maxAge: 3_600_000,
      });
      if (result.type === 'error')
        throw (result.metadata.error as { status?: number }).status === 404 ? notFound() : result.metadata.error;
      reply.status(result.statusCode);
      for (const [k, v] of Object.entries(result.headers)) reply.header(k, v);
      // Uploaded HTML and SVG must not run script in our origin.
      reply.header(
        'content-security-policy',
        "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox",
      );
      return reply.send(result.stream);
    },
  );

  app.post(
    '/api/projects/:id/import/predictions',
    {
      config: { access: 'project.manage_predictions' },
      bodyLimit: config.bodyLimit,
      schema: {
        tags: ['projects'],
        summary: 'Import predictions for existing tasks',
        params: IdParams,
        body: Type.Unknown(),
        response: { 201: Type.Object({ created: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      return reply.status(201).send({ created: await imports.importPredictions(project, request.body) });
    },
  );
};
