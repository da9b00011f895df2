import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/http';
import { presentExport } from './export.presenter';
import type { Services } from '../../services';
import type { ExportFile } from './export.service';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import {
  ConvertBody,
  ConvertResponse,
  ExportFormat,
  ExportQuery,
  Snapshot,
  SnapshotCreateBody,
  SnapshotDownloadQuery,
  SnapshotParams,
} from './export.schema';

/** Sends an export as a download with Label Studio's file name. */
function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(Readable.from(file.body));
}

const FileResponse = { 200: Type.Unknown({ description: 'The export file: a JSON list, a CSV, a zip, …' }), ...errorResponses };

/** Exports (`/export`, streamed from the live project) and export snapshots (`/exports/`). */
export const exportRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/projects/:id/export/formats',
    {
      schema: {
        tags: ['export'],
        summary: "Export formats, with those this project's labeling config cannot use disabled",
        params: IdParams,
        response: { 200: Type.Array(ExportFormat), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return services.exports.formats(await services.access.project(actor, request.params.id, 'export'));
    },
  );

  app.get(
    '/api/projects/:id/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Export tasks with their annotations in one format (streamed)',
        params: IdParams,
        querystring: ExportQuery,
        response: FileResponse,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const q = request.query;
      const ids = q['ids[]'] ?? q.ids;
      const file = await services.exports.exportProject(project, {
        exportType: q.exportType ?? q.export_type ?? 'JSON',
        downloadAllTasks: q.download_all_tasks ?? !!ids,
        ids,
        downloadResources: q.download_resources,
      });
      return sendFile(reply, file);
    },
  );

  app.get(
    '/api/projects/:id/exports',
    {
      schema: {
        tags: ['export'],
        summary: "The project's export snapshots, newest first",
        params: IdParams,
        response: { 200: Type.Array(Snapshot), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const rows = await services.exportSnapshots.list(project);
      const creators = await services.exportSnapshots.creators(rows);
      return rows.map((r) => presentExport(r, creators));
    },
  );

  app.post(
    '/api/projects/:id/exports',
    {
      schema: {
        tags: ['export'],
        summary: 'Create an export snapshot (made in the background; poll its status)',
        params: IdParams,
        body: SnapshotCreateBody,
        response: { 201: Snapshot, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const b = request.body;
      const row = await services.exportSnapshots.create(project, actor.userId, {
        title: b.title ?? undefined,
        task_filter_options: b.task_filter_options ?? undefined,
        annotation_filter_options: b.annotation_filter_options ?? undefined,
        serialization_options: b.serialization_options ?? undefined,
      });
      return reply.status(201).send(presentExport(row, await services.exportSnapshots.creators([row])));
    },
  );

  app.get(
    '/api/projects/:id/exports/:export_pk',
    {
      schema: {
        tags: ['export'],
        summary: 'An export snapshot and its status',
        params: SnapshotParams,
        response: { 200: Snapshot, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const row = await services.exportSnapshots.get(project, request.params.export_pk);
      return presentExport(row, await services.exportSnapshots.creators([row]));
    },
  );

  app.delete(
    '/api/projects/:id/exports/:export_pk',
    {
      schema: {
        tags: ['export'],
        summary: 'Delete an export snapshot and its files',
        params: SnapshotParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      await services.exportSnapshots.delete(await services.exportSnapshots.get(project, request.params.export_pk));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/exports/:export_pk/download',
    {
      schema: {
        tags: ['export'],
        summary: 'Download a snapshot, converted from its frozen JSON to the format asked',
        params: SnapshotParams,
        querystring: SnapshotDownloadQuery,
        response: { ...FileResponse, 409: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const row = await services.exportSnapshots.get(project, request.params.export_pk);
      return sendFile(
        reply,
        await services.exportSnapshots.download(project, row, request.query.exportType ?? request.query.export_type),
      );
    },
  );

  app.post(
    '/api/projects/:id/exports/:export_pk/convert',
    {
      schema: {
        tags: ['export'],
        summary: 'Convert a snapshot to another format in the background',
        params: SnapshotParams,
        body: ConvertBody,
        response: { 200: ConvertResponse, 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'export');
      const row = await services.exportSnapshots.get(project, request.params.export_pk);
      const converted = await services.exportSnapshots.convert(
        project,
        row,
        request.body.export_type,
        request.body.download_resources,
      );
      return { export_type: converted.export_type, converted_format: converted.id };
    },
  );
};
