import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AccessService } from '../../platform/access/access.service';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { guard } from '../../platform/http/http';
import { presentAnnotation, presentDraft, presentPrediction } from './annotation.presenter';
import {
  Annotation,
  AnnotationInput,
  Draft,
  DraftInput,
  Prediction,
  PredictionCreate,
  PredictionListQuery,
  PredictionPatch,
} from './annotation.schema';
import type { AnnotationService } from './annotation.service';

const AnnotationListQuery = Type.Object(
  {
    ordering: Type.Optional(
      Type.Union([Type.Literal('id'), Type.Literal('-id'), Type.Literal('created_at'), Type.Literal('-created_at')]),
    ),
  },
  { additionalProperties: false },
);
const ProjectQuery = Type.Object({ project: Type.Optional(Type.Integer()) }, { additionalProperties: false });

export interface AnnotationRoutesDeps {
  access: AccessService;
  annotations: AnnotationService;
}

/** Annotations, drafts and predictions of tasks (Label Studio's paths). */
export const annotationRoutes: FastifyPluginAsyncTypebox<AnnotationRoutesDeps> = async (app, { access, annotations }) => {
  app.get(
    '/api/tasks/:id/annotations',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['annotations'],
        summary: "A task's annotations",
        params: IdParams,
        querystring: AnnotationListQuery,
        response: { 200: Type.Array(Annotation), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      return (await annotations.annotationsOf(task.id, request.query.ordering)).map((a) => presentAnnotation(a));
    },
  );

  app.post(
    '/api/tasks/:id/annotations',
    {
      config: { access: 'project.annotate' },
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
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      const completedBy = access.authorOf(g, request.body.completed_by);
      const a = await annotations.createAnnotation(task, g.actor, { ...request.body, completed_by: completedBy });
      return reply.status(201).send(presentAnnotation(a));
    },
  );

  app.get(
    '/api/annotations/:id',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['annotations'],
        summary: 'One annotation',
        params: IdParams,
        response: { 200: Annotation, ...errorResponses },
      },
    },
    async (request) => presentAnnotation((await access.annotation(guard(request), request.params.id)).annotation),
  );

  app.patch(
    '/api/annotations/:id',
    {
      config: { access: 'work.change' },
      schema: {
        tags: ['annotations'],
        summary: 'Update an annotation',
        params: IdParams,
        body: AnnotationInput,
        response: { 200: Annotation, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const { annotation } = await access.annotation(g, request.params.id);
      const { completed_by: _ignored, ...patch } = request.body;
      return presentAnnotation(await annotations.updateAnnotation(annotation, g.actor.userId, patch));
    },
  );

  app.delete(
    '/api/annotations/:id',
    {
      config: { access: 'work.change' },
      schema: {
        tags: ['annotations'],
        summary: 'Delete an annotation',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { annotation } = await access.annotation(guard(request), request.params.id);
      await annotations.deleteAnnotation(annotation);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tasks/:id/drafts',
    {
      config: { access: 'project.annotate' },
      schema: {
        tags: ['drafts'],
        summary: 'Your drafts of a task',
        params: IdParams,
        response: { 200: Type.Array(Draft), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      return (await annotations.draftsOf(task.id, g.actor.userId)).map(presentDraft);
    },
  );

  app.post(
    '/api/tasks/:id/drafts',
    {
      config: { access: 'project.annotate' },
      schema: {
        tags: ['drafts'],
        summary: 'Save a draft of a task',
        params: IdParams,
        body: DraftInput,
        response: { 201: Draft, ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      return reply.status(201).send(presentDraft(await annotations.createDraft(task, g.actor.userId, request.body)));
    },
  );

  app.get(
    '/api/drafts/:id',
    {
      config: { access: 'work.change' },
      schema: { tags: ['drafts'], summary: 'One draft', params: IdParams, response: { 200: Draft, ...errorResponses } },
    },
    async (request) => presentDraft(await access.draft(guard(request), request.params.id)),
  );

  app.patch(
    '/api/drafts/:id',
    {
      config: { access: 'work.change' },
      schema: {
        tags: ['drafts'],
        summary: 'Update a draft',
        params: IdParams,
        body: DraftInput,
        response: { 200: Draft, ...errorResponses },
      },
    },
    async (request) => {
      const draft = await access.draft(guard(request), request.params.id);
      return presentDraft(await annotations.updateDraft(draft, request.body));
    },
  );

  app.delete(
    '/api/drafts/:id',
    {
      config: { access: 'work.change' },
      schema: {
        tags: ['drafts'],
        summary: 'Delete a draft',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await annotations.deleteDraft(await access.draft(guard(request), request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/predictions',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['predictions'],
        summary: 'List predictions of a project or a task',
        querystring: PredictionListQuery,
        response: { 200: Type.Array(Prediction), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const projectId = request.query.project ?? request.query.task__project;
      if (projectId) await access.project(g, projectId);
      if (request.query.task) await access.task(g, request.query.task);
      return (await annotations.predictions(g.actor.organizationId, projectId, request.query.task)).map(presentPrediction);
    },
  );

  app.post(
    '/api/predictions',
    {
      config: { access: 'project.manage_predictions' },
      schema: {
        tags: ['predictions'],
        summary: 'Create a prediction',
        body: PredictionCreate,
        response: { 201: Prediction, ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const { task } = await access.task(g, request.body.task);
      return reply.status(201).send(presentPrediction(await annotations.createPrediction(task, request.body)));
    },
  );

  app.get(
    '/api/predictions/:id',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['predictions'],
        summary: 'One prediction',
        params: IdParams,
        response: { 200: Prediction, ...errorResponses },
      },
    },
    async (request) => presentPrediction(await access.prediction(guard(request), request.params.id)),
  );

  for (const method of ['patch', 'put'] as const) {
    app[method](
      '/api/predictions/:id',
      {
        config: { access: 'project.manage_predictions' },
        schema: {
          tags: ['predictions'],
          summary: 'Update a prediction',
          params: IdParams,
          body: PredictionPatch,
          response: { 200: Prediction, ...errorResponses },
        },
      },
      async (request) => {
        const p = await access.prediction(guard(request), request.params.id);
        return presentPrediction(await annotations.updatePrediction(p, request.body));
      },
    );
  }

  app.delete(
    '/api/predictions/:id',
    {
      config: { access: 'project.manage_predictions' },
      schema: {
        tags: ['predictions'],
        summary: 'Delete a prediction',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await annotations.deletePrediction(await access.prediction(guard(request), request.params.id));
      return reply.status(204).send(null);
    },
  );
};
