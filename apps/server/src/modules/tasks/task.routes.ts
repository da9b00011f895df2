import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { invalidField, notFound } from '../../platform/errors';
import { requireActor } from '../../platform/http/http';
import { presentAnnotation, presentDraft, presentPrediction, presentTask } from './task.presenter';
import type { Services } from '../../services';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import {
  Annotation,
  AnnotationInput,
  Draft,
  DraftInput,
  Prediction,
  PredictionCreate,
  PredictionListQuery,
  PredictionPatch,
  Task,
  TaskCreate,
  TaskList,
  TaskListQuery,
  TaskPatch,
} from './task.schema';

const AnnotationListQuery = Type.Object(
  {
    ordering: Type.Optional(
      Type.Union([Type.Literal('id'), Type.Literal('-id'), Type.Literal('created_at'), Type.Literal('-created_at')]),
    ),
  },
  { additionalProperties: false },
);
const ProjectQuery = Type.Object({ project: Type.Optional(Type.Integer()) }, { additionalProperties: false });

export const taskRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { access, tasks, annotations } = services;

  app.get(
    '/api/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: "List a project's tasks, a page at a time",
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      if (!q.project && !q.view) throw invalidField('project', 'Pass the project id: /api/tasks?project=<id>.');
      // `view` (a saved Data Manager tab) wins over `query`, as in Label Studio.
      const project = await services.dm.projectOf(actor, q.project, q.view, 'view');
      const page = q.page ?? 1;
      if (q.cursor !== undefined && page > 1) throw invalidField('page', 'pass either page or cursor, not both');
      const pageSize = Math.min(q.page_size ?? 100, services.config.taskPageSizeMax);
      const selection = await services.dm.taskSelection(project.id, { view: q.view, query: q.query, selectedItems: q.selectedItems, search: q.search });
      const { tasks: rows, totals, nextCursor } = await tasks.page(
        project.id,
        page,
        pageSize,
        { ...selection, onlyAnnotated: q.only_annotated === true },
        q.cursor,
      );
      // Label Studio answers 404 past the last page; its SDK pagers rely on it.
      if (!rows.length && page > 1) throw notFound('Invalid page.');
      const rel = q.fields === 'task_only' ? new Map() : await tasks.relationsFor(rows);
      return {
        tasks: rows.map((t) => presentTask(t, rel.get(t.id) ?? {})),
        total: totals.total,
        total_annotations: totals.annotations,
        total_predictions: totals.predictions,
        next_cursor: nextCursor,
      };
    },
  );

  app.post(
    '/api/tasks',
    { schema: { tags: ['tasks'], summary: 'Create a task', body: TaskCreate, response: { 201: Task, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await access.project(actor, request.body.project, 'import');
      const task = await tasks.create(project, actor.userId, request.body.data, request.body.meta ?? {}, request.body.allow_skip !== false);
      return reply.status(201).send(presentTask(task));
    },
  );

  app.get(
    '/api/tasks/:id',
    { schema: { tags: ['tasks'], summary: 'A task with its annotations, predictions and your drafts', params: IdParams, response: { 200: Task, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'view');
      return presentTask(task, await tasks.withRelations(task, actor.userId));
    },
  );

  app.patch(
    '/api/tasks/:id',
    { schema: { tags: ['tasks'], summary: 'Update task data or meta', params: IdParams, body: TaskPatch, response: { 200: Task, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'manage_tasks');
      const updated = await tasks.update(task, actor.userId, {
        data: request.body.data,
        meta: request.body.meta ?? undefined,
        allow_skip: request.body.allow_skip ?? undefined,
      });
      return presentTask(updated, await tasks.withRelations(updated, actor.userId));
    },
  );

  app.delete(
    '/api/tasks/:id',
    { schema: { tags: ['tasks'], summary: 'Delete a task', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'manage_tasks');
      await tasks.deleteTasks(task.project_id, [task.id]);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tasks/:id/annotations',
    {
      schema: {
        tags: ['annotations'],
        summary: "A task's annotations",
        params: IdParams,
        querystring: AnnotationListQuery,
        response: { 200: Type.Array(Annotation), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'view');
      return (await services.tasks.annotationsOf(task.id, request.query.ordering)).map((a) => presentAnnotation(a));
    },
  );

  app.post(
    '/api/tasks/:id/annotations',
    {
      schema: {
        tags: ['annotations'],
        summary: 'Submit an annotation (was_cancelled=true skips the task)',
        params: IdParams,
        querystring: ProjectQuery,
        body: AnnotationInput,
        response: { 201: Annotation, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'annotate');
      const b = request.body;
      // Only managers may submit on someone else's behalf.
      const completedBy = b.completed_by && actor.role !== 'annotator' && actor.role !== 'reviewer' ? b.completed_by : actor.userId;
      // Like Label Studio's serializer: an unknown user is a 400 on the field, not a database error.
      if (completedBy !== actor.userId)
        await services.users.get(actor, completedBy).catch(() => {
          throw invalidField('completed_by', `Invalid pk "${completedBy}" - object does not exist.`);
        });
      const a = await annotations.createAnnotation(task, actor.userId, { ...b, completed_by: completedBy });
      return reply.status(201).send(presentAnnotation(a));
    },
  );

  app.get(
    '/api/annotations/:id',
    { schema: { tags: ['annotations'], summary: 'One annotation', params: IdParams, response: { 200: Annotation, ...errorResponses } } },
    async (request) => presentAnnotation((await access.annotation(requireActor(request), request.params.id, false)).annotation),
  );

  app.patch(
    '/api/annotations/:id',
    {
      schema: {
        tags: ['annotations'],
        summary: 'Update an annotation',
        params: IdParams,
        body: AnnotationInput,
        response: { 200: Annotation, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { annotation } = await access.annotation(actor, request.params.id, true);
      const { completed_by: _ignored, ...patch } = request.body;
      return presentAnnotation(await annotations.updateAnnotation(annotation, actor.userId, patch));
    },
  );

  app.delete(
    '/api/annotations/:id',
    { schema: { tags: ['annotations'], summary: 'Delete an annotation', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const { annotation } = await access.annotation(requireActor(request), request.params.id, true);
      await annotations.deleteAnnotation(annotation);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tasks/:id/drafts',
    { schema: { tags: ['drafts'], summary: 'Your drafts of a task', params: IdParams, response: { 200: Type.Array(Draft), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'annotate');
      return (await tasks.withRelations(task, actor.userId)).drafts.map(presentDraft);
    },
  );

  app.post(
    '/api/tasks/:id/drafts',
    {
      schema: {
        tags: ['drafts'],
        summary: 'Save a draft of a task',
        params: IdParams,
        body: DraftInput,
        response: { 201: Draft, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.params.id, 'annotate');
      return reply.status(201).send(presentDraft(await annotations.createDraft(task, actor.userId, request.body)));
    },
  );

  app.get(
    '/api/drafts/:id',
    { schema: { tags: ['drafts'], summary: 'One draft', params: IdParams, response: { 200: Draft, ...errorResponses } } },
    async (request) => presentDraft(await access.draft(requireActor(request), request.params.id)),
  );

  app.patch(
    '/api/drafts/:id',
    { schema: { tags: ['drafts'], summary: 'Update a draft', params: IdParams, body: DraftInput, response: { 200: Draft, ...errorResponses } } },
    async (request) => {
      const draft = await access.draft(requireActor(request), request.params.id);
      return presentDraft(await annotations.updateDraft(draft, request.body));
    },
  );

  app.delete(
    '/api/drafts/:id',
    { schema: { tags: ['drafts'], summary: 'Delete a draft', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await annotations.deleteDraft(await access.draft(requireActor(request), request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/predictions',
    {
      schema: {
        tags: ['predictions'],
        summary: 'List predictions of a project or a task',
        querystring: PredictionListQuery,
        response: { 200: Type.Array(Prediction), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const projectId = request.query.project ?? request.query.task__project;
      if (projectId) await access.project(actor, projectId, 'view');
      if (request.query.task) await access.task(actor, request.query.task, 'view');
      return (await services.tasks.predictions(actor.organizationId, projectId, request.query.task)).map(presentPrediction);
    },
  );

  app.post(
    '/api/predictions',
    { schema: { tags: ['predictions'], summary: 'Create a prediction', body: PredictionCreate, response: { 201: Prediction, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { task } = await access.task(actor, request.body.task, 'manage_predictions');
      return reply.status(201).send(presentPrediction(await annotations.createPrediction(task, request.body)));
    },
  );

  app.get(
    '/api/predictions/:id',
    { schema: { tags: ['predictions'], summary: 'One prediction', params: IdParams, response: { 200: Prediction, ...errorResponses } } },
    async (request) => presentPrediction(await access.prediction(requireActor(request), request.params.id, 'view')),
  );

  for (const method of ['patch', 'put'] as const) {
    app[method](
      '/api/predictions/:id',
      {
        schema: {
          tags: ['predictions'],
          summary: 'Update a prediction',
          params: IdParams,
          body: PredictionPatch,
          response: { 200: Prediction, ...errorResponses },
        },
      },
      async (request) => {
        const p = await access.prediction(requireActor(request), request.params.id, 'manage_predictions');
        return presentPrediction(await annotations.updatePrediction(p, request.body));
      },
    );
  }

  app.delete(
    '/api/predictions/:id',
    { schema: { tags: ['predictions'], summary: 'Delete a prediction', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await annotations.deletePrediction(await access.prediction(requireActor(request), request.params.id, 'manage_predictions'));
      return reply.status(204).send(null);
    },
  );
};
