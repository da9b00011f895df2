import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { pageLinks, requireActor } from '../../platform/http/http';
import { authorizeCreateProject, projectAbilities } from '../../platform/access/policy';
import { presentProject } from './project.presenter';
import { presentTask } from '../tasks/task.presenter';
import { isProjectOrdering } from './project.repository';
import type { Services } from '../../services';
import { analyzeConfig, assertLabelConfig, configDataKeys, dataTypes, hasControlTags, issueMessage, parsedLabelConfig } from './label-config';
import type { ProjectInput as ProjectFields } from './project.service';
import { errorResponses, IdParams, Paginated } from '../../platform/http/common.schema';
import {
  Project,
  ProjectInput,
  ProjectListQuery,
  ValidateConfigBody,
} from './project.schema';
import { NextTask } from '../tasks/task.schema';
import { invalidField, notFound } from '../../platform/errors';

/** Drops nulls (Label Studio clients send `null` for "unchanged") and client-only fields. */
function fields(body: Record<string, unknown>): ProjectFields {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === null && k !== 'task_data_login' && k !== 'task_data_password' && k !== 'pinned_at') continue;
    if (k === 'organization' || k === 'created_by' || k === 'workspace') continue;
    out[k] = v;
  }
  return out as ProjectFields;
}

const ProjectCounts = Type.Object({
  id: Type.Integer(),
  task_number: Type.Integer(),
  finished_task_number: Type.Integer(),
  total_predictions_number: Type.Integer(),
  total_annotations_number: Type.Integer(),
  num_tasks_with_annotations: Type.Integer(),
  useful_annotation_number: Type.Integer(),
  ground_truth_number: Type.Integer(),
  skipped_annotations_number: Type.Integer(),
  queue_total: Type.Integer(),
  queue_done: Type.Integer(),
});

const ForceQuery = Type.Object(
  { force: Type.Optional(Type.Boolean({ description: 'Change the config even if annotations use labels it removes' })) },
  { additionalProperties: false },
);

/** The validate endpoints' answer: the config, the data keys it reads and its warnings. */
function validated(xml: string) {
  assertLabelConfig(xml);
  return { label_config: xml, data_keys: configDataKeys(xml), warnings: analyzeConfig(xml).warnings.map(issueMessage) };
}

export const projectRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  type Row = Parameters<typeof presentProject>[0];
  const presentMany = async (actor: ReturnType<typeof requireActor>, rows: Row[]) => {
    const creators = await services.projects.creators(rows);
    return rows.map((p) =>
      presentProject(p, {
        abilities: projectAbilities(actor),
        configHasControlTags: hasControlTags(p.label_config),
        parsedLabelConfig: parsedLabelConfig(p.label_config),
        dataTypes: dataTypes(p.label_config),
        createdBy: p.created_by === null ? null : (creators.get(p.created_by) ?? null),
      }),
    );
  };
  const present = async (actor: ReturnType<typeof requireActor>, p: Row) => (await presentMany(actor, [p]))[0];

  app.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'List projects',
        querystring: ProjectListQuery,
        response: { 200: Paginated(Project), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      if (q.ordering && !isProjectOrdering(q.ordering)) throw invalidField('ordering', `Unknown ordering "${q.ordering}".`);
      const page = q.page ?? 1;
      // Clients ask for everything with huge page sizes (the legacy SDK sends 10,000,000).
      const pageSize = Math.min(q.page_size ?? 30, 100_000);
      const { rows, count } = await services.projects.list({
        organizationId: actor.organizationId,
        search: q.search,
        title: q.title,
        ids: q.ids?.split(',').map(Number),
        ordering: q.ordering,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      if (page > 1 && !rows.length) throw notFound('Invalid page.');
      return { count, ...pageLinks(request, page, pageSize, count), results: await presentMany(actor, rows) };
    },
  );

  app.get(
    '/api/projects/counts',
    {
      schema: {
        tags: ['projects'],
        summary: "The projects' task and annotation counters only (Label Studio's projects page)",
        querystring: ProjectListQuery,
        response: { 200: Paginated(ProjectCounts), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const page = q.page ?? 1;
      const pageSize = Math.min(q.page_size ?? 30, 100_000);
      const { rows, count } = await services.projects.list({
        organizationId: actor.organizationId,
        search: q.search,
        title: q.title,
        ids: q.ids?.split(',').map(Number),
        ordering: q.ordering && isProjectOrdering(q.ordering) ? q.ordering : undefined,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      if (page > 1 && !rows.length) throw notFound('Invalid page.');
      const results = rows.map((p) => {
        const v = presentProject(p);
        return {
          id: v.id,
          task_number: v.task_number,
          finished_task_number: v.finished_task_number,
          total_predictions_number: v.total_predictions_number,
          total_annotations_number: v.total_annotations_number,
          num_tasks_with_annotations: v.num_tasks_with_annotations,
          useful_annotation_number: v.useful_annotation_number,
          ground_truth_number: v.ground_truth_number,
          skipped_annotations_number: v.skipped_annotations_number,
          queue_total: v.queue_total,
          queue_done: v.queue_done,
        };
      });
      return { count, ...pageLinks(request, page, pageSize, count), results };
    },
  );

  app.post(
    '/api/projects',
    { schema: { tags: ['projects'], summary: 'Create a project', body: ProjectInput, response: { 201: Project, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeCreateProject(actor);
      const project = await services.projects.create(actor, fields(request.body));
      return reply.status(201).send(await present(actor, project));
    },
  );

  app.post(
    '/api/projects/validate',
    {
      schema: {
        tags: ['projects'],
        summary: 'Validate a labeling config without a project',
        body: ValidateConfigBody,
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      return validated(request.body.label_config);
    },
  );

  app.get(
    '/api/projects/:id',
    { schema: { tags: ['projects'], summary: 'Get a project', params: IdParams, response: { 200: Project, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      return present(actor, await services.access.project(actor, request.params.id, 'view'));
    },
  );

  app.patch(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Update a project',
        params: IdParams,
        querystring: ForceQuery,
        body: ProjectInput,
        response: { 200: Project, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'update');
      return present(actor, await services.projects.update(project, fields(request.body), request.query.force === true));
    },
  );

  app.delete(
    '/api/projects/:id',
    { schema: { tags: ['projects'], summary: 'Delete a project and everything in it', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await services.projects.delete(await services.access.project(actor, request.params.id, 'delete'));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/projects/:id/validate',
    {
      schema: {
        tags: ['projects'],
        summary: "Validate a labeling config against a project's data",
        params: IdParams,
        body: ValidateConfigBody,
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'view');
      // Like Label Studio, also refuse a config that would orphan labels the annotations use.
      await services.projects.assertConfigChange(project, request.body.label_config, request.body.force === true);
      return validated(request.body.label_config);
    },
  );

  app.post(
    '/api/projects/:id/import/predictions',
    {
      bodyLimit: services.config.bodyLimit,
      schema: {
        tags: ['projects'],
        summary: 'Import predictions for existing tasks',
        params: IdParams,
        body: Type.Unknown(),
        response: { 201: Type.Object({ created: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'manage_predictions');
      return reply.status(201).send({ created: await services.tasks.importPredictions(project, request.body) });
    },
  );

  app.delete(
    '/api/projects/:id/tasks',
    {
      schema: { tags: ['tasks'], summary: 'Delete every task of a project', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'manage_tasks');
      await services.tasks.deleteTasks(project.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/next',
    {
      schema: {
        tags: ['tasks'],
        summary: 'The next task to label for the current user (sequential)',
        params: IdParams,
        response: { 200: NextTask, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await services.access.project(actor, request.params.id, 'annotate');
      const next = await services.tasks.next(project, actor.userId);
      if (!next) throw notFound('There are still some tasks to complete for this project, but none left for you, or the project is finished.');
      const rel = await services.tasks.withRelations(next, actor.userId);
      return { ...presentTask(next, rel), queue: 'Next task by sequence' };
    },
  );
};
