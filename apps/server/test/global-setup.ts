import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { startPostgres } from '../../../scripts/pg.mjs';
import { ensureOracleVenv } from '../../../packages/formats/src/testing/oracle';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * One throwaway PostgreSQL server for the whole run; each test file gets its own database.
 * Also builds the virtualenv with Label Studio's converter once, before any test file runs, so
 * the oracle specs of several packages never race to create it.
 */
export default async function setup(project: TestProject) {
  const [pg] = await Promise.all([startPostgres(), ensureOracleVenv()]);
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
