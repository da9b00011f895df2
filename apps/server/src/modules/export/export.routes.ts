import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { guard } from '../../platform/http/http';
import { presentExport } from './export.presenter';
import type { AccessService } from '../../platform/access/access.service';
import type { ExportService } from './export.service';
import type { ExportSnapshotService } from './export-snapshot.service';
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
export interface ExportRoutesDeps {
  access: AccessService;
  exports: ExportService;
  exportSnapshots: ExportSnapshotService;
}

export const exportRoutes: FastifyPluginAsyncTypebox<ExportRoutesDeps> = async (app, { access, exports, exportSnapshots }) => {
  app.get(
    '/api/projects/:id/export/formats',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: "Export formats, with those this project's labeling config cannot use disabled",
        params: IdParams,
        response: { 200: Type.Array(ExportFormat), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      return exports.formats(await access.project(g, request.params.id));
    },
  );

  app.get(
    '/api/projects/:id/export',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'Export tasks with their annotations in one format (streamed)',
        params: IdParams,
        querystring: ExportQuery,
        response: FileResponse,
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const q = request.query;
      const ids = q['ids[]'] ?? q.ids;
      const file = await exports.exportProject(project, {
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
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: "The project's export snapshots, newest first",
        params: IdParams,
        response: { 200: Type.Array(Snapshot), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const rows = await exportSnapshots.list(project);
      const creators = await exportSnapshots.creators(rows);
      return rows.map((r) => presentExport(r, creators));
    },
  );

  app.post(
    '/api/projects/:id/exports',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'Create an export snapshot (made in the background; poll its status)',
        params: IdParams,
        body: SnapshotCreateBody,
        response: { 201: Snapshot, ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const b = request.body;
      const row = await exportSnapshots.create(project, g.actor.userId, {
        title: b.title ?? undefined,
        task_filter_options: b.task_filter_options ?? undefined,
        annotation_filter_options: b.annotation_filter_options ?? undefined,
        serialization_options: b.serialization_options ?? undefined,
      });
      return reply.status(201).send(presentExport(row, await exportSnapshots.creators([row])));
    },
  );

  app.get(
    '/api/projects/:id/exports/:export_pk',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'An export snapshot and its status',
        params: SnapshotParams,
        response: { 200: Snapshot, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const row = await exportSnapshots.get(project, request.params.export_pk);
      return presentExport(row, await exportSnapshots.creators([row]));
    },
  );

  app.delete(
    '/api/projects/:id/exports/:export_pk',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'Delete an export snapshot and its files',
        params: SnapshotParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      await exportSnapshots.delete(await exportSnapshots.get(project, request.params.export_pk));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/exports/:export_pk/download',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'Download a snapshot, converted from its frozen JSON to the format asked',
        params: SnapshotParams,
        querystring: SnapshotDownloadQuery,
        response: { ...FileResponse, 409: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const row = await exportSnapshots.get(project, request.params.export_pk);
      return sendFile(reply, await exportSnapshots.download(project, row, request.query.exportType ?? request.query.export_type));
    },
  );

  app.post(
    '/api/projects/:id/exports/:export_pk/convert',
    {
      config: { access: 'project.export' },
      schema: {
        tags: ['export'],
        summary: 'Convert a snapshot to another format in the background',
        params: SnapshotParams,
        body: ConvertBody,
        response: { 200: ConvertResponse, 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const row = await exportSnapshots.get(project, request.params.export_pk);
      const converted = await exportSnapshots.convert(project, row, request.body.export_type, request.body.download_resources);
      return { export_type: converted.export_type, converted_format: converted.id };
    },
  );
};
