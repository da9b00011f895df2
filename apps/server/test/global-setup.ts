import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { startPostgres } from '../../../scripts/pg.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** One throwaway PostgreSQL server for the whole run; each test file gets its own database. */
export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
