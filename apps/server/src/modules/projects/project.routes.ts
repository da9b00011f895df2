import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { pageLinks, guard } from '../../platform/http/http';
import type { Actor } from '../../platform/access/policy';
import type { ProjectRow } from '../../platform/db/schema';
import { presentProjectCounts, presentProjects } from './project.presenter';
import type { AccessService } from '../../platform/access/access.service';
import type { ProjectService } from './project.service';
import { analyzeConfig, assertLabelConfig, configDataKeys, issueMessage } from './label-config';
import type { ProjectInput as ProjectFields } from './project.service';
import { errorResponses, IdParams, Paginated } from '../../platform/http/common.schema';
import { Project, ProjectInput, ProjectListQuery, ValidateConfigBody, type ProjectListQueryType } from './project.schema';
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

export interface ProjectRoutesDeps {
  access: AccessService;
  projects: ProjectService;
}

export const projectRoutes: FastifyPluginAsyncTypebox<ProjectRoutesDeps> = async (app, { access, projects }) => {
  const presentMany = async (actor: Actor, rows: ProjectRow[]) =>
    presentProjects(rows, access.projectAbilities(actor), await projects.creators(rows));
  const present = async (actor: Actor, p: ProjectRow) => (await presentMany(actor, [p]))[0];
  const listQuery = (actor: Actor, q: ProjectListQueryType, pageSize: number, ordering: string | undefined) => ({
    organizationId: actor.organizationId,
    search: q.search,
    title: q.title,
    ids: q.ids?.split(',').map(Number),
    ordering,
    limit: pageSize,
    offset: ((q.page ?? 1) - 1) * pageSize,
  });

  app.get(
    '/api/projects',
    {
      config: { access: 'projects.list' },
      schema: {
        tags: ['projects'],
        summary: 'List projects',
        querystring: ProjectListQuery,
        response: { 200: Paginated(Project), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const q = request.query;
      if (q.ordering && !projects.isOrdering(q.ordering)) throw invalidField('ordering', `Unknown ordering "${q.ordering}".`);
      const page = q.page ?? 1;
      // Clients ask for everything with huge page sizes (the legacy SDK sends 10,000,000).
      const pageSize = Math.min(q.page_size ?? 30, 100_000);
      const { rows, count } = await projects.list(listQuery(g.actor, q, pageSize, q.ordering));
      if (page > 1 && !rows.length) throw notFound('Invalid page.');
      return { count, ...pageLinks(request, page, pageSize, count), results: await presentMany(g.actor, rows) };
    },
  );

  app.get(
    '/api/projects/counts',
    {
      config: { access: 'projects.list' },
      schema: {
        tags: ['projects'],
        summary: "The projects' task and annotation counters only (Label Studio's projects page)",
        querystring: ProjectListQuery,
        response: { 200: Paginated(ProjectCounts), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const q = request.query;
      const page = q.page ?? 1;
      const pageSize = Math.min(q.page_size ?? 30, 100_000);
      const ordering = q.ordering && projects.isOrdering(q.ordering) ? q.ordering : undefined;
      const { rows, count } = await projects.list(listQuery(g.actor, q, pageSize, ordering));
      if (page > 1 && !rows.length) throw notFound('Invalid page.');
      return { count, ...pageLinks(request, page, pageSize, count), results: rows.map(presentProjectCounts) };
    },
  );

  app.post(
    '/api/projects',
    {
      config: { access: 'projects.create' },
      schema: {
        tags: ['projects'],
        summary: 'Create a project',
        body: ProjectInput,
        response: { 201: Project, ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await projects.create(g.actor, fields(request.body));
      return reply.status(201).send(await present(g.actor, project));
    },
  );

  app.post(
    '/api/projects/validate',
    {
      config: { access: 'label-config.validate' },
      schema: {
        tags: ['projects'],
        summary: 'Validate a labeling config without a project',
        body: ValidateConfigBody,
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => validated(request.body.label_config),
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: 'project.view' },
      schema: { tags: ['projects'], summary: 'Get a project', params: IdParams, response: { 200: Project, ...errorResponses } },
    },
    async (request) => {
      const g = guard(request);
      return present(g.actor, await access.project(g, request.params.id));
    },
  );

  app.patch(
    '/api/projects/:id',
    {
      config: { access: 'project.update' },
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
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      return present(g.actor, await projects.update(project, fields(request.body), request.query.force === true));
    },
  );

  app.delete(
    '/api/projects/:id',
    {
      config: { access: 'project.delete' },
      schema: {
        tags: ['projects'],
        summary: 'Delete a project and everything in it',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      await projects.delete(await access.project(g, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/projects/:id/validate',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['projects'],
        summary: "Validate a labeling config against a project's data",
        params: IdParams,
        body: ValidateConfigBody,
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      // Like Label Studio, also refuse a config that would orphan labels the annotations use.
      await projects.assertConfigChange(project, request.body.label_config, request.body.force === true);
      return validated(request.body.label_config);
    },
  );
};
