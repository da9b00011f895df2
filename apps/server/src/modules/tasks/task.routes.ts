import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AccessService } from '../../platform/access/access.service';
import { notFound } from '../../platform/errors';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { guard } from '../../platform/http/http';
import { presentTask } from './task.presenter';
import { NextTask, Task, TaskCreate, TaskPatch } from './task.schema';
import type { TaskService } from './task.service';

export interface TaskRoutesDeps {
  access: AccessService;
  tasks: TaskService;
}

/** Tasks one at a time, deleting a project's tasks, and the next task to label. (The list is the Data Manager's.) */
export const taskRoutes: FastifyPluginAsyncTypebox<TaskRoutesDeps> = async (app, { access, tasks }) => {
  app.post(
    '/api/tasks',
    {
      config: { access: 'project.import' },
      schema: { tags: ['tasks'], summary: 'Create a task', body: TaskCreate, response: { 201: Task, ...errorResponses } },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.body.project);
      const task = await tasks.create(
        project,
        g.actor.userId,
        request.body.data,
        request.body.meta ?? {},
        request.body.allow_skip !== false,
      );
      return reply.status(201).send(presentTask(task));
    },
  );

  app.get(
    '/api/tasks/:id',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['tasks'],
        summary: 'A task with its annotations, predictions and your drafts',
        params: IdParams,
        response: { 200: Task, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      return presentTask(task, await tasks.withRelations(task, g.actor.userId));
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      config: { access: 'project.manage_tasks' },
      schema: {
        tags: ['tasks'],
        summary: 'Update task data or meta',
        params: IdParams,
        body: TaskPatch,
        response: { 200: Task, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      const updated = await tasks.update(task, g.actor.userId, {
        data: request.body.data,
        meta: request.body.meta ?? undefined,
        allow_skip: request.body.allow_skip ?? undefined,
      });
      return presentTask(updated, await tasks.withRelations(updated, g.actor.userId));
    },
  );

  app.delete(
    '/api/tasks/:id',
    {
      config: { access: 'project.manage_tasks' },
      schema: { tags: ['tasks'], summary: 'Delete a task', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const g = guard(request);
      const { task } = await access.task(g, request.params.id);
      await tasks.deleteTasks(task.project_id, [task.id]);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/projects/:id/tasks',
    {
      config: { access: 'project.manage_tasks' },
      schema: {
        tags: ['tasks'],
        summary: 'Delete every task of a project',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      await tasks.deleteTasks(project.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/next',
    {
      config: { access: 'project.annotate' },
      schema: {
        tags: ['tasks'],
        summary: 'The next task to label for the current user (sequential)',
        params: IdParams,
        response: { 200: NextTask, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const next = await tasks.next(project, g.actor.userId);
      if (!next)
        throw notFound(
          'There are still some tasks to complete for this project, but none left for you, or the project is finished.',
        );
      const rel = await tasks.withRelations(next, g.actor.userId);
      return { ...presentTask(next, rel), queue: 'Next task by sequence' };
    },
  );
};
