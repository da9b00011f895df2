import type { FastifyPluginAsync } from 'fastify';
import { labelConfigRoutes, type LabelConfigRoutesDeps } from './label-config.routes';
import { projectRoutes, type ProjectRoutesDeps } from './project.routes';

/** Projects and the labeling-config endpoints (templates, validation, result schemas). */
export const projectsModule: FastifyPluginAsync<ProjectRoutesDeps & LabelConfigRoutesDeps> = async (app, deps) => {
  await app.register(projectRoutes, deps);
  await app.register(labelConfigRoutes, deps);
};
