import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { invalidField } from '../../platform/errors';
import { guard } from '../../platform/http/http';
import { presentAction, presentView } from './dm.presenter';
import type { AccessService } from '../../platform/access/access.service';
import type { DmService } from './dm.service';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import {
  ActionBody,
  ActionListQuery,
  ActionQuery,
  ActionResult,
  DmAction,
  DmColumns,
  ProjectParamQuery,
  View,
  ViewCreate,
  ViewListQuery,
  ViewOrder,
  ViewPatch,
} from './dm.schema';

/** Label Studio's Data Manager API: views (tabs), columns and bulk actions under /api/dm. */
export interface DmRoutesDeps {
  access: AccessService;
  dm: DmService;
}

export const dmRoutes: FastifyPluginAsyncTypebox<DmRoutesDeps> = async (app, { access, dm }) => {
  const tags = ['data manager'];

  app.get(
    '/api/dm/views',
    {
      config: { access: 'project.view' },
      schema: {
        tags,
        summary: "A project's views (Data Manager tabs), in order",
        querystring: ViewListQuery,
        response: { 200: Type.Array(View), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      if (request.query.project) await access.project(g, request.query.project);
      return (await dm.listViews(g.actor, request.query.project)).map(presentView);
    },
  );

  app.post(
    '/api/dm/views',
    {
      config: { access: 'project.manage_tasks' },
      schema: { tags, summary: 'Create a view', body: ViewCreate, response: { 201: View, ...errorResponses } },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.body.project);
      return reply.status(201).send(presentView(await dm.createView(project, g.actor.userId, request.body)));
    },
  );

  // Static paths first: find-my-way prefers them over /:id, but only with the same method.
  app.delete(
    '/api/dm/views/reset',
    {
      config: { access: 'project.manage_tasks' },
      schema: {
        tags,
        summary: 'Delete every view of a project (the project comes in the query or the body)',
        querystring: ProjectParamQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      // No body schema: Label Studio clients send DELETE without a body as often as with one.
      const body = request.body as { project?: unknown } | undefined;
      const projectId = request.query.project ?? (Number.isInteger(Number(body?.project)) ? Number(body?.project) : undefined);
      if (!projectId) throw invalidField('project', 'Pass the project id: ?project=<id> or {"project": <id>}.');
      await access.project(g, projectId);
      await dm.resetViews(projectId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/dm/views/order',
    {
      config: { access: 'project.manage_tasks' },
      schema: {
        tags,
        summary: "Reorder a project's views",
        body: ViewOrder,
        response: { 200: Type.Object({ detail: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      await access.project(g, request.body.project);
      await dm.orderViews(request.body.project, request.body.ids);
      return { detail: 'View order updated successfully' };
    },
  );

  app.get(
    '/api/dm/views/:id',
    {
      config: { access: 'project.view' },
      schema: { tags, summary: 'One view', params: IdParams, response: { 200: View, ...errorResponses } },
    },
    async (request) => presentView((await access.view(guard(request), request.params.id)).view),
  );

  for (const method of ['patch', 'put'] as const) {
    app[method](
      '/api/dm/views/:id',
      {
        config: { access: 'project.manage_tasks' },
        schema: {
          tags,
          summary: method === 'patch' ? 'Update a view' : 'Replace a view',
          params: IdParams,
          body: ViewPatch,
          response: { 200: View, ...errorResponses },
        },
      },
      async (request) => {
        const { view } = await access.view(guard(request), request.params.id);
        if (request.body.project !== undefined && request.body.project !== view.project_id)
          throw invalidField('project', 'A view cannot move to another project.');
        return presentView(await dm.updateView(view, request.body, method === 'put'));
      },
    );
  }

  app.delete(
    '/api/dm/views/:id',
    {
      config: { access: 'project.manage_tasks' },
      schema: { tags, summary: 'Delete a view', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const { view } = await access.view(guard(request), request.params.id);
      await dm.deleteView(view);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/dm/columns',
    {
      config: { access: 'project.view' },
      schema: {
        tags,
        summary: "The Data Manager's columns for a project",
        querystring: ActionListQuery,
        response: { 200: DmColumns, ...errorResponses },
      },
    },
    async (request) => {
      const project = await access.project(guard(request), request.query.project);
      return { columns: await dm.columns(project) };
    },
  );

  app.get(
    '/api/dm/actions',
    {
      config: { access: 'project.view' },
      schema: {
        tags,
        summary: 'The bulk actions the caller may run on a project',
        querystring: ActionListQuery,
        response: { 200: Type.Array(DmAction), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const all = await dm.actions(await access.project(g, request.query.project));
      return all.filter((a) => access.allows(g.actor, a.requires)).map(presentAction);
    },
  );

  app.post(
    '/api/dm/actions',
    {
      config: { access: 'project.view' },
      schema: {
        tags,
        summary: 'Run a bulk action on the selected tasks',
        querystring: ActionQuery,
        body: ActionBody,
        response: { 200: ActionResult, ...errorResponses },
      },
      // An action without a body means "every task, no filters", as in Label Studio.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.query.project);
      const def = dm.actionDef(request.query.id);
      access.authorizeProject(g.actor, project, def.requires);
      return dm.runAction(g.actor, project, def, { body: request.body ?? {}, viewId: request.query.view });
    },
  );
};
