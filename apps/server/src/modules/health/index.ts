/** Liveness and version. */
export { healthRoutes as healthModule } from './health.routes';
