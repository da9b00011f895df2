import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { startPostgres } from '../../../scripts/pg.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * Global setup of the `server` and `oracle` projects (vitest.config.ts): one throwaway PostgreSQL
 * server for the project's run; each test file gets its own database (harness.ts `freshDb`).
 * Vitest runs a project's global setup only when some of its files are selected, so a run of
 * unit specs alone never starts PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
