import type { FastifyPluginAsync } from 'fastify';
import { dmRoutes, type DmRoutesDeps } from './dm.routes';
import { taskListRoutes, type TaskListRoutesDeps } from './task-list.routes';

/** The Data Manager's routes: `/api/dm/*` and the task list `/api/tasks`. */
export const dataManagerModule: FastifyPluginAsync<DmRoutesDeps & TaskListRoutesDeps> = async (app, deps) => {
  await app.register(taskListRoutes, deps);
  await app.register(dmRoutes, deps);
};
