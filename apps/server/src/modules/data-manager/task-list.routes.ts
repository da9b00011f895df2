import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AccessService } from '../../platform/access/access.service';
import { errorResponses } from '../../platform/http/common.schema';
import { guard } from '../../platform/http/http';
import { presentTask } from '../tasks';
import { TaskList, TaskListQuery } from './dm.schema';
import type { DmService } from './dm.service';

export interface TaskListRoutesDeps {
  access: AccessService;
  dm: DmService;
  config: { taskPageSizeMax: number };
}

/** `GET /api/tasks`: a project's tasks through a view or a query, a page at a time (Label Studio's Data Manager list). */
export const taskListRoutes: FastifyPluginAsyncTypebox<TaskListRoutesDeps> = async (app, { access, dm, config }) => {
  app.get(
    '/api/tasks',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['tasks'],
        summary: "List a project's tasks, a page at a time",
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const q = request.query;
      // `view` (a saved Data Manager tab) wins over `query`, as in Label Studio.
      const project = await access.projectOf(g, q.project, q.view);
      const { rows, relations, totals, nextCursor } = await dm.taskPage(project, q, config.taskPageSizeMax);
      return {
        tasks: rows.map((t) => presentTask(t, relations.get(t.id) ?? {})),
        total: totals.total,
        total_annotations: totals.annotations,
        total_predictions: totals.predictions,
        next_cursor: nextCursor,
      };
    },
  );
};
